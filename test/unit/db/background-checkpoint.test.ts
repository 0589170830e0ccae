import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createBackgroundCheckpoint,
  type BackgroundCheckpoint,
  type CheckpointOutcome,
} from '../../../src/main/db/background-checkpoint';
import { analyticsRepository } from '../../../src/main/db/repositories/analytics';
import { analyticsService } from '../../../src/main/services/analytics';
import { useTempDir } from '../helpers';
import { useOffice } from '../posts/fixture';

const office = useOffice();
const files = useTempDir();
type Office = Awaited<ReturnType<typeof office>>;

/** An Instagram export of `count` posts outside the plan: thousands of WAL pages. */
function exportOf(count: number): string {
  const lines = ['Post ID,Publish time,Permalink,Description,Views,Reach'];
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      `${9000 + i},03/${day}/2025 09:00,https://www.instagram.com/p/OUT${i}/,Kegiatan ke-${i} di kecamatan,${100 + i},${50 + i}`,
    );
  }
  const file = join(files(), `ig-${count}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The rows the database FILE holds, without its WAL: what a checkpoint has copied there. */
function rowsInFileAlone(databaseFile: string): number {
  const copy = join(files(), 'file-alone.db');
  copyFileSync(databaseFile, copy);
  const db = new Database(copy);
  try {
    return db.prepare('SELECT count(*) FROM unplanned_publications').pluck().get() as number;
  } finally {
    db.close();
  }
}

const importRequest = (setup: Office, path: string) => ({
  actorId: setup.people.bambang.id,
  path,
  platform: 'instagram' as const,
  asOf: '2025-12-31',
  dryRun: false,
  resolutions: [],
});

describe('the WAL checkpoint of an analytics import runs on a worker, after the commit', () => {
  it('leaves the database file untouched by the commit; the worker then copies every frame', async () => {
    const setup = await office();
    const { app } = setup;
    const file = exportOf(3000);
    // The file holds the office as set up; any commit would checkpoint at once with this
    // setting, and one that did is seen in the file.
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    app.db.pragma('wal_autocheckpoint = 1');
    const before = fileHash(app.paths.database);
    const checkpoints = createBackgroundCheckpoint(app.paths.database);
    let atCommit: { fileHash: string; autoCheckpoint: unknown } | undefined;
    let requested: Promise<CheckpointOutcome | null> | undefined;
    // The service's own checkpointer, held: the test looks at the file when it is asked for.
    const service = analyticsService(app.db, {
      checkpoint: {
        request() {
          atCommit = {
            fileHash: fileHash(app.paths.database),
            autoCheckpoint: app.db.pragma('wal_autocheckpoint', { simple: true }),
          };
          requested = checkpoints.request();
          return requested;
        },
      },
    });
    const result = await service.import(importRequest(setup, file));
    expect(result.counts.unmatched).toBe(3000);
    // Asked once, after the commit, which copied nothing into the file.
    expect(atCommit?.fileHash).toBe(before);
    expect(rowsInFileAlone(app.paths.database)).toBe(0);
    // The connection's own setting is back (checked when the request came, and now).
    expect(atCommit?.autoCheckpoint).toBe(1);
    expect(app.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1);

    const outcome = await requested!;
    expect(outcome).not.toBeNull();
    expect(outcome!.busy).toBe(false);
    expect(outcome!.log).toBeGreaterThan(100);
    expect(outcome!.checkpointed).toBe(outcome!.log);
    expect(rowsInFileAlone(app.paths.database)).toBe(3000);
    await checkpoints.close();
  });

  it('through the app: an import’s rows reach the database file once the checkpointer is idle', async () => {
    const setup = await office();
    const { app } = setup;
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    await setup.call('analytics.import', importRequest(setup, exportOf(2000)));
    await app.checkpoints.idle();
    expect(rowsInFileAlone(app.paths.database)).toBe(2000);
    // A dry run writes nothing and asks for nothing.
    const dry = await setup.call('analytics.import', {
      ...importRequest(setup, exportOf(10)),
      dryRun: true,
    });
    expect(dry.written).toBe(false);
  });

  it('sets wal_autocheckpoint back when the import throws, and asks for no checkpoint', async () => {
    const { app, channels } = await office();
    app.db.pragma('wal_autocheckpoint = 77');
    let requests = 0;
    const repo = analyticsRepository(app.db, {
      checkpoint: {
        request: () => {
          requests += 1;
          return Promise.resolve(null);
        },
      },
    });
    const at = '2026-11-01T00:00:00.000Z';
    expect(() =>
      repo.bulkTransaction(() => {
        repo.insertUnplanned({
          id: 'u-1',
          channelId: channels.instagram.id,
          platformPostId: '1',
          permalink: 'https://www.instagram.com/p/U1/',
          publishedAt: at,
          caption: 'Unggahan',
          createdAt: at,
        });
        expect(app.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
        throw new Error('gagal di tengah');
      }),
    ).toThrow('gagal di tengah');
    expect(app.db.pragma('wal_autocheckpoint', { simple: true })).toBe(77);
    expect(requests).toBe(0);
    expect(app.db.prepare('SELECT count(*) FROM unplanned_publications').pluck().get()).toBe(0);
  });

  it('close() waits for a requested checkpoint and leaves the database whole', async () => {
    const setup = await office();
    const { app } = setup;
    const checkpoints: BackgroundCheckpoint = createBackgroundCheckpoint(app.paths.database);
    const service = analyticsService(app.db, {
      checkpoint: { request: () => Promise.resolve(null) },
    });
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    await service.import(importRequest(setup, exportOf(3000)));
    expect(rowsInFileAlone(app.paths.database)).toBe(0);
    const order: string[] = [];
    const done = checkpoints.request().then((outcome) => {
      order.push('checkpoint');
      return outcome;
    });
    await checkpoints.close().then(() => order.push('closed'));
    expect(order).toEqual(['checkpoint', 'closed']);
    const outcome = await done;
    expect(outcome?.checkpointed).toBe(outcome?.log);
    expect(rowsInFileAlone(app.paths.database)).toBe(3000);
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Closed: nothing more is taken.
    expect(await checkpoints.request()).toBeNull();
  });

  it('runs at most one checkpoint and keeps one waiting; requests meanwhile join it', async () => {
    const { app } = await office();
    const checkpoints = createBackgroundCheckpoint(app.paths.database);
    const first = checkpoints.request();
    const second = checkpoints.request();
    const third = checkpoints.request();
    expect(second).toBe(third);
    expect(first).not.toBe(second);
    expect((await first)?.busy).toBe(false);
    expect((await second)?.busy).toBe(false);
    await checkpoints.close();
  });

  it('a checkpoint that cannot run is told to the log, never thrown', async () => {
    const logged: string[] = [];
    const checkpoints = createBackgroundCheckpoint(join(files(), 'gone', 'linimasa.db'), {
      log: (message) => logged.push(message),
    });
    expect(await checkpoints.request()).toBeNull();
    await checkpoints.close();
    expect(logged).toEqual([expect.stringContaining('background checkpoint failed')]);
  });
});
