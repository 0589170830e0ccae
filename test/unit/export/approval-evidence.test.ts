import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfFormat } from '../../../src/main/export/formats/pdf';
import { xlsxFormat } from '../../../src/main/export/formats/xlsx';
import { writeFileAtomically } from '../../../src/main/export/output-file';
import { loadSchedule } from '../../../src/main/export/schedule';
import type { Schedule } from '../../../src/shared/domain/exports';
import { useTempDir } from '../helpers';
import { useOffice } from '../posts/fixture';

const office = useOffice();
const tempDir = useTempDir();

/**
 * A two-step office where Sari checks and Bambang approves two posts; then one post's title is
 * changed by writing the database directly, as no edit through the app can (an edit returns
 * the post to draft). The exports must name both from the record and mark that post.
 */
async function signedOffice() {
  const setup = await office();
  const { call, people, channels } = setup;
  await call('settings.update', { approvalSteps: 2 });
  const sari = await call('people.create', { name: 'Sari Puspita, S.Sos', role: 'checker' });
  const ids: string[] = [];
  for (const [title, date] of [
    ['Musrenbang Kecamatan', '2026-12-14'],
    ['Posyandu Balita', '2026-12-15'],
  ] as const) {
    let post = await call('posts.create', {
      actorId: people.rina.id,
      title,
      caption: 'Hadiri kegiatan ini pukul 09.00.',
      channels: [{ channelId: channels.instagram.id, format: 'feed' }],
      schedule: { date, time: '09:00' },
    });
    for (const [actorId, action] of [
      [people.rina.id, 'submit'],
      [sari.id, 'check'],
      [people.bambang.id, 'approve'],
    ] as const) {
      post = await call('posts.transition', {
        id: post.id,
        version: post.version,
        actorId,
        action,
      });
    }
    ids.push(post.id);
  }
  // The people list changes later; the record keeps the names as they signed.
  await call('people.update', { id: people.bambang.id, name: 'Nama Baru Setelah Approve' });
  return { ...setup, sari, ids };
}

const filter = {
  from: '2026-12-01',
  to: '2026-12-31',
  statuses: ['approved' as const],
  channelIds: [],
  campaignIds: [],
};

async function pdfText(schedule: Schedule): Promise<string> {
  const file = join(tempDir(), 'jadwal.pdf');
  await writeFileAtomically(file, (out) => pdfFormat.write(schedule, out, {}));
  // poppler's pdftotext: the text a reader copies out of the file, in reading order (a table
  // cell wraps over lines, so every run of whitespace counts as one space).
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function xlsxRows(schedule: Schedule): Promise<Record<string, unknown>[]> {
  const file = join(tempDir(), 'jadwal.xlsx');
  await writeFileAtomically(file, (out) => xlsxFormat.write(schedule, out, {}));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('Jadwal')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((name, i) => [name, values[i] ?? ''])));
  });
  return rows;
}

describe('approval evidence in exports', () => {
  it('names the checker and the approver from the record and finds the content unchanged', async () => {
    const { app } = await signedOffice();
    const schedule = loadSchedule(app.db, filter);
    expect(schedule.posts.map((p) => p.approvalRecord)).toEqual(['matches', 'matches']);
    expect(schedule.signOffs.map((s) => [s.step, s.names])).toEqual([
      ['check', ['Sari Puspita, S.Sos']],
      ['approve', ['Bambang']],
    ]);
    const text = await pdfText(schedule);
    expect(text).toContain('Diperiksa oleh');
    expect(text).toContain('Sari Puspita, S.Sos');
    expect(text).toContain('Disetujui oleh');
    expect(text).toContain('Bambang');
    expect(text).not.toContain('Nama Baru Setelah Approve');
    expect(text).not.toContain('ISI BERUBAH');
    const rows = await xlsxRows(schedule);
    expect(
      rows.map((r) => [r['Diperiksa oleh'], r['Disetujui oleh'], r['Kesesuaian isi']]),
    ).toEqual([
      ['Sari Puspita, S.Sos', 'Bambang', 'Sesuai yang disetujui'],
      ['Sari Puspita, S.Sos', 'Bambang', 'Sesuai yang disetujui'],
    ]);
  });

  it('marks a post whose content no longer matches its approved fingerprint', async () => {
    const { app, ids } = await signedOffice();
    // No edit through the app can do this (an edit returns the post to draft): write directly.
    app.db.prepare("UPDATE posts SET title = 'Judul diubah diam-diam' WHERE id = ?").run(ids[1]);
    const schedule = loadSchedule(app.db, filter);
    expect(schedule.posts.map((p) => [p.title, p.approvalRecord])).toEqual([
      ['Musrenbang Kecamatan', 'matches'],
      ['Judul diubah diam-diam', 'changed'],
    ]);
    const text = await pdfText(schedule);
    expect(text.match(/ISI BERUBAH SETELAH DISETUJUI/g)).toHaveLength(1);
    const rows = await xlsxRows(schedule);
    expect(rows.map((r) => [r['Judul'], r['Kesesuaian isi']])).toEqual([
      ['Musrenbang Kecamatan', 'Sesuai yang disetujui'],
      ['Judul diubah diam-diam', 'ISI BERUBAH setelah disetujui'],
    ]);
  });

  it('also notices a changed attachment file or caption, not only the title', async () => {
    const { app, ids } = await signedOffice();
    app.db
      .prepare("UPDATE post_channels SET caption_override = 'Caption lain' WHERE post_id = ?")
      .run(ids[0]);
    const schedule = loadSchedule(app.db, filter);
    expect(schedule.posts.map((p) => p.approvalRecord)).toEqual(['changed', 'matches']);
  });
});
