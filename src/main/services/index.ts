import type { Db } from '../db/connection';
import { campaignsService } from './campaigns';
import { channelsService } from './channels';
import { peopleService } from './people';
import { settingsService } from './settings';

export function createServices(db: Db) {
  return {
    settings: settingsService(db),
    people: peopleService(db),
    channels: channelsService(db),
    campaigns: campaignsService(db),
  };
}
export type Services = ReturnType<typeof createServices>;
