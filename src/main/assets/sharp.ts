import type SharpType from 'sharp';
import { mediaTestHooks } from './media-test-hooks';

export type Sharp = typeof SharpType;

/**
 * sharp, loaded on the first image and configured once per process (only the media worker
 * calls this). Loading it at start-up cost the whole app when libvips was missing, built for
 * another platform or quarantined by an antivirus: now only thumbnails and image sizes are lost.
 * A failed load is remembered, so a batch of 500 photos does not retry it 500 times.
 */
let loading: Promise<Sharp> | null = null;

export function loadSharp(): Promise<Sharp> {
  loading ??= (
    mediaTestHooks().sharpMissing
      ? Promise.reject(new Error('sharp disabled by LINIMASA_MEDIA_WORKER_TEST'))
      : import('sharp')
  ).then((module) => {
    const sharp = ((module as { default?: Sharp }).default ?? module) as Sharp;
    // No operation cache: every import reads a file once, and the cache would hold file handles
    // open (Windows cannot rename or delete an open file) and grow the process's memory.
    sharp.cache(false);
    return sharp;
  });
  return loading;
}
