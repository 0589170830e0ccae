import type { Role } from '../domain/people';
import type { MethodName } from './contract';
import type { ChangeKind } from './events';

/**
 * What each contract method changes, for the live stream. Dispatch publishes one event after a
 * successful call of a changing method; a reading method publishes nothing. Every method is in
 * exactly one of the two tables (the types demand it, and test/unit/events/changes.test.ts
 * enumerates the contract), so a new method cannot forget to announce its changes.
 */
export const readOnlyMethods = [
  'auth.status',
  'auth.me',
  'auth.accounts',
  'auth.securityLog',
  'auth.securityLogCsv',
  'app.info',
  'settings.get',
  'settings.zoneChangePreview',
  'people.list',
  'channels.list',
  'campaigns.list',
  'posts.range',
  'posts.ideas',
  'posts.search',
  'posts.tags',
  'posts.get',
  'posts.trash',
  'posts.activity',
  'posts.needsAction',
  'posts.bulkWarnings',
  'observances.list',
  'observances.custom',
  'backup.list',
  'backup.check',
  'assets.list',
  'assets.get',
  'assets.usage',
  'assets.tags',
  'assets.recovered',
  'collections.list',
  'jobs.get',
  'jobs.list',
  'exports.preview',
  'exports.presets',
  'exports.history',
  'publications.get',
  'analytics.pending',
  'figures.get',
  'followers.list',
  'targets.get',
  'report.get',
  'reportNotes.get',
  'presence.list',
  'comments.list',
  'notifications.list',
  'operations.status',
  'network.info',
  'network.hostSetting',
  'province.received',
  'province.rollup',
  'province.sentReports',
  'province.sent',
  'province.itemsFromPosts',
  'exchange.status',
  'exchange.arrivals',
  'exchange.identityFile',
  'exchange.readIdentity',
  'exchange.firstContacts',
] as const satisfies readonly MethodName[];

export type ReadOnlyMethod = (typeof readOnlyMethods)[number];
export type ChangingMethod = Exclude<MethodName, ReadOnlyMethod>;

type Ids = (request: unknown, response: unknown) => string[];

export type ChangeRule =
  /** Dispatch publishes: the kind, the ids (none: reread the whole kind), who may receive it. */
  | { kind: ChangeKind; ids?: Ids; roles?: readonly Role[] }
  /** Changes only the caller's own session (sign-in, sign-out): nobody else shows it. */
  | 'session'
  /** The service publishes its own, more precise event (with `to`); dispatch adds none. */
  | 'service';

const field = (value: unknown, name: string): unknown =>
  value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
const idList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
const one = (value: unknown): string[] => (typeof value === 'string' ? [value] : []);

/** `{ id }` of the request. */
const requestId: Ids = (request) => one(field(request, 'id'));
/** `{ ids }` of the request. */
const requestIds: Ids = (request) => idList(field(request, 'ids'));
/** `{ items: [{ id } | { postId }] }` of the request, each once. */
const requestItems: Ids = (request) => {
  const items = field(request, 'items');
  const ids = Array.isArray(items)
    ? items.flatMap((item) => [...one(field(item, 'id')), ...one(field(item, 'postId'))])
    : [];
  return [...new Set(ids)];
};
const requestPostId: Ids = (request) => one(field(request, 'postId'));
/** The response is the thing itself (`{ id, … }`). */
const responseId: Ids = (_request, response) => one(field(response, 'id'));
/** The response holds `{ post }` (an edit) or is the post. */
const responsePost: Ids = (request, response) => {
  const post = field(response, 'post') ?? response;
  const id = one(field(post, 'id'));
  return id.length > 0 ? id : requestId(request, response);
};
const responseJob: Ids = (_request, response) => one(field(response, 'jobId'));
const seriesPosts: Ids = (_request, response) =>
  idList((field(response, 'posts') as unknown[] | undefined)?.map((post) => field(post, 'id')));
const everything: Ids = () => [];

const admins = ['admin'] as const;

export const changeRules: Record<ChangingMethod, ChangeRule> = {
  // Comments and notifications publish from their services: a comment with its post's id, a
  // notification only to its recipient (services/comments.ts, services/notifications.ts).
  'comments.add': 'service',
  'comments.edit': 'service',
  'comments.delete': 'service',
  'comments.follow': 'session',
  'notifications.markRead': 'service',
  'notifications.markAllRead': 'service',
  // Ending a session: the stream of that session rechecks it on a people change and ends.
  'operations.endSession': { kind: 'people', ids: everything, roles: admins },
  // Takes effect at the next start; the administrators' settings screens reread it.
  'network.setHostSetting': { kind: 'settings', ids: everything, roles: admins },
  // A pack item adopted is a new draft post; an acknowledged change rereads the pack list.
  'province.adopt': { kind: 'post', ids: responsePost },
  'province.acknowledgeChange': { kind: 'province', ids: everything },
  'province.sendReport': { kind: 'province', ids: everything },
  'province.exportRollup': { kind: 'job', ids: everything },
  // A pack sent: the province's list of sent packs (and its Rekap) reread.
  'province.sendPack': { kind: 'province', ids: everything },
  // The exchange section of Settings rereads its status and arrivals log.
  'exchange.setIdentity': { kind: 'settings', ids: everything },
  'exchange.setFolder': { kind: 'settings', ids: everything },
  'exchange.importOffice': { kind: 'settings', ids: everything },
  'exchange.acceptOffice': { kind: 'settings', ids: everything },
  'exchange.sendIdentity': { kind: 'settings', ids: everything },
  'exchange.removeOffice': { kind: 'settings', ids: everything },
  'exchange.sync': { kind: 'settings', ids: everything },
  'auth.signIn': 'session',
  'auth.setup': { kind: 'people', ids: everything },
  'auth.signOut': 'session',
  'auth.lock': 'session',
  'auth.changePassword': 'session',
  'auth.setUserName': { kind: 'people', ids: requestId, roles: admins },
  'auth.resetPassword': { kind: 'people', ids: requestId, roles: admins },
  'auth.setIdleLock': { kind: 'settings', ids: everything },
  'settings.update': { kind: 'settings', ids: everything },
  'settings.setLogo': { kind: 'settings', ids: everything },
  'settings.clearLogo': { kind: 'settings', ids: everything },
  'people.create': { kind: 'people', ids: responseId },
  'people.update': { kind: 'people', ids: responseId },
  'people.archive': { kind: 'people', ids: responseId },
  // Channels, pillars and days are the office's set-up: the settings store rereads them.
  'channels.create': { kind: 'settings', ids: responseId },
  'channels.update': { kind: 'settings', ids: responseId },
  'channels.archive': { kind: 'settings', ids: responseId },
  'campaigns.create': { kind: 'settings', ids: responseId },
  'campaigns.update': { kind: 'settings', ids: responseId },
  'campaigns.archive': { kind: 'settings', ids: responseId },
  'observances.create': { kind: 'settings', ids: responseId },
  'observances.delete': { kind: 'settings', ids: requestId },
  'observances.importIcs': { kind: 'settings', ids: everything },
  'posts.create': { kind: 'post', ids: responsePost },
  'posts.update': { kind: 'post', ids: responsePost },
  'posts.move': { kind: 'post', ids: responsePost },
  'posts.undoMove': { kind: 'post', ids: responsePost },
  'posts.transition': { kind: 'post', ids: responsePost },
  'posts.delete': { kind: 'post', ids: responsePost },
  'posts.restore': { kind: 'post', ids: responsePost },
  'posts.bulkTransition': { kind: 'post', ids: requestItems },
  'posts.bulkMove': { kind: 'post', ids: requestItems },
  'posts.bulkDelete': { kind: 'post', ids: requestItems },
  'posts.bulkRestore': { kind: 'post', ids: requestIds },
  'series.create': { kind: 'series', ids: seriesPosts },
  'series.update': { kind: 'series', ids: everything },
  'series.delete': { kind: 'series', ids: everything },
  // A restore replaces the whole calendar: every open view rereads its posts.
  'backup.restore': { kind: 'post', ids: everything },
  'backup.create': { kind: 'job', ids: everything, roles: admins },
  'assets.update': { kind: 'asset', ids: requestId },
  'assets.delete': { kind: 'asset', ids: requestIds },
  'assets.bulkTag': { kind: 'asset', ids: requestIds },
  'assets.addToCollection': { kind: 'asset', ids: requestIds },
  'assets.removeFromCollection': { kind: 'asset', ids: requestIds },
  'assets.importStart': { kind: 'job', ids: responseJob },
  'assets.verify': { kind: 'job', ids: responseJob },
  'collections.create': { kind: 'asset', ids: everything },
  'collections.rename': { kind: 'asset', ids: everything },
  'collections.delete': { kind: 'asset', ids: everything },
  'jobs.cancel': { kind: 'job', ids: responseId },
  'exports.start': { kind: 'job', ids: responseJob },
  'exports.delete': { kind: 'job', ids: everything },
  'report.export': { kind: 'job', ids: everything },
  'bundles.inspect': { kind: 'job', ids: responseJob, roles: admins },
  'bundles.import': { kind: 'job', ids: responseJob, roles: admins },
  'bundles.discard': { kind: 'job', ids: everything, roles: admins },
  'publications.mark': { kind: 'post', ids: requestItems },
  'publications.unmark': { kind: 'post', ids: requestItems },
  // Figures feed the report and the post's published panel.
  'analytics.import': { kind: 'post', ids: everything },
  'analytics.resolve': { kind: 'post', ids: everything },
  'analytics.resolveMany': { kind: 'post', ids: everything },
  'figures.set': { kind: 'post', ids: requestPostId },
  'followers.set': { kind: 'settings', ids: everything },
  'targets.set': { kind: 'settings', ids: everything },
  // The period is no id: every open report rereads the notes of the period it shows.
  'reportNotes.set': { kind: 'report', ids: everything },
  // The presence table announces a newcomer or a departure, not every heartbeat.
  'presence.editing': 'service',
  'presence.left': 'service',
};

/** The one post's version after the change, when the response names one post. */
export function changedVersion(response: unknown): number | undefined {
  const post = field(response, 'post') ?? response;
  const version = field(post, 'version');
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

export function isReadOnly(method: MethodName): boolean {
  return (readOnlyMethods as readonly string[]).includes(method);
}
