import type { Db } from '../db/connection';
import { networkSettingsRepository } from '../db/repositories/network-settings';
import type { Handlers } from './handlers';

/** The office network: how this host is reached, and the desktop app's switch. */
export function networkHandlers(
  db: Db,
): Pick<Handlers, 'network.info' | 'network.hostSetting' | 'network.setHostSetting'> {
  const settings = networkSettingsRepository(db);
  return {
    // The transport knows its door; Electron's window has none (it is not served to anyone).
    'network.info': (_request, { caller }) =>
      caller.door ?? { tls: false, fingerprint: null, addresses: [], network: false },
    'network.hostSetting': () => settings.get(),
    'network.setHostSetting': (setting) => settings.set(setting),
  };
}
