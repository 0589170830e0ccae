import { permalinkKey } from '../../shared/domain/publication';
import type { ExportRow } from './parse-export';

/** A planned post on the export's channel, as the matcher sees it. */
export interface Candidate {
  postId: string;
  channelId: string;
  title: string;
  /** Office-local day it went out (its publication) or was scheduled. */
  day: string;
  caption: string;
  /** From its publication record, if any. */
  permalink: string;
  platformPostId: string | null;
}

/** A publication outside the plan recorded by an earlier import. */
export interface KnownUnplanned {
  id: string;
  permalink: string;
  platformPostId: string | null;
}

export type MatchHow = 'permalink' | 'postId' | 'dayCaption';
export type Match =
  | { kind: 'matched'; candidate: Candidate; how: MatchHow }
  | { kind: 'uncertain'; candidates: Candidate[] }
  | { kind: 'unplanned'; existing: string | null };

/** Lower-case letters and digits of the caption's start, for "the same caption" on one day. */
export function captionStart(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 40);
}

function sameStart(a: string, b: string): boolean {
  if (a.length < 8 || b.length < 8) return a !== '' && a === b;
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * Each row to a planned post's channel, as open-source importers do: by permalink, then by the
 * platform's post id, then by the same office-local day and the same caption start. A day match
 * that is not one clear caption match is uncertain and goes to review; no candidate that day
 * means the post went out outside the plan. A planned channel takes at most one row per file.
 */
export function matchRows(
  rows: readonly ExportRow[],
  candidates: readonly Candidate[],
  unplanned: readonly KnownUnplanned[],
  idFromLink: (permalink: string) => string | null,
): Match[] {
  const byLink = new Map<string, Candidate>();
  const byId = new Map<string, Candidate>();
  const byDay = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.permalink) byLink.set(permalinkKey(c.permalink), c);
    const id = c.platformPostId ?? (c.permalink ? idFromLink(c.permalink) : null);
    if (id) byId.set(id, c);
    const list = byDay.get(c.day);
    if (list) list.push(c);
    else byDay.set(c.day, [c]);
  }
  const outsideByLink = new Map(
    unplanned.filter((u) => u.permalink).map((u) => [permalinkKey(u.permalink), u.id]),
  );
  const outsideById = new Map(
    unplanned.filter((u) => u.platformPostId).map((u) => [u.platformPostId!, u.id]),
  );
  // Each candidate's caption start once: a 100,000-row file meets each day's posts many times.
  const starts = new Map(candidates.map((c) => [c, captionStart(c.caption)]));
  const used = new Set<Candidate>();

  // Each row's link key once (a URL parse): both passes below look it up.
  const keys = rows.map((row) => (row.permalink ? permalinkKey(row.permalink) : ''));
  // Exact matches first, so a day match never takes a channel another row names by its link.
  const exact: (Match | null)[] = rows.map((row, index) => {
    const link = keys[index] ? byLink.get(keys[index]) : undefined;
    const byPostId = row.platformPostId ? byId.get(row.platformPostId) : undefined;
    const found = link ?? byPostId;
    if (!found || used.has(found)) return null;
    used.add(found);
    return { kind: 'matched', candidate: found, how: link ? 'permalink' : 'postId' };
  });

  return rows.map((row, index) => {
    const done = exact[index];
    if (done) return done;
    const known =
      (keys[index] ? outsideByLink.get(keys[index]) : undefined) ??
      (row.platformPostId ? outsideById.get(row.platformPostId) : undefined);
    if (known) return { kind: 'unplanned', existing: known };
    const sameDay = (byDay.get(row.day) ?? []).filter(
      (c) =>
        !used.has(c) &&
        // A channel already linked to another post on the platform is not this row.
        !(c.permalink && row.permalink) &&
        !(c.platformPostId && row.platformPostId),
    );
    if (sameDay.length === 0) return { kind: 'unplanned', existing: null };
    const start = captionStart(row.caption);
    const agreeing = sameDay.filter((c) => start !== '' && sameStart(start, starts.get(c)!));
    if (agreeing.length === 1) {
      used.add(agreeing[0]!);
      return { kind: 'matched', candidate: agreeing[0]!, how: 'dayCaption' };
    }
    return { kind: 'uncertain', candidates: agreeing.length > 1 ? agreeing : sameDay };
  });
}
