import { spawn } from 'node:child_process';

/**
 * A poster frame for a video, when ffmpeg is on PATH: a PNG of the frame at 1 s (or the first
 * frame of a shorter clip), upright (ffmpeg applies the recorded rotation) and at most 1024 px.
 * There is no decoder in the app itself, so without ffmpeg this returns null and the UI shows
 * a video tile with the duration.
 */
export async function videoPoster(path: string): Promise<Buffer | null> {
  if (!(await hasFfmpeg())) return null;
  return (await frameAt(path, 1)) ?? (await frameAt(path, 0));
}

let available: Promise<boolean> | null = null;
export const hasFfmpeg = (): Promise<boolean> =>
  (available ??= run(['-version'], 5_000).then((out) => out !== null));

const frameAt = (path: string, seconds: number) =>
  run(
    [
      ...['-v', 'error', '-nostdin', '-ss', String(seconds), '-i', path],
      ...['-frames:v', '1', '-vf', 'scale=1024:1024:force_original_aspect_ratio=decrease'],
      ...['-f', 'image2pipe', '-c:v', 'png', 'pipe:1'],
    ],
    30_000,
  ).then((png) => (png && png.length > 0 ? png : null));

/** ffmpeg's stdout, or null when it is missing, fails or takes longer than `timeoutMs`. */
function run(args: string[], timeoutMs: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn('ffmpeg', args, { stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
    } catch {
      return resolve(null);
    }
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? Buffer.concat(chunks) : null);
    });
  });
}
