import type { Services } from '../services';
import { actorLabel } from '../services/auth';
import type { Handlers } from './handlers';

type ExchangeMethod = Extract<keyof Handlers, `exchange.${string}`>;

/** The exchange between offices: identity, known offices, the folder and its arrivals. */
export function exchangeHandlers({ exchange }: Services): Pick<Handlers, ExchangeMethod> {
  return {
    'exchange.status': () => exchange.status(),
    'exchange.arrivals': ({ limit }) => exchange.arrivals(limit),
    'exchange.setIdentity': (request) => exchange.setIdentity(request),
    'exchange.setFolder': ({ folder }) => exchange.setFolder(folder),
    'exchange.identityFile': () => exchange.identityFile(),
    'exchange.readIdentity': ({ text }) => exchange.readIdentity(text),
    'exchange.importOffice': ({ text, fingerprint }, { actor }) =>
      exchange.importOffice(text, fingerprint, actorLabel(actor)),
    'exchange.sendIdentity': async () => ({ file: (await exchange.sendIdentity()).file }),
    'exchange.firstContacts': () => exchange.firstContacts(),
    'exchange.acceptOffice': ({ code, fingerprint }, { actor }) =>
      exchange.acceptOffice(code, fingerprint, actorLabel(actor)),
    'exchange.removeOffice': ({ code }) => exchange.removeOffice(code),
    'exchange.sync': () => exchange.sync(),
  };
}
