import type { Locale } from '../domain/settings';
import type { ChannelFigures, Report } from '../domain/report';
import { formatCount, formatDecimal, formatRate, noFigure } from './format';
import type { ReportWord } from './words';

/**
 * The Laporan kinerja as tables of figures: one model for the view (each cell a button to the
 * posts behind it), the PDF (printed tables) and the XLSX (data sheets with numbers kept as
 * numbers). Cells hold raw numbers; `formatCell` writes them in the office's language.
 */

export type ColumnKind = 'text' | 'count' | 'rate' | 'hours';
export type Cell = string | number | null;

export interface ReportTable {
  id: 'summary' | 'channels' | 'approval' | 'pillars' | 'reach' | 'top' | 'targets';
  title: string;
  columns: { label: string; kind: ColumnKind }[];
  rows: {
    cells: Cell[];
    /** The posts behind each cell, where a cell has any; `outside` counts publications outside the plan. */
    posts?: (CellPosts | undefined)[];
  }[];
}

export interface CellPosts {
  postIds: readonly string[];
  /** Publications found in a platform export that match no planned post. */
  outside?: number;
}

export interface ReportNames {
  channel: (id: string) => string;
  pillar: (id: string | null) => string;
}

export interface ReportData {
  report: Report;
  previous: Report;
}

/** The office's own IKU wording for each target (Settings › Target), used where set. */
export interface IkuWords {
  posts?: string;
  engagement?: string;
  followers?: string;
  pillars?: string;
}

export function formatCell(value: Cell, kind: ColumnKind, locale: Locale): string {
  if (value === null) return noFigure;
  if (typeof value === 'string') return value;
  if (kind === 'rate') return formatRate(value, locale);
  if (kind === 'hours') return formatDecimal(value, locale);
  return formatCount(value, locale);
}

const unique = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())];

/** The change from the previous period in words and an arrow, never colour alone. */
export function changeText(
  current: number | null,
  previous: number | null,
  kind: ColumnKind,
  locale: Locale,
  word: ReportWord,
): string {
  if (current === null || previous === null) return word('change.none');
  // Compared as printed: two figures that read the same are the same.
  if (kind === 'hours') {
    current = Math.round(current * 10) / 10;
    previous = Math.round(previous * 10) / 10;
  } else if (kind === 'count') {
    current = Math.round(current);
    previous = Math.round(previous);
  }
  if (kind === 'rate') {
    const points = (current - previous) * 100;
    if (Math.abs(points) < 0.05) return word('change.same');
    const value = word('points', { value: formatDecimal(Math.abs(points), locale) });
    return points > 0 ? word('change.up', { value }) : word('change.down', { value });
  }
  if (current === previous) return word('change.same');
  const difference = Math.abs(current - previous);
  const value =
    previous === 0
      ? kind === 'hours'
        ? formatDecimal(difference, locale)
        : formatCount(difference, locale)
      : formatRate(difference / previous, locale);
  return current > previous ? word('change.up', { value }) : word('change.down', { value });
}

export interface SummaryFigure {
  id: string;
  label: string;
  kind: ColumnKind;
  current: number | null;
  previous: number | null;
  posts: CellPosts;
}

/** The headline figures of the period with the period before beside each. */
export function summaryFigures(
  { report, previous }: ReportData,
  word: ReportWord,
): SummaryFigure[] {
  const posts = (pick: (c: ChannelFigures) => readonly string[]) =>
    unique(report.channels.map(pick));
  const approval = report.approval;
  const notPublished = new Set(report.channels.flatMap((c) => c.postIds.notPublished));
  return [
    {
      id: 'plannedPosts',
      label: word('figure.plannedPosts'),
      kind: 'count',
      current: report.totals.plannedPosts,
      previous: previous.totals.plannedPosts,
      posts: { postIds: posts((c) => c.postIds.planned) },
    },
    {
      id: 'publishedPosts',
      label: word('figure.publishedPosts'),
      kind: 'count',
      current: report.totals.publishedPosts,
      previous: previous.totals.publishedPosts,
      posts: { postIds: posts((c) => c.postIds.published).filter((id) => !notPublished.has(id)) },
    },
    {
      id: 'onTimeRate',
      label: word('figure.onTimeRate'),
      kind: 'rate',
      current: report.totals.onTimeRate,
      previous: previous.totals.onTimeRate,
      posts: { postIds: posts((c) => c.postIds.published) },
    },
    {
      id: 'outsidePlan',
      label: word('figure.outsidePlan'),
      kind: 'count',
      current: report.totals.outsidePlan,
      previous: previous.totals.outsidePlan,
      posts: { postIds: [], outside: report.totals.outsidePlan },
    },
    {
      id: 'medianHours',
      label: word('figure.medianHours'),
      kind: 'hours',
      current: approval.medianHours,
      previous: previous.approval.medianHours,
      posts: { postIds: approval.postIds.approved },
    },
    {
      id: 'changesRequestedRate',
      label: word('figure.changesRequestedRate'),
      kind: 'rate',
      current: approval.changesRequestedRate,
      previous: previous.approval.changesRequestedRate,
      posts: { postIds: approval.postIds.changesRequested },
    },
    {
      id: 'views',
      label: word('figure.views'),
      kind: 'count',
      current: report.totals.views,
      previous: previous.totals.views,
      posts: { postIds: posts((c) => c.postIds.published) },
    },
    {
      id: 'reach',
      label: word('figure.reach'),
      kind: 'count',
      current: report.totals.reach,
      previous: previous.totals.reach,
      posts: { postIds: posts((c) => c.postIds.published) },
    },
    {
      id: 'engagement',
      label: word('figure.engagement'),
      kind: 'count',
      current: report.totals.engagement,
      previous: previous.totals.engagement,
      posts: { postIds: posts((c) => c.postIds.published) },
    },
    {
      id: 'engagementRate',
      label: word('figure.engagementRate'),
      kind: 'rate',
      current: report.totals.engagementRate,
      previous: previous.totals.engagementRate,
      posts: { postIds: posts((c) => c.postIds.published) },
    },
  ];
}

/** Every table of the report, in the order the view and the PDF show them. */
export function reportTables(
  data: ReportData,
  names: ReportNames,
  locale: Locale,
  word: ReportWord,
  iku: IkuWords = {},
): ReportTable[] {
  const { report, previous } = data;
  const measure = (own: string | undefined, fallback: string) => own?.trim() || fallback;
  const before = new Map(previous.channels.map((c) => [c.channelId, c]));
  const active = report.channels.filter(
    (c) =>
      c.planned > 0 ||
      c.outsidePlan > 0 ||
      c.views > 0 ||
      c.followersEnd !== null ||
      c.target.posts !== null ||
      (before.get(c.channelId)?.planned ?? 0) > 0,
  );
  const figures = summaryFigures(data, word);
  const count = (label: string) => ({ label, kind: 'count' as const });
  const rate = (label: string) => ({ label, kind: 'rate' as const });
  const text = (label: string) => ({ label, kind: 'text' as const });
  const onTime = (c: ChannelFigures) => (c.published > 0 ? c.onTime / c.published : null);
  const hours = (value: number | null) =>
    value === null ? null : `${formatDecimal(value, locale)} ${word('hoursUnit')}`;
  const progress = (done: number | null, target: number | null) =>
    done === null || target === null || target === 0 ? null : done / target;

  return [
    {
      id: 'summary',
      title: word('section.summary'),
      columns: [
        text(word('column.figure')),
        { label: word('column.current'), kind: 'text' },
        { label: word('column.previous'), kind: 'text' },
        text(word('column.change')),
      ],
      rows: figures.map((f) => ({
        cells: [
          f.label,
          formatCell(f.current, f.kind, locale) +
            (f.kind === 'hours' && f.current !== null ? ` ${word('hoursUnit')}` : ''),
          formatCell(f.previous, f.kind, locale) +
            (f.kind === 'hours' && f.previous !== null ? ` ${word('hoursUnit')}` : ''),
          changeText(f.current, f.previous, f.kind, locale, word),
        ],
        posts: [undefined, f.posts],
      })),
    },
    {
      id: 'channels',
      title: word('section.channels'),
      columns: [
        text(word('column.channel')),
        count(word('column.planned')),
        count(word('column.published')),
        rate(word('column.onTimeRate')),
        count(word('column.outsidePlan')),
        count(word('column.previousPublished')),
      ],
      rows: active.map((c) => ({
        cells: [
          names.channel(c.channelId),
          c.planned,
          c.published,
          onTime(c),
          c.outsidePlan,
          before.get(c.channelId)?.published ?? 0,
        ],
        posts: [
          undefined,
          { postIds: c.postIds.planned },
          { postIds: c.postIds.published },
          { postIds: c.postIds.published },
          { postIds: [], outside: c.outsidePlan },
        ],
      })),
    },
    {
      id: 'approval',
      title: word('section.approval'),
      columns: [
        text(word('column.figure')),
        { label: word('column.current'), kind: 'hours' },
        { label: word('column.previous'), kind: 'hours' },
      ],
      rows: [
        {
          cells: [word('figure.rounds'), report.approval.rounds, previous.approval.rounds],
          posts: [undefined, { postIds: report.approval.postIds.approved }],
        },
        {
          cells: [
            word('figure.medianHours'),
            hours(report.approval.medianHours),
            hours(previous.approval.medianHours),
          ],
          posts: [undefined, { postIds: report.approval.postIds.approved }],
        },
        {
          cells: [
            word('figure.p90Hours'),
            hours(report.approval.p90Hours),
            hours(previous.approval.p90Hours),
          ],
          posts: [undefined, { postIds: report.approval.postIds.approved }],
        },
        {
          cells: [
            word('figure.changesRequestedPosts'),
            report.approval.changesRequestedPosts,
            previous.approval.changesRequestedPosts,
          ],
          posts: [undefined, { postIds: report.approval.postIds.changesRequested }],
        },
        {
          cells: [
            word('figure.changesRequestedRate'),
            formatRate(report.approval.changesRequestedRate, locale),
            formatRate(previous.approval.changesRequestedRate, locale),
          ],
          posts: [undefined, { postIds: report.approval.postIds.changesRequested }],
        },
      ],
    },
    {
      id: 'pillars',
      title: iku.pillars?.trim()
        ? `${word('section.pillars')} (${iku.pillars.trim()})`
        : word('section.pillars'),
      columns: [
        text(word('column.pillar')),
        count(word('column.posts')),
        rate(word('column.share')),
        rate(word('column.targetShare')),
        rate(word('column.previousShare')),
      ],
      rows: report.pillars.map((p) => ({
        cells: [
          names.pillar(p.campaignId),
          p.posts,
          p.share,
          p.target,
          previous.pillars.find((q) => q.campaignId === p.campaignId)?.share ?? null,
        ],
        posts: [undefined, { postIds: p.postIds }, { postIds: p.postIds }],
      })),
    },
    {
      id: 'reach',
      title: word('section.reach'),
      columns: [
        text(word('column.channel')),
        count(word('column.views')),
        count(word('column.reach')),
        count(word('column.engagement')),
        rate(word('column.engagementRate')),
        count(word('column.followers')),
        rate(word('column.followerGrowth')),
        count(word('column.previousViews')),
      ],
      rows: active.map((c) => ({
        cells: [
          names.channel(c.channelId),
          c.views,
          c.reach,
          c.engagement,
          c.engagementRate,
          c.followersEnd,
          c.followerGrowth,
          before.get(c.channelId)?.views ?? 0,
        ],
        posts: [
          undefined,
          { postIds: c.postIds.published },
          { postIds: c.postIds.published },
          { postIds: c.postIds.published },
          { postIds: c.postIds.published },
        ],
      })),
    },
    {
      id: 'top',
      title: word('section.top'),
      columns: [
        count(word('column.rank')),
        text(word('column.title')),
        text(word('column.channel')),
        count(word('column.engagement')),
        count(word('column.views')),
      ],
      rows: report.topPosts.map((p, i) => ({
        cells: [i + 1, p.title, names.channel(p.channelId), p.engagement, p.views],
        posts: [undefined, { postIds: [p.postId] }],
      })),
    },
    {
      id: 'targets',
      title: word('section.targets', { year: report.period.year }),
      columns: [
        text(word('column.channel')),
        text(word('column.measure')),
        text(word('column.target')),
        text(word('column.achieved')),
        rate(word('column.progress')),
      ],
      rows: active.flatMap((c) => {
        const rows: ReportTable['rows'] = [];
        const channel = names.channel(c.channelId);
        if (c.target.posts !== null) {
          rows.push({
            cells: [
              channel,
              measure(iku.posts, word('measure.posts')),
              formatCount(c.target.posts, locale),
              formatCount(c.published, locale),
              progress(c.published, c.target.posts),
            ],
            posts: [undefined, undefined, undefined, { postIds: c.postIds.published }],
          });
        }
        if (c.target.engagementRate !== null) {
          rows.push({
            cells: [
              channel,
              measure(iku.engagement, word('measure.engagementRate')),
              formatRate(c.target.engagementRate, locale),
              formatRate(c.engagementRate, locale),
              progress(c.engagementRate, c.target.engagementRate),
            ],
            posts: [undefined, undefined, undefined, { postIds: c.postIds.published }],
          });
        }
        if (c.target.followerGrowth !== null) {
          rows.push({
            cells: [
              channel,
              measure(iku.followers, word('measure.followerGrowth')),
              formatRate(c.target.followerGrowth, locale),
              formatRate(c.followerGrowth, locale),
              progress(c.followerGrowth, c.target.followerGrowth),
            ],
          });
        }
        return rows;
      }),
    },
  ];
}

/** Nothing planned, published or measured in the period: the view shows what to do instead. */
export function isEmptyReport(report: Report): boolean {
  return (
    report.totals.plannedChannels === 0 &&
    report.totals.outsidePlan === 0 &&
    report.totals.views === 0 &&
    report.approval.submittedPosts === 0
  );
}
