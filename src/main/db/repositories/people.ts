import type { Person, Role } from '../../../shared/domain/people';
import type { Db } from '../connection';
import { fromBool, toBool } from '../clock';
import { updateRow } from './update-row';

interface PersonRow {
  id: string;
  name: string;
  role: string;
  active: number;
  created_at: string;
  updated_at: string;
}

const toPerson = (row: PersonRow): Person => ({
  id: row.id,
  name: row.name,
  role: row.role as Role,
  active: toBool(row.active),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function peopleRepository(db: Db) {
  const selectAll = db.prepare<[number], PersonRow>(
    'SELECT * FROM people WHERE active >= ? ORDER BY name COLLATE NOCASE, created_at',
  );
  const selectOne = db.prepare<[string], PersonRow>('SELECT * FROM people WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO people (id, name, role, active, created_at, updated_at) VALUES (@id, @name, @role, @active, @createdAt, @updatedAt)',
  );
  return {
    list(includeInactive: boolean): Person[] {
      return selectAll.all(includeInactive ? 0 : 1).map(toPerson);
    },
    get(id: string): Person | undefined {
      const row = selectOne.get(id);
      return row && toPerson(row);
    },
    /** These people (a bundle's), by name. */
    byIds(ids: readonly string[]): Person[] {
      return db
        .prepare<[string], PersonRow>(
          `SELECT * FROM people WHERE id IN (SELECT value FROM json_each(?))
           ORDER BY name COLLATE NOCASE, id`,
        )
        .all(JSON.stringify(ids))
        .map(toPerson);
    },
    insert(person: Person): void {
      insert.run({ ...person, active: fromBool(person.active) });
    },
    update(id: string, patch: Partial<Omit<Person, 'id' | 'createdAt'>>): boolean {
      return updateRow(db, 'people', id, {
        name: patch.name,
        role: patch.role,
        active: patch.active === undefined ? undefined : fromBool(patch.active),
        updated_at: patch.updatedAt,
      });
    },
  };
}
export type PeopleRepository = ReturnType<typeof peopleRepository>;
