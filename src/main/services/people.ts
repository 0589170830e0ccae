import { randomUUID } from 'node:crypto';
import { notFound } from '../../shared/api/errors';
import type { Person, PersonCreate, PersonUpdate } from '../../shared/domain/people';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import { peopleRepository } from '../db/repositories/people';

export function peopleService(db: Db) {
  const people = peopleRepository(db);
  const change = (id: string, patch: Omit<PersonUpdate, 'id'>): Person =>
    db.transaction(() => {
      if (!people.update(id, { ...patch, updatedAt: nowIso() })) throw notFound('person', id);
      return people.get(id)!;
    })();

  return {
    list: (includeInactive: boolean): Person[] => people.list(includeInactive),
    get(id: string): Person {
      const person = people.get(id);
      if (!person) throw notFound('person', id);
      return person;
    },
    create(input: PersonCreate): Person {
      const now = nowIso();
      const person: Person = {
        id: randomUUID(),
        ...input,
        active: true,
        createdAt: now,
        updatedAt: now,
      };
      people.insert(person);
      return person;
    },
    update: ({ id, ...patch }: PersonUpdate): Person => change(id, patch),
    archive: (id: string): Person => change(id, { active: false }),
  };
}
