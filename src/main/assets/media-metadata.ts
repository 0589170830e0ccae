import type { MediaInfo } from 'mediainfo.js';
import { open } from 'node:fs/promises';
import { keyedMutex } from './store';

export interface MediaMetadata {
  width: number | null;
  height: number | null;
  durationMs: number | null;
  videoCodec: string | null;
}

const none: MediaMetadata = { width: null, height: null, durationMs: null, videoCodec: null };

/** mediainfo.js is WebAssembly (about 2 MB): loaded on the first video, then reused. */
let instance: Promise<MediaInfo<'object'>> | null = null;
const loadMediaInfo = async (): Promise<MediaInfo<'object'>> => {
  const { default: mediaInfoFactory } = await import('mediainfo.js');
  return mediaInfoFactory({ format: 'object' });
};
/** One instance parses one file at a time. */
const serial = keyedMutex();

/**
 * Duration, dimensions (after the rotation phones record for portrait video) and codec of a
 * video or audio file. mediainfo.js reads the chunks it asks for, so a 4 GB video is never
 * in memory. A file it cannot make sense of keeps unknown values rather than failing: the
 * office may still want it stored.
 */
export async function mediaMetadata(path: string, size: number): Promise<MediaMetadata> {
  return serial('mediainfo', async () => {
    const handle = await open(path, 'r');
    try {
      instance ??= loadMediaInfo();
      const mediainfo = await instance;
      const result = await mediainfo.analyzeData(size, async (length, offset) => {
        const buffer = Buffer.alloc(Math.min(length, Math.max(0, size - offset)));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        return buffer.subarray(0, bytesRead);
      });
      return fromTracks((result.media?.track ?? []) as unknown as Track[]);
    } catch {
      instance = null; // a wasm abort leaves the instance unusable
      return none;
    } finally {
      await handle.close();
    }
  });
}

interface Track {
  '@type': string;
  Duration?: number;
  Width?: number;
  Height?: number;
  Format?: string;
  Rotation?: string | number;
}

export function fromTracks(tracks: readonly Track[]): MediaMetadata {
  const general = tracks.find((t) => t['@type'] === 'General');
  const video = tracks.find((t) => t['@type'] === 'Video');
  const seconds = general?.Duration ?? video?.Duration;
  const turned = [90, 270].includes(Math.round(Math.abs(Number(video?.Rotation ?? 0))) % 360);
  const width = positive(video?.Width);
  const height = positive(video?.Height);
  return {
    width: turned ? height : width,
    height: turned ? width : height,
    durationMs: typeof seconds === 'number' && seconds >= 0 ? Math.round(seconds * 1000) : null,
    videoCodec: video?.Format ? codecName(video.Format) : null,
  };
}

const positive = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;

const codecNames: Record<string, string> = {
  AVC: 'h264',
  HEVC: 'hevc',
  'MPEG-4 Visual': 'mpeg4',
  'MPEG Video': 'mpeg2',
};

/** Names platforms' upload rules use: h264, hevc, vp9, av1, … */
export const codecName = (format: string): string =>
  codecNames[format] ?? format.toLowerCase().replace(/\s+/g, '-');
