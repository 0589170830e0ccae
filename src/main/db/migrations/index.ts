import type { Database } from 'better-sqlite3';
import * as initialSchema from './0001-initial-schema';
import * as postsAndApprovals from './0002-posts-and-approvals';
import * as assetLibrary from './0003-asset-library';
import * as backupSettings from './0004-backup-settings';
import * as exportHistory from './0005-export-history';
import * as bundleExchange from './0006-bundle-exchange';
import * as printDocument from './0007-print-document';
import * as monthIndex from './0008-month-index';
import * as platformFormats from './0009-platform-formats';
import * as exchangeDecisions from './0010-exchange-decisions';
import * as holidaySources from './0011-holiday-sources';
import * as approvalSteps from './0012-approval-steps';
import * as performance from './0013-performance';
import * as signIn from './0014-sign-in';
import * as officeNetwork from './0015-office-network';
import * as comments from './0016-comments';
import * as reportReads from './0017-report-reads';
import * as reportNotes from './0018-report-notes';
import * as exchange from './0019-exchange';
import * as province from './0020-province';
import * as figureLatest from './0021-figure-latest';
import * as unplannedChannelIndex from './0022-unplanned-channel-index';
import * as approvalActivityIndex from './0023-approval-activity-index';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
  /**
   * The step rebuilds a table that others point at, which SQLite allows only with foreign keys
   * off (see 0012). The runner then checks every foreign key before it commits.
   */
  foreignKeysOff?: boolean;
}

/**
 * Forward-only, numbered steps. Append a new file and a new entry; never edit one that has
 * shipped, because offices carry databases between machines on flash drives.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial-schema', up: initialSchema.up },
  { version: 2, name: 'posts-and-approvals', up: postsAndApprovals.up },
  { version: 3, name: 'asset-library', up: assetLibrary.up },
  { version: 4, name: 'backup-settings', up: backupSettings.up },
  { version: 5, name: 'export-history', up: exportHistory.up },
  { version: 6, name: 'bundle-exchange', up: bundleExchange.up },
  { version: 7, name: 'print-document', up: printDocument.up },
  { version: 8, name: 'month-index', up: monthIndex.up },
  { version: 9, name: 'platform-formats', up: platformFormats.up },
  { version: 10, name: 'exchange-decisions', up: exchangeDecisions.up },
  { version: 11, name: 'holiday-sources', up: holidaySources.up },
  {
    version: 12,
    name: 'approval-steps',
    up: approvalSteps.up,
    foreignKeysOff: approvalSteps.foreignKeysOff,
  },
  { version: 13, name: 'performance', up: performance.up },
  { version: 14, name: 'sign-in', up: signIn.up },
  { version: 15, name: 'office-network', up: officeNetwork.up },
  { version: 16, name: 'comments', up: comments.up },
  { version: 17, name: 'report-reads', up: reportReads.up },
  { version: 18, name: 'report-notes', up: reportNotes.up },
  { version: 19, name: 'exchange', up: exchange.up },
  { version: 20, name: 'province', up: province.up },
  { version: 21, name: 'figure-latest', up: figureLatest.up },
  { version: 22, name: 'unplanned-channel-index', up: unplannedChannelIndex.up },
  { version: 23, name: 'approval-activity-index', up: approvalActivityIndex.up },
];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
