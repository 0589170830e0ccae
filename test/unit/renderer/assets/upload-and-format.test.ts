import { describe, expect, it } from 'vitest';
import { createUploader } from '../../../../src/renderer/api/upload';
import {
  formatBytes,
  formatDay,
  formatDuration,
  formatWallClock,
} from '../../../../src/renderer/features/assets/format';

const messages = () => ({
  network: 'jaringan putus',
  refused: (status: number) => `ditolak ${status}`,
  badResponse: 'jawaban aneh',
});

const file = Object.assign(new Blob(['isi']), { name: 'foto kegiatan #1.jpg' });

function fakeFetch(reply: () => Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return reply();
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, status = 200) =>
  Promise.resolve(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    }),
  );

describe('browser upload', () => {
  it('streams the file as an octet-stream POST to /upload?name=', async () => {
    const result = {
      source: file.name,
      name: file.name,
      status: 'imported',
      assetId: '00000000-0000-4000-8000-000000000001',
      kind: 'image',
      reason: null,
    };
    const fake = fakeFetch(() => json({ ok: true, value: result }));
    const upload = createUploader({ fetch: fake.fetch, messages });
    expect(await upload(file, new AbortController().signal)).toEqual(result);
    expect(fake.calls[0]!.url).toBe('/upload?name=foto%20kegiatan%20%231.jpg');
    expect(fake.calls[0]!.init).toMatchObject({
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: file,
    });
  });

  it('turns a refusal, a dead host and a strange reply into failed results with a reason', async () => {
    const refused = createUploader({
      fetch: fakeFetch(() =>
        json({ ok: false, error: { code: 'invalid_request', message: 'Terlalu besar' } }, 413),
      ).fetch,
      messages,
    });
    expect(await refused(file, new AbortController().signal)).toMatchObject({
      status: 'failed',
      reason: 'Terlalu besar',
    });

    const offline = createUploader({
      fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).fetch,
      messages,
    });
    expect(await offline(file, new AbortController().signal)).toMatchObject({
      status: 'failed',
      reason: 'jaringan putus',
    });

    const notJson = createUploader({
      fetch: fakeFetch(() => Promise.resolve(new Response('<html>', { status: 404 }))).fetch,
      messages,
    });
    expect(await notJson(file, new AbortController().signal)).toMatchObject({
      status: 'failed',
      reason: 'ditolak 404',
    });

    const odd = createUploader({
      fetch: fakeFetch(() => json({ ok: true, value: { nope: 1 } })).fetch,
      messages,
    });
    expect(await odd(file, new AbortController().signal)).toMatchObject({
      status: 'failed',
      reason: 'jawaban aneh',
    });
  });

  it('rejects with the cancel\'s own reason (not "failed") when the batch was cancelled', async () => {
    const controller = new AbortController();
    const cancelled = new DOMException('Dibatalkan oleh pengguna.', 'AbortError');
    const upload = createUploader({
      fetch: fakeFetch(() => {
        controller.abort(cancelled);
        // What fetch itself rejects with: not the reason the batch was given.
        return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
      }).fetch,
      messages,
    });
    await expect(upload(file, controller.signal)).rejects.toBe(cancelled);
  });

  it("rejects with the cancel's reason when the cancel comes while the reply is read", async () => {
    const controller = new AbortController();
    const cancelled = new DOMException('Dibatalkan oleh pengguna.', 'AbortError');
    const upload = createUploader({
      fetch: fakeFetch(async () => {
        controller.abort(cancelled);
        // The body fails to read because the request was cut.
        return new Response(
          new ReadableStream({ start: (stream) => stream.error(new TypeError('terminated')) }),
        );
      }).fetch,
      messages,
    });
    await expect(upload(file, controller.signal)).rejects.toBe(cancelled);
  });
});

describe('asset formats', () => {
  it('writes sizes the Indonesian way (decimal comma) and the English way', () => {
    // The app's one size format: decimal megabytes, as the platforms' limits count them.
    expect(formatBytes(512, 'id')).toBe('512 byte');
    expect(formatBytes(2_516_582, 'id')).toBe('2,5 MB');
    expect(formatBytes(2_516_582, 'en')).toBe('2.5 MB');
    expect(formatBytes(5e9, 'id')).toBe('5 GB');
  });

  it('writes durations as a clock', () => {
    expect(formatDuration(7_400)).toBe('0:07');
    expect(formatDuration(1_500)).toBe('0:01');
    expect(formatDuration(300)).toBe('0:01');
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(754_000)).toBe('12:34');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });

  it('keeps the camera clock as written, whatever the machine zone', () => {
    expect(formatDay('2025-08-17T23:30:00', 'id')).toBe('17 Agt 2025');
    expect(formatWallClock('2025-08-17T08:15:00', 'id')).toBe('17 Agustus 2025 08.15');
    expect(formatWallClock('2025-08-17T08:15:00', 'en')).toBe('17 August 2025, 08:15');
  });
});
