import sharp from 'sharp';
import type { WebHost } from '../../src/main/web/host';
import type { ImportResult } from '../../src/shared/domain/assets';
import type { Post } from '../../src/shared/domain/posts';
import { expect, signInCookie, test } from './fixtures';
import { call, CalendarScreen, PostEditor, seedOffice } from './post-editor';

/**
 * Issue 12, items 6 and 7: formats per platform with honest checks (a 9:16 story raises no
 * feed warning; a warning names its source in words), and day fields typed as dd/mm/yyyy in a
 * browser whose own locale would draw 12/31/2026.
 */

async function upload(host: WebHost, name: string, body: Buffer): Promise<ImportResult> {
  const response = await fetch(`${host.http.origin}/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: {
      'x-linimasa-token': host.token,
      cookie: await signInCookie(host),
      'content-type': 'application/octet-stream',
    },
    body: new Uint8Array(body),
  });
  const reply = (await response.json()) as { ok: boolean; value: ImportResult };
  expect(reply.ok, `upload ${name}`).toBe(true);
  return reply.value;
}

test.describe('Format per platform', () => {
  test('Story 9:16 tanpa peringatan; sebagai Foto feed diperingatkan dengan sumber yang bisa dibaca', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    const phone = await sharp({
      create: { width: 1080, height: 1920, channels: 3, background: { r: 200, g: 40, b: 90 } },
    })
      .jpeg()
      .toBuffer();
    const imported = await upload(host, 'story-9x16.jpg', phone);
    await call<Post>(host, 'posts.create', {
      actorId: office.planner,
      title: 'Story Hari Bela Negara',
      channels: [{ channelId: office.instagram, format: 'story' }],
      assetIds: [imported.assetId!],
      schedule: { date: '2026-11-19', time: '08:00' },
    });
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    // The chip shows the time the Indonesian way.
    await expect(calendar.chip(/Story Hari Bela Negara/)).toContainText('08.00');
    await calendar.chip(/Story Hari Bela Negara/).click();

    const format = editor.field(/^Format/);
    await expect(format).toHaveValue('story');
    // Instagram offers its own formats only: no "Artikel".
    await expect(format.getByRole('option')).toHaveText(['Foto feed', 'Carousel', 'Reel', 'Story']);
    await expect(editor.warnings).toContainText('Tidak ada peringatan.');

    await format.selectOption({ label: 'Foto feed' });
    await expect(editor.warnings).toContainText('rasio gambar harus 4:5–1,91:1');
    await expect(editor.warnings).toContainText(
      'Sumber: Aplikasi penjadwal Postiz, diperiksa Nov 2026',
    );
    await expect(editor.warnings).not.toContainText(/provider|\.ts|docs/);
  });
});

test.describe('Tanggal dd/mm/yyyy di peramban berlokal en-US', () => {
  test.use({ locale: 'en-US' });

  test('tanggal diketik sebagai hari/bulan/tahun; tanggal yang tidak ada ditolak dengan kata-kata', async ({
    app,
    host,
  }) => {
    await seedOffice(host);
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    await calendar.clickDay('Kamis, 19 November 2026');
    const date = editor.field('Tanggal');
    // The day the planner clicked, shown day first whatever the browser's locale.
    await expect(date).toHaveValue('19/11/2026');

    await date.fill('31/02/2026');
    await date.blur();
    await expect(editor.panel.getByRole('alert')).toContainText(
      'Tanggal itu tidak ada di kalender',
    );

    await date.fill('01/12/2026');
    await date.blur();
    await expect(date).toHaveValue('01/12/2026');
    // The hint names the day in full, the Indonesian way.
    await expect(editor.panel).toContainText('Selasa, 1 Desember 2026');
    await expect(editor.panel.getByText('Tanggal itu tidak ada di kalender')).toHaveCount(0);
    await editor.field('Judul').fill('Hari AIDS Sedunia');
    await editor.save();
    await expect(editor.panel.getByRole('heading', { name: 'Ubah unggahan' })).toBeVisible();
    await expect
      .poll(async () => {
        const [saved] = await call<Post[]>(host, 'posts.search', { query: 'AIDS' });
        return saved?.scheduledAt?.slice(0, 10);
      })
      .toBe('2026-12-01');
  });
});
