import { AppError } from '../../shared/api/errors';
import type { Person } from '../../shared/domain/people';
import type { Services } from '../services';
import type { Handlers } from './handlers';

type PeopleAndAuth = Pick<
  Handlers,
  | 'people.list'
  | 'people.create'
  | 'people.update'
  | 'people.archive'
  | (`auth.${string}` & keyof Handlers)
>;

/**
 * People and their accounts. A role change, a deactivation or a reset is logged in the security
 * log with who did it, and ends the person's sessions where it must; the last active
 * administrator cannot be demoted or deactivated (nobody could manage the office any more).
 */
export function peopleHandlers(services: Services): PeopleAndAuth {
  const { people, auth, settings } = services;
  const keepsAnAdmin = (before: Person, after: Partial<Person>) => {
    const stillAdmin = (after.role ?? before.role) === 'admin' && (after.active ?? before.active);
    if (before.role !== 'admin' || !before.active || stillAdmin) return;
    const others = people.list(false).filter((p) => p.role === 'admin' && p.id !== before.id);
    if (others.length === 0) throw new AppError('forbidden', { key: 'auth.lastAdmin' });
  };
  const summary = (personId: string) => auth.accounts().find((a) => a.personId === personId)!;

  return {
    'people.list': ({ includeInactive }) => people.list(includeInactive),
    'people.create': ({ userName, ...input }, { actor }) => {
      const person = people.create(input);
      auth.setUserName(actor, person, userName);
      return person;
    },
    'people.update': (input, { actor }) => {
      const before = people.get(input.id);
      keepsAnAdmin(before, input);
      const after = people.update(input);
      auth.personChanged(actor, before, after);
      return after;
    },
    'people.archive': ({ id }, { actor }) => {
      const before = people.get(id);
      keepsAnAdmin(before, { active: false });
      const after = people.archive(id);
      auth.personChanged(actor, before, after);
      return after;
    },

    'auth.status': (_request, { actor }) => ({
      state: auth.state(),
      candidates: auth.setupCandidates(),
      signedIn: actor?.kind === 'person' ? auth.me(actor.person) : null,
    }),
    'auth.signIn': async (request, { caller }) => {
      const { sessionId, signedIn } = await auth.signIn(request, caller.client);
      caller.setSession(sessionId);
      return signedIn;
    },
    'auth.setup': async (request, { caller }) => {
      const { sessionId, signedIn } = await auth.setup(request, caller.client);
      caller.setSession(sessionId);
      return signedIn;
    },
    'auth.me': (_request, { actor }) => {
      if (actor.kind !== 'person')
        throw new AppError('unauthorized', { key: 'auth.signInRequired' });
      return auth.me(actor.person);
    },
    'auth.signOut': (_request, { actor, caller }) => {
      if (actor.kind === 'person') auth.signOut(caller.sessionId, actor.person);
      caller.setSession(null);
      return { signedOut: true as const };
    },
    'auth.lock': (_request, { actor, caller }) => {
      if (actor.kind === 'person') auth.lock(caller.sessionId, actor.person);
      caller.setSession(null);
      return { locked: true as const };
    },
    'auth.changePassword': (request, { actor, caller }) => {
      if (actor.kind !== 'person')
        throw new AppError('unauthorized', { key: 'auth.signInRequired' });
      return auth.changePassword({ person: actor.person, sessionId: caller.sessionId }, request);
    },
    'auth.accounts': () => auth.accounts(),
    'auth.setUserName': ({ personId, userName }, { actor }) => {
      auth.setUserName(actor, people.get(personId), userName);
      return summary(personId);
    },
    'auth.resetPassword': ({ id }, { actor }) => auth.resetPassword(actor, id),
    'auth.setIdleLock': ({ minutes }) => ({ minutes: auth.setIdleLockMinutes(minutes) }),
    'auth.securityLog': ({ limit }) => auth.securityLog(limit),
    'auth.securityLogCsv': () => ({ csv: auth.securityLogCsv(settings.get().timeZone) }),
  };
}
