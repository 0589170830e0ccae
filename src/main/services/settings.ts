import type { Settings, SettingsUpdate } from '../../shared/domain/settings';
import { storeLogo } from '../branding/logo';
import type { Db } from '../db/connection';
import { settingsRepository } from '../db/repositories/settings';

export function settingsService(db: Db, dataDir: string) {
  const settings = settingsRepository(db);
  return {
    get: (): Settings => settings.get(),
    update(patch: SettingsUpdate): Settings {
      return db.transaction(() => {
        settings.update(patch);
        return settings.get();
      })();
    },
    /** The letterhead logo, checked and kept in the data directory (base64 from the form). */
    async setLogo({ data }: { data: string }): Promise<Settings> {
      const name = await storeLogo(dataDir, Buffer.from(data, 'base64'));
      settings.setLogo(name);
      return settings.get();
    },
    clearLogo(): Settings {
      settings.setLogo(null);
      return settings.get();
    },
  };
}
