import type { Contract, MethodName, ParsedRequestOf, ResponseOf } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { Db } from '../db/connection';
import { schemaVersion } from '../db/migrate';
import { countRows } from '../db/repositories/counts';
import type { Services } from '../services';
import type { Actor } from '../services/auth';
import type { Caller } from './caller';
import { operationsHandlers } from './operations-handlers';
import { networkHandlers } from './network-handlers';
import { exchangeHandlers } from './exchange-handlers';
import { commentHandlers } from './comment-handlers';
import { createEventBus } from '../events/bus';
import { createPresence, type Presence } from '../events/presence';
import { peopleHandlers } from './people-handlers';
import { presenceHandlers } from './presence-handlers';
import { provinceHandlers } from './province-handlers';

/** What dispatch hands a handler besides the request: who is acting, through which door. */
export interface SignedInContext {
  actor: Actor;
  caller: Caller;
}
export interface PublicContext {
  actor: Actor | null;
  caller: Caller;
}
export type ContextOf<M extends MethodName> = Contract[M]['access'] extends 'public'
  ? PublicContext
  : SignedInContext;

export type Handlers = {
  [M in MethodName]: (
    request: ParsedRequestOf<M>,
    context: ContextOf<M>,
  ) => ResponseOf<M> | Promise<ResponseOf<M>>;
};

/** The acting person's id: posts are written by people, the CLI at the machine writes none. */
export function personId({ actor }: SignedInContext): string {
  if (actor.kind === 'person') return actor.person.id;
  throw new AppError('forbidden', { key: 'auth.signInRequired' });
}
/** Exports, bundle imports and zone changes name their person when there is one. */
export const personIdOrNull = ({ actor }: SignedInContext): string | null =>
  actor.kind === 'person' ? actor.person.id : null;

/**
 * One handler per contract method; requests arrive already parsed by the contract, and the
 * acting person comes from dispatch (the session), never from the request.
 */
export function createHandlers(
  db: Db,
  services: Services,
  appVersion: string,
  /** The app's presence table; a door without a live stream (a benchmark) gets its own. */
  presence: Presence = createPresence(createEventBus(), { sweepEveryMs: 0 }),
): Handlers {
  const { settings, channels, campaigns, posts, series, observances } = services;
  const { assets, collections, assetJobs, backup, exports, bundles } = services;
  const withActor = <R extends object>(request: R, context: SignedInContext) => ({
    ...request,
    actorId: personId(context),
  });
  return {
    ...peopleHandlers(services),
    ...operationsHandlers(services, appVersion),
    ...networkHandlers(db),
    ...exchangeHandlers(services),
    ...commentHandlers(services),
    ...provinceHandlers(services),
    ...presenceHandlers(presence),
    'app.info': () => ({ appVersion, schemaVersion: schemaVersion(db), counts: countRows(db) }),
    'settings.get': () => settings.get(),
    'settings.update': ({ zoneChange, ...patch }, context) =>
      settings.update({
        ...patch,
        ...(zoneChange && { zoneChange: { ...zoneChange, actorId: personIdOrNull(context) } }),
      }),
    'settings.zoneChangePreview': (request) => settings.zoneChangePreview(request),
    'settings.setLogo': (request) => settings.setLogo(request),
    'settings.clearLogo': () => settings.clearLogo(),
    'channels.list': ({ includeInactive }) => channels.list(includeInactive),
    'channels.create': (input) => channels.create(input),
    'channels.update': (input) => channels.update(input),
    'channels.archive': ({ id }) => channels.archive(id),
    'campaigns.list': ({ includeArchived }) => campaigns.list(includeArchived),
    'campaigns.create': (input) => campaigns.create(input),
    'campaigns.update': (input) => campaigns.update(input),
    'campaigns.archive': ({ id }) => campaigns.archive(id),
    'posts.range': (request) => posts.range(request),
    'posts.ideas': (request) => posts.ideas(request),
    'posts.search': (request) => posts.search(request),
    'posts.tags': () => posts.tags(),
    'posts.get': ({ id }) => posts.get(id),
    'posts.create': (request, context) => posts.create(withActor(request, context)),
    'posts.update': (request, context) => posts.update(withActor(request, context)),
    'posts.move': (request, context) => posts.move(withActor(request, context)),
    'posts.undoMove': (request, context) => posts.undoMove(withActor(request, context)),
    'posts.transition': (request, context) => posts.transition(withActor(request, context)),
    'posts.delete': (request, context) => posts.delete(withActor(request, context)),
    'posts.restore': (request, context) => posts.restore(withActor(request, context)),
    'posts.trash': () => posts.trash(),
    'posts.activity': ({ id }) => posts.activity(id),
    'posts.needsAction': (request, context) =>
      services.postsBulk.needsAction(withActor(request, context)),
    'posts.bulkWarnings': (request) => services.postsBulk.bulkWarnings(request),
    'posts.bulkTransition': (request, context) =>
      services.postsBulk.bulkTransition(withActor(request, context)),
    'posts.bulkMove': (request, context) =>
      services.postsBulk.bulkMove(withActor(request, context)),
    'posts.bulkDelete': (request, context) =>
      services.postsBulk.bulkDelete(withActor(request, context)),
    'posts.bulkRestore': (request, context) =>
      services.postsBulk.bulkRestore(withActor(request, context)),
    'publications.get': (request) => services.publications.get(request),
    'publications.mark': (request, context) =>
      services.publications.mark(withActor(request, context)),
    'publications.unmark': (request, context) =>
      services.publications.unmark(withActor(request, context)),
    'analytics.import': (request, context) =>
      services.analytics.import(withActor(request, context)),
    'analytics.pending': () => services.analytics.pending(),
    'analytics.resolve': (request, context) =>
      services.analytics.resolve(withActor(request, context)),
    'analytics.resolveMany': (request, context) =>
      services.analytics.resolveMany(withActor(request, context)),
    'figures.get': (request) => services.performance.figures(request),
    'figures.set': (request, context) =>
      services.performance.setFigures(withActor(request, context)),
    'followers.set': (request, context) =>
      services.performance.setFollowers(withActor(request, context)),
    'followers.list': (request) => services.performance.followers(request),
    'targets.get': (request) => services.performance.targets(request),
    'targets.set': (request, context) =>
      services.performance.setTargets(withActor(request, context)),
    'report.get': ({ period }) => services.report.compute(period),
    'reportNotes.get': (request) => services.reportNotes.get(request),
    'reportNotes.set': (request, context) => services.reportNotes.set(withActor(request, context)),
    'report.export': async (request, context) =>
      (await exports.writeReport({ ...request, actorId: personIdOrNull(context) })).record,
    'series.create': (request, context) => series.create(withActor(request, context)),
    'series.update': (request, context) => series.update(withActor(request, context)),
    'series.delete': (request, context) => series.delete(withActor(request, context)),
    'observances.list': (request) => observances.list(request),
    'observances.custom': () => observances.custom(),
    'observances.create': (request) => observances.create(request),
    'observances.delete': ({ id }) => observances.delete(id),
    'observances.importIcs': (request) => observances.importIcs(request),
    'assets.list': (request) => assets.list(request),
    'assets.get': ({ id }) => assets.get(id),
    'assets.update': (request) => assets.update(request),
    'assets.delete': (request) => assets.delete(request),
    'assets.usage': ({ id }) => assets.usage(id),
    'assets.tags': () => assets.tags(),
    'assets.bulkTag': (request) => assets.bulkTag(request),
    'assets.addToCollection': (request) => collections.add(request),
    'assets.removeFromCollection': (request) => collections.remove(request),
    'assets.importStart': ({ paths }) => assetJobs.importStart(paths),
    'assets.verify': () => assetJobs.verify(),
    'assets.recovered': () => services.recovery.recovered(),
    'collections.list': () => collections.list(),
    'collections.create': (request) => collections.create(request),
    'collections.rename': (request) => collections.rename(request),
    'collections.delete': ({ id }) => collections.delete(id),
    'jobs.get': ({ id, resultsFrom }) => assetJobs.get(id, resultsFrom),
    'jobs.list': () => assetJobs.list(),
    'jobs.cancel': ({ id }) => assetJobs.cancel(id),
    'backup.list': () => backup.list(),
    'backup.create': () => backup.create(),
    'backup.check': () => backup.check(),
    'backup.restore': ({ name }) => backup.restore(name),
    'exports.preview': (request) => exports.preview(request),
    'exports.presets': () => exports.presets(),
    'exports.start': (request, context) =>
      exports.start({ ...request, actorId: personIdOrNull(context) }),
    'exports.history': (request) => exports.history(request),
    'exports.delete': ({ id }) => exports.delete(id),
    'bundles.inspect': (request) => bundles.inspect(request),
    'bundles.import': (request, context) =>
      bundles.import({ ...request, actorId: personIdOrNull(context) }),
    'bundles.discard': ({ uploadId }) => bundles.discard(uploadId),
  };
}
