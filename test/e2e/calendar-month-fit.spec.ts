import type { Locator, Page } from '@playwright/test';
import type { WebHost } from '../../src/main/web/host';
import { expect, test } from './fixtures';
import { call, CalendarScreen, seedOffice, type Office } from './post-editor';

/**
 * A month that reads on a laptop: all six weeks of November 2026 (26 October – 6 December) on a
 * 1280×720 and a 1366×768 screen without scrolling, titles on two lines, the status mark inside
 * a four-channel chip, toasts clear of the grid, "+N lainnya" only when a day is really full,
 * and the compact density remembered. "Today" is Wednesday 18 November 2026, 10:00 WIB. Times
 * are matched as 09:00 or 09.00, whichever way the chips write them.
 */

const longTitle =
  'Sosialisasi pencegahan demam berdarah bersama Puskesmas Somba Opu dan kader jumantik';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const bottom = (box: Box) => box.y + box.height;
const right = (box: Box) => box.x + box.width;
const intersects = (a: Box, b: Box) =>
  a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box;
}

/** An office with nothing left on the setup checklist, four channels and a pillar. */
async function seedFullOffice(host: WebHost): Promise<Office & { channels: string[] }> {
  const office = await seedOffice(host);
  await call(host, 'settings.update', { signerName: 'Budi Santoso', signerPosition: 'Kabag' });
  await call(host, 'campaigns.create', { name: 'Layanan Publik', color: '#1565c0' });
  const facebook = await call<{ id: string }>(host, 'channels.create', {
    platform: 'facebook',
    name: 'Humas Contoh FB',
  });
  const tiktok = await call<{ id: string }>(host, 'channels.create', {
    platform: 'tiktok',
    name: 'Humas Contoh TikTok',
  });
  return { ...office, channels: [office.instagram, office.x, facebook.id, tiktok.id] };
}

async function createPost(
  host: WebHost,
  office: Office,
  post: { title: string; date: string; time?: string; channels?: string[] },
): Promise<void> {
  await call(host, 'posts.create', {
    actorId: office.planner,
    title: post.title,
    caption: '',
    channels: (post.channels ?? [office.instagram]).map((channelId) => ({
      channelId,
      format: 'feed',
    })),
    schedule: { date: post.date, time: post.time ?? '09:00' },
  });
}

/**
 * How many characters of the chip's title a reader sees: those whose glyphs lie inside the
 * chip's box (a line-clamped or ellipsised title lays the rest out below or beyond it).
 */
async function visibleTitleCharacters(chip: Locator, title: string): Promise<number> {
  // Runs in the page; this project's Node-side types have no DOM, so the little used is typed here.
  interface Rect {
    left: number;
    right: number;
    top: number;
    bottom: number;
    width: number;
  }
  interface TextNode {
    textContent: string;
  }
  interface PageDocument {
    createTreeWalker(root: unknown, show: number): { nextNode(): TextNode | null };
    createRange(): {
      setStart(node: TextNode, offset: number): void;
      setEnd(node: TextNode, offset: number): void;
      getBoundingClientRect(): Rect;
    };
  }
  return chip.evaluate((element, text) => {
    const doc = (globalThis as unknown as { document: PageDocument }).document;
    const box = (element as unknown as { getBoundingClientRect(): Rect }).getBoundingClientRect();
    const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.includes(text.slice(0, 12))) continue;
      const range = doc.createRange();
      for (let index = 0; index < node.textContent.length; index++) {
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rect = range.getBoundingClientRect();
        if (
          rect.width > 0 &&
          rect.left >= box.left - 0.5 &&
          rect.right <= box.right + 0.5 &&
          rect.top >= box.top - 0.5 &&
          rect.bottom <= box.bottom + 0.5
        )
          count++;
      }
    }
    return count;
  }, title);
}

async function openAsPlanner(page: Page, host: WebHost): Promise<CalendarScreen> {
  const calendar = new CalendarScreen(page, host);
  await calendar.open();
  await calendar.actAs('Rina Wulandari');
  return calendar;
}

const monthTable = (page: Page) => page.getByRole('table', { name: 'Kalender November 2026' });
/** The six week rows (the first row of the table is the weekday heading). */
const weekRows = (page: Page) =>
  monthTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
]) {
  test.describe(`Kalender bulan pada ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('enam pekan terlihat tanpa menggulir, judul dua baris, tanda status di dalam chip, toast tidak menutupi kisi', async ({
      app,
      host,
    }) => {
      const office = await seedFullOffice(host);
      await createPost(host, office, { title: longTitle, date: '2026-11-12' });
      await createPost(host, office, {
        title: 'Pengumuman lelang jabatan',
        date: '2026-11-19',
        time: '13:00',
        channels: office.channels,
      });
      await createPost(host, office, { title: 'Rekap akhir bulan', date: '2026-12-05' });
      const calendar = await openAsPlanner(app, host);

      // Six weeks, 26 October – 6 December, each wholly inside the window, the page unscrolled.
      const rows = weekRows(app);
      await expect(rows).toHaveCount(6);
      for (let index = 0; index < 6; index++) {
        const box = await boxOf(rows.nth(index));
        expect(box.y, `pekan ${index + 1} mulai di layar`).toBeGreaterThanOrEqual(0);
        expect(bottom(box), `pekan ${index + 1} berakhir di layar`).toBeLessThanOrEqual(
          viewport.height,
        );
      }
      await expect(calendar.chip(/^09[:.]00 Rekap akhir bulan/)).toBeInViewport({ ratio: 1 });
      expect(await app.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY)).toBe(
        0,
      );

      // The long title wraps onto a second line instead of stopping after a word.
      const longChip = calendar.day('Kamis, 12 November 2026').getByRole('button', {
        name: /Sosialisasi pencegahan demam berdarah/,
      });
      expect(await visibleTitleCharacters(longChip, longTitle)).toBeGreaterThan(20);

      // Four channels: the status mark stays inside the chip.
      const fourChannels = calendar.chip(/^13[:.]00 Pengumuman lelang jabatan/);
      const chipBox = await boxOf(fourChannels);
      const markBox = await boxOf(fourChannels.locator('.status-glyph'));
      expect(markBox.x).toBeGreaterThanOrEqual(chipBox.x);
      expect(right(markBox)).toBeLessThanOrEqual(right(chipBox));
      expect(markBox.y).toBeGreaterThanOrEqual(chipBox.y);
      expect(bottom(markBox)).toBeLessThanOrEqual(bottom(chipBox));

      // Move the long post a day later with the keyboard: its toast lands clear of the grid.
      await longChip.focus();
      await app.keyboard.press('Space');
      await expect(
        app.getByRole('status').filter({ hasText: 'di atas Kamis, 12 November 2026' }),
      ).toBeAttached();
      await app.keyboard.press('ArrowRight');
      await expect(
        app.getByRole('status').filter({ hasText: 'di atas Jumat, 13 November 2026' }),
      ).toBeAttached();
      await app.keyboard.press('Space');
      const toast = app
        .getByRole('status')
        .filter({ hasText: 'dipindahkan ke Jumat, 13 November' });
      await expect(toast).toBeVisible();
      const toastBox = await boxOf(toast);
      expect(intersects(toastBox, await boxOf(rows.nth(5))), 'toast di atas pekan terakhir').toBe(
        false,
      );
      expect(intersects(toastBox, await boxOf(monthTable(app))), 'toast di atas kisi').toBe(false);
      await expect(toast.getByRole('button', { name: 'Urungkan' })).toBeInViewport({ ratio: 1 });
    });
  });
}

test.describe('Kalender bulan: isi hari', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('"+N lainnya" hanya bila hari benar-benar penuh; kepadatan ringkas diingat', async ({
    app,
    host,
  }) => {
    const office = await seedFullOffice(host);
    for (let hour = 8; hour < 12; hour++)
      await createPost(host, office, {
        title: `Rapat ${hour}`,
        date: '2026-11-10',
        time: `${String(hour).padStart(2, '0')}:00`,
      });
    for (let hour = 7; hour < 19; hour++)
      await createPost(host, office, {
        title: `Liputan kunjungan kerja sesi ${hour} di kecamatan`,
        date: '2026-11-12',
        time: `${String(hour).padStart(2, '0')}:00`,
      });
    const calendar = await openAsPlanner(app, host);

    // Four short posts fit in a 1080-pixel-high month: no "+N lainnya".
    const quiet = calendar.day('Selasa, 10 November 2026');
    await expect(quiet.getByRole('button', { name: /^\d\d[:.]00 Rapat/ })).toHaveCount(4);
    await expect(quiet.getByRole('button', { name: /lainnya/ })).toHaveCount(0);

    // Twelve posts do not: the chips that fit, then "+N lainnya" for the rest, all inside the day.
    const busy = calendar.day('Kamis, 12 November 2026');
    const shownIn = async (day: Locator) => {
      const more = day.getByRole('button', { name: /^\+\d+ lainnya/ });
      await expect(more).toBeVisible();
      const chips = day.getByRole('button', { name: /^\d\d[:.]00 Liputan/ });
      const shown = await chips.count();
      await expect(more).toHaveText(new RegExp(`^\\+${12 - shown} lainnya`));
      const dayBox = await boxOf(day);
      for (const element of [more, chips.nth(shown - 1)])
        expect(bottom(await boxOf(element))).toBeLessThanOrEqual(bottom(dayBox) + 0.5);
      return shown;
    };
    const comfortable = await shownIn(busy);
    expect(comfortable).toBeGreaterThanOrEqual(2);

    // Compact: one line per chip, more of them per day; remembered after a reload.
    const compact = app.getByRole('button', { name: 'Ringkas' });
    await expect(compact).toHaveAttribute('aria-pressed', 'false');
    await compact.click();
    await expect(compact).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(async () => busy.getByRole('button', { name: /^\d\d[:.]00 Liputan/ }).count())
      .toBeGreaterThan(comfortable);
    await shownIn(busy);

    await app.reload();
    await expect(app.getByRole('button', { name: 'Ringkas' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect
      .poll(async () => busy.getByRole('button', { name: /^\d\d[:.]00 Liputan/ }).count())
      .toBeGreaterThan(comfortable);
  });
});
