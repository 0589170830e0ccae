import type { Presence } from '../events/presence';
import type { Handlers } from './handlers';
import { personId, type SignedInContext } from './handlers';

type PresenceHandlers = Pick<Handlers, 'presence.editing' | 'presence.left' | 'presence.list'>;

const who = (context: SignedInContext) => {
  personId(context); // the CLI at the machine edits no post in an editor
  const person = (context.actor as { person: { id: string; name: string } }).person;
  return { id: person.id, name: person.name };
};

/** Soft presence: the editor's heartbeat and its departure; the calendar's list of chips. */
export function presenceHandlers(presence: Presence): PresenceHandlers {
  return {
    'presence.editing': ({ postId }, context) => ({
      editing: presence.editing(who(context), postId),
    }),
    'presence.left': ({ postId }, context) => {
      presence.left(who(context), postId);
      return { left: true as const };
    },
    'presence.list': () => presence.list(),
  };
}
