/**
 * What a bundle may hold before it is refused unread. A month of an office's photos and videos
 * fits easily; a crafted archive that would fill the disk or the memory does not.
 */
export interface BundleLimits {
  /** One asset file (a long video is a few GB). */
  assetBytes: number;
  /** One JSON entry or the manifest: read whole into memory, so kept modest. */
  jsonBytes: number;
  entries: number;
  /** Uncompressed over compressed size above which a larger entry is a zip bomb. */
  ratio: number;
  /** Entries smaller than this are never called bombs (tiny JSON compresses very well). */
  ratioAboveBytes: number;
}

export const defaultBundleLimits: BundleLimits = {
  assetBytes: 4 * 1024 ** 3,
  jsonBytes: 64 * 1024 ** 2,
  entries: 100_010,
  ratio: 100,
  ratioAboveBytes: 1024 ** 2,
};
