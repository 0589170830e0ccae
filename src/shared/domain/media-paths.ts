/**
 * Where an asset's files live, relative to the data directory with forward slashes: the form
 * the API returns and the media handler serves (`/media/<path>` in the browser,
 * `linimasa://media/<path>` in Electron).
 */
export const assetMediaPath = (sha256: string, ext: string): string =>
  `assets/${sha256.slice(0, 2)}/${sha256}.${ext}`;

export const thumbMediaPath = (sha256: string, size: number): string =>
  `thumbs/${sha256.slice(0, 2)}/${sha256}-${size}.webp`;
