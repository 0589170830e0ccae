import type { HostSetting } from '../../../shared/domain/office-network';
import type { Db } from '../connection';

/** settings.network_listen and network_tls (migration 15): the desktop app's office-network switch. */
export function networkSettingsRepository(db: Db) {
  const read = db.prepare<[], { listen: string | null; tls: number }>(
    'SELECT network_listen AS listen, network_tls AS tls FROM settings WHERE id = 1',
  );
  const write = db.prepare<[string | null, number]>(
    'UPDATE settings SET network_listen = ?, network_tls = ? WHERE id = 1',
  );
  return {
    get(): HostSetting {
      const row = read.get();
      return { listen: row?.listen ?? null, tls: row?.tls === 1 };
    },
    set(setting: HostSetting): HostSetting {
      write.run(setting.listen, setting.tls ? 1 : 0);
      return this.get();
    },
  };
}
