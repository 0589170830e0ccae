import { expect, type Locator, type Page } from '@playwright/test';
import type { WebHost } from '../../src/main/web/host';
import { dragLikeAHand } from './drag';
import { acting } from '../unit/acting';
import { sessionButton, signInAs } from './fixtures';

/**
 * Page objects for the post editor, the approval workflow and who is signed in, in the
 * user's words (roles and labels only). "Today" is pinned to Wednesday 18 November 2026,
 * 10:00 WIB, so the month shown and every date below are stable.
 */
export const today = new Date('2026-11-18T03:00:00Z');

export interface Office {
  instagram: string;
  x: string;
  planner: string;
  approver: string;
}

export async function call<T>(host: WebHost, method: string, request: unknown): Promise<T> {
  const result = await acting(host.app)(method, request);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** An office with two channels, a planner (Rina) and an approver (Budi). */
export async function seedOffice(host: WebHost): Promise<Office> {
  await call(host, 'settings.update', { officeName: 'Pemerintah Kabupaten Contoh' });
  const instagram = await call<{ id: string }>(host, 'channels.create', {
    platform: 'instagram',
    name: 'Humas Contoh IG',
  });
  const x = await call<{ id: string }>(host, 'channels.create', {
    platform: 'x',
    name: 'Humas Contoh X',
  });
  const planner = await call<{ id: string }>(host, 'people.create', {
    name: 'Rina Wulandari',
    role: 'planner',
  });
  const approver = await call<{ id: string }>(host, 'people.create', {
    name: 'Budi Santoso',
    role: 'approver',
  });
  return { instagram: instagram.id, x: x.id, planner: planner.id, approver: approver.id };
}

/** A post the planner (Rina) creates and submits: it waits for the approver. */
export async function submittedPost(
  host: WebHost,
  office: Office,
  fields: Record<string, unknown>,
): Promise<{ id: string; version: number }> {
  const post = await call<{ id: string; version: number }>(host, 'posts.create', {
    actorId: office.planner,
    ...fields,
  });
  return call(host, 'posts.transition', {
    id: post.id,
    version: post.version,
    actorId: office.planner,
    action: 'submit',
    acknowledgeWarnings: true,
  });
}

export class CalendarScreen {
  constructor(
    readonly page: Page,
    readonly host: WebHost,
  ) {}

  /** Loads the app on "today" with the calendar showing. */
  async open(): Promise<void> {
    await this.page.clock.setFixedTime(today);
    await this.page.reload();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Kalender' })).toBeVisible();
  }

  /** "Saya: …": the signed-in person, at the foot of the sidebar. */
  get profileButton(): Locator {
    return sessionButton(this.page);
  }

  /** The named person signs in (their own session): from now on they are the one acting. */
  async actAs(name: string): Promise<void> {
    await signInAs(this.page, this.host, name);
  }

  /** A day cell, by the full date its screen-reader text carries ("Kamis, 12 November 2026"). */
  day(longDate: string): Locator {
    return this.page.getByRole('cell').filter({ hasText: longDate });
  }

  /** Clicks the empty lower part of a day, as a planner does to start a post there. */
  async clickDay(longDate: string): Promise<void> {
    const cell = this.day(longDate);
    const box = (await cell.boundingBox())!;
    await cell.click({ position: { x: box.width / 2, y: box.height - 8 } });
  }

  chip(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** A pointer drag as a hand does it, dropped low in the target (below a day's chips). */
  async drag(source: Locator, target: Locator): Promise<void> {
    await dragLikeAHand(this.page, source, target, (box) => ({
      x: box.width / 2,
      y: box.height - 10,
    }));
  }
}

export class PostEditor {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('dialog', { name: /^(Unggahan baru|Ubah unggahan)$/ });
  }

  field(label: string | RegExp): Locator {
    return this.panel.getByLabel(label, { exact: typeof label === 'string' });
  }

  button(name: string | RegExp): Locator {
    return this.panel.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** The status in words, as the approval section states it. */
  async expectStatus(status: string): Promise<void> {
    await expect(this.panel.getByRole('region', { name: 'Persetujuan' })).toContainText(
      `Status: ${status}.`,
    );
  }

  get approvalActions(): Locator {
    return this.panel.getByRole('group', { name: 'Tindakan persetujuan' });
  }

  get activity(): Locator {
    return this.panel.getByRole('list', { name: 'Riwayat' }).getByRole('listitem');
  }

  get warnings(): Locator {
    return this.panel.getByRole('region', { name: /Pemeriksaan platform/ });
  }

  channel(name: string): Locator {
    return this.panel.getByRole('checkbox', { name: new RegExp(name) });
  }

  async save(): Promise<void> {
    await this.button(/^Simpan/).click();
  }

  async close(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Tutup editor' }).click();
    await expect(this.panel).toBeHidden();
  }
}
