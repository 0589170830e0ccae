import { describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../../src/shared/api/contract';
import { createApi, indonesianMessages } from '../../../src/renderer/api/client';
import { defaultPrintDocument } from '../../../src/shared/domain/settings';

const settings = {
  officeName: 'Pemerintah Kabupaten Contoh',
  unitName: '',
  signerName: '',
  signerPosition: '',
  signerNip: '',
  timeZone: 'Asia/Jakarta',
  locale: 'id',
  weekStart: 1,
  allowSelfApproval: false,
  approvalSteps: 1,
  defaultPostTime: '09:00',
  observanceSources: {
    national: true,
    holidays: true,
    cutiBersama: true,
    local: true,
    imported: true,
  },
  backupKeep: 14,
  printDocument: defaultPrintDocument,
  updatedAt: '2026-11-27T03:00:00.000Z',
};

function jsonReply(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

describe('renderer API client over HTTP', () => {
  it('has one function per contract method, grouped as the contract names them', () => {
    const api = createApi({ fetch: vi.fn() }) as unknown as Record<string, Record<string, unknown>>;
    for (const method of methodNames) {
      const [group, verb] = method.split('.') as [string, string];
      expect(typeof api[group]?.[verb], method).toBe('function');
    }
  });

  it('posts JSON to /api/<method> with the session cookie and returns the checked value', async () => {
    const fetch = vi.fn(async () => jsonReply({ ok: true, value: settings }));
    const api = createApi({ fetch });
    const result = await api.settings.update({ officeName: 'Pemerintah Kabupaten Contoh' });

    expect(result).toEqual({ ok: true, value: settings });
    expect(fetch).toHaveBeenCalledWith('/api/settings.update', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ officeName: 'Pemerintah Kabupaten Contoh' }),
    });
  });

  it('passes API errors through with code, message and field', async () => {
    const error = { code: 'invalid_request', message: 'name: Wajib diisi', field: 'name' };
    const api = createApi({ fetch: async () => jsonReply({ ok: false, error }) });
    expect(await api.channels.create({ platform: 'instagram', name: '' })).toEqual({
      ok: false,
      error,
    });
  });

  it('words disk_full in the page’s language from the figures main measured', async () => {
    const error = {
      code: 'disk_full',
      message: 'Ruang penyimpanan penuh (tersisa 3 MB). …',
      details: { freeBytes: 3_000_000, neededBytes: 12_000_000 },
    };
    const api = createApi({
      fetch: async () => jsonReply({ ok: false, error }),
      messages: () => ({
        ...indonesianMessages,
        diskFull: ({ neededBytes, freeBytes }) => `The disk is full (${neededBytes}/${freeBytes})`,
      }),
    });
    expect(await api.backup.create({})).toEqual({
      ok: false,
      error: { ...error, message: 'The disk is full (12000000/3000000)' },
    });
    // Without a wording of its own the page shows main's Indonesian message; odd figures are dropped.
    const plain = createApi({
      fetch: async () =>
        jsonReply({ ok: false, error: { ...error, details: { freeBytes: 'banyak' } } }),
    });
    expect(await plain.backup.create({})).toEqual({
      ok: false,
      error: { code: 'disk_full', message: error.message },
    });
  });

  it('turns a lost connection into a readable internal error instead of throwing', async () => {
    const api = createApi({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(await api.settings.get({})).toEqual({
      ok: false,
      error: { code: 'internal', message: indonesianMessages.network },
    });
  });

  it('turns a reply that is not JSON into a readable internal error', async () => {
    const api = createApi({
      fetch: async () => new Response('<h1>Bad Gateway</h1>', { status: 502 }),
    });
    expect(await api.people.list({})).toEqual({
      ok: false,
      error: { code: 'internal', message: indonesianMessages.notJson },
    });
  });

  it('refuses a value that does not match the contract, and an unknown error code', async () => {
    const badValue = createApi({
      fetch: async () => jsonReply({ ok: true, value: { ...settings, weekStart: 3 } }),
    });
    expect(await badValue.settings.get({})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });

    const badCode = createApi({
      fetch: async () => jsonReply({ ok: false, error: { code: 'teapot', message: 'x' } }),
    });
    expect(await badCode.settings.get({})).toEqual({
      ok: false,
      error: { code: 'internal', message: indonesianMessages.badResponse },
    });
  });

  it('reports unauthorized once per call, from a JSON 401 and from a bare 401', async () => {
    const onUnauthorized = vi.fn();
    const unauthorized = { code: 'unauthorized', message: 'Sesi tidak sah.' };
    const api = createApi({
      fetch: async () => jsonReply({ ok: false, error: unauthorized }, 401),
      onUnauthorized,
    });
    expect(await api.settings.get({})).toEqual({ ok: false, error: unauthorized });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);

    const bare = createApi({
      fetch: async () => new Response('Unauthorized', { status: 401 }),
      onUnauthorized,
    });
    expect(await bare.settings.get({})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(onUnauthorized).toHaveBeenCalledTimes(2);
  });

  it('uses the messages getter at call time, so the language can change between calls', async () => {
    let language = 'id';
    const api = createApi({
      fetch: async () => {
        throw new TypeError('offline');
      },
      messages: () => ({
        ...indonesianMessages,
        network: language === 'en' ? 'Cannot reach Linimasa.' : 'Putus.',
      }),
    });
    expect(await api.app.info({})).toMatchObject({ error: { message: 'Putus.' } });
    language = 'en';
    expect(await api.app.info({})).toMatchObject({ error: { message: 'Cannot reach Linimasa.' } });
  });
});

describe('renderer API client over the Electron preload', () => {
  it('calls the preload method of the same name and checks its reply the same way', async () => {
    const create = vi.fn(async () => ({ ok: true, value: { wrong: true } }));
    const preload = { people: { create } } as never;
    const api = createApi({ preload, fetch: vi.fn() });
    expect(await api.people.create({ name: 'Rina', role: 'planner' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(create).toHaveBeenCalledWith({ name: 'Rina', role: 'planner' });
  });

  it('turns a rejected IPC call (main process gone) into a readable error', async () => {
    const preload = {
      settings: { get: async () => Promise.reject(new Error('IPC closed')) },
    } as never;
    const api = createApi({ preload });
    expect(await api.settings.get({})).toEqual({
      ok: false,
      error: { code: 'internal', message: indonesianMessages.network },
    });
  });

  it('does not fall back to HTTP when a preload exists', async () => {
    const fetch = vi.fn();
    const api = createApi({ preload: { app: {} } as never, fetch });
    expect(await api.app.info({})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(fetch).not.toHaveBeenCalled();
  });
});
