import type { Jobs } from '../assets/jobs';
import type { AssetLibrary } from '../assets/library';
import type { CheckpointRequester } from '../db/background-checkpoint';
import type { Db } from '../db/connection';
import type { DataPaths } from '../data-dir';
import type { EventBus } from '../events/bus';
import { analyticsService } from './analytics';
import { analyticsUploadService } from './analytics-upload';
import { assetJobsService } from './asset-jobs';
import { assetsService } from './assets';
import { authService } from './auth';
import { backupService } from './backup';
import { bundlesService } from './bundles';
import { campaignsService } from './campaigns';
import { channelsService } from './channels';
import { collectionsService } from './collections';
import { commentsService } from './comments';
import { reportingDiskFull } from './disk-full';
import { exportsService } from './exports';
import { hostStatusService } from './host-status';
import { notificationsService } from './notifications';
import { observancesService } from './observances';
import { peopleService } from './people';
import { performanceService } from './performance';
import { postsService } from './posts';
import { postsBulkService } from './posts-bulk';
import { handlerRegistry, identityHandler } from '../exchange/handlers';
import { packKind, reportKind } from '../province/exchange-kinds';
import { provinceService } from '../province/service';
import { publicationsService } from './publications';
import { recoveryService } from './recovery';
import { reportService } from './report';
import { reportNotesService } from './report-notes';
import { seriesService } from './series';
import { settingsService } from './settings';
import { exchangeService } from './exchange';

export function createServices(
  db: Db,
  library: AssetLibrary,
  jobs: Jobs,
  paths: DataPaths,
  // Services that announce their own changes (comments, notifications) publish here.
  events?: EventBus,
  // Bulk writes (an analytics import) leave their WAL checkpoint to this worker (app.ts owns it).
  checkpoint?: CheckpointRequester,
) {
  const notifications = notificationsService(db, events);
  const posts = postsService(db, {
    transitioned: (step) => notifications.postTransitioned(step),
    committed: () => notifications.publishPending(),
  });
  const services = {
    settings: settingsService(db, paths.root),
    people: peopleService(db),
    auth: authService(db),
    channels: channelsService(db),
    campaigns: campaignsService(db),
    posts,
    postsBulk: postsBulkService(db, posts),
    series: seriesService(db, posts),
    observances: observancesService(db),
    assets: assetsService(db, library),
    collections: collectionsService(db),
    assetJobs: assetJobsService(library, jobs),
    recovery: recoveryService(library),
    backup: backupService(db, paths.backups, jobs),
    exports: exportsService(db, paths, jobs),
    bundles: bundlesService(db, library, jobs),
    publications: publicationsService(db),
    analytics: analyticsService(db, { checkpoint }),
    analyticsUploads: analyticsUploadService(library),
    performance: performanceService(db),
    report: reportService(db),
    reportNotes: reportNotesService(db),
    hostStatus: hostStatusService(db, paths),
    notifications,
    comments: commentsService(db, notifications, events),
    province: provinceService(db, paths.root, posts, reportService(db)),
    exchange: exchangeService(
      db,
      paths.root,
      handlerRegistry(identityHandler, packKind(library), reportKind),
    ),
  };
  // A full disk is named as such whichever verb meets it (posts.create, backups, …).
  return Object.fromEntries(
    Object.entries(services).map(([name, service]) => [
      name,
      reportingDiskFull(service, paths.root),
    ]),
  ) as typeof services;
}
export type Services = ReturnType<typeof createServices>;
