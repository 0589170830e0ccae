import type { Services } from '../services';
import type { Handlers } from './handlers';

type Operations = Pick<Handlers, `operations.${string}` & keyof Handlers>;

/** The host's status page: read as the asking administrator, whose own session is marked. */
export function operationsHandlers(services: Services, appVersion: string): Operations {
  const { hostStatus } = services;
  const sessionOf = (actor: { kind: string; sessionId?: string | null }) =>
    actor.kind === 'person' ? (actor.sessionId ?? null) : null;
  return {
    'operations.status': (_request, { actor }) =>
      hostStatus.status({ sessionId: sessionOf(actor), version: appVersion }),
    'operations.endSession': ({ ref }, { actor }) => {
      hostStatus.endSession(actor, ref, sessionOf(actor));
      return { ended: true as const };
    },
  };
}
