import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Job } from '../../../src/shared/domain/jobs';
import { lockFileName } from '../../../src/main/ownership/owner-lock';
import { useTempDir } from '../helpers';
import { callHost, cli, host, start, until } from './children';
import { libraryState, photoFolder } from './race';

const tempDir = useTempDir('linimasa-owner-proc-');
const inUse =
  /^Linimasa sudah terbuka untuk folder ini \(pid \d+, sejak .+\), oleh Linimasa di peramban/m;

describe('one owner per data directory, across real processes', () => {
  it('while a host owns the folder: readers work, writers and a second host are refused; Ctrl+C frees it', async () => {
    const root = tempDir();
    const dataDir = join(root, 'data');
    const source = await photoFolder(join(root, 'kamera'), 3);
    const running = await host(root, dataDir);
    try {
      expect(existsSync(join(dataDir, lockFileName))).toBe(true);
      const readers = [
        cli(['info', '--data-dir', dataDir]),
        cli(['check', '--data-dir', dataDir]),
        cli(['verify-assets', '--data-dir', dataDir]),
        cli(['backup', '--data-dir', dataDir]),
        cli([
          'export',
          '--from',
          '2026-12-01',
          '--to',
          '2026-12-31',
          '--format',
          'csv',
          '--out',
          join(root, 'jadwal.csv'),
          '--data-dir',
          dataDir,
        ]),
      ];
      const writers = [
        cli(['import-assets', source, '--data-dir', dataDir]),
        cli(['seed-demo', '--data-dir', dataDir]),
      ];
      const second = start(
        join(__dirname, '../../../src/main/web/cli.ts'),
        ['--data-dir', dataDir],
        join(root, 'host-cwd'),
      );
      for (const reader of readers) {
        const { code } = await reader.exited;
        expect({ code, err: reader.err() }).toEqual({ code: 0, err: '' });
      }
      for (const refused of [...writers, second]) {
        expect((await refused.exited).code).toBe(1);
        expect(refused.err()).toMatch(inUse);
      }
      // The host was not disturbed: it still answers, and still owns the folder.
      expect(await callHost(running, 'assets.list', {})).toBeTruthy();
      expect(existsSync(join(dataDir, lockFileName))).toBe(true);
    } finally {
      running.proc.kill('SIGINT');
    }
    expect(await running.exited).toEqual({ code: 0, signal: null });
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
  }, 300_000);

  it('Ctrl+C leaves no lock behind: an import that stops cleanly, and a program with no handler', async () => {
    const root = tempDir();
    const dataDir = join(root, 'data');
    const source = await photoFolder(join(root, 'kamera'), 60);
    const importer = cli(['import-assets', source, '--data-dir', dataDir]);
    await importer.line(/\] foto-\d+\.jpg — diimpor/);
    expect(existsSync(join(dataDir, lockFileName))).toBe(true);
    importer.proc.kill('SIGINT');
    expect((await importer.exited).code).toBe(1);
    expect(importer.out()).toMatch(/Dibatalkan: \d+ diimpor/);
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);

    const holder = start(join(__dirname, 'lock-child.ts'), [dataDir]);
    await holder.line(/locked/);
    expect(existsSync(join(dataDir, lockFileName))).toBe(true);
    holder.proc.kill('SIGINT');
    expect(await holder.exited).toEqual({ code: null, signal: 'SIGINT' });
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
  }, 300_000);

  it('several processes finding the same stale lock at once: exactly one takes it over', async () => {
    const dataDir = join(tempDir(), 'data');
    mkdirSync(dataDir);
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(
      join(dataDir, lockFileName),
      JSON.stringify({
        pid: Number(gone.stdout),
        host: hostname(),
        startTime: null,
        program: 'host',
        since: new Date().toISOString(),
        token: 'basi',
      }),
    );
    const contenders = [0, 1, 2, 3].map(() => start(join(__dirname, 'lock-child.ts'), [dataDir]));
    // Each either holds the lock (and says so) or ends refused.
    const outcomes = await Promise.all(
      contenders.map((child) =>
        child.line(/locked/).then(
          () => 'locked',
          async () => `exit ${(await child.exited).code}`,
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'locked')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'exit 1')).toHaveLength(3);
    for (const child of contenders.filter((_, i) => outcomes[i] === 'exit 1'))
      expect(child.err()).toMatch(
        /^Linimasa sudah terbuka untuk folder ini \(pid \d+, sejak .+\), oleh perintah "seed-demo"/,
      );
    const winner = contenders[outcomes.indexOf('locked')]!;
    winner.proc.kill('SIGTERM');
    expect(await winner.exited).toEqual({ code: null, signal: 'SIGTERM' });
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
  }, 300_000);

  it('two CLI writers without the lock and the host, importing the same 200 photos at once, lose nothing', async () => {
    const root = tempDir();
    const dataDir = join(root, 'data');
    const source = await photoFolder(join(root, 'kamera'), 200);
    const running = await host(root, dataDir);
    try {
      const unlocked = join(__dirname, 'cli-unlocked-child.ts');
      const writers = [0, 1].map(() =>
        start(unlocked, ['import-assets', source, '--data-dir', dataDir]),
      );
      // All three at work together: the host starts once both writers have finished a file.
      await Promise.all(writers.map((writer) => writer.line(/^\[\d+\/200\] /m)));
      const { jobId } = await callHost<{ jobId: string }>(running, 'assets.importStart', {
        paths: [source],
      });
      const job = await until(async () => {
        const current = await callHost<Job>(running, 'jobs.get', { id: jobId });
        return current.state === 'running' ? null : current;
      });
      expect(job.state).toBe('done');
      expect(job.summary.failed).toBe(0);
      for (const writer of writers) {
        expect((await writer.exited).code).toBe(0);
        expect(writer.out()).toContain('0 gagal');
      }
      const everything = [
        ...writers.map((w) => w.out() + w.err()),
        JSON.stringify(job.results),
      ].join('\n');
      expect(everything).not.toMatch(/UNIQUE|constraint|SQLITE/i);
    } finally {
      running.proc.kill('SIGINT');
      await running.exited;
    }
    expect(libraryState(dataDir)).toMatchObject({
      rows: 200,
      withoutFile: [],
      withoutThumbs: [],
      notOk: [],
    });
  }, 600_000);
});
