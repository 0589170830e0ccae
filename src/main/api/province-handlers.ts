import type { Services } from '../services';
import { personId, personIdOrNull, type Handlers } from './handlers';

type ProvinceHandlers = Pick<Handlers, `province.${string}` & keyof Handlers>;

/** Packs from the province (adopted as the session's person) and the province's own packs. */
export function provinceHandlers(services: Services): ProvinceHandlers {
  const { province } = services;
  return {
    'province.received': () => province.received(),
    'province.adopt': ({ packId, itemId }, context) =>
      province.adopt(packId, itemId, personId(context)),
    'province.acknowledgeChange': ({ packId, itemId }) => {
      province.acknowledgeChange(packId, itemId);
      return { ok: true as const };
    },
    'province.sendReport': ({ month }) => province.sendReport(month),
    'province.rollup': ({ month }) => province.rollup(month),
    'province.sentReports': () => province.sentReports(),
    'province.exportRollup': async (request, context) =>
      (await services.exports.writeRekap({ ...request, actorId: personIdOrNull(context) })).record,
    'province.sent': () => province.sent(),
    'province.itemsFromPosts': ({ postIds }) => province.itemsFromPosts(postIds),
    'province.sendPack': (request) => province.sendPack(request),
  };
}
