import type { BundlePost } from '../../shared/domain/bundle';
import { thumbMediaPath } from '../../shared/domain/media-paths';
import {
  diffPost,
  type ConflictNames,
  type PostDifference,
  type PostVersion,
} from '../../shared/domain/post-diff';
import type { Db } from '../db/connection';
import { assetsRepository } from '../db/repositories/assets';
import { campaignsRepository } from '../db/repositories/campaigns';
import { channelsRepository } from '../db/repositories/channels';
import { peopleRepository } from '../db/repositories/people';
import type { PostDecision } from './plan';
import type { OpenedBundle } from './reader';
import type { PostBody, StoredPost } from './records';

/** The small thumbnail: what a conflict row shows beside the file's name. */
const thumbSize = 320;

const versionOf = (post: PostBody | BundlePost, inTrash: boolean): PostVersion => ({
  title: post.title,
  brief: post.brief,
  caption: post.caption,
  link: post.link,
  firstComment: post.firstComment,
  hashtags: post.hashtags,
  tags: post.tags,
  channels: post.channels,
  campaignId: post.campaignId,
  assigneeId: post.assigneeId,
  approvedBy: post.approvedBy,
  status: post.status,
  inTrash,
  scheduledAt: post.scheduledAt,
  timeZone: post.timeZone,
  permalink: post.permalink,
  assets: post.assets,
});

/** What differs between our version of a post and the bundle's (see shared/domain/post-diff.ts). */
export function conflictDifferences(local: StoredPost, remote: BundlePost): PostDifference[] {
  return diffPost(versionOf(local.body, local.inTrash), versionOf(remote, false));
}

/**
 * Names for the ids the conflicts mention, read once for all of them: this library's name
 * where it has the channel, campaign, person or file (that is how the office knows it), else
 * the bundle's. A file this library holds shows its thumbnail; one only in the bundle its name.
 */
export function conflictNames(db: Db, bundle: OpenedBundle, conflicts: readonly PostDecision[]) {
  const ids = {
    channels: new Set<string>(),
    campaigns: new Set<string>(),
    people: new Set<string>(),
  };
  const shas = new Set<string>();
  for (const { local, remote } of conflicts) {
    for (const post of [local!.body, remote]) {
      for (const c of post.channels) ids.channels.add(c.channelId);
      if (post.campaignId) ids.campaigns.add(post.campaignId);
      for (const person of [post.assigneeId, post.approvedBy]) if (person) ids.people.add(person);
      for (const sha of post.assets) shas.add(sha);
    }
  }
  const all: ConflictNames = { channels: {}, campaigns: {}, people: {}, assets: {} };
  if (conflicts.length === 0) return { of: () => all };

  for (const c of bundle.channels) {
    if (ids.channels.has(c.id))
      all.channels[c.id] = { name: c.name, platform: c.platform, handle: c.handle };
  }
  for (const c of channelsRepository(db).byIds([...ids.channels])) {
    all.channels[c.id] = { name: c.name, platform: c.platform, handle: c.handle };
  }
  for (const c of bundle.campaigns) if (ids.campaigns.has(c.id)) all.campaigns[c.id] = c.name;
  for (const c of campaignsRepository(db).byIds([...ids.campaigns])) all.campaigns[c.id] = c.name;
  for (const p of bundle.people) if (ids.people.has(p.id)) all.people[p.id] = p.name;
  for (const p of peopleRepository(db).byIds([...ids.people])) all.people[p.id] = p.name;
  for (const a of bundle.assets) {
    if (shas.has(a.sha256))
      all.assets[a.sha256] = { name: a.title || a.name, kind: a.kind, thumb: null };
  }
  for (const row of assetsRepository(db).bySha256s([...shas])) {
    all.assets[row.sha256] = {
      name: row.title || row.original_name,
      kind: row.kind,
      thumb: row.has_thumbs === 1 ? thumbMediaPath(row.sha256, thumbSize) : null,
    };
  }

  return {
    /** Only the names one conflict needs, so the plan stays small with many conflicts. */
    of(local: PostBody, remote: BundlePost): ConflictNames {
      const names: ConflictNames = { channels: {}, campaigns: {}, people: {}, assets: {} };
      for (const post of [local, remote]) {
        for (const c of post.channels) {
          const found = all.channels[c.channelId];
          if (found) names.channels[c.channelId] = found;
        }
        const campaign = post.campaignId && all.campaigns[post.campaignId];
        if (campaign) names.campaigns[post.campaignId!] = campaign;
        for (const person of [post.assigneeId, post.approvedBy]) {
          const name = person && all.people[person];
          if (name) names.people[person!] = name;
        }
        for (const sha of post.assets) {
          const found = all.assets[sha];
          if (found) names.assets[sha] = found;
        }
      }
      return names;
    },
  };
}
