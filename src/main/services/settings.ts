import type { Settings, SettingsUpdate } from '../../shared/domain/settings';
import type { Db } from '../db/connection';
import { settingsRepository } from '../db/repositories/settings';

export function settingsService(db: Db) {
  const settings = settingsRepository(db);
  return {
    get: (): Settings => settings.get(),
    update(patch: SettingsUpdate): Settings {
      return db.transaction(() => {
        settings.update(patch);
        return settings.get();
      })();
    },
  };
}
