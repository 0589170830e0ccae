import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { createDispatch } from '../../../src/main/api/dispatch';
import type { Handlers } from '../../../src/main/api/handlers';
import { methodNames } from '../../../src/shared/api/contract';
import { latestSchemaVersion } from '../../../src/main/db/migrations';
import { acting } from '../acting';
import { useTempDir } from '../helpers';

/** Dispatch built from fake handlers: no session is ever live; calls act as the CLI does. */
const noSessions = {
  check(): never {
    throw new Error('no sessions here');
  },
};
const localAdmin = { kind: 'local', osUser: 'test' } as const;

const tempDir = useTempDir();
let app: LinimasaApp | undefined;
afterEach(() => app?.close());

function open(): LinimasaApp {
  app = openApp(join(tempDir(), 'data'), { appVersion: '9.9.9' });
  return app;
}

describe('dispatch: the one door into the services', () => {
  it('answers unknown methods with unknown_method', async () => {
    expect(await acting(open())('posts.drop_all', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
  });

  it('names the offending field and never calls the handler for a malformed request', async () => {
    const spy = vi.fn();
    // settings.get answers the UI language zod's own messages are worded in.
    const handlers = Object.fromEntries(
      methodNames.map((name) => [name, name === 'settings.get' ? () => ({ locale: 'id' }) : spy]),
    ) as unknown as Handlers;
    const dispatch = createDispatch(handlers, noSessions).dispatchAs(localAdmin);
    const result = await dispatch('channels.create', {
      platform: 'instagram',
      name: 'IG',
      color: 'merah',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_request',
        field: 'color',
        message: 'color: Warna harus berformat #rrggbb',
      },
    });
    expect(await dispatch('people.create', { name: 'Rina', role: 'boss' })).toMatchObject({
      error: { code: 'invalid_request', field: 'role' },
    });
    expect(await dispatch('people.create', 'not an object')).toMatchObject({
      error: { code: 'invalid_request' },
    });
    expect(await dispatch('settings.update', { officeName: 'A', sneaky: true })).toMatchObject({
      error: { code: 'invalid_request' },
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('follows a union that matched nothing to a field: observances.create {} names "name"', async () => {
    const result = await acting(open())('observances.create', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request', field: 'name' } });
    expect(!result.ok && result.error.message).toMatch(/^name: /);
    const half = await acting(app!)('observances.create', { name: 'Hari Jadi', month: 3 });
    expect(half).toMatchObject({ ok: false, error: { field: 'day' } });
  });

  it('words zod’s own messages in the language chosen in Settings', async () => {
    const dispatch = acting(open());
    const bad = { name: 42, role: 'planner' };
    const indonesian = await dispatch('people.create', bad);
    expect(!indonesian.ok && indonesian.error.message).toBe(
      'name: Input tidak valid: diharapkan string, diterima number',
    );
    expect((await dispatch('settings.update', { locale: 'en' })).ok).toBe(true);
    const english = await dispatch('people.create', bad);
    expect(!english.ok && english.error.message).toBe(
      'name: Invalid input: expected string, received number',
    );
  });

  it('turns an unexpected exception into internal without leaking it', async () => {
    const logError = vi.fn();
    const handlers = {
      'settings.get': () => {
        throw new Error('SQLITE_CORRUPT at /home/x');
      },
    } as unknown as Handlers;
    const result = await createDispatch(handlers, noSessions, { logError }).dispatchAs(localAdmin)(
      'settings.get',
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('SQLITE_CORRUPT');
    expect(logError).toHaveBeenCalledOnce();
  });

  it('refuses to return a response that breaks its own schema', async () => {
    const handlers = { 'settings.get': () => ({ officeName: 42 }) } as unknown as Handlers;
    const result = await createDispatch(handlers, noSessions, { logError: () => {} }).dispatchAs(
      localAdmin,
    )('settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('settings', () => {
  it('reads the defaults and updates part of the profile', async () => {
    const dispatch = acting(open());
    expect(await dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { officeName: '', timeZone: 'Asia/Jakarta', locale: 'id', weekStart: 1 },
    });
    const updated = await dispatch('settings.update', {
      officeName: '  Diskominfo Kabupaten Sleman ',
      timeZone: 'asia/makassar',
      weekStart: 0,
    });
    expect(updated).toMatchObject({
      ok: true,
      value: {
        officeName: 'Diskominfo Kabupaten Sleman',
        timeZone: 'Asia/Makassar',
        weekStart: 0,
        locale: 'id',
      },
    });
  });

  it('rejects an unknown time zone, week start or locale', async () => {
    const dispatch = acting(open());
    expect(await dispatch('settings.update', { timeZone: 'Asia/Bandung' })).toMatchObject({
      error: { code: 'invalid_request', field: 'timeZone' },
    });
    expect(await dispatch('settings.update', { weekStart: 3 })).toMatchObject({
      error: { field: 'weekStart' },
    });
    expect(await dispatch('settings.update', { locale: 'jv' })).toMatchObject({
      error: { field: 'locale' },
    });
    expect(await dispatch('settings.get', {})).toMatchObject({
      value: { timeZone: 'Asia/Jakarta' },
    });
  });
});

describe('people, channels, campaigns', () => {
  it('creates, lists by name, updates and archives people', async () => {
    const dispatch = acting(open());
    const rina = await dispatch('people.create', { name: 'Rina Wulandari', role: 'planner' });
    const agusReply = await dispatch('people.create', { name: 'Agus Santoso', role: 'approver' });
    if (!rina.ok || !agusReply.ok) throw new Error('people.create failed');
    const agus = (agusReply.value as { id: string }).id;
    const id = (rina.value as { id: string }).id;

    const listed = await dispatch('people.list', {});
    expect(listed.ok && (listed.value as { name: string }[]).map((p) => p.name)).toEqual([
      'Agus Santoso',
      'Rina Wulandari',
    ]);

    expect(await dispatch('people.update', { id, role: 'admin' })).toMatchObject({
      value: { role: 'admin', active: true },
    });
    // The only active administrator cannot be archived: nobody could manage the office.
    expect(await dispatch('people.archive', { id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', key: 'auth.lastAdmin' },
    });
    await dispatch('people.update', { id: agus, role: 'admin' });
    expect(await dispatch('people.archive', { id })).toMatchObject({ value: { active: false } });
    const active = await dispatch('people.list', {});
    expect(active.ok && (active.value as unknown[]).length).toBe(1);
    const all = await dispatch('people.list', { includeInactive: true });
    expect(all.ok && (all.value as unknown[]).length).toBe(2);
  });

  it('returns not_found for an id that does not exist', async () => {
    const dispatch = acting(open());
    const ghost = '7a1c1f0e-8b1d-4c3e-9f00-000000000000';
    expect(await dispatch('channels.archive', { id: ghost })).toMatchObject({
      error: { code: 'not_found' },
    });
    expect(await dispatch('people.update', { id: ghost, name: 'X' })).toMatchObject({
      error: { code: 'not_found' },
    });
    expect(await dispatch('campaigns.update', { id: ghost, name: 'X' })).toMatchObject({
      error: { code: 'not_found' },
    });
  });

  it('gives a new channel its platform colour and keeps channels in the order added', async () => {
    const dispatch = acting(open());
    await dispatch('channels.create', { platform: 'youtube', name: 'YouTube Pemkab' });
    await dispatch('channels.create', {
      platform: 'instagram',
      name: 'Instagram',
      handle: '@pemkab',
      color: '#ABCDEF',
    });
    const listed = await dispatch('channels.list', {});
    expect(listed).toMatchObject({
      ok: true,
      value: [
        { platform: 'youtube', color: '#ff0000', handle: '' },
        { platform: 'instagram', color: '#abcdef', handle: '@pemkab' },
      ],
    });
  });

  it('archives and restores a campaign', async () => {
    const dispatch = acting(open());
    const created = await dispatch('campaigns.create', { name: 'Pariwisata' });
    const id = created.ok ? (created.value as { id: string }).id : '';
    expect(created).toMatchObject({
      // A new pillar takes the palette's next free colour, not one grey for all.
      value: { color: '#0b5fa5', description: '', archived: false },
    });
    expect(await dispatch('campaigns.create', { name: 'Layanan Publik' })).toMatchObject({
      value: { color: '#b35900' },
    });
    await dispatch('campaigns.archive', { id });
    expect(await dispatch('campaigns.list', {})).toMatchObject({
      value: [{ name: 'Layanan Publik' }],
    });
    expect(await dispatch('campaigns.update', { id, archived: false })).toMatchObject({
      value: { archived: false },
    });
  });

  it('reports counts and the schema version in app.info', async () => {
    const dispatch = acting(open());
    await dispatch('people.create', { name: 'Rina', role: 'planner' });
    expect(await dispatch('app.info', {})).toMatchObject({
      value: {
        appVersion: '9.9.9',
        schemaVersion: latestSchemaVersion,
        counts: { people: 1, channels: 0, campaigns: 0, posts: 0 },
      },
    });
  });
});
