import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppFrame } from './pages';
import {
  CalendarScreen,
  PostEditor,
  call,
  seedOffice,
  submittedPost,
  type Office,
} from './post-editor';

/**
 * Issue 12, item 1: an approval is never lost without words. Dragging an approved post to
 * another day returns it to Draf (and says so); "Urungkan" puts it back on its day *and* gives
 * the approval back, because the content and the schedule are again exactly what was approved,
 * and the export still carries it.
 */

async function approvedPost(host: Parameters<typeof call>[0], office: Office, title: string) {
  const post = await submittedPost(host, office, {
    title,
    caption: 'Mari bela negara dengan karya.',
    channels: [{ channelId: office.instagram, format: 'feed' }],
    schedule: { date: '2026-11-19', time: '08:00' },
  });
  await call(host, 'posts.transition', {
    id: post.id,
    version: post.version,
    actorId: office.approver,
    action: 'approve',
  });
}

/** The target is brought to the middle of the window first, away from the edges where dragging scrolls. */
async function dragTo(calendar: CalendarScreen, chip: Locator, target: Locator): Promise<void> {
  await target.evaluate((element) =>
    // Runs in the page; this project's Node-side types have no DOM.
    (element as unknown as { scrollIntoView(options: object): void }).scrollIntoView({
      block: 'center',
    }),
  );
  await calendar.drag(chip, target);
}

test.describe('Urungkan memulihkan persetujuan', () => {
  test('unggahan disetujui dipindah lalu diurungkan: tetap Disetujui dan ada di pratinjau ekspor', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    await approvedPost(host, office, 'Hari Bela Negara');
    const calendar = new CalendarScreen(app, host);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');

    await dragTo(
      calendar,
      calendar.chip(/^08\.00 Hari Bela Negara — Disetujui/),
      calendar.day('Kamis, 26 November 2026'),
    );
    await expect(
      calendar
        .day('Kamis, 26 November 2026')
        .getByRole('button', { name: /^08\.00 Hari Bela Negara — Draf/ }),
    ).toBeVisible();
    await expect(app.getByRole('status').filter({ hasText: 'Kembali ke draf' })).toBeVisible();

    await app.getByRole('button', { name: 'Urungkan' }).click();
    await expect(
      app.getByRole('status').filter({
        hasText: 'persetujuan tetap berlaku karena isi dan jadwal sama',
      }),
    ).toBeVisible();
    const back = calendar
      .day('Kamis, 19 November 2026')
      .getByRole('button', { name: /^08\.00 Hari Bela Negara — Disetujui/ });
    await expect(back).toBeVisible();

    // Stored, and told in the post's history.
    await app.reload();
    await expect(back).toBeVisible();
    await back.click();
    const editor = new PostEditor(app);
    await editor.expectStatus('Disetujui');
    await expect(editor.panel).toContainText('Disetujui oleh Budi Santoso');
    await expect(editor.activity.last()).toContainText(
      'Dikembalikan ke keadaan sebelum dipindah; persetujuan tetap berlaku karena isi dan jadwal sama.',
    );
    await editor.close();

    // The approved export still carries it.
    await new AppFrame(app).open('Ekspor');
    const preview = app.getByRole('region', { name: 'Pratinjau', exact: true });
    await expect(preview.getByRole('table')).toContainText('Hari Bela Negara');
  });

  test('diubah setelah dipindah: Urungkan mengembalikan jadwal dan berkata persetujuan tidak dipulihkan', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    await approvedPost(host, office, 'Hari Bela Negara');
    const calendar = new CalendarScreen(app, host);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');

    await dragTo(
      calendar,
      calendar.chip(/^08\.00 Hari Bela Negara — Disetujui/),
      calendar.day('Kamis, 26 November 2026'),
    );
    const moved = calendar
      .day('Kamis, 26 November 2026')
      .getByRole('button', { name: /^08\.00 Hari Bela Negara — Draf/ });
    await expect(moved).toBeVisible();

    // The caption changes while it is a draft on the 26th.
    await moved.click();
    const editor = new PostEditor(app);
    await editor.field('Caption utama').fill('Caption yang lain.');
    await editor.save();
    await expect(editor.panel.getByRole('status').filter({ hasText: 'Tersimpan' })).toBeVisible();
    await editor.close();

    await app.keyboard.press('Control+z');
    await expect(
      app.getByRole('status').filter({ hasText: 'persetujuan tidak dipulihkan' }),
    ).toBeVisible();
    await expect(
      calendar
        .day('Kamis, 19 November 2026')
        .getByRole('button', { name: /^08\.00 Hari Bela Negara — Draf/ }),
    ).toBeVisible();
  });
});
