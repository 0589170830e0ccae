import { performance } from 'node:perf_hooks';
import type { ChangeEvent } from '../../src/shared/api/events';

/**
 * One client's `GET /events` as a browser's EventSource reads it (node's fetch, frame by frame):
 * each `change` frame is handed on with the moment it arrived. Reads until `close()`.
 */
export interface OfficeStream {
  readonly opened: Promise<boolean>;
  readonly reloads: number;
  close(): void;
}

export function openOfficeStream(
  url: string,
  headers: Record<string, string>,
  onChange: (event: ChangeEvent, at: number) => void,
): OfficeStream {
  const controller = new AbortController();
  let reloads = 0;
  const opened = (async () => {
    const response = await fetch(url, { headers, signal: controller.signal });
    if (!response.ok || !response.body) return false;
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
            const at = performance.now();
            let event = '';
            let data = '';
            for (const line of block.split('\n')) {
              if (line.startsWith('event:')) event = line.slice(6).trim();
              else if (line.startsWith('data:')) data += line.slice(5).trim();
            }
            if (event === 'change' && data) onChange(JSON.parse(data) as ChangeEvent, at);
            else if (event === 'reload') reloads++;
          }
        }
      } catch {
        // closed by us at the end, or cut by the host
      }
    })();
    return true;
  })().catch(() => false);
  return {
    opened,
    get reloads() {
      return reloads;
    },
    close: () => controller.abort(),
  };
}
