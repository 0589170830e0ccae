import { afterEach, describe, expect, it } from 'vitest';
import { startLiveStream } from '../../../src/renderer/api/events-stream';
import { onLiveChange } from '../../../src/renderer/api/live';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

const change = (seq: number) => ({
  seq,
  kind: 'post' as const,
  ids: ['7d3c2a1e-0b4f-4c59-9a7e-2f1d3c4b5a69'],
  by: null,
  at: '2026-11-18T03:00:00.000Z',
});

/** The preload's `onLive`, driven by the test as main's webContents.send would. */
function fakeBridge() {
  const listeners = new Set<(change: unknown) => void>();
  return {
    onLive(listener: (change: unknown) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    send: (message: unknown) => listeners.forEach((listener) => listener(message)),
    listening: () => listeners.size,
  };
}

describe('the live stream in the desktop window', () => {
  it('follows main’s IPC feed instead of opening an EventSource', () => {
    const bridge = fakeBridge();
    const opened: string[] = [];
    const got: unknown[] = [];
    stops.push(onLiveChange(['post'], (event) => got.push(event)));
    const stop = startLiveStream({
      desktop: bridge,
      open: (url) => {
        opened.push(url);
        throw new Error('no EventSource in the desktop window');
      },
    });
    expect(opened).toEqual([]);
    bridge.send(change(3));
    bridge.send({ nonsense: true }); // checked like the stream's frames, and dropped
    expect(got).toEqual([change(3)]);
    stop();
    expect(bridge.listening()).toBe(0);
    bridge.send(change(4));
    expect(got).toHaveLength(1);
  });

  it('uses the EventSource where there is no desktop bridge (a browser)', () => {
    const opened: string[] = [];
    stops.push(
      startLiveStream({
        desktop: null,
        open: (url) => {
          opened.push(url);
          return { readyState: 1, addEventListener: () => undefined, onerror: null, close() {} };
        },
      }),
    );
    expect(opened).toEqual(['/events']);
  });
});
