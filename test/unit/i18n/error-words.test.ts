import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import type { Handlers } from '../../../src/main/api/handlers';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { methodNames } from '../../../src/shared/api/contract';
import { AppError, type ApiResult } from '../../../src/shared/api/errors';
import { en, id } from '../../../src/shared/i18n';
import { wordError } from '../../../src/shared/i18n/translate';
import { indonesianMessages, readResult } from '../../../src/renderer/api/client';
import { wordApiError } from '../../../src/renderer/api/error-words';
import { i18n } from '../../../src/renderer/i18n';
import { useTempDir } from '../helpers';
import { acting } from '../acting';

const tempDir = useTempDir();
let app: LinimasaApp | undefined;
afterEach(async () => {
  app?.close();
  app = undefined;
  await i18n.changeLanguage('id');
});

/** What the renderer makes of a reply: the client's reader with the page's wording, as api/index.ts. */
function asRendererSees(method: 'collections.create', reply: ApiResult<unknown>) {
  return readResult(method, reply, {
    ...indonesianMessages,
    error: (error) => wordApiError(error, i18n),
  });
}

const gateRefusingAll = {
  check(): never {
    throw new Error('no sessions in this test');
  },
};

describe('an error a service raises, worded by the interface', () => {
  it('reaches the renderer in English when the locale is en and in Indonesian when id', async () => {
    app = openApp(join(tempDir(), 'data'));
    expect((await acting(app)('collections.create', { name: 'Banjir 2026' })).ok).toBe(true);
    const reply = await acting(app)('collections.create', { name: 'Banjir 2026' });

    // On the wire: the key and its values, and main's Indonesian text for older clients.
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        key: 'collections.nameTaken',
        params: { name: 'Banjir 2026' },
        field: 'name',
        message: 'Koleksi "Banjir 2026" sudah ada.',
      },
    });

    await i18n.changeLanguage('en');
    expect(asRendererSees('collections.create', reply)).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        field: 'name',
        message: 'Collection "Banjir 2026" already exists.',
      },
    });
    await i18n.changeLanguage('id');
    expect(asRendererSees('collections.create', reply)).toMatchObject({
      error: { message: 'Koleksi "Banjir 2026" sudah ada.' },
    });
  });

  it('words file sizes in the page language (a full disk)', async () => {
    const reply: ApiResult<unknown> = {
      ok: false,
      error: {
        code: 'disk_full',
        message: 'x',
        key: 'diskFullNeeded',
        params: { needed: 1_500_000, free: 250_000 },
      },
    };
    await i18n.changeLanguage('en');
    expect(asRendererSees('collections.create', reply)).toMatchObject({
      error: { message: expect.stringContaining('about 1.5 MB needed, 250 kB free') },
    });
    await i18n.changeLanguage('id');
    expect(asRendererSees('collections.create', reply)).toMatchObject({
      error: { message: expect.stringContaining('perlu sekitar 1,5 MB, tersisa 250 kB') },
    });
  });

  it('keeps main text for a reply without a key or with a key this build does not know', () => {
    const known = {
      code: 'invalid_request' as const,
      message: 'color: Warna harus berformat #rrggbb',
    };
    expect(wordApiError(known, i18n)).toBe(known.message);
    expect(wordApiError({ ...known, key: 'fromTheFuture' }, i18n)).toBe(known.message);
  });

  it("fills AppError's message with the Indonesian catalog text", () => {
    const error = new AppError('not_found', { key: 'missing.post', params: { id: 'p-1' } });
    expect(error.message).toBe('Unggahan p-1 tidak ditemukan.');
    expect(wordError('en', 'missing.post', { id: 'p-1' })).toBe('Post p-1 was not found.');
    expect(id.errors.missing.post).toContain('{{id}}');
    expect(en.errors.missing.post).toContain('{{id}}');
  });
});

describe('SQLite busy after the busy timeout', () => {
  it('is a file_locked error worded from the catalog, not the raw "database is locked"', async () => {
    const file = join(tempDir(), 'busy.db');
    const holder = new Database(file);
    holder.exec('CREATE TABLE t (x)');
    holder.exec('BEGIN IMMEDIATE');
    // A second connection that gives up at once: the same SqliteError as after busy_timeout.
    const writer = new Database(file, { timeout: 0 });
    const handlers = Object.fromEntries(
      methodNames.map((name) => [
        name,
        name === 'settings.get'
          ? () => ({ locale: 'id' })
          : () => writer.prepare('INSERT INTO t VALUES (1)').run(),
      ]),
    ) as unknown as Handlers;
    try {
      const { dispatchAs } = createDispatch(handlers, gateRefusingAll, { logError: () => {} });
      const reply = await dispatchAs({ kind: 'local', osUser: 'test' })('people.list', {});
      expect(reply).toMatchObject({
        ok: false,
        error: { code: 'file_locked', key: 'databaseBusy', message: id.errors.databaseBusy },
      });
      await i18n.changeLanguage('en');
      expect(asRendererSees('collections.create', reply)).toMatchObject({
        error: { message: en.errors.databaseBusy },
      });
    } finally {
      holder.exec('ROLLBACK');
      writer.close();
      holder.close();
    }
  });
});
