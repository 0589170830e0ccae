import type { Db } from '../db/connection';
import { approvalFingerprint, type FingerprintedPost } from '../db/approval-fingerprint';
import { assetsRepository } from '../db/repositories/assets';

export { approvalFingerprint, type FingerprintedPost };

/** `approvalFingerprint` with the attachments' hashes read from the library. */
export function fingerprintOf(db: Db) {
  const assets = assetsRepository(db);
  return (post: FingerprintedPost): string =>
    approvalFingerprint(
      post,
      // A missing row cannot happen (post_assets has a foreign key); should it, the id stands
      // in, so the fingerprint still differs from one of a present file.
      post.assetIds.map((id) => assets.get(id)?.sha256 ?? `missing:${id}`),
    );
}
