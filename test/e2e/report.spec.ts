import type { WebHost } from '../../src/main/web/host';
import type { MethodName, RequestOf, ResponseOf } from '../../src/shared/api/contract';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { seedDecember, type SeedOffice } from '../unit/report/seed';

/** The office of the unit seed, made through the host's own dispatch as its people would. */
async function officeOf(host: WebHost): Promise<SeedOffice> {
  const app = host.app;
  const call = async <M extends MethodName>(
    method: M,
    request: RequestOf<M> & { actorId?: string | null },
  ): Promise<ResponseOf<M>> => {
    const { actorId, ...rest } = request as { actorId?: string | null };
    const person = app.services.people.list(true).find((p) => p.id === actorId);
    const dispatch = app.dispatchAs(
      person ? { kind: 'person', person, sessionId: null } : { kind: 'local', osUser: 'e2e' },
    );
    const result = await dispatch(method, rest);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as ResponseOf<M>;
  };
  await call('settings.update', { timeZone: 'Asia/Jakarta' });
  const rina = await call('people.create', { name: 'Rina', role: 'planner' });
  const bambang = await call('people.create', { name: 'Bambang', role: 'approver' });
  const instagram = await call('channels.create', { platform: 'instagram', name: 'IG Pemkab' });
  const x = await call('channels.create', { platform: 'x', name: 'X Humas' });
  return { call, people: { rina, bambang }, channels: { instagram, x } };
}

test.describe('Laporan kinerja', () => {
  test('Desember: angka dengan periode lalu, klik angka ke unggahannya, grafik dengan tabel, ekspor PDF', async ({
    app,
    host,
  }) => {
    await seedDecember(await officeOf(host));
    await app.clock.setFixedTime(new Date('2026-12-15T03:00:00.000Z'));
    await app
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: /Laporan/ })
      .click();

    // The current month in the office zone, with each figure beside the previous period's.
    await expect(
      app.getByRole('heading', {
        name: 'Laporan Kinerja Pengelolaan Media Sosial — Desember 2026',
      }),
    ).toBeVisible();
    const planned = app.locator('[data-figure="plannedPosts"]');
    await expect(planned).toContainText('Unggahan direncanakan');
    await expect(planned).toContainText('3');
    await expect(planned).toContainText('Periode lalu: 1');
    await expect(planned).toContainText('▲ naik 200%');
    await expect(app.locator('[data-figure="onTimeRate"]')).toContainText('80%');
    await expect(app.locator('[data-figure="views"]')).toContainText('15.400');

    // Each chart has its data table for screen readers, shown on request.
    const chart = app.getByRole('figure', { name: 'Direncanakan dan terbit per kanal' });
    await expect(chart.getByRole('img')).toHaveAttribute(
      'alt',
      /6 kanal-unggahan direncanakan, 5 terbit/,
    );
    await chart.getByRole('button', { name: 'Tampilkan tabel data' }).click();
    await expect(chart.getByRole('table')).toContainText('IG Pemkab');

    expect(await seriousViolations(app, { include: '.report-screen' })).toEqual([]);

    // A figure opens the posts behind it; a title opens the post in the calendar's editor.
    await planned.getByRole('button').click();
    const dialog = app.getByRole('dialog', { name: 'Unggahan direncanakan: unggahan di baliknya' });
    await expect(dialog.getByRole('listitem')).toHaveCount(3);
    await expect(dialog).toContainText('3 unggahan');
    await dialog.getByRole('button', { name: 'Vaksinasi anak sekolah' }).click();
    await expect(app.getByRole('textbox', { name: /Judul/ }).first()).toHaveValue(
      'Vaksinasi anak sekolah',
    );

    // Back to the report: the notes travel into the PDF, which downloads and joins the history.
    await app.goBack();
    await expect(app.locator('[data-figure="plannedPosts"]')).toBeVisible();
    await app
      .getByLabel('Catatan untuk laporan (ikut tercetak di PDF dan XLSX)')
      .fill('Tayangan naik berkat liputan HUT Kabupaten.');
    const download = app.waitForEvent('download');
    await app.getByRole('button', { name: 'Ekspor PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('laporan-kinerja-2026-12.pdf');
    await expect(
      app.getByRole('status').filter({ hasText: 'laporan-kinerja-2026-12.pdf' }),
    ).toBeVisible();
    const history = await host.app.services.exports.history({ limit: 5 });
    expect(history[0]).toMatchObject({ report: '2026-12', format: 'pdf' });

    // The next month has nothing yet: the screen says what to do.
    await app.getByRole('button', { name: 'Periode berikutnya' }).click();
    await expect(app.getByText('Belum ada yang bisa dilaporkan untuk periode ini')).toBeVisible();
    await expect(app.getByRole('link', { name: 'Impor data platform' }).first()).toBeVisible();
  });
});
