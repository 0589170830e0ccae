import type { Settings } from '../../../shared/domain/settings';

/** What an export's letterhead and signature block need; NIP and unit are printed only when present. */
export const requiredForExport = ['officeName', 'signerName', 'signerPosition'] as const;

export function officeProfileGaps(settings: Settings): (typeof requiredForExport)[number][] {
  return requiredForExport.filter((field) => settings[field].trim() === '');
}
