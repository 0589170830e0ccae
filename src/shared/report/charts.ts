import type { EChartsCoreOption } from 'echarts/core';
import type { Locale } from '../domain/settings';
import { formatCount, formatRate } from './format';
import type { ReportData, ReportNames, ReportTable } from './figures';
import type { ReportWord } from './words';

/**
 * The report's charts as Apache ECharts options: pure data, built once here and drawn by the
 * view and by the PDF (both through `chartSvg`, ECharts' SVG renderer), so screen and paper show
 * the same chart. Each chart carries its data as a table for screen readers and for print.
 */

export interface ReportChart {
  id: 'publication' | 'pillars' | 'reach';
  title: string;
  /** One sentence for the image's alternative text. */
  summary: string;
  option: EChartsCoreOption;
  table: Pick<ReportTable, 'columns' | 'rows'>;
}

/** Print-safe colours that stay apart in greyscale too (dark, mid, light). */
export const chartColors = ['#1d4ed8', '#f59e0b', '#0f766e', '#94a3b8'];

function barOption(
  categories: string[],
  series: { name: string; data: (number | null)[] }[],
  locale: Locale,
  percent = false,
): EChartsCoreOption {
  const label = (value: number) =>
    percent ? formatRate(value, locale) : formatCount(value, locale);
  return {
    animation: false,
    color: chartColors,
    textStyle: { fontFamily: 'DejaVu Sans, sans-serif', color: '#1f2933' },
    // ECharts 6 keeps axis labels inside the chart by default (grid.outerBounds).
    grid: { left: 8, right: 12, top: 30, bottom: 8 },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: { fontSize: 11, interval: 0, width: 90, overflow: 'truncate' },
    },
    yAxis: {
      type: 'value',
      minInterval: percent ? undefined : 1,
      axisLabel: { fontSize: 10, formatter: label },
    },
    series: series.map((s) => ({
      name: s.name,
      type: 'bar',
      data: s.data,
      barMaxWidth: 28,
      label: {
        show: true,
        position: 'top',
        fontSize: 9,
        formatter: ({ value }: { value: number }) => label(value),
      },
    })),
  };
}

/** Published and not late: on time (a Set: a year holds thousands of posts). */
function withoutLate(published: readonly string[], late: readonly string[]): string[] {
  const lateIds = new Set(late);
  return published.filter((id) => !lateIds.has(id));
}

export function reportCharts(
  { report }: ReportData,
  names: ReportNames,
  locale: Locale,
  word: ReportWord,
): ReportChart[] {
  const channels = report.channels.filter((c) => c.planned > 0 || c.outsidePlan > 0 || c.views > 0);
  const channelNames = channels.map((c) => names.channel(c.channelId));
  const planned = word('column.planned');
  const published = word('column.published');
  const onTime = word('column.onTime');
  const publication: ReportChart = {
    id: 'publication',
    title: word('chart.publication'),
    summary: word('chart.publicationSummary', {
      planned: formatCount(report.totals.plannedChannels, locale),
      published: formatCount(report.totals.publishedChannels, locale),
    }),
    option: barOption(
      channelNames,
      [
        { name: planned, data: channels.map((c) => c.planned) },
        { name: published, data: channels.map((c) => c.published) },
        { name: onTime, data: channels.map((c) => c.onTime) },
      ],
      locale,
    ),
    table: {
      columns: [
        { label: word('column.channel'), kind: 'text' },
        { label: planned, kind: 'count' },
        { label: published, kind: 'count' },
        { label: onTime, kind: 'count' },
      ],
      rows: channels.map((c, i) => ({
        cells: [channelNames[i]!, c.planned, c.published, c.onTime],
        posts: [
          undefined,
          { postIds: c.postIds.planned },
          { postIds: c.postIds.published },
          { postIds: withoutLate(c.postIds.published, c.postIds.late) },
        ],
      })),
    },
  };

  const pillarNames = report.pillars.map((p) => names.pillar(p.campaignId));
  const share = word('column.share');
  const target = word('column.targetShare');
  const pillars: ReportChart = {
    id: 'pillars',
    title: word('chart.pillars'),
    summary: word('chart.pillarsSummary', { count: report.pillars.length }),
    option: barOption(
      pillarNames,
      [
        { name: share, data: report.pillars.map((p) => p.share) },
        { name: target, data: report.pillars.map((p) => p.target) },
      ],
      locale,
      true,
    ),
    table: {
      columns: [
        { label: word('column.pillar'), kind: 'text' },
        { label: share, kind: 'rate' },
        { label: target, kind: 'rate' },
      ],
      rows: report.pillars.map((p, i) => ({
        cells: [pillarNames[i]!, p.share, p.target],
        posts: [undefined, { postIds: p.postIds }],
      })),
    },
  };

  const views = word('column.views');
  const reach = word('column.reach');
  const engagement = word('column.engagement');
  const reachChart: ReportChart = {
    id: 'reach',
    title: word('chart.reach'),
    summary: word('chart.reachSummary', {
      views: formatCount(report.totals.views, locale),
      engagement: formatCount(report.totals.engagement, locale),
    }),
    option: barOption(
      channelNames,
      [
        { name: views, data: channels.map((c) => c.views) },
        { name: reach, data: channels.map((c) => c.reach) },
        { name: engagement, data: channels.map((c) => c.engagement) },
      ],
      locale,
    ),
    table: {
      columns: [
        { label: word('column.channel'), kind: 'text' },
        { label: views, kind: 'count' },
        { label: reach, kind: 'count' },
        { label: engagement, kind: 'count' },
      ],
      rows: channels.map((c, i) => ({
        cells: [channelNames[i]!, c.views, c.reach, c.engagement],
        posts: [
          undefined,
          { postIds: c.postIds.published },
          { postIds: c.postIds.published },
          { postIds: c.postIds.published },
        ],
      })),
    },
  };
  return [publication, pillars, reachChart];
}
