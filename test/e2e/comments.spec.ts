import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { otherComputer } from './computers';
import { expect, signInAs, signInAsAdmin, test } from './fixtures';
import { call, CalendarScreen, PostEditor, seedOffice } from './post-editor';

/**
 * Issue 14, comments and the inbox: Rina comments "@Budi tolong cek" on a post at her computer;
 * Budi's bell counts one unread; he opens it and the post opens with the comment. Works with
 * the live stream (the counter updates by itself) and without it (a reload catches up).
 */

test('komentar dengan sebutan @Budi sampai ke kotak pemberitahuan Budi dan membuka unggahannya', async ({
  browser,
  host,
}) => {
  test.slow();
  const problems: string[] = [];
  const rina = await otherComputer(browser, problems);
  const budi = await otherComputer(browser, problems);
  await signInAsAdmin(rina, host);
  const office = await seedOffice(host);
  await call(host, 'posts.create', {
    actorId: office.planner,
    title: 'Hari Pahlawan',
    caption: 'Mengenang jasa para pahlawan.',
    channels: [{ channelId: office.instagram, format: 'feed' }],
    schedule: { date: '2026-11-19', time: '08:00' },
  });
  await signInAs(rina, host, 'Rina Wulandari');
  await signInAs(budi, host, 'Budi Santoso');
  const bell = (page: Page) => page.getByRole('button', { name: /^Pemberitahuan/ });
  await expect(bell(budi)).toHaveAccessibleName('Pemberitahuan');

  const calendar = new CalendarScreen(rina, host);
  const editor = new PostEditor(rina);
  await calendar.open();
  await calendar.chip(/Hari Pahlawan/).click();
  const thread = editor.panel.getByRole('region', { name: 'Komentar' });
  const box = thread.getByRole('textbox', { name: 'Tulis komentar' });

  // Completion: "@bu" offers Budi Santoso; Enter takes him.
  await box.fill('');
  await box.pressSequentially('Halo @bu');
  const suggestions = thread.getByRole('listbox', { name: 'Rekan yang bisa disebut' });
  await expect(suggestions.getByRole('option')).toHaveText(['Budi Santoso']);
  // The open list as a screen reader meets it (listbox, active option), checked by axe.
  expect(await seriousViolations(rina, { include: '.comments' })).toEqual([]);
  await box.press('Enter');
  await expect(box).toHaveValue('Halo @Budi Santoso ');
  await expect(suggestions).toBeHidden();

  // Esc closes the list and the name typed by hand still counts as a mention.
  await box.fill('');
  await box.pressSequentially('@Budi');
  await expect(suggestions).toBeVisible();
  await box.press('Escape');
  await expect(suggestions).toBeHidden();
  await box.pressSequentially(' tolong cek');
  await thread.getByRole('button', { name: 'Kirim komentar' }).click();
  const comment = thread.getByRole('listitem').filter({ hasText: 'tolong cek' });
  await expect(comment).toContainText('Rina Wulandari (Perencana)');
  await expect(comment.locator('mark')).toHaveText('@Budi');
  await expect(box).toHaveValue('');

  // Budi's counter: live when the stream is on, else after a reload.
  await expect(async () => {
    const name = await bell(budi).getAttribute('aria-label');
    if (name !== 'Pemberitahuan, 1 belum dibaca') {
      await budi.reload();
      await expect(bell(budi)).toHaveAccessibleName('Pemberitahuan, 1 belum dibaca', {
        timeout: 3_000,
      });
    }
  }).toPass({ timeout: 30_000 });

  await bell(budi).click();
  const panel = budi.getByRole('region', { name: 'Pemberitahuan' });
  const item = panel.getByRole('button', {
    name: /Rina Wulandari menyebut Anda di “Hari Pahlawan”/,
  });
  await expect(item).toContainText('Belum dibaca');
  expect(await seriousViolations(budi, { include: '.bell__panel' })).toEqual([]);
  await item.click();
  const budiEditor = new PostEditor(budi);
  await expect(budiEditor.panel).toHaveAccessibleName('Ubah unggahan');
  await expect(budiEditor.field('Judul')).toHaveValue('Hari Pahlawan');
  await expect(
    budiEditor.panel.getByRole('region', { name: 'Komentar' }).getByRole('listitem'),
  ).toContainText(['@Budi tolong cek']);
  await expect(bell(budi)).toHaveAccessibleName('Pemberitahuan');

  expect(problems, 'console errors and page errors').toEqual([]);
  await rina.context().close();
  await budi.context().close();
});
