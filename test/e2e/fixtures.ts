import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  test as base,
  expect,
  type ConsoleMessage,
  type Locator,
  type Page,
} from '@playwright/test';
import { selfSignedCertificate } from '../../src/main/network/certificate';
import { startWebHost, type WebHost } from '../../src/main/web/host';

export { expect };

/** The e2e office's first administrator; tests act as them unless they sign in as someone else. */
export const e2eAdmin = { name: 'Admin Humas', userName: 'admin', password: 'jadwal humas aman' };

/**
 * Signs the browser context in as the office's administrator: the account is made through the
 * service (as the first-run guide would), the session through the real sign-in, and its id put
 * in the HttpOnly cookie the sign-in endpoint sets.
 */
export async function signInAsAdmin(page: Page, host: WebHost): Promise<void> {
  const auth = host.app.services.auth;
  const { sessionId } =
    auth.state() === 'ready'
      ? await auth.signIn({ userName: e2eAdmin.userName, password: e2eAdmin.password }, 'e2e')
      : await auth.setup(e2eAdmin, 'e2e');
  await page.context().addCookies([
    {
      name: 'linimasa_signin',
      value: sessionId,
      url: host.http.origin,
      httpOnly: true,
      sameSite: 'Strict',
    },
  ]);
}

/** The password every other e2e person ends up with (after their one-time password). */
export const e2ePassword = 'kalender humas e2e';

/** Session ids by host and person name: the scrypt work is done once per person per test. */
const sessions = new WeakMap<WebHost, Map<string, string>>();

/**
 * A session of the named person, through the real auth service as an office would get one: the
 * administrator resets the person's password, the person signs in with the one-time password,
 * changes it, and signs in again. The administrator signs in with their own password.
 */
async function sessionOf(host: WebHost, name: string): Promise<string> {
  const auth = host.app.services.auth;
  const known = sessions.get(host) ?? new Map<string, string>();
  sessions.set(host, known);
  const cached = known.get(name);
  if (cached && auth.isLive(cached)) return cached;

  let sessionId: string;
  if (name === e2eAdmin.name) {
    // A test without the `app` fixture (a script's requests) may be the first to need them.
    ({ sessionId } =
      auth.state() === 'ready'
        ? await auth.signIn({ userName: e2eAdmin.userName, password: e2eAdmin.password }, 'e2e')
        : await auth.setup(e2eAdmin, 'e2e'));
    known.set(name, sessionId);
    return sessionId;
  }
  const people = host.app.services.people.list(true);
  const person = people.find((candidate) => candidate.active && candidate.name === name);
  if (!person) throw new Error(`signInAs: nobody active is called ${name} in this office`);
  if (cached) {
    // Signed in before in this test: the password is already the known one.
    const { userName } = auth.accounts().find((account) => account.personId === person.id)!;
    ({ sessionId } = await auth.signIn({ userName, password: e2ePassword }, 'e2e'));
  } else {
    // The fixture's administrator, by user name: a demo office may hold another "Admin Humas".
    const adminId = auth
      .accounts()
      .find((account) => account.userName === e2eAdmin.userName)?.personId;
    const admin = people.find((candidate) => candidate.id === adminId);
    if (!admin) throw new Error('signInAs: the e2e administrator is not set up yet');
    const { userName, oneTimePassword } = await auth.resetPassword(
      { kind: 'person', person: admin, sessionId: null },
      person.id,
    );
    const first = await auth.signIn({ userName, password: oneTimePassword }, 'e2e');
    await auth.changePassword(
      { person, sessionId: first.sessionId },
      { currentPassword: oneTimePassword, newPassword: e2ePassword },
    );
    ({ sessionId } = await auth.signIn({ userName, password: e2ePassword }, 'e2e'));
  }
  known.set(name, sessionId);
  return sessionId;
}

/**
 * A `Cookie` header value for a request outside the browser (a script, a second tab): files
 * (`/upload`, `/media/`, `/exports/`) need a signed-in person as well as the launch token.
 */
export async function signInCookie(host: WebHost, name = e2eAdmin.name): Promise<string> {
  return `linimasa_signin=${await sessionOf(host, name)}`;
}

/** Puts a session id in the browser context's HttpOnly sign-in cookie. */
async function putSessionCookie(page: Page, host: WebHost, sessionId: string): Promise<void> {
  await page.context().addCookies([
    {
      name: 'linimasa_signin',
      value: sessionId,
      url: host.http.origin,
      httpOnly: true,
      sameSite: 'Strict',
    },
  ]);
}

/** The session's person at the foot of the sidebar ("Saya: Rina Wulandari …"). */
export function sessionButton(page: Page): Locator {
  return page.getByRole('button', { name: /^Saya: / });
}

/**
 * Signs the page's browser context in as the named person (see sessionOf), reloads the page (a
 * page not yet on the host opens the launch URL, which passes the token gate) and waits until
 * the app shows them as the one acting.
 */
export async function signInAs(page: Page, host: WebHost, name: string): Promise<void> {
  await putSessionCookie(page, host, await sessionOf(host, name));
  if (page.url().startsWith(host.http.origin)) await page.reload();
  else await page.goto(host.url);
  await expect(sessionButton(page)).toContainText(`Saya: ${name}`);
}

interface Fixtures {
  /** A data directory nobody else has used: every test starts from an empty office. */
  dataDir: string;
  host: WebHost;
  /** The page, signed in (token traded for the session cookie) and showing the app. */
  app: Page;
  /** Console errors and uncaught page errors seen during the test. */
  pageProblems: string[];
  /**
   * Set by tests that provoke failures on purpose (a 401, a dropped connection): Chromium logs
   * those as console errors, which otherwise fail the test.
   */
  allowConsoleErrors: boolean;
  /**
   * A new office is greeted by the first-run guide (features/setup/). Tests of other screens
   * start as if it had been skipped on this computer; the guide's own tests set this to true.
   */
  firstRunGuide: boolean;
  /**
   * The office network: the host listens on 127.0.0.1 and on 127.0.0.2 (the LAN's stand-in,
   * one port), over HTTPS with its own certificate when `tls`. Off (null) for other tests.
   */
  officeNetwork: { tls: boolean } | null;
}

/**
 * Set when the test's own `host` fixture begins to close (and cleared as the next test's
 * `pageProblems` starts: a worker runs one test at a time). Teardown closes the host before
 * `pageProblems` checks the console, and the page is still open then: a live reread the page
 * debounced after the test's last change may reach the port after it closed, and Chromium logs
 * that as a console error. That is the test ending, not a problem of the app, so it is ignored —
 * only from then on and only for "the host went away". `pageProblems` must not depend on `host`
 * to get the order right instead: specs that start their own hosts (offline, recovery) would
 * then get a second host on their data directory (`DataDirInUseError`).
 */
let hostClosing = false;
const hostGone = /net::ERR_(CONNECTION_REFUSED|CONNECTION_RESET|EMPTY_RESPONSE)\b/;

export const test = base.extend<Fixtures>({
  allowConsoleErrors: [false, { option: true }],
  firstRunGuide: [false, { option: true }],
  officeNetwork: [null, { option: true }],

  page: async ({ page, firstRunGuide }, use) => {
    if (!firstRunGuide)
      await page.addInitScript(() =>
        (
          globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }
        ).localStorage.setItem('linimasa.firstRunGuide', 'skipped'),
      );
    await use(page);
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form even without dependencies.
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'linimasa-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  host: async ({ dataDir, officeNetwork }, use) => {
    const network = officeNetwork && {
      listen: [
        { host: '127.0.0.1', port: 0 },
        { host: '127.0.0.2', port: 0 },
      ],
      tls: officeNetwork.tls
        ? await selfSignedCertificate(dataDir, { addresses: ['127.0.0.2'], names: [] })
        : undefined,
    };
    const host = await startWebHost({ dataDir, port: 0, ...network });
    await use(host);
    hostClosing = true;
    await host.close();
  },

  pageProblems: [
    async ({ page, allowConsoleErrors }, use, testInfo) => {
      hostClosing = false;
      const problems: string[] = [];
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() !== 'error') return;
        if (hostClosing && hostGone.test(message.text())) return;
        problems.push(`console: ${message.text()}`);
      };
      page.on('console', onConsole);
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      const relevant = allowConsoleErrors
        ? problems.filter((line) => line.startsWith('pageerror'))
        : problems;
      // A render bug or CSP refusal shows up here even when the assertions above passed.
      if (testInfo.status === testInfo.expectedStatus)
        expect(relevant, 'console errors and page errors').toEqual([]);
    },
    { auto: true },
  ],

  app: async ({ page, host }, use) => {
    await signInAsAdmin(page, host);
    await page.goto(host.url);
    await expect(
      page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ }),
    ).toBeVisible();
    await use(page);
  },
});
