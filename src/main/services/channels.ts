import { randomUUID } from 'node:crypto';
import { notFound } from '../../shared/api/errors';
import {
  defaultPlatformColors,
  type Channel,
  type ChannelUpdate,
} from '../../shared/domain/channels';
import type { channelCreateSchema } from '../../shared/domain/channels';
import type { z } from 'zod';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import { channelsRepository } from '../db/repositories/channels';

export function channelsService(db: Db) {
  const channels = channelsRepository(db);
  const change = (id: string, patch: Omit<ChannelUpdate, 'id'>): Channel =>
    db.transaction(() => {
      if (!channels.update(id, { ...patch, updatedAt: nowIso() })) throw notFound('channel', id);
      return channels.get(id)!;
    })();

  return {
    list: (includeInactive: boolean): Channel[] => channels.list(includeInactive),
    create(input: z.output<typeof channelCreateSchema>): Channel {
      const now = nowIso();
      const channel: Channel = {
        id: randomUUID(),
        platform: input.platform,
        name: input.name,
        handle: input.handle,
        color: input.color ?? defaultPlatformColors[input.platform],
        active: true,
        createdAt: now,
        updatedAt: now,
      };
      channels.insert(channel);
      return channels.get(channel.id)!;
    },
    update: ({ id, ...patch }: ChannelUpdate): Channel => change(id, patch),
    archive: (id: string): Channel => change(id, { active: false }),
  };
}
