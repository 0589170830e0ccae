/**
 * What a bundle may hold before it is refused unread. A month of an office's photos and videos
 * fits easily; a crafted archive that would fill the disk or the memory does not.
 */
export interface BundleLimits {
  /** One asset file (a long video is a few GB). */
  assetBytes: number;
  /**
   * One JSON entry or the manifest, read whole into memory. The exporter refuses to write a
   * larger one with the same words (writer.ts), so whatever export writes, import accepts.
   */
  jsonBytes: number;
  entries: number;
  /** Uncompressed over compressed size above which a larger entry is a zip bomb. */
  ratio: number;
  /** Entries smaller than this are never called bombs (tiny JSON compresses very well). */
  ratioAboveBytes: number;
}

export const defaultBundleLimits: BundleLimits = {
  assetBytes: 4 * 1024 ** 3,
  // 400 days of an office's posts with long captions made an 82 MB posts.json, and 64 MiB
  // refused it. 256 MiB leaves room for years of posts while the text (read whole, then parsed)
  // stays well under V8's longest string (about 512 M characters) and a modest PC's memory.
  jsonBytes: 256 * 1024 ** 2,
  entries: 100_010,
  ratio: 100,
  ratioAboveBytes: 1024 ** 2,
};
