import { seriousViolations } from './axe';
import { expect, signInAs, test } from './fixtures';
import { call, CalendarScreen, seedOffice, today } from './post-editor';

/**
 * Issue 12, item 2: a planner submits a 30-post month and an approver approves it in two bulk
 * actions, the one platform warning acknowledged once. Two people, two browser contexts (each
 * signed in as its own person), one office.
 */

interface Summary {
  id: string;
  status: string;
}

async function seedMonth(host: Parameters<typeof seedOffice>[0]) {
  const office = await seedOffice(host);
  for (let day = 1; day <= 30; day++) {
    const long = day === 17;
    await call(host, 'posts.create', {
      actorId: office.planner,
      title: long ? 'Hari Kesetiakawanan (terlalu panjang untuk X)' : `Unggahan November ${day}`,
      caption: long ? 'Gotong royong '.repeat(30) : `Informasi layanan hari ke-${day}.`,
      channels: [{ channelId: long ? office.x : office.instagram, format: 'feed' }],
      schedule: { date: `2026-11-${String(day).padStart(2, '0')}`, time: '09:00' },
    });
  }
  return office;
}

async function statuses(host: Parameters<typeof seedOffice>[0]): Promise<string[]> {
  const posts = await call<Summary[]>(host, 'posts.range', {
    from: '2026-11-01',
    to: '2026-11-30',
  });
  return posts.map((post) => post.status);
}

test.describe('Perlu tindakan dan tindakan massal', () => {
  test('perencana mengajukan 30 dan penyetuju menyetujui 30 dalam dua tindakan, peringatan dicentang sekali', async ({
    app,
    host,
    browser,
  }) => {
    test.setTimeout(120_000);
    await seedMonth(host);

    // The planner: the month as an agenda, everything selected with Ctrl+A, one "Ajukan".
    const calendar = new CalendarScreen(app, host);
    await calendar.open();
    await calendar.actAs('Rina Wulandari');
    await app.getByRole('button', { name: 'Agenda', exact: true }).click();
    const agenda = app.getByRole('region', { name: 'Agenda November 2026' });
    await agenda.getByRole('checkbox', { name: 'Pilih “Unggahan November 1”' }).click();
    await app.keyboard.press('Control+a');
    const plannerBar = app.getByRole('toolbar', { name: 'Tindakan untuk unggahan terpilih' });
    await expect(plannerBar).toContainText('30 dipilih');
    expect(await seriousViolations(app, { include: '.agenda' })).toEqual([]);
    await plannerBar.getByRole('button', { name: 'Ajukan' }).click();

    const submit = app.getByRole('dialog', { name: 'Ajukan 30 unggahan' });
    await expect(submit.getByText('1 peringatan platform pada 1 unggahan')).toBeVisible();
    await expect(submit.getByText('Hari Kesetiakawanan (terlalu panjang untuk X)')).toBeVisible();
    // Without the tick nothing is sent.
    await submit.getByRole('button', { name: 'Ajukan 30 unggahan' }).click();
    await expect(submit.getByText('Centang dulu bahwa peringatan sudah diperiksa.')).toBeVisible();
    await submit.getByRole('checkbox', { name: 'Saya sudah memeriksa 1 peringatan ini' }).check();
    await submit.getByRole('button', { name: 'Ajukan 30 unggahan' }).click();
    await expect(submit).toBeHidden();
    await expect(app.getByText('Ajukan: 30 berhasil, 0 ditolak.')).toBeVisible();
    expect(await statuses(host)).toEqual(Array(30).fill('in_review'));

    // The approver, at another computer: the counter, Ctrl+5, a Shift-click range, one "Setujui".
    const context = await browser.newContext({
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
      viewport: { width: 1280, height: 860 },
    });
    const approver = await context.newPage();
    await approver.clock.setFixedTime(today);
    await signInAs(approver, host, 'Budi Santoso');
    const navLink = approver
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: /Perlu tindakan/ });
    await expect(navLink).toContainText('30');
    await approver.keyboard.press('Control+5');
    await expect(approver.getByRole('heading', { level: 1, name: 'Perlu tindakan' })).toBeVisible();
    const waiting = approver.getByRole('region', { name: /Menunggu persetujuan Anda/ });
    await expect(waiting.getByRole('checkbox')).toHaveCount(30);
    await waiting.getByRole('checkbox', { name: 'Pilih “Unggahan November 1”' }).click();
    await waiting
      .getByRole('checkbox', { name: 'Pilih “Unggahan November 30”' })
      .click({ modifiers: ['Shift'] });
    const approverBar = approver.getByRole('toolbar', {
      name: 'Tindakan untuk unggahan terpilih',
    });
    await expect(approverBar).toContainText('30 dipilih');
    await approverBar.getByRole('button', { name: 'Setujui' }).click();
    const approve = approver.getByRole('dialog', { name: 'Setujui 30 unggahan' });
    // The approver sees the same warning, without having to tick it again.
    await expect(approve.getByText('1 peringatan platform pada 1 unggahan')).toBeVisible();
    await approve.getByRole('button', { name: 'Setujui 30 unggahan' }).click();
    await expect(approver.getByText('Setujui: 30 berhasil, 0 ditolak.')).toBeVisible();
    await expect(
      approver.getByRole('heading', { name: 'Tidak ada yang menunggu Anda' }),
    ).toBeVisible();
    await expect(navLink).not.toContainText('30');
    expect(await statuses(host)).toEqual(Array(30).fill('approved'));
    await context.close();
  });

  test('penyetuju meminta revisi dengan satu catatan; perencana melihat alasannya di depan, memilih dengan keyboard, menghapus lalu mengurungkan', async ({
    app,
    host,
  }) => {
    const office = await seedOffice(host);
    // Fixed in the page only; the host's "now" is the machine's, so schedule from the real today.
    const base = new Date();
    const dates = [1, 2, 3].map((offset) => {
      const day = new Date(base.getTime() + offset * 86_400_000 + 7 * 3_600_000);
      return day.toISOString().slice(0, 10);
    });
    const ids: { id: string; version: number }[] = [];
    for (const [index, date] of dates.entries()) {
      const post = await call<{ id: string; version: number }>(host, 'posts.create', {
        actorId: office.planner,
        title: `Draf ${index + 1}`,
        caption: 'Isi singkat.',
        channels: [{ channelId: office.instagram, format: 'feed' }],
        schedule: { date, time: '09:00' },
      });
      ids.push({ id: post.id, version: post.version });
    }
    const submitted = await call<{
      results: { id: string; ok: true; post: { version: number } }[];
    }>(host, 'posts.bulkTransition', {
      actorId: office.planner,
      action: 'submit',
      items: [ids[0]],
    });
    await call(host, 'posts.bulkTransition', {
      actorId: office.approver,
      action: 'request_changes',
      items: [{ id: ids[0]!.id, version: submitted.results[0]!.post.version }],
      comment: 'Tambahkan lokasi dan jam acara.',
    });

    await signInAs(app, host, 'Rina Wulandari');
    await app.getByRole('link', { name: /Perlu tindakan/ }).click();
    const revise = app.getByRole('region', { name: /Diminta revisi/ });
    await expect(revise.getByText('Alasan revisi: Tambahkan lokasi dan jam acara.')).toBeVisible();
    const due = app.getByRole('region', { name: /Draf yang tayang dalam 7 hari/ });
    await expect(due.getByRole('checkbox')).toHaveCount(2);
    expect(await seriousViolations(app, { include: '.actions-screen' })).toEqual([]);

    // Keyboard: Space ticks, ↓ moves, Space ticks again.
    await due.getByRole('checkbox', { name: 'Pilih “Draf 2”' }).focus();
    await app.keyboard.press('Space');
    await app.keyboard.press('ArrowDown');
    await expect(due.getByRole('checkbox', { name: 'Pilih “Draf 3”' })).toBeFocused();
    await app.keyboard.press('Space');
    const bar = app.getByRole('toolbar', { name: 'Tindakan untuk unggahan terpilih' });
    await expect(bar).toContainText('2 dipilih');
    await bar.getByRole('button', { name: 'Hapus' }).click();
    await app
      .getByRole('dialog', { name: 'Hapus 2 unggahan' })
      .getByRole('button', { name: 'Pindahkan 2 ke Sampah' })
      .click();
    await expect(app.getByText('Hapus: 2 berhasil, 0 ditolak.')).toBeVisible();
    await expect(due).toBeHidden();
    await app.getByRole('button', { name: 'Urungkan (pulihkan dari Sampah)' }).click();
    await expect(app.getByText('Urungkan: 2 berhasil, 0 ditolak.')).toBeVisible();
    await expect(due.getByRole('checkbox')).toHaveCount(2);
  });
});
