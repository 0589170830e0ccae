import type {
  BundleAsset,
  BundleCampaign,
  BundleChannel,
  BundlePerson,
  BundlePost,
} from '../../shared/domain/bundle';
import type { AssetStatus } from '../../shared/domain/assets';
import type { Db } from '../db/connection';
import { approvalsRepository } from '../db/repositories/approvals';
import { assetsRepository } from '../db/repositories/assets';
import { campaignsRepository } from '../db/repositories/campaigns';
import { channelsRepository } from '../db/repositories/channels';
import { peopleRepository } from '../db/repositories/people';
import { wholePosts } from '../db/repositories/whole-posts';

/** A post as a bundle carries it, before its hash and exchange history are added. */
export type PostBody = Omit<BundlePost, 'contentHash' | 'exchange'>;

export interface StoredPost {
  body: PostBody;
  inTrash: boolean;
  seriesId: string | null;
}

export interface StoredAsset extends Omit<BundleAsset, 'included'> {
  id: string;
  status: AssetStatus;
}

/*
 * What a bundle carries of this library, read through the repositories. Call these inside the
 * caller's transaction so that they see one moment. The fields are listed in the bundle's order:
 * its JSON entries are written as these objects are.
 */

/** Posts by id (trash included), whole: all channels, tags, and attachments as content hashes. */
export function readPosts(db: Db, ids: readonly string[]): Map<string, StoredPost> {
  const posts = new Map<string, StoredPost>();
  const evidence = approvalsRepository(db).ofPosts(ids);
  for (const [id, { record, channels, tags, assets }] of wholePosts(db, ids)) {
    const approvals = (evidence.get(id) ?? []).map(({ postId: _postId, ...approval }) => approval);
    posts.set(id, {
      inTrash: record.deletedAt !== null,
      seriesId: record.seriesId,
      body: {
        id: record.id,
        title: record.title,
        brief: record.brief,
        caption: record.caption,
        link: record.link,
        firstComment: record.firstComment,
        hashtags: record.hashtags,
        tags,
        channels,
        campaignId: record.campaignId,
        assigneeId: record.assigneeId,
        status: record.status,
        scheduledAt: record.scheduledAt,
        timeZone: record.timeZone,
        submittedBy: record.submittedBy,
        // Only when there is something to say: a post without a check or sign-off reads (and
        // hashes) as in bundles made before two-step approval.
        ...(record.checkedBy !== null && {
          checkedBy: record.checkedBy,
          checkedAt: record.checkedAt,
        }),
        approvedBy: record.approvedBy,
        approvedAt: record.approvedAt,
        ...(approvals.length > 0 && { approvals }),
        permalink: record.permalink,
        publishedAt: record.publishedAt,
        createdBy: record.createdBy,
        createdAt: record.createdAt,
        updatedAt: record.updatedAt,
        version: record.version,
        assets,
      },
    });
  }
  return posts;
}

export function readChannels(db: Db, ids: readonly string[]): BundleChannel[] {
  return channelsRepository(db)
    .byIds(ids)
    .map(({ id, platform, name, handle, color, active }) => ({
      id,
      platform,
      name,
      handle,
      color,
      active,
    }));
}

export function readCampaigns(db: Db, ids: readonly string[]): BundleCampaign[] {
  return campaignsRepository(db)
    .byIds(ids)
    .map(({ id, name, color, description, archived }) => ({
      id,
      name,
      color,
      description,
      archived,
    }));
}

export function readPeople(db: Db, ids: readonly string[]): BundlePerson[] {
  return peopleRepository(db)
    .byIds(ids)
    .map(({ id, name, role, active }) => ({ id, name, role, active }));
}

/** Library assets by content hash, with the office's descriptions and tags. */
export function readAssets(db: Db, sha256s: readonly string[]): Map<string, StoredAsset> {
  const repository = assetsRepository(db);
  const rows = repository.bySha256s(sha256s);
  const tags = repository.tagsOf(rows.map((row) => row.id));
  return new Map(
    rows.map((row) => [
      row.sha256,
      {
        id: row.id,
        sha256: row.sha256,
        ext: row.ext,
        kind: row.kind,
        mime: row.mime,
        size: row.size,
        name: row.original_name,
        title: row.title,
        description: row.description,
        credit: row.credit,
        rights: row.rights,
        rightsExpiresOn: row.rights_expires_on,
        tags: tags.get(row.id) ?? [],
        status: row.status,
      },
    ]),
  );
}
