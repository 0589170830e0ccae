import type { Db } from '../db/connection';
import { campaignsService } from './campaigns';
import { channelsService } from './channels';
import { observancesService } from './observances';
import { peopleService } from './people';
import { postsService } from './posts';
import { seriesService } from './series';
import { settingsService } from './settings';

export function createServices(db: Db) {
  const posts = postsService(db);
  return {
    settings: settingsService(db),
    people: peopleService(db),
    channels: channelsService(db),
    campaigns: campaignsService(db),
    posts,
    series: seriesService(db, posts),
    observances: observancesService(db),
  };
}
export type Services = ReturnType<typeof createServices>;
