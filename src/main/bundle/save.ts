import { uniqueTags } from '../../shared/domain/assets';
import { activityDiff } from '../../shared/domain/activity-diff';
import { storedContentFields } from '../../shared/domain/post-fields';
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/api/errors';
import type {
  BundleApproval,
  BundlePost,
  ConflictResolution,
  ImportResolutions,
  ImportSummary,
} from '../../shared/domain/bundle';
import { nowIso } from '../db/clock';
import type { Db } from '../db/connection';
import { approvalsRepository } from '../db/repositories/approvals';
import { assetsRepository } from '../db/repositories/assets';
import { campaignsRepository } from '../db/repositories/campaigns';
import { channelsRepository } from '../db/repositories/channels';
import { peopleRepository } from '../db/repositories/people';
import { postsRepository, type PostRecord } from '../db/repositories/posts';
import { contentHash, normalInstant } from './content-hash';
import { bundleErrors } from './errors';
import { bundleHistoryRepository, conflictDecision } from '../db/repositories/bundle-history';
import { referencesOf, remoteHistory, type PostDecision } from './plan';
import type { OpenedBundle } from './reader';
import { readAssets, type PostBody, type StoredAsset } from './records';

/**
 * What the import does with one post. create: new here. update: theirs over ours (they alone
 * changed it, or "take theirs"). keep_mine / keep_both: ours stays (keep_both adds theirs as a
 * draft copy). refresh: the same content on both sides, only the exchange memory learns.
 * none: ours is newer, nothing to do. keep_settled: the two versions were in conflict before and
 * ours was kept then: ours stays, as keep_mine, without asking.
 */
export type ImportAction =
  'create' | 'update' | 'keep_mine' | 'keep_both' | 'keep_settled' | 'refresh' | 'none';

export interface Settled extends PostDecision {
  action: ImportAction;
  resolution?: ConflictResolution;
}

const copySuffix = ' (salinan impor)';

/** Each post's action; throws (nothing written yet) when a conflict has no resolution. */
export function settle(decisions: PostDecision[], resolutions: ImportResolutions): Settled[] {
  const unresolved = decisions.filter((d) => d.kind === 'conflict' && !resolutions[d.remote.id]);
  if (unresolved.length > 0) throw bundleErrors.unresolved(unresolved.map((d) => d.remote.title));
  return decisions.map((d): Settled => {
    switch (d.kind) {
      case 'new':
        return { ...d, action: 'create' };
      case 'updated':
        return { ...d, action: 'update' };
      case 'unchanged':
        if (d.settled) return { ...d, action: 'keep_settled' };
        return { ...d, action: d.localHash === d.remote.contentHash ? 'refresh' : 'none' };
      case 'conflict': {
        const resolution = resolutions[d.remote.id]!;
        const action =
          resolution === 'take_theirs'
            ? 'update'
            : resolution === 'keep_both'
              ? 'keep_both'
              : 'keep_mine';
        return { ...d, action, resolution };
      }
    }
  });
}

const writesPost = (action: ImportAction) =>
  action === 'create' || action === 'update' || action === 'keep_both';

/** Posts whose bundle content the import writes. */
const written = (planned: Settled[]) =>
  planned.filter((p) => writesPost(p.action)).map((p) => p.remote);

/** Files to copy in: attached to posts the import writes, carried, and not whole in the library. */
export function neededFiles(
  bundle: OpenedBundle,
  planned: Settled[],
  here: Map<string, StoredAsset>,
): Set<string> {
  const refs = referencesOf(written(planned));
  return new Set(
    [...refs.assets].filter((sha) => bundle.files.has(sha) && here.get(sha)?.status !== 'ok'),
  );
}

export interface SaveContext {
  actorId: string | null;
  /** How the activity log names the bundle. */
  label: string;
  /** Files this import added to the library: they get the bundle's descriptions and tags. */
  newAssets: Set<string>;
  /** Posts done so far, now and then (from inside the transaction). */
  onPosts?: (done: number, total: number) => void;
}

const reportEveryPosts = 250;

/**
 * The import's one transaction (the caller opens it): channels, campaigns and people the
 * written posts need, the assets' descriptions, then each post through the posts repository
 * (so channel_summary, asset_count and the search index stay right), an activity entry for
 * each, and the exchange memory.
 */
export function savePosts(
  db: Db,
  bundle: OpenedBundle,
  planned: Settled[],
  context: SaveContext,
): ImportSummary {
  const now = nowIso();
  const posts = postsRepository(db);
  const approvals = approvalsRepository(db);
  const state = bundleHistoryRepository(db);
  const installId = state.installId();
  const summary: ImportSummary = {
    created: 0,
    updated: 0,
    keptMine: 0,
    keptBoth: 0,
    unchanged: 0,
    assets: { imported: context.newAssets.size, reused: 0, missing: 0 },
    createdChannels: 0,
    createdCampaigns: 0,
    createdPeople: 0,
    changedPostIds: [],
  };

  const refs = referencesOf(written(planned));
  createMissing(db, bundle, refs, now, summary);
  const here = readAssets(db, [...refs.assets]);
  describeNewAssets(db, bundle, here, context.newAssets, now);
  summary.assets.reused = [...refs.assets].filter(
    (sha) => here.has(sha) && !context.newAssets.has(sha),
  ).length;
  summary.assets.missing = [...refs.assets].filter((sha) => !here.has(sha)).length;

  const from = `paket "${context.label}"`;
  const log = (
    postId: string,
    action: 'create' | 'edit' | 'restore',
    comment: string,
    changes?: object,
  ) => posts.logActivity({ postId, actorId: context.actorId, at: now, action, comment, changes });

  /** Their content, as a new post or over ours; attachments by content hash. */
  const write = (
    id: string,
    remote: BundlePost,
    overrides: Partial<PostRecord>,
    expectedVersion?: number,
  ) => {
    const record: PostRecord = {
      id,
      title: remote.title,
      brief: remote.brief,
      caption: remote.caption,
      link: remote.link,
      firstComment: remote.firstComment,
      hashtags: remote.hashtags,
      campaignId: remote.campaignId,
      assigneeId: remote.assigneeId,
      status: remote.status,
      scheduledAt: normalInstant(remote.scheduledAt),
      timeZone: remote.timeZone,
      submittedBy: remote.submittedBy,
      checkedBy: remote.checkedBy ?? null,
      checkedAt: normalInstant(remote.checkedAt ?? null),
      approvedBy: remote.approvedBy,
      approvedAt: normalInstant(remote.approvedAt),
      permalink: remote.permalink,
      publishedAt: normalInstant(remote.publishedAt),
      seriesId: null,
      createdBy: remote.createdBy,
      createdAt: remote.createdAt,
      updatedAt: now,
      deletedAt: null,
      version: 1,
      ...overrides,
    };
    if (expectedVersion === undefined) posts.insert(record);
    else if (!posts.update(id, expectedVersion, record)) {
      throw new AppError('conflict', {
        key: 'post.changedDuringImport',
        params: { title: remote.title },
      });
    }
    posts.replaceChannels(id, remote.channels);
    posts.replaceTags(id, [...new Set(remote.tags)]);
    posts.replaceAssets(
      id,
      remote.assets.flatMap((sha) => here.get(sha)?.id ?? []),
    );
    posts.reindex(posts.get(id)!);
    // The sign-offs travel with the post they cover; a copy made of a conflict is a new draft
    // that nobody signed off.
    if (record.status === remote.status) keepSignOffs(id, remote.approvals ?? []);
    summary.changedPostIds.push(id);
  };

  /** Each sign-off of theirs that we do not hold yet is added; none of ours is changed. */
  const keepSignOffs = (id: string, incoming: readonly BundleApproval[]) => {
    if (incoming.length === 0) return;
    const key = (a: { step: string; at: string; actorName: string }) =>
      `${a.step}|${normalInstant(a.at)}|${a.actorName}`;
    const held = new Set((approvals.ofPosts([id]).get(id) ?? []).map(key));
    for (const approval of incoming) {
      if (held.has(key(approval))) continue;
      approvals.record({ ...approval, postId: id, at: normalInstant(approval.at) });
      held.add(key(approval));
    }
  };

  /**
   * After taking their version both sides share it, and we learn their history. When an
   * attachment could not come (a bundle without files, not in this library) we hold something
   * else: that becomes our base and their version is not marked seen, so the difference comes
   * up again instead of our incomplete copy later passing for the newer one.
   */
  const rememberTaken = (remote: BundlePost) => {
    const held = contentHash({ ...remote, assets: remote.assets.filter((sha) => here.has(sha)) });
    state.remember(remote.id, held, remoteHistory(remote), now);
  };

  for (const [index, p] of planned.entries()) {
    if (index > 0 && index % reportEveryPosts === 0) context.onPosts?.(index, planned.length);
    const { remote, local } = p;
    switch (p.action) {
      case 'create':
        write(remote.id, remote, {});
        log(remote.id, 'create', `Diimpor dari ${from}.`);
        rememberTaken(remote);
        summary.created += 1;
        break;
      case 'update': {
        const before = local!;
        write(
          remote.id,
          remote,
          {
            createdAt: before.body.createdAt,
            seriesId: before.seriesId,
            version: before.body.version + 1,
          },
          before.body.version,
        );
        if (before.inTrash) log(remote.id, 'restore', `Dipulihkan dari Sampah oleh impor ${from}.`);
        log(
          remote.id,
          'edit',
          p.resolution === 'take_theirs'
            ? `Bentrok diselesaikan: versi dari ${from} diambil.`
            : p.settled
              ? `Bentrok yang sudah diputuskan sebelumnya: versi dari ${from} dipakai.`
              : `Diperbarui dari ${from} (hanya diubah di sana sejak pertukaran terakhir).`,
          diff(before.body, remote),
        );
        rememberTaken(remote);
        if (p.resolution === 'take_theirs') {
          state.decide(
            remote.id,
            conflictDecision(remote.contentHash, p.localHash!, now, installId),
          );
        }
        summary.updated += 1;
        break;
      }
      case 'keep_settled':
        state.remember(
          remote.id,
          p.localHash!,
          [...remoteHistory(remote), remote.contentHash],
          now,
        );
        log(
          remote.id,
          'edit',
          `Bentrok dengan ${from} yang sudah diputuskan sebelumnya: versi di sini tetap dipakai.`,
        );
        summary.unchanged += 1;
        break;
      case 'keep_mine':
      case 'keep_both':
        // Ours stays and supersedes theirs: their version counts as seen, so the same bundle
        // is not raised again, and our next bundle tells them to take ours.
        state.remember(
          remote.id,
          p.localHash!,
          [...remoteHistory(remote), remote.contentHash],
          now,
        );
        state.decide(remote.id, conflictDecision(p.localHash!, remote.contentHash, now, installId));
        if (p.action === 'keep_mine') {
          log(remote.id, 'edit', `Bentrok dengan ${from}: versi di sini dipertahankan.`);
          summary.keptMine += 1;
        } else {
          keepBoth(p, write, log, from, now, (id) => posts.get(id) !== undefined);
          summary.keptBoth += 1;
        }
        break;
      case 'refresh':
        state.remember(remote.id, remote.contentHash, remoteHistory(remote), now);
        summary.unchanged += 1;
        break;
      case 'none':
        summary.unchanged += 1;
        break;
    }
  }
  // What the sender settled reaches us too (and, through our next bundle, the next office).
  for (const { remote } of planned) {
    for (const decision of remote.exchange.resolved ?? []) {
      state.decide(remote.id, { ...decision, decidedAt: normalInstant(decision.decidedAt) });
    }
  }
  return summary;
}

/**
 * The id of keep_both's copy of one version of a post: the same on every machine and at every
 * import (a UUID made from the post id and the version's content hash, in the layout of a
 * name-based UUID), so keeping both again, here or at the other office, never makes a second
 * copy of the same version.
 */
export function copyIdFor(postId: string, version: string): string {
  const hex = createHash('sha256').update(`keep-both:${postId}:${version}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Theirs as a new post beside ours: a new id, a title that says so, and draft status, since a
 * copy is a proposal that has not been approved here (two approved versions of one post would
 * both go out).
 */
function keepBoth(
  p: Settled,
  write: (id: string, remote: BundlePost, overrides: Partial<PostRecord>) => void,
  log: (postId: string, action: 'create' | 'edit', comment: string) => void,
  from: string,
  now: string,
  exists: (id: string) => boolean,
): void {
  const copyId = copyIdFor(p.remote.id, p.remote.contentHash);
  const title = `${p.remote.title.slice(0, 300 - copySuffix.length)}${copySuffix}`;
  if (exists(copyId)) {
    log(
      p.remote.id,
      'edit',
      `Bentrok dengan ${from}: versi di sini dipertahankan; salinan versi paket sudah ada ("${title}").`,
    );
    return;
  }
  write(
    copyId,
    { ...p.remote, title },
    {
      status: 'draft',
      submittedBy: null,
      checkedBy: null,
      checkedAt: null,
      approvedBy: null,
      approvedAt: null,
      permalink: '',
      publishedAt: null,
      createdAt: now,
    },
  );
  log(
    copyId,
    'create',
    `Salinan versi ${from} yang bentrok dengan "${p.local!.body.title}" di sini; berstatus draf sampai ditinjau.`,
  );
  log(
    p.remote.id,
    'edit',
    `Bentrok dengan ${from}: versi di sini dipertahankan; versi paket disimpan sebagai salinan "${title}".`,
  );
}

/** Channels, campaigns and people the written posts name and this library lacks; others stay as they are. */
function createMissing(
  db: Db,
  bundle: OpenedBundle,
  refs: ReturnType<typeof referencesOf>,
  now: string,
  summary: ImportSummary,
): void {
  const channels = channelsRepository(db);
  for (const channel of bundle.channels) {
    if (!refs.channelIds.has(channel.id) || channels.get(channel.id)) continue;
    channels.insert({ ...channel, createdAt: now, updatedAt: now });
    summary.createdChannels += 1;
  }
  const campaigns = campaignsRepository(db);
  for (const campaign of bundle.campaigns) {
    if (!refs.campaignIds.has(campaign.id) || campaigns.get(campaign.id)) continue;
    campaigns.insert({ ...campaign, createdAt: now, updatedAt: now });
    summary.createdCampaigns += 1;
  }
  const people = peopleRepository(db);
  for (const person of bundle.people) {
    if (!refs.peopleIds.has(person.id) || people.get(person.id)) continue;
    people.insert({ ...person, createdAt: now, updatedAt: now });
    summary.createdPeople += 1;
  }
}

/** Title, credit, rights and tags travel with a file new to this library (never over ours). */
function describeNewAssets(
  db: Db,
  bundle: OpenedBundle,
  here: Map<string, StoredAsset>,
  newAssets: Set<string>,
  now: string,
): void {
  const assets = assetsRepository(db);
  for (const asset of bundle.assets) {
    const local = here.get(asset.sha256);
    if (!local || !newAssets.has(asset.sha256)) continue;
    assets.update(local.id, {
      title: asset.title,
      description: asset.description,
      credit: asset.credit,
      rights: asset.rights,
      rights_expires_on: asset.rightsExpiresOn,
      updated_at: now,
    });
    assets.replaceTags(local.id, uniqueTags(asset.tags));
    assets.reindex(local.id);
  }
}

/** Field → [before, after] for the activity log, long texts shortened as the editor's log does. */
function diff(before: PostBody, after: BundlePost): Record<string, [unknown, unknown]> {
  // A bundle names attachments by content hash (`assets`), and carries the status too.
  const content = storedContentFields.filter(
    (field): field is Exclude<typeof field, 'assetIds' | 'scheduledAt'> =>
      field !== 'assetIds' && field !== 'scheduledAt',
  );
  return activityDiff(before, after, [...content, 'assets', 'status', 'scheduledAt'] as const);
}
