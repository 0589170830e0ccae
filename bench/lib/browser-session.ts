import type { BrowserContext } from '@playwright/test';
import type { WebHost } from '../../src/main/web/host';
import { sessionOf } from '../../test/unit/acting';

/**
 * Signs a browser context in as a person (the planner of a benchmark's office), or as a first
 * administrator made for the occasion, through the real auth service and the session cookie
 * the sign-in endpoint sets: the screens measured are the ones an office really sees.
 */
export async function signInContext(
  context: BrowserContext,
  host: WebHost,
  personId?: string,
): Promise<void> {
  const { auth } = host.app.services;
  const sessionId = personId
    ? await sessionOf(host.app, personId)
    : (
        await auth.setup(
          { name: 'Admin Humas', userName: 'admin', password: 'jadwal humas aman' },
          'bench',
        )
      ).sessionId;
  await context.addCookies([
    {
      name: 'linimasa_signin',
      value: sessionId,
      url: host.http.origin,
      httpOnly: true,
      sameSite: 'Strict',
    },
  ]);
}
