import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../src/main/bundle';
import { runCli, usage } from '../../../src/main/cli/run';
import { settingsRepository } from '../../../src/main/db/repositories/settings';
import { loadSchedule } from '../../../src/main/export/schedule';
import { december, exportBundle, snapshot, useOffices, type Office } from './fixture';

const { demo, empty, tempDir } = useOffices();

/** Runs the CLI on an office's data directory while the test holds it open too (as the app would). */
async function cli(office: Office, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--data-dir', office.dir], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: {},
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli import-bundle', () => {
  it('lists the command in the usage', () => {
    expect(usage).toContain('import-bundle BERKAS');
    expect(usage).toContain('--resolve');
  });

  it('--dry-run prints the plan and changes nothing; without it the bundle is imported', async () => {
    const { a } = await demo();
    const b = await empty();
    const file = await exportBundle(a, join(tempDir(), 'desember.linimasa'));
    const before = snapshot(b);
    const dry = await cli(b, 'import-bundle', file, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Paket dari Pemerintah Kabupaten Sukamaju');
    expect(dry.out).toContain('Rentang: 2026-12-01 s.d. 2026-12-31');
    expect(dry.out).toContain('Unggahan: 13 baru, 0 diperbarui, 0 bentrok, 0 sama');
    expect(dry.out).toMatch(/Aset: 2 baru \([\d,]+ KB\), 0 sudah ada/);
    expect(dry.out).toContain('tidak ada yang diubah');
    expect(snapshot(b)).toEqual(before);

    const real = await cli(b, 'import-bundle', file);
    expect(real.code).toBe(0);
    expect(real.out).toContain('Selesai: 13 baru, 0 diperbarui');
    expect(real.out).toContain('Aset: 2 diimpor, 0 sudah ada.');
    expect(snapshot(b).posts).toBe(13);
  });

  it('refuses to import conflicts without --resolve, then applies the one given', async () => {
    const { a, planner } = await demo();
    const b = await empty();
    await applyImport(b.app, await exportBundle(a, join(tempDir(), 'a.linimasa')));
    const target = loadSchedule(a.app.db, december).posts[0]!;
    for (const [office, title] of [
      [a, 'Judul di A'],
      [b, 'Judul di B'],
    ] as const) {
      const post = await office.call('posts.get', { id: target.id });
      await office.call('posts.update', {
        id: post.id,
        version: post.version,
        actorId: planner.id,
        title,
      });
    }
    const file = await exportBundle(b, join(tempDir(), 'b.linimasa'));

    const refused = await cli(a, 'import-bundle', file);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('1 bentrok');
    expect(refused.out).toMatch(/di sini : "Judul di A" · 2026-12-\d\d \d\d\.\d\d WIB/);
    expect(refused.out).toMatch(/di paket: "Judul di B"/);
    expect(refused.err).toContain('--resolve keep-mine, take-theirs atau keep-both');
    expect((await a.call('posts.get', { id: target.id })).title).toBe('Judul di A');

    const taken = await cli(a, 'import-bundle', file, '--resolve', 'take-theirs');
    expect(taken.code).toBe(0);
    expect(taken.out).toContain('Bentrok: ambil versi paket.');
    expect(taken.out).toContain('1 diperbarui');
    expect((await a.call('posts.get', { id: target.id })).title).toBe('Judul di B');
  });

  it('--dry-run lists, for a conflict, only the fields that differ, with both values and both zones', async () => {
    const { a, planner } = await demo();
    const b = await empty();
    await applyImport(b.app, await exportBundle(a, join(tempDir(), 'a.linimasa')));
    // B works in WITA: the same instant reads an hour later there.
    settingsRepository(b.app.db).update({ timeZone: 'Asia/Makassar' });
    const target = loadSchedule(a.app.db, december).posts[0]!;
    const onA = await a.call('posts.get', { id: target.id });
    await a.call('posts.update', {
      id: onA.id,
      version: onA.version,
      actorId: planner.id,
      title: 'Judul di A',
    });
    const onB = await b.call('posts.get', { id: target.id });
    await b.call('posts.update', {
      id: onB.id,
      version: onB.version,
      actorId: planner.id,
      title: 'Judul di B',
      caption: 'Baris satu\nBaris dua',
      hashtags: ['#VersiB'],
      schedule: { date: '2026-12-20', time: '15:30' },
      channels: onB.channels.map((c, index) => ({
        channelId: c.channelId,
        format: c.format,
        captionOverride: index === 0 ? 'Caption khusus dari B' : c.captionOverride,
      })),
    });
    const file = await exportBundle(b, join(tempDir(), 'b.linimasa'));

    const dry = await cli(a, 'import-bundle', file, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(
      'Zona waktu berbeda: kantor pengirim memakai WITA (Asia/Makassar), di sini WIB (Asia/Jakarta)',
    );
    const block = dry.out.slice(dry.out.indexOf('Yang berbeda:'));
    const labels = block
      .split('\n')
      .filter((line) => /^ {6}\S/.test(line))
      .map((line) => line.trim());
    expect(labels).toEqual([
      'Judul',
      'Waktu tayang',
      'Caption utama',
      'Caption Instagram Pemkab Sukamaju',
      'Tagar',
    ]);
    expect(block).toContain('di sini : "Judul di A"');
    expect(block).toContain('di paket: "Judul di B"');
    expect(block).toContain(
      'di paket: 2026-12-20 14.30 WIB (2026-12-20 15.30 WITA di kantor pengirim)',
    );
    expect(block).toContain('di paket: "Baris satu ⏎ Baris dua"');
    expect(block).toContain('di sini : Mengikuti caption utama');
    expect(block).toContain('di paket: "Caption khusus dari B"');
    expect(block).toContain('di paket: #VersiB');
  });

  it('rejects a wrong --resolve as usage, and a broken bundle with its reason', async () => {
    const b = await empty();
    const wrong = await cli(b, 'import-bundle', 'x.linimasa', '--resolve', 'mine');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--resolve harus keep-mine, take-theirs atau keep-both');
    const junk = join(tempDir(), 'bukan.linimasa');
    writeFileSync(junk, 'bukan zip');
    const broken = await cli(b, 'import-bundle', junk);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('Gagal: Berkas ini bukan paket Linimasa (.linimasa)');
  });
});
