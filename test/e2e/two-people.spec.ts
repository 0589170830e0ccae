import type { Page } from '@playwright/test';
import type { WebHost } from '../../src/main/web/host';
import { otherComputer } from './computers';
import { expect, signInAs, signInAsAdmin, test } from './fixtures';
import { call, CalendarScreen, PostEditor, seedOffice } from './post-editor';

/**
 * Issue 13: two people at two computers, one office. Rina (planner) and Budi (approver) each
 * sign in in their own browser context, with their own session cookie; the server acts as the
 * signed-in person of each request, so only Budi's approval counts and the record names him.
 */

/** A request from the page's own script, with the page's cookies (same origin). */
async function apiFromPage(
  page: Page,
  method: string,
  request: unknown,
): Promise<{ status: number; body: { ok: boolean; error?: { code: string } } }> {
  return page.evaluate(
    async ({ method, request }) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
      return {
        status: response.status,
        body: (await response.json()) as { ok: boolean; error?: { code: string } },
      };
    },
    { method, request },
  );
}

async function postTitled(host: WebHost, title: string): Promise<{ id: string; version: number }> {
  const posts = await call<{ id: string; title: string }[]>(host, 'posts.range', {
    from: '2026-11-01',
    to: '2026-11-30',
  });
  const { id } = posts.find((post) => post.title === title)!;
  return call(host, 'posts.get', { id });
}

test('perencana dan penyetuju masuk di dua komputer: hanya penyetuju yang menyetujui, riwayat menyebut namanya', async ({
  browser,
  host,
}) => {
  // Two browsers, four sign-ins (each a real scrypt hash): more than a minute on two loaded cores.
  test.slow();
  const problems: string[] = [];
  const rina = await otherComputer(browser, problems);
  const budi = await otherComputer(browser, problems);
  // The administrator set up the office on Rina's computer; then Rina signs in there.
  await signInAsAdmin(rina, host);
  await seedOffice(host);
  await signInAs(rina, host, 'Rina Wulandari');
  await signInAs(budi, host, 'Budi Santoso');

  // Budi's list is empty for now.
  await budi.keyboard.press('Control+5');
  await expect(budi.getByRole('heading', { level: 1, name: 'Perlu tindakan' })).toBeVisible();
  await expect(budi.getByRole('heading', { name: 'Tidak ada yang menunggu Anda' })).toBeVisible();

  // Rina makes a post on the month grid and submits it.
  const calendar = new CalendarScreen(rina, host);
  const editor = new PostEditor(rina);
  await calendar.open();
  await calendar.clickDay('Kamis, 19 November 2026');
  await editor.field('Judul').fill('Pelayanan SIM keliling');
  await editor.field('Caption utama').fill('SIM keliling hadir di alun-alun, pukul 08.00 WIB.');
  await editor.channel('Humas Contoh IG').check();
  await editor.save();
  await expect(editor.panel).toHaveAccessibleName('Ubah unggahan');
  await editor.approvalActions.getByRole('button', { name: 'Ajukan' }).click();
  await editor.expectStatus('Menunggu persetujuan');
  // Rina is offered no "Setujui" for it.
  await expect(editor.button('Setujui')).toHaveCount(0);
  await editor.close();

  // Nor can she approve it behind the screen's back: her session's request is refused.
  const post = await postTitled(host, 'Pelayanan SIM keliling');
  const refused = await apiFromPage(rina, 'posts.transition', {
    id: post.id,
    version: post.version,
    action: 'approve',
  });
  expect(refused.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  // The transport answers 200 with the refusal in the body (only 401 and 404 change the status).
  expect(refused.status).toBe(200);
  expect((await call<{ status: string }>(host, 'posts.get', { id: post.id })).status).toBe(
    'in_review',
  );

  // Budi, at his computer, reloads his list and finds it waiting.
  await budi.reload();
  const waiting = budi.getByRole('region', { name: /Menunggu persetujuan Anda/ });
  await expect(waiting.getByRole('checkbox')).toHaveCount(1);
  await waiting.getByRole('checkbox', { name: 'Pilih “Pelayanan SIM keliling”' }).click();
  const bar = budi.getByRole('toolbar', { name: 'Tindakan untuk unggahan terpilih' });
  await bar.getByRole('button', { name: 'Setujui' }).click();
  await budi
    .getByRole('dialog', { name: 'Setujui 1 unggahan' })
    .getByRole('button', { name: 'Setujui 1 unggahan' })
    .click();
  await expect(budi.getByText('Setujui: 1 berhasil, 0 ditolak.')).toBeVisible();
  await expect(budi.getByRole('heading', { name: 'Tidak ada yang menunggu Anda' })).toBeVisible();

  // Rina reloads: approved, and the history names Budi, who really signed in.
  await rina.reload();
  await expect(calendar.profileButton).toContainText('Saya: Rina Wulandari');
  await calendar.chip(/Pelayanan SIM keliling — Disetujui/).click();
  await editor.expectStatus('Disetujui');
  await expect(editor.panel).toContainText('Disetujui oleh Budi Santoso');
  await expect(editor.activity).toContainText([
    /Rina Wulandari membuat unggahan/,
    /Rina Wulandari mengajukan untuk ditinjau/,
    /Budi Santoso menyetujui \(Menunggu persetujuan → Disetujui\)/,
  ]);
  await expect(editor.button('Setujui')).toHaveCount(0);

  expect(problems, 'console errors and page errors').toEqual([]);
  await rina.context().close();
  await budi.context().close();
});
