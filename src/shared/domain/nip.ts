/**
 * NIP (Nomor Induk Pegawai), the civil servant number printed under a signer's name: 18 digits,
 * birth date YYYYMMDD (1–8), appointment month YYYYMM (9–14), sex 1 or 2 (15), sequence (16–18),
 * written in groups: "19860926 201505 1 001" (PP 2008 on NIP; BKN's own documents).
 *
 * The checks only warn: an office knows its signer's number better than a rule does, and a
 * wrong warning must never keep a schedule from being printed.
 */

/** What looks wrong with a NIP, as codes the interface words itself. */
export type NipProblem = 'length' | 'birthDate' | 'appointment' | 'sex';

const digitsOnly = (nip: string) => nip.replace(/[\s.-]/g, '');

/** "198609262015051001" → "19860926 201505 1 001"; anything else comes back trimmed. */
export function formatNip(nip: string): string {
  const digits = digitsOnly(nip.trim());
  if (!/^[0-9]{18}$/.test(digits)) return nip.trim();
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Problems of a NIP; empty when it looks right or is empty (not every signer has one). */
export function checkNip(nip: string): NipProblem[] {
  const digits = digitsOnly(nip.trim());
  if (digits === '') return [];
  if (!/^[0-9]{18}$/.test(digits)) return ['length'];
  const number = (from: number, to: number) => Number(digits.slice(from, to));
  const problems: NipProblem[] = [];
  const birthYear = number(0, 4);
  const birthMonth = number(4, 6);
  const birthOk =
    birthYear >= 1900 && birthYear <= 2100 && isRealDate(birthYear, birthMonth, number(6, 8));
  if (!birthOk) problems.push('birthDate');
  const appointedYear = number(8, 12);
  const appointedMonth = number(12, 14);
  const appointedOk =
    appointedMonth >= 1 &&
    appointedMonth <= 12 &&
    appointedYear >= 1900 &&
    appointedYear <= 2100 &&
    // A civil servant is appointed at 18 at the earliest.
    (!birthOk || appointedYear * 12 + appointedMonth >= (birthYear + 18) * 12 + birthMonth);
  if (!appointedOk) problems.push('appointment');
  const sex = digits[14];
  if (sex !== '1' && sex !== '2') problems.push('sex');
  return problems;
}
