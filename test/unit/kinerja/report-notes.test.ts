import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangeInput } from '../../../src/shared/api/events';
import { useTempDir } from '../helpers';
import { useOffice } from '../posts/fixture';

/**
 * Issue 15 gap: the planner's notes of a report period live in the office's database
 * (migration 18), not one browser's localStorage: read and saved by any signed-in person, a
 * colleague's save meanwhile refused naming them, announced on the live stream, printed by the
 * export when the request brings none (the CLI's report too).
 */

const office = useOffice();
const out = useTempDir();

describe('reportNotes', () => {
  it('reads empty, saves, and refuses a save that started from an older note', async () => {
    const { call, fail, people } = await office();
    expect(await call('reportNotes.get', { actorId: people.rina.id, period: '2026-12' })).toEqual({
      period: '2026-12',
      text: '',
      updatedAt: null,
      updatedBy: null,
    });
    const saved = await call('reportNotes.set', {
      actorId: people.rina.id,
      period: '2026-12',
      text: 'Tayangan naik berkat liputan HUT Kabupaten.',
      baseUpdatedAt: null,
    });
    expect(saved).toMatchObject({
      period: '2026-12',
      text: 'Tayangan naik berkat liputan HUT Kabupaten.',
      updatedBy: { id: people.rina.id, name: 'Rina' },
    });
    expect(saved.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Another period keeps its own note.
    expect(
      (await call('reportNotes.get', { actorId: people.bambang.id, period: '2026-Q4' })).text,
    ).toBe('');

    // Bambang's screen still shows "no note": his save would overwrite Rina's, so it is refused.
    const error = await fail('reportNotes.set', {
      actorId: people.bambang.id,
      period: '2026-12',
      text: 'Catatan Bambang',
      baseUpdatedAt: null,
    });
    expect(error).toMatchObject({
      code: 'conflict',
      key: 'reportNotes.changed',
      params: { name: 'Rina' },
    });
    expect(
      (await call('reportNotes.get', { actorId: people.bambang.id, period: '2026-12' })).text,
    ).toBe('Tayangan naik berkat liputan HUT Kabupaten.');

    // From what he read, it goes through.
    const second = await call('reportNotes.set', {
      actorId: people.bambang.id,
      period: '2026-12',
      text: 'Catatan Bambang',
      baseUpdatedAt: saved.updatedAt,
    });
    expect(second).toMatchObject({ text: 'Catatan Bambang', updatedBy: { name: 'Bambang' } });
  });

  it('refuses a period that is not one', async () => {
    const { fail, people } = await office();
    const error = await fail('reportNotes.set', {
      actorId: people.rina.id,
      period: 'Desember',
      text: 'x',
      baseUpdatedAt: null,
    });
    expect(error).toMatchObject({ code: 'invalid_request', field: 'period' });
  });

  it('announces a save on the live stream as a report change', async () => {
    const { app, call, people } = await office();
    const seen: ChangeInput[] = [];
    const stop = app.events.subscribe((event) => seen.push(event));
    await call('reportNotes.set', {
      actorId: people.rina.id,
      period: '2026-12',
      text: 'Catatan',
      baseUpdatedAt: null,
    });
    stop();
    expect(seen.filter((event) => event.kind === 'report')).toHaveLength(1);
  });

  it('is printed by the export when the request brings no notes', async () => {
    const { app, call, people } = await office();
    await call('reportNotes.set', {
      actorId: people.rina.id,
      period: '2026-12',
      text: 'Catatan dari basis data',
      baseUpdatedAt: null,
    });
    const target = join(out(), 'laporan.xlsx');
    await app.services.exports.writeReport(
      { period: '2026-12', format: 'xlsx', actorId: null },
      { target },
    );
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    await workbook.xlsx.readFile(target);
    const values = workbook.getWorksheet('Ringkasan')!.getSheetValues().flat().map(String);
    expect(values).toContain('Catatan dari basis data');
  });
});
