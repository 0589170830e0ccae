import type { MethodName, ParsedRequestOf, ResponseOf } from '../../shared/api/contract';
import type { Db } from '../db/connection';
import { schemaVersion } from '../db/migrate';
import { countRows } from '../db/repositories/counts';
import type { Services } from '../services';

export type Handlers = {
  [M in MethodName]: (request: ParsedRequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;
};

/** One handler per contract method; requests arrive already parsed by the contract. */
export function createHandlers(db: Db, services: Services, appVersion: string): Handlers {
  const { settings, people, channels, campaigns, posts, series, observances } = services;
  const { assets, collections, assetJobs, backup, exports, bundles } = services;
  return {
    'app.info': () => ({ appVersion, schemaVersion: schemaVersion(db), counts: countRows(db) }),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    'settings.zoneChangePreview': (request) => settings.zoneChangePreview(request),
    'settings.setLogo': (request) => settings.setLogo(request),
    'settings.clearLogo': () => settings.clearLogo(),
    'people.list': ({ includeInactive }) => people.list(includeInactive),
    'people.create': (input) => people.create(input),
    'people.update': (input) => people.update(input),
    'people.archive': ({ id }) => people.archive(id),
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
    'posts.create': (request) => posts.create(request),
    'posts.update': (request) => posts.update(request),
    'posts.move': (request) => posts.move(request),
    'posts.undoMove': (request) => posts.undoMove(request),
    'posts.transition': (request) => posts.transition(request),
    'posts.delete': (request) => posts.delete(request),
    'posts.restore': (request) => posts.restore(request),
    'posts.trash': () => posts.trash(),
    'posts.activity': ({ id }) => posts.activity(id),
    'series.create': (request) => series.create(request),
    'series.update': (request) => series.update(request),
    'series.delete': (request) => series.delete(request),
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
    'exports.start': (request) => exports.start(request),
    'exports.history': (request) => exports.history(request),
    'exports.delete': ({ id }) => exports.delete(id),
    'bundles.inspect': (request) => bundles.inspect(request),
    'bundles.import': (request) => bundles.import(request),
    'bundles.discard': ({ uploadId }) => bundles.discard(uploadId),
  };
}
