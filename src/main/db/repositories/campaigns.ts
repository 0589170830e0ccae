import type { Campaign } from '../../../shared/domain/campaigns';
import type { Db } from '../connection';
import { fromBool, toBool } from '../clock';
import { updateRow } from './update-row';

interface CampaignRow {
  id: string;
  name: string;
  color: string;
  description: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

const toCampaign = (row: CampaignRow): Campaign => ({
  id: row.id,
  name: row.name,
  color: row.color,
  description: row.description,
  archived: toBool(row.archived),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function campaignsRepository(db: Db) {
  const selectAll = db.prepare<[number], CampaignRow>(
    'SELECT * FROM campaigns WHERE archived <= ? ORDER BY name COLLATE NOCASE, created_at',
  );
  const selectOne = db.prepare<[string], CampaignRow>('SELECT * FROM campaigns WHERE id = ?');
  const insert = db.prepare(`
    INSERT INTO campaigns (id, name, color, description, archived, created_at, updated_at)
    VALUES (@id, @name, @color, @description, @archived, @createdAt, @updatedAt)`);
  return {
    list(includeArchived: boolean): Campaign[] {
      return selectAll.all(includeArchived ? 1 : 0).map(toCampaign);
    },
    get(id: string): Campaign | undefined {
      const row = selectOne.get(id);
      return row && toCampaign(row);
    },
    /** These campaigns (a bundle's), by name. */
    byIds(ids: readonly string[]): Campaign[] {
      return db
        .prepare<[string], CampaignRow>(
          `SELECT * FROM campaigns WHERE id IN (SELECT value FROM json_each(?))
           ORDER BY name COLLATE NOCASE, id`,
        )
        .all(JSON.stringify(ids))
        .map(toCampaign);
    },
    insert(campaign: Campaign): void {
      insert.run({ ...campaign, archived: fromBool(campaign.archived) });
    },
    update(id: string, patch: Partial<Omit<Campaign, 'id' | 'createdAt'>>): boolean {
      return updateRow(db, 'campaigns', id, {
        name: patch.name,
        color: patch.color,
        description: patch.description,
        archived: patch.archived === undefined ? undefined : fromBool(patch.archived),
        updated_at: patch.updatedAt,
      });
    },
  };
}
export type CampaignsRepository = ReturnType<typeof campaignsRepository>;
