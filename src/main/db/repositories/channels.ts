import type { Channel, Platform } from '../../../shared/domain/channels';
import type { Db } from '../connection';
import { fromBool, toBool } from '../clock';
import { updateRow } from './update-row';

interface ChannelRow {
  id: string;
  platform: string;
  name: string;
  handle: string;
  color: string;
  active: number;
  position: number;
  created_at: string;
  updated_at: string;
}

const toChannel = (row: ChannelRow): Channel => ({
  id: row.id,
  platform: row.platform as Platform,
  name: row.name,
  handle: row.handle,
  color: row.color,
  active: toBool(row.active),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function channelsRepository(db: Db) {
  const selectAll = db.prepare<[number], ChannelRow>(
    'SELECT * FROM channels WHERE active >= ? ORDER BY position, created_at',
  );
  const selectOne = db.prepare<[string], ChannelRow>('SELECT * FROM channels WHERE id = ?');
  const insert = db.prepare(`
    INSERT INTO channels (id, platform, name, handle, color, active, position, created_at, updated_at)
    VALUES (@id, @platform, @name, @handle, @color, @active,
            (SELECT coalesce(max(position), 0) + 1 FROM channels), @createdAt, @updatedAt)`);
  return {
    list(includeInactive: boolean): Channel[] {
      return selectAll.all(includeInactive ? 0 : 1).map(toChannel);
    },
    get(id: string): Channel | undefined {
      const row = selectOne.get(id);
      return row && toChannel(row);
    },
    /** These channels (a bundle's), in the settings' order. */
    byIds(ids: readonly string[]): Channel[] {
      return db
        .prepare<[string], ChannelRow>(
          `SELECT * FROM channels WHERE id IN (SELECT value FROM json_each(?))
           ORDER BY position, name`,
        )
        .all(JSON.stringify(ids))
        .map(toChannel);
    },
    insert(channel: Channel): void {
      insert.run({ ...channel, active: fromBool(channel.active) });
    },
    update(id: string, patch: Partial<Omit<Channel, 'id' | 'createdAt'>>): boolean {
      return updateRow(db, 'channels', id, {
        platform: patch.platform,
        name: patch.name,
        handle: patch.handle,
        color: patch.color,
        active: patch.active === undefined ? undefined : fromBool(patch.active),
        updated_at: patch.updatedAt,
      });
    },
  };
}
export type ChannelsRepository = ReturnType<typeof channelsRepository>;
