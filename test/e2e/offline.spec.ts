import { newLaunchToken } from '../../src/main/transports/http-auth';
import { startWebHost, type WebHost } from '../../src/main/web/host';
import { expect, signInAs, signInAsAdmin, test } from './fixtures';
import { call, CalendarScreen, PostEditor, seedOffice, type Office } from './post-editor';

/**
 * Issue 14, the client when the office host is unreachable: the banner at once, a save waits on
 * this device ("Menunggu sambungan") and reaches the host when it is back, typed text survives a
 * reload. The host is stopped for real (its port refuses) and started again on the same data
 * directory and port; a quicker variant cuts the browser's network instead.
 */
test.use({ allowConsoleErrors: true });

const lostText =
  'Tidak terhubung ke komputer kantor — perubahan Anda disimpan di perangkat ini dan dikirim saat tersambung';

async function postOnTwelfth(host: WebHost, office: Office) {
  return call<{ id: string; version: number }>(host, 'posts.create', {
    actorId: office.planner,
    title: 'Layanan KTP keliling',
    caption: 'Caption awal',
    channels: [{ channelId: office.instagram, format: 'feed' }],
    schedule: { date: '2026-11-12', time: '09:00' },
  });
}

const storedCaption = async (host: WebHost, id: string) =>
  (await call<{ caption: string }>(host, 'posts.get', { id })).caption;

test.describe('Tanpa sambungan ke komputer kantor', () => {
  test('komputer kantor berhenti di tengah mengetik: teks menunggu, lalu terkirim saat kantor kembali', async ({
    page,
    dataDir,
  }) => {
    const token = newLaunchToken();
    let host = await startWebHost({ dataDir, port: 0, token });
    try {
      const port = host.http.port;
      await signInAsAdmin(page, host);
      const office = await seedOffice(host);
      const post = await postOnTwelfth(host, office);
      await signInAs(page, host, 'Rina Wulandari');
      const calendar = new CalendarScreen(page, host);
      const editor = new PostEditor(page);
      await calendar.open();
      await calendar.chip(/Layanan KTP keliling/).click();
      await editor.field('Caption utama').fill('Caption awal, lalu');

      await host.close();
      await editor.field('Caption utama').pressSequentially(' diketik saat kantor mati');
      await editor.save();
      const status = page.getByRole('status').filter({ hasText: 'komputer kantor' });
      await expect(status).toHaveText(lostText);
      await expect(status).toHaveAttribute('aria-live', 'polite');
      await expect(editor.panel).toContainText('Menunggu sambungan');
      // The text is still in the form: nothing typed was lost.
      await expect(editor.field('Caption utama')).toHaveValue(
        'Caption awal, lalu diketik saat kantor mati',
      );

      host = await startWebHost({ dataDir, port, token });
      // The probe finds the host again (3 s after the loss) and the outbox sends.
      await expect(page.getByRole('status').filter({ hasText: 'Tersambung kembali' })).toHaveText(
        'Tersambung kembali — 1 perubahan terkirim',
        { timeout: 20_000 },
      );
      await expect
        .poll(() => storedCaption(host, post.id))
        .toBe('Caption awal, lalu diketik saat kantor mati');
      await expect(editor.panel).not.toContainText('Menunggu sambungan');
      // The editor now stands on the stored version: a further save is no conflict.
      await editor.field('Caption utama').pressSequentially('!');
      await editor.save();
      await expect
        .poll(() => storedCaption(host, post.id))
        .toBe('Caption awal, lalu diketik saat kantor mati!');
    } finally {
      await host.close();
    }
  });

  test('jaringan peramban putus: banner, simpan menunggu, tersambung kembali mengirimnya', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    const post = await postOnTwelfth(host, office);
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    await calendar.chip(/Layanan KTP keliling/).click();

    await app.context().setOffline(true);
    await editor.field('Caption utama').fill('Ditulis tanpa jaringan');
    await editor.save();
    await expect(app.getByRole('status').filter({ hasText: 'komputer kantor' })).toHaveText(
      lostText,
    );
    await expect(editor.panel).toContainText('Menunggu sambungan');
    expect(await storedCaption(host, post.id)).toBe('Caption awal');

    await app.context().setOffline(false);
    await expect(app.getByRole('status').filter({ hasText: 'Tersambung kembali' })).toHaveText(
      'Tersambung kembali — 1 perubahan terkirim',
      { timeout: 20_000 },
    );
    await expect.poll(() => storedCaption(host, post.id)).toBe('Ditulis tanpa jaringan');
  });

  test('kantor mengubah unggahan yang sama selama terputus: kedua teks ditampilkan, "Pakai versi saya" mengirim teks saya', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    const post = await postOnTwelfth(host, office);
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    await calendar.chip(/Layanan KTP keliling/).click();

    await app.context().setOffline(true);
    await editor.field('Caption utama').fill('Caption dari Rina');
    await editor.save();
    await expect(editor.panel).toContainText('Menunggu sambungan');
    // Meanwhile someone at the office changes the same caption.
    await call(host, 'posts.update', {
      actorId: office.approver,
      id: post.id,
      version: post.version,
      caption: 'Caption dari kantor',
    });
    await app.context().setOffline(false);

    const conflict = app.getByRole('alert').filter({ hasText: 'bertabrakan' });
    await expect(conflict).toContainText('Caption dari Rina', { timeout: 20_000 });
    await expect(conflict).toContainText('Caption dari kantor');
    expect(await storedCaption(host, post.id)).toBe('Caption dari kantor');
    await conflict.getByRole('button', { name: 'Pakai versi saya' }).click();
    await expect(conflict).toBeHidden();
    await expect.poll(() => storedCaption(host, post.id)).toBe('Caption dari Rina');
  });

  test('teks yang belum disimpan ditawarkan lagi setelah halaman dimuat ulang', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    await postOnTwelfth(host, office);
    const calendar = new CalendarScreen(app, host);
    const editor = new PostEditor(app);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    await calendar.chip(/Layanan KTP keliling/).click();
    await editor.field('Caption utama').fill('Belum sempat disimpan');
    // Kept 300 ms after the last key; then the tab is gone (as after a crash).
    await expect
      .poll(() =>
        app.evaluate(() =>
          Object.keys(localStorage).some((key) => key.startsWith('linimasa.draft.v1|')),
        ),
      )
      .toBe(true);
    await calendar.open();
    await calendar.chip(/Layanan KTP keliling/).click();
    await expect(editor.field('Caption utama')).toHaveValue('Caption awal');
    await editor.button('Lanjutkan draf yang belum tersimpan (diketik 10.00)').click();
    await expect(editor.field('Caption utama')).toHaveValue('Belum sempat disimpan');
    await editor.save();
    await expect(editor.panel).toContainText('Tersimpan');
    // Saved: nothing is offered any more.
    await calendar.open();
    await calendar.chip(/Layanan KTP keliling/).click();
    await expect(editor.field('Caption utama')).toHaveValue('Belum sempat disimpan');
    await expect(editor.button(/Lanjutkan draf/)).toHaveCount(0);
  });
});
