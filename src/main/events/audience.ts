import type { ChangeEvent } from '../../shared/api/events';
import type { Person } from '../../shared/domain/people';

/**
 * Whether a person receives a change: `to` names people (a notification), `roles` names roles
 * (settings for administrators); neither: everyone. One rule for the browser's stream
 * (transports/events-route.ts) and the desktop window's feed (electron/live-ipc.ts).
 */
export function isAudience(event: ChangeEvent, person: Pick<Person, 'id' | 'role'>): boolean {
  return (
    (!event.to || event.to.includes(person.id)) &&
    (!event.roles || event.roles.includes(person.role))
  );
}
