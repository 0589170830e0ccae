import type { TFunction } from 'i18next';
import type { SecurityLogEntry } from '../../../../shared/domain/accounts';
import {
  securityClientWords,
  securityDetailWords,
  securityLogTime,
  type Words,
} from '../../../../shared/domain/security-log-words';
import { todayIn } from '../../../../shared/time';

/**
 * The security log's table in the interface language: the shared wording
 * (`shared/domain/security-log-words.ts`, which the CSV uses too) with the renderer's `t`.
 */
const wordsOf =
  (t: TFunction): Words =>
  (key, params) =>
    // The keys are the catalogue's own (checked by test/unit/i18n/keys.test.ts); the typed `t`
    // refuses a plain string.
    (t as unknown as Words)(key, params);

export function logTime(at: string, zone: string, language: string): string {
  const { date, time } = securityLogTime(at, zone, language);
  return `${date} ${time}`;
}

export const clientWords = (client: string, t: TFunction): string =>
  securityClientWords(client, wordsOf(t));

export const detailWords = (entry: SecurityLogEntry, t: TFunction): string =>
  securityDetailWords(entry, wordsOf(t));

/** `log-keamanan-2026-12-03.csv`: the office's own date, so a file made at 06.00 WIT is today's. */
export const securityLogFileName = (zone: string, now: Date = new Date()): string =>
  `log-keamanan-${todayIn(zone, now)}.csv`;
