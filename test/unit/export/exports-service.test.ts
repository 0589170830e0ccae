import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run';
import { createExportDownloadHandler } from '../../../src/main/export/download';
import type { Job } from '../../../src/shared/domain/jobs';
import { useTempDir } from '../helpers';
import { useDemoOffice } from './fixture';
import { acting } from '../acting';

const december = { from: '2026-12-01', to: '2026-12-31' };
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('exports through the API', () => {
  const demoOffice = useDemoOffice();
  const tempDir = useTempDir();

  async function finished(call: Awaited<ReturnType<typeof demoOffice>>['call'], jobId: string) {
    for (;;) {
      const job: Job = await call('jobs.get', { id: jobId });
      if (job.state !== 'running') return job;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('previews what a filter selects: approved by default, counts per status and channel', async () => {
    const { call, app } = await demoOffice();
    const preview = await call('exports.preview', { filter: december });
    expect(preview).toMatchObject({ posts: 4, rows: 8, missingProfile: [] });
    expect(preview.byStatus).toEqual([{ id: 'approved', name: 'approved', count: 8 }]);
    expect(preview.byChannel.reduce((sum, c) => sum + c.count, 0)).toBe(8);
    expect(preview.sample.at(-1)).toMatchObject({
      date: '2026-12-31',
      time: '23:30',
      zoneLabel: 'WIB',
    });

    const everything = await call('exports.preview', {
      filter: {
        ...december,
        statuses: ['draft', 'in_review', 'approved', 'published', 'cancelled', 'changes_requested'],
      },
      limit: 3,
    });
    expect(everything.posts).toBe(13);
    expect(everything.sample).toHaveLength(3);

    app.services.settings.update({ signerName: '', signerPosition: '' });
    expect((await call('exports.preview', { filter: december })).missingProfile).toEqual([
      'signerName',
      'signerPosition',
    ]);
  });

  it('refuses a backwards or overlong range and an unknown format, naming the field', async () => {
    const { app, call, people } = await demoOffice();
    const backwards = await acting(app)('exports.preview', {
      filter: { from: '2026-12-31', to: '2026-12-01' },
    });
    expect(backwards.ok ? null : backwards.error).toMatchObject({
      code: 'invalid_request',
      field: 'filter.to',
    });
    const long = await acting(app)('exports.start', {
      filter: { from: '2026-01-01', to: '2027-12-31' },
      format: 'pdf',
    });
    expect(long.ok ? null : long.error.code).toBe('invalid_request');
    const format = await acting(app)('exports.start', { filter: december, format: 'docx' });
    expect(format.ok ? null : format.error.field).toBe('format');
    const stranger = await acting(app)('exports.start', {
      filter: december,
      format: 'pdf',
      actorId: '0b8f8a52-5f55-4b8e-9f6c-0d6b1c1f7a10',
    });
    expect(stranger.ok ? null : stranger.error).toMatchObject({
      code: 'forbidden',
      field: 'actorId',
    });
    const archived = people.find((p) => p.role === 'planner')!;
    await call('people.archive', { id: archived.id });
    const inactive = await acting(app)('exports.start', {
      filter: december,
      format: 'pdf',
      actorId: archived.id,
    });
    expect(inactive.ok ? null : inactive.error).toMatchObject({ code: 'forbidden' });
    expect(readdirSync(app.paths.exports)).toEqual([]);
  });

  it('exports as a job into exports/, records who/what/SHA-256, serves the download, deletes the copy', async () => {
    const { call, app, people } = await demoOffice();
    const rina = people.find((p) => p.name === 'Rina Wulandari')!;
    const { jobId } = await call('exports.start', {
      filter: december,
      format: 'json',
      actorId: rina.id,
    });
    const job = await finished(call, jobId);
    expect(job).toMatchObject({ kind: 'export', state: 'done', error: null });
    const [record] = await call('exports.history', {});
    expect(record).toMatchObject({
      id: job.exportId,
      format: 'json',
      fileName: 'jadwal-2026-12.json',
      posts: 4,
      rows: 8,
      actorName: 'Rina Wulandari',
      available: true,
      filter: { ...december, statuses: ['approved'] },
    });
    const stored = join(app.paths.exports, `${record!.id}.json`);
    expect(record!.sha256).toBe(sha256(stored));
    expect(record!.bytes).toBe(readFileSync(stored).length);

    const download = createExportDownloadHandler((id) => app.services.exports.file(id));
    const response = await download(new Request(`http://127.0.0.1/exports/${record!.id}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="jadwal-2026-12.json"',
    );
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(stored));
    for (const bad of ['../linimasa.db', 'bukan-uuid', '00000000-0000-4000-8000-000000000000']) {
      expect((await download(new Request(`http://127.0.0.1/exports/${bad}`))).status).toBe(404);
    }

    const deleted = await call('exports.delete', { id: record!.id });
    expect(deleted.available).toBe(false);
    expect(existsSync(stored)).toBe(false);
    expect((await call('exports.history', {}))[0]).toMatchObject({
      id: record!.id,
      available: false,
    });
  });

  it('a cancelled export leaves no file and no history', async () => {
    const { call, app } = await demoOffice();
    const { jobId } = await call('exports.start', { filter: december, format: 'csv' });
    await call('jobs.cancel', { id: jobId });
    const job = await finished(call, jobId);
    expect(job.state).toBe('cancelled');
    expect(job.exportId).toBeNull();
    expect(readdirSync(app.paths.exports)).toEqual([]);
    expect(await call('exports.history', {})).toEqual([]);
  });

  it('exports from the command line to --out, and explains wrong arguments', async () => {
    const { app, channels } = await demoOffice();
    const dataDir = app.paths.root;
    app.close();
    const out: string[] = [];
    const err: string[] = [];
    const cli = (...argv: string[]) =>
      runCli([...argv, '--data-dir', dataDir], {
        out: (line) => out.push(line),
        err: (line) => err.push(line),
        env: {},
      });
    const target = join(tempDir(), 'flashdisk', 'jadwal-buffer.csv');
    expect(
      await cli(
        'export',
        '--from',
        '2026-12-01',
        '--to',
        '2026-12-31',
        '--format',
        'csv',
        '--preset',
        'buffer',
        // Buffer imports one file per profile: one channel, one CSV.
        '--channel',
        channels[0]!.id,
        '--out',
        target,
      ),
    ).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('Posting Time');
    expect(out.join('\n')).toMatch(/SHA-256: [0-9a-f]{64}/);
    expect(out.join('\n')).toContain(sha256(target));

    for (const [argv, message] of [
      [
        ['--from', '2026-12-01', '--to', '2026-12-31', '--format', 'docx', '--out', target],
        '--format',
      ],
      [['--from', '2026-12-31', '--to', '2026-12-01', '--format', 'pdf', '--out', target], '--to'],
      [
        [
          '--from',
          '2026-12-01',
          '--to',
          '2026-12-31',
          '--format',
          'pdf',
          '--preset',
          'buffer',
          '--out',
          target,
        ],
        '--preset',
      ],
      [['--from', '2026-12-01', '--to', '2026-12-31', '--format', 'pdf'], '--out'],
      [
        [
          '--from',
          '2026-12-01',
          '--to',
          '2026-12-31',
          '--format',
          'csv',
          '--status',
          'disetujui',
          '--out',
          target,
        ],
        '--status',
      ],
    ] as const) {
      err.length = 0;
      expect(await cli('export', ...argv)).toBe(2);
      expect(err.join('\n')).toContain(message);
    }
  });
});
