import type {
  ConflictResolution,
  ImportKind,
  ImportPlan,
  ImportPlanPost,
  ImportResolutions,
  ImportSummary,
} from '../../../shared/domain/bundle';
import { localParts, type LocalDate } from '../../../shared/time';

/**
 * The rules of the bundle import screen, pure so unit tests pin them: which file is a bundle,
 * which conflicts still need a choice, the order posts are listed in, what the summary says and
 * which day the calendar should open on afterwards.
 */

export const bundleExtension = '.linimasa';

/** By name only: the dry run checks the content, this only spares an upload of a photo. */
export const isBundleFileName = (name: string): boolean =>
  name.toLowerCase().endsWith(bundleExtension) && name.length > bundleExtension.length;

/** Conflicts of the dry run that have no choice yet, in the plan's order. */
export function unresolvedConflicts(
  plan: Pick<ImportPlan, 'posts'>,
  resolutions: ImportResolutions,
): ImportPlanPost[] {
  return plan.posts.filter((post) => post.kind === 'conflict' && !resolutions[post.id]);
}

/** The same choice for every conflict, keeping none of the earlier individual ones. */
export function resolveAll(
  plan: Pick<ImportPlan, 'posts'>,
  resolution: ConflictResolution,
): ImportResolutions {
  const resolutions: ImportResolutions = {};
  for (const post of plan.posts) if (post.kind === 'conflict') resolutions[post.id] = resolution;
  return resolutions;
}

/** What the import request carries: choices for this plan's conflicts only. */
export function resolutionsFor(
  plan: Pick<ImportPlan, 'posts'>,
  resolutions: ImportResolutions,
): ImportResolutions {
  const chosen: ImportResolutions = {};
  for (const post of plan.posts) {
    const resolution = resolutions[post.id];
    if (post.kind === 'conflict' && resolution) chosen[post.id] = resolution;
  }
  return chosen;
}

/** Whether importing would change anything here at all (a bundle of ours, sent back unchanged, would not). */
export function importChangesSomething(plan: ImportPlan): boolean {
  const { counts, create, assets } = plan;
  return (
    counts.new + counts.updated + counts.conflict > 0 ||
    create.channels.length + create.campaigns.length + create.people.length > 0 ||
    assets.new > 0
  );
}

/** Conflicts first (they need a person), then new, updated and unchanged. */
export const kindOrder: readonly ImportKind[] = ['conflict', 'new', 'updated', 'unchanged'];

/**
 * Posts as the table lists them: by kind in `kindOrder`, then by the sender's publication time
 * (ideas without a time after the scheduled ones), then by title.
 */
export function orderedPosts(
  posts: readonly ImportPlanPost[],
  kind: ImportKind | 'all' = 'all',
): ImportPlanPost[] {
  const rank = (post: ImportPlanPost) => kindOrder.indexOf(post.kind);
  return posts
    .filter((post) => kind === 'all' || post.kind === kind)
    .sort((a, b) => {
      const byKind = rank(a) - rank(b);
      if (byKind !== 0) return byKind;
      const at = a.remote.scheduledAt;
      const bt = b.remote.scheduledAt;
      if (at !== bt) {
        if (at === null) return 1;
        if (bt === null) return -1;
        return at < bt ? -1 : 1;
      }
      return a.title.localeCompare(b.title, 'id');
    });
}

/** Does the import write the sender's version of this post (as itself or as a copy)? */
function takesRemote(post: ImportPlanPost, resolutions: ImportResolutions): boolean {
  if (post.kind === 'new' || post.kind === 'updated') return true;
  if (post.kind !== 'conflict') return false;
  const resolution = resolutions[post.id];
  return resolution === 'take_theirs' || resolution === 'keep_both';
}

/**
 * The office-local day of the earliest post the import brought in, so "Buka kalender" shows
 * them rather than today's month; null when none of them has a day (ideas only, or nothing new).
 */
export function firstImportedDay(
  plan: Pick<ImportPlan, 'posts'>,
  resolutions: ImportResolutions,
  zone: string,
): LocalDate | null {
  let first: string | null = null;
  for (const post of plan.posts) {
    const at = post.remote.scheduledAt;
    if (at === null || !takesRemote(post, resolutions)) continue;
    if (first === null || at < first) first = at;
  }
  if (first === null) return null;
  try {
    return localParts(first, zone).date;
  } catch {
    return first.slice(0, 10);
  }
}

export type SummaryPart =
  | 'created'
  | 'updated'
  | 'keptBoth'
  | 'keptMine'
  | 'unchanged'
  | 'assetsImported'
  | 'assetsReused'
  | 'assetsMissing'
  | 'createdChannels'
  | 'createdCampaigns'
  | 'createdPeople';

/** The non-zero figures of an import, in the order the summary sentence names them. */
export function summaryParts(summary: ImportSummary): { part: SummaryPart; count: number }[] {
  const all: [SummaryPart, number][] = [
    ['created', summary.created],
    ['updated', summary.updated],
    ['keptBoth', summary.keptBoth],
    ['keptMine', summary.keptMine],
    ['unchanged', summary.unchanged],
    ['assetsImported', summary.assets.imported],
    ['assetsReused', summary.assets.reused],
    ['assetsMissing', summary.assets.missing],
    ['createdChannels', summary.createdChannels],
    ['createdCampaigns', summary.createdCampaigns],
    ['createdPeople', summary.createdPeople],
  ];
  return all.filter(([, count]) => count > 0).map(([part, count]) => ({ part, count }));
}
