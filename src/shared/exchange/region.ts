import { z } from 'zod';

/**
 * An office's place in Indonesia's administration, as Kemendagri numbers it: a province is two
 * digits (`73`, Sulawesi Selatan), a regency or city four, written `NN.NN` (`73.06`, Kabupaten
 * Gowa). The code is what names an office's folder in the exchange and who a file is for, so it
 * is checked the same way everywhere.
 */
export const officeLevels = ['provinsi', 'kabupaten_kota'] as const;
export type OfficeLevel = (typeof officeLevels)[number];

const provincePattern = /^\d{2}$/;
const regencyPattern = /^\d{2}\.\d{2}$/;

/** The level a well-formed code belongs to, or null for anything else. */
export function levelOfCode(code: string): OfficeLevel | null {
  if (provincePattern.test(code) && code !== '00') return 'provinsi';
  if (regencyPattern.test(code) && !code.startsWith('00.') && !code.endsWith('.00')) {
    return 'kabupaten_kota';
  }
  return null;
}

export const isRegionCode = (code: string): boolean => levelOfCode(code) !== null;

/** The province a code belongs to: `73.06` → `73`, `73` → `73`. */
export const provinceOf = (code: string): string => code.slice(0, 2);

/** A region code as typed (spaces trimmed) that must be `NN` or `NN.NN`. */
export const regionCodeSchema = z
  .string()
  .trim()
  .refine(
    isRegionCode,
    'Kode wilayah harus NN (provinsi, mis. 73) atau NN.NN (kabupaten/kota, mis. 73.06)',
  );

export const officeLevelSchema = z.enum(officeLevels);

/** Does the level fit the code (a province has two digits, a regency or city four)? */
export const levelFitsCode = (code: string, level: OfficeLevel): boolean =>
  levelOfCode(code) === level;
