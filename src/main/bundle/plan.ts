import type { ErrorKey, TextParams } from '../../shared/api/errors';
import type {
  BundlePost,
  ConflictDecision,
  ImportKind,
  ImportNotice,
  ImportPlan,
  ImportPlanPost,
} from '../../shared/domain/bundle';
import { peopleOfPost } from '../../shared/domain/bundle';
import { wordError } from '../../shared/i18n/translate';
import type { Db } from '../db/connection';
import { classify } from './classify';
import { contentHash } from './content-hash';
import { bundleHistoryRepository, winningDecision } from '../db/repositories/bundle-history';
import { conflictNames, conflictDifferences } from './conflict-view';
import { openBundle, verifiedChunks, type OpenBundleOptions, type OpenedBundle } from './reader';
import { readAssets, readPosts, type StoredPost } from './records';
import { checkEntryContent, sniffHeadBytes } from './sniff-entry';
import { namesOf } from '../db/repositories/lookups';

export interface PostDecision {
  remote: BundlePost;
  kind: ImportKind;
  /** Our version, when the post is here (trash included). */
  local?: StoredPost;
  localHash?: string;
  localSeen: string[];
  /**
   * The two versions were settled before (here or by the sender): `kind` is then `updated` or
   * `unchanged` by that decision instead of `conflict`.
   */
  settled?: { decision: ConflictDecision; kept: 'here' | 'bundle' };
}

/** Each bundle post against this library, in the bundle's order. Run inside a transaction. */
export function decide(db: Db, bundle: Pick<OpenedBundle, 'posts'>): PostDecision[] {
  const ids = bundle.posts.map((p) => p.id);
  const stored = readPosts(db, ids);
  const history = bundleHistoryRepository(db);
  const seen = history.seenOf(ids);
  const decided = history.decisionsOf(ids);
  return bundle.posts.map((remote) => {
    const local = stored.get(remote.id);
    const localHash = local && contentHash(local.body, local.inTrash);
    const localSeen = seen.get(remote.id) ?? [];
    const kind = classify({
      local: localHash,
      localSeen,
      remote: remote.contentHash,
      remoteSeen: remoteHistory(remote),
    });
    if (kind !== 'conflict' || localHash === undefined) {
      return { remote, kind, local, localHash, localSeen };
    }
    // A conflict between these very versions that either office settled is not asked again.
    const decision = winningDecision(
      [...(decided.get(remote.id) ?? []), ...(remote.exchange.resolved ?? [])],
      localHash,
      remote.contentHash,
    );
    if (!decision) return { remote, kind, local, localHash, localSeen };
    const kept = decision.kept === localHash ? 'here' : 'bundle';
    return {
      remote,
      kind: kept === 'here' ? 'unchanged' : 'updated',
      local,
      localHash,
      localSeen,
      settled: { decision, kept },
    };
  });
}

/** The sender's exchange history of a post, its stated base included. */
export function remoteHistory(post: BundlePost): string[] {
  const { baseHash, seen } = post.exchange;
  return baseHash && !seen.includes(baseHash) ? [...seen, baseHash] : seen;
}

/** Channels, campaigns, people and files that a set of posts names. */
export function referencesOf(posts: readonly BundlePost[]) {
  const channelIds = new Set<string>();
  const campaignIds = new Set<string>();
  const peopleIds = new Set<string>();
  const assets = new Set<string>();
  for (const post of posts) {
    for (const channel of post.channels) channelIds.add(channel.channelId);
    if (post.campaignId) campaignIds.add(post.campaignId);
    for (const person of peopleOfPost(post)) peopleIds.add(person);
    for (const sha of post.assets) assets.add(sha);
  }
  return { channelIds, campaignIds, peopleIds, assets };
}

export interface PlanOptions extends OpenBundleOptions {
  /** Bytes of asset files checked so far and in all. */
  progress?: (done: number, total: number) => void;
  /**
   * Read every asset file through its SHA-256 check (default). A caller that imports right
   * after may skip it: the import checks every file again before placing any.
   */
  verifyAssets?: boolean;
}

/**
 * The dry run: checks the whole bundle (every asset file's bytes against its SHA-256 too) and
 * says what an import would do, post by post. Writes nothing.
 */
export async function planImport(
  context: { db: Db },
  bundlePath: string,
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const bundle = await openBundle(bundlePath, options);
  try {
    if (options.verifyAssets !== false)
      await verifyFiles(bundle, [...bundle.files.keys()], options);
    return context.db.transaction(() =>
      buildPlan(context.db, bundle, decide(context.db, bundle)),
    )();
  } finally {
    bundle.close();
  }
}

/** Reads the given included files through their checks, writing nothing. */
export async function verifyFiles(
  bundle: OpenedBundle,
  sha256s: readonly string[],
  options: PlanOptions,
): Promise<void> {
  const files = sha256s.map((sha) => bundle.files.get(sha)!);
  const total = files.reduce((sum, f) => sum + f.asset.size, 0);
  let done = 0;
  options.progress?.(done, total);
  for (const { asset, entry } of files) {
    const head: Buffer[] = [];
    let headBytes = 0;
    for await (const chunk of verifiedChunks(bundle.archive, entry, asset, options.signal)) {
      done += chunk.length;
      if (headBytes < sniffHeadBytes) {
        head.push(Buffer.from(chunk.subarray(0, sniffHeadBytes - headBytes)));
        headBytes += head.at(-1)!.length;
      }
    }
    // The bytes are the declared ones; now the content must be what the import accepts.
    await checkEntryContent(Buffer.concat(head), asset.name);
    options.progress?.(done, total);
  }
}

/**
 * A note of the dry run as the catalog's key (`errors.bundleNotice.*`) and values, which the
 * interface and the CLI word, with main's Indonesian words beside them for older clients.
 */
function importNotice(key: ErrorKey, params: TextParams): ImportNotice {
  return { key, params, message: wordError('id', key, params) };
}

/** Anything the import would write for these posts, measured against this library. */
export function buildPlan(db: Db, bundle: OpenedBundle, decisions: PostDecision[]): ImportPlan {
  const { manifest } = bundle;
  const counts = { new: 0, updated: 0, conflict: 0, unchanged: 0 };
  const installId = bundleHistoryRepository(db).installId();
  const conflicting = decisions.filter((d) => d.kind === 'conflict' && d.local);
  const names = conflictNames(db, bundle, conflicting);
  const posts: ImportPlanPost[] = decisions.map(({ remote, kind, local, settled }) => {
    counts[kind] += 1;
    return {
      id: remote.id,
      title: remote.title,
      kind,
      ...(local
        ? {
            local: {
              title: local.body.title,
              status: local.body.status,
              scheduledAt: local.body.scheduledAt,
              updatedAt: local.body.updatedAt,
              inTrash: local.inTrash,
            },
          }
        : {}),
      remote: {
        title: remote.title,
        status: remote.status,
        scheduledAt: remote.scheduledAt,
        updatedAt: remote.updatedAt,
      },
      ...(kind === 'conflict' && local
        ? {
            differences: conflictDifferences(local, remote),
            names: names.of(local.body, remote),
          }
        : {}),
      ...(settled
        ? {
            settledBefore: {
              kept: settled.kept,
              decidedAt: settled.decision.decidedAt,
              byHere: settled.decision.installId === installId,
            },
          }
        : {}),
    };
  });

  // A conflict may end in taking theirs, so the plan counts what that would need.
  const writing = decisions.filter((d) => d.kind !== 'unchanged').map((d) => d.remote);
  const refs = referencesOf(writing);
  const here = readAssets(db, [...refs.assets]);
  const assets = { new: 0, newBytes: 0, present: 0, missing: 0 };
  for (const sha of refs.assets) {
    const file = bundle.files.get(sha);
    const local = here.get(sha);
    if (file && local?.status === 'ok') assets.present += 1;
    else if (file) {
      assets.new += 1;
      assets.newBytes += file.asset.size;
    } else if (!local) assets.missing += 1;
  }

  const notices: ImportNotice[] = [];
  const missing = <T extends { id: string; name: string }>(
    renamed: Extract<ErrorKey, `bundleNotice.${string}`>,
    list: T[],
    wanted: Set<string>,
    table: 'channels' | 'campaigns' | 'people',
  ) => {
    const names = namesOf(db, table, wanted);
    const create: { id: string; name: string }[] = [];
    for (const item of list) {
      if (!wanted.has(item.id)) continue;
      const localName = names.get(item.id);
      if (localName === undefined) create.push({ id: item.id, name: item.name });
      else if (localName !== item.name) {
        notices.push(importNotice(renamed, { bundleName: item.name, localName }));
      }
    }
    return create;
  };

  return {
    bundle: {
      appVersion: manifest.appVersion,
      createdAt: manifest.createdAt,
      officeName: manifest.office.name,
      unitName: manifest.office.unit,
      timeZone: manifest.office.timeZone ?? null,
      sourceInstallId: manifest.source.installId,
      fromHere: manifest.source.installId === installId,
      filter: manifest.filter,
      includeAssets: manifest.includeAssets,
      bytes: bundle.archive.bytes,
    },
    posts,
    counts,
    assets,
    create: {
      channels: missing(
        'bundleNotice.channelRenamed',
        bundle.channels,
        refs.channelIds,
        'channels',
      ),
      campaigns: missing(
        'bundleNotice.campaignRenamed',
        bundle.campaigns,
        refs.campaignIds,
        'campaigns',
      ),
      people: missing('bundleNotice.personRenamed', bundle.people, refs.peopleIds, 'people'),
    },
    notices,
  };
}
