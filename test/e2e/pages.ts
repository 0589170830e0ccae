import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { runCli } from '../../src/main/cli/run';

/**
 * Page objects for the screens, in the user's words. They find elements by role and accessible
 * name only, so a control that loses its label breaks the tests as it would break a screen reader.
 */
export class AppFrame {
  constructor(readonly page: Page) {}

  get navigation(): Locator {
    return this.page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ });
  }

  navLink(name: string): Locator {
    return this.navigation.getByRole('link', { name, exact: true });
  }

  async open(screen: 'Kalender' | 'Pustaka Aset' | 'Ekspor' | 'Pengaturan'): Promise<void> {
    await this.navLink(screen).click();
    await expect(this.page.getByRole('heading', { level: 1, name: screen })).toBeVisible();
  }
}

export class SettingsPage {
  constructor(readonly page: Page) {}

  get sections(): Locator {
    return this.page.getByRole('navigation', { name: 'Bagian pengaturan' });
  }

  /** Shows one section of the settings screen (already open) through its section list. */
  async show(section: string): Promise<void> {
    const link = this.sections.getByRole('link', { name: section, exact: true });
    if ((await link.getAttribute('aria-current')) !== 'page') await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(this.page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }

  /** Opens the settings screen at one section. */
  async open(section: string): Promise<void> {
    await new AppFrame(this.page).open('Pengaturan');
    await this.show(section);
  }

  get officeForm(): Locator {
    return this.page.getByRole('form', { name: 'Profil kantor' });
  }

  get preferencesForm(): Locator {
    return this.page.getByRole('form', { name: 'Zona waktu dan tampilan' });
  }

  get addPersonForm(): Locator {
    return this.page.getByRole('form', { name: 'Tambah orang' });
  }

  get addChannelForm(): Locator {
    return this.page.getByRole('form', { name: 'Tambah kanal' });
  }

  get addCampaignForm(): Locator {
    return this.page.getByRole('form', { name: 'Tambah pilar konten' });
  }

  get peopleList(): Locator {
    return this.page.getByRole('list', { name: 'Daftar orang' });
  }

  get channelList(): Locator {
    return this.page.getByRole('list', { name: 'Daftar kanal' });
  }

  get campaignList(): Locator {
    return this.page.getByRole('list', { name: 'Daftar pilar konten' });
  }

  async saveOfficeName(name: string): Promise<void> {
    await this.show('Profil kantor');
    await this.officeForm.getByLabel('Nama instansi').fill(name);
    await this.officeForm.getByRole('button', { name: 'Simpan' }).click();
    await expect(this.officeForm.getByRole('status')).toHaveText(/Tersimpan/);
  }

  async addChannel(channel: { platform: string; name: string; handle?: string }): Promise<void> {
    await this.show('Kanal');
    const form = this.addChannelForm;
    await form.getByLabel('Platform').selectOption({ label: channel.platform });
    await form.getByLabel('Nama akun').fill(channel.name);
    if (channel.handle) await form.getByLabel('Handle atau alamat').fill(channel.handle);
    await form.getByRole('button', { name: 'Tambah kanal' }).click();
    await expect(
      this.channelList.getByRole('listitem').filter({ hasText: channel.name }),
    ).toBeVisible();
  }

  async addPerson(person: {
    name: string;
    role: 'Perencana' | 'Penyetuju' | 'Admin';
  }): Promise<void> {
    await this.show('Orang');
    const form = this.addPersonForm;
    await form.getByLabel('Nama', { exact: true }).fill(person.name);
    await form.getByLabel('Peran').selectOption({ label: person.role });
    await form.getByRole('button', { name: 'Tambah orang' }).click();
    await expect(
      this.peopleList.getByRole('listitem').filter({ hasText: person.name }),
    ).toBeVisible();
  }
}

/** Runs the CLI on another office's data directory, as that office's computer would. */
export async function otherOfficeCli(...argv: string[]): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  if (code !== 0) throw new Error(`cli ${argv.join(' ')}: ${err.join('\n')}`);
  return out.join('\n');
}

/** Another office's Linimasa set up for the exchange: where its data lives, its card, its key. */
export interface OtherOffice {
  dataDir: string;
  /** Its identity file, `<root>/<code>.linimasa-kantor.json`, as its administrator exports it. */
  card: string;
  /** The fingerprint the CLI prints at setup: what that office reads out over the telephone. */
  fingerprint: string;
}

/**
 * Another office's computer, set up through the CLI as its administrator would: a data
 * directory `<root>/<dir>`, its identity, its card exported beside it and, with `folder`, the
 * shared exchange folder chosen.
 */
export async function setUpOtherOffice(
  root: string,
  office: { dir: string; code: string; name: string; level: 'provinsi' | 'kabupaten-kota' },
  folder?: string,
): Promise<OtherOffice> {
  const dataDir = join(root, office.dir);
  const card = join(root, `${office.code}.linimasa-kantor.json`);
  await otherOfficeCli('init', '--data-dir', dataDir);
  const setup = await otherOfficeCli(
    ...['exchange', 'setup', '--code', office.code, '--name', office.name],
    ...['--level', office.level, '--data-dir', dataDir],
  );
  const fingerprint = /Sidik jari kunci: ([0-9A-F ]{79})/.exec(setup)![1]!;
  await otherOfficeCli('exchange', 'identity', 'export', '--out', card, '--data-dir', dataDir);
  if (folder !== undefined)
    await otherOfficeCli('exchange', 'folder', folder, '--data-dir', dataDir);
  return { dataDir, card, fingerprint };
}
