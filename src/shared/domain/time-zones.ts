/**
 * Indonesia's three zones (Keppres 41/1987, no daylight saving). The office may pick any
 * other IANA zone too; these are offered first with their familiar labels.
 */
export const indonesianZones = [
  { zone: 'Asia/Jakarta', label: 'WIB', utcOffset: '+07:00' },
  { zone: 'Asia/Makassar', label: 'WITA', utcOffset: '+08:00' },
  { zone: 'Asia/Jayapura', label: 'WIT', utcOffset: '+09:00' },
] as const;

export const defaultTimeZone = 'Asia/Jakarta';

/** Pontianak is WIB too; it is its own IANA zone but shares the label. */
const zoneLabels: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** WIB/WITA/WIT for Indonesian zones, undefined elsewhere. */
export function indonesianZoneLabel(zone: string): string | undefined {
  return zoneLabels[zone];
}

/** True when the runtime's ICU knows the zone (Intl throws RangeError on unknown zones). */
export function isValidTimeZone(zone: string): boolean {
  if (zone.trim() === '' || zone !== zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone as ICU spells it (`asia/jakarta` → `Asia/Jakarta`), so stored zones compare equal. */
export function canonicalTimeZone(zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}
