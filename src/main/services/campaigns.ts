import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { notFound } from '../../shared/api/errors';
import {
  nextPillarColor,
  type Campaign,
  type CampaignUpdate,
  type campaignCreateSchema,
} from '../../shared/domain/campaigns';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import { campaignsRepository } from '../db/repositories/campaigns';

export function campaignsService(db: Db) {
  const campaigns = campaignsRepository(db);
  const change = (id: string, patch: Omit<CampaignUpdate, 'id'>): Campaign =>
    db.transaction(() => {
      if (!campaigns.update(id, { ...patch, updatedAt: nowIso() })) throw notFound('campaign', id);
      return campaigns.get(id)!;
    })();

  return {
    list: (includeArchived: boolean): Campaign[] => campaigns.list(includeArchived),
    create(input: z.output<typeof campaignCreateSchema>): Campaign {
      const now = nowIso();
      const campaign: Campaign = {
        id: randomUUID(),
        ...input,
        color:
          input.color ?? nextPillarColor(campaigns.list(true).map((existing) => existing.color)),
        archived: false,
        createdAt: now,
        updatedAt: now,
      };
      campaigns.insert(campaign);
      return campaign;
    },
    update: ({ id, ...patch }: CampaignUpdate): Campaign => change(id, patch),
    archive: (id: string): Campaign => change(id, { archived: true }),
  };
}
