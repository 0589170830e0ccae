/**
 * Formats sharp's bundled libvips decodes; others (HEIC from iPhones, BMP) are kept without
 * pixels. Its own module so that the main process can ask without loading the image readers.
 */
const decodable = new Set(['jpg', 'png', 'webp', 'gif', 'avif', 'tif', 'svg']);

export const canDecode = (ext: string): boolean => decodable.has(ext);
