import { expect } from 'vitest';

export interface Frame {
  event: string;
  id?: string;
  data?: unknown;
  retry?: number;
}

/**
 * Reads a `text/event-stream` response with node's fetch the way a browser's EventSource would,
 * frame by frame; `next` waits (polling, no fixed sleep) for a frame that matches.
 */
export async function openStream(url: string, headers: Record<string, string>) {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  const frames: Frame[] = [];
  let ended = false;
  let taken = 0;
  if (response.ok && response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffer += value;
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const frame = parse(block);
            if (frame) frames.push(frame);
          }
        }
      } catch {
        // aborted or cut by the host
      }
      ended = true;
    })();
  } else {
    ended = true;
  }
  return {
    response,
    frames,
    get ended() {
      return ended;
    },
    /** The next frame (after those already taken) that matches, within the timeout. */
    async next(match: (frame: Frame) => boolean = () => true, timeout = 5_000): Promise<Frame> {
      let found: Frame | undefined;
      await expect
        .poll(
          () => {
            const index = frames.findIndex((frame, i) => i >= taken && match(frame));
            if (index >= 0) {
              found = frames[index];
              taken = index + 1;
            }
            return found !== undefined;
          },
          { timeout, interval: 10 },
        )
        .toBe(true);
      return found!;
    },
    close: () => controller.abort(),
  };
}

function parse(block: string): Frame | null {
  const frame: Frame = { event: 'message' };
  const data: string[] = [];
  let any = false;
  for (const line of block.split('\n')) {
    if (line.startsWith(':') || line === '') continue;
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    any = true;
    if (name === 'event') frame.event = value;
    else if (name === 'id') frame.id = value;
    else if (name === 'data') data.push(value);
    else if (name === 'retry') frame.retry = Number(value);
  }
  if (!any) return null;
  if (data.length > 0) frame.data = JSON.parse(data.join('\n'));
  return frame;
}
