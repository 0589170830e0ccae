import { AppError } from '../../shared/api/errors';
import type { Person } from '../../shared/domain/people';
import type { Db } from '../db/connection';
import { peopleRepository } from '../db/repositories/people';

/**
 * The person an action is done as ("Saya: …"): known and still active, or the action is
 * refused. Posts, exports and bundle imports all name their actor this way.
 */
export function actorCheck(db: Db) {
  const people = peopleRepository(db);
  return (actorId: string): Person => {
    const person = people.get(actorId);
    if (!person) {
      throw new AppError('forbidden', { key: 'actor.unknown', field: 'actorId' });
    }
    if (!person.active) {
      throw new AppError('forbidden', {
        key: 'actor.inactive',
        params: { name: person.name },
        field: 'actorId',
      });
    }
    return person;
  };
}
