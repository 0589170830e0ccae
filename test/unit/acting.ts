import type { LinimasaApp } from '../../src/main/app';
import type { LocalDispatch } from '../../src/main/api/dispatch';
import type { Actor } from '../../src/main/services/auth';
import type { Person } from '../../src/shared/domain/people';

/**
 * Tests written before sign-in named the actor in the request (`actorId`). Dispatch now takes
 * the actor from the session; this door keeps those tests readable: it takes `actorId` out of
 * the request and dispatches as that person (roles checked as for a signed-in person), or as
 * the CLI at the machine (a local administrator) when there is none. An id nobody has still
 * reaches the service, which refuses it as before.
 */
export function acting(app: Pick<LinimasaApp, 'dispatchAs' | 'services'>): LocalDispatch {
  return (method, request) => {
    const { actorId, ...rest } = (request ?? {}) as { actorId?: string | null };
    return app.dispatchAs(actorFor(app, actorId))(method, rest);
  };
}

export function actorFor(
  app: Pick<LinimasaApp, 'services'>,
  actorId: string | null | undefined,
): Actor {
  if (!actorId) return { kind: 'local', osUser: 'test' };
  const known = app.services.people.list(true).find((person) => person.id === actorId);
  const person: Person = known ?? {
    id: actorId,
    name: '?',
    role: 'admin',
    active: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  return { kind: 'person', person, sessionId: null };
}

/**
 * A real session for a person, made the way an office makes one: an administrator's one-time
 * password, a sign-in with it, and the password changed at once (the session stays). Returns the
 * session id (the `linimasa_signin` cookie's value over HTTP).
 */
export async function sessionOf(
  app: Pick<LinimasaApp, 'services'>,
  personId: string,
  password = 'jadwal humas aman',
): Promise<string> {
  const { auth, people } = app.services;
  const person = people.get(personId);
  const { userName, oneTimePassword } = await auth.resetPassword(
    { kind: 'local', osUser: 'test' },
    personId,
  );
  const { sessionId } = await auth.signIn({ userName, password: oneTimePassword }, 'test');
  await auth.changePassword(
    { person, sessionId },
    { currentPassword: oneTimePassword, newPassword: password },
  );
  return sessionId;
}
