import type { Settings, SettingsUpdate } from '../../shared/domain/settings';
import type { ZoneChange, ZoneChangePreview } from '../../shared/domain/zone-change';
import { storeLogo } from '../branding/logo';
import type { Db } from '../db/connection';
import { settingsRepository } from '../db/repositories/settings';
import { zoneChangeService } from './zone-change';

export function settingsService(db: Db, dataDir: string) {
  const settings = settingsRepository(db);
  const zoneChange = zoneChangeService(db);
  return {
    get: (): Settings => settings.get(),
    /**
     * A new time zone moves every planned post's local time unless the office chose how to keep
     * them (`zoneChange`); without a choice, and with posts at stake, nothing is saved. One
     * IMMEDIATE transaction: the posts and the settings row change together, and no other
     * writer can slip a post in between the count and the change.
     */
    update({
      zoneChange: change,
      ...patch
    }: SettingsUpdate & { zoneChange?: ZoneChange }): Settings {
      return db
        .transaction(() => {
          const fromZone = settings.get().timeZone;
          if (patch.timeZone !== undefined && patch.timeZone !== fromZone) {
            zoneChange.apply(fromZone, patch.timeZone, change);
          }
          settings.update(patch);
          return settings.get();
        })
        .immediate();
    },
    /** What changing to `timeZone` would do to the planned posts, for the question Settings asks. */
    zoneChangePreview({ timeZone }: { timeZone: string }): ZoneChangePreview {
      return zoneChange.preview(settings.get().timeZone, timeZone);
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
