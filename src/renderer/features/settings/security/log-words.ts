import type { TFunction } from 'i18next';
import type { SecurityLogEntry } from '../../../../shared/domain/accounts';
import { roles, type Role } from '../../../../shared/domain/people';
import { displayTime, localParts, todayIn, toDayMonthYear } from '../../../../shared/time';

/**
 * The security log as an office reads it: times as dd/mm/yyyy 08.00 in the office zone, the
 * computer in words, a role change with role names. Pure; the view passes `t` and the language.
 */
type Translate = TFunction;

export function logTime(at: string, zone: string, language: string): string {
  const { date, time } = localParts(at, zone);
  return `${toDayMonthYear(date)} ${displayTime(time, language)}`;
}

/**
 * The client the service recorded: `http <address>` (a browser on the host), `jendela <n>` (a
 * desktop window), or anything else (the CLI, a test) as written.
 */
export function clientWords(client: string, t: Translate): string {
  const browser = /^http (.+)$/.exec(client);
  if (browser) return t('accounts.security.client.browser', { address: browser[1] });
  const window = /^jendela (\d+)$/.exec(client);
  if (window) return t('accounts.security.client.window', { number: window[1] });
  return client;
}

const isRole = (text: string): text is Role => (roles as readonly string[]).includes(text);

/** The detail column: a role change "planner → admin" reads "Perencana → Admin". */
export function detailWords(entry: SecurityLogEntry, t: Translate): string {
  if (entry.event === 'role_changed') {
    const [from, to] = entry.detail.split(' → ');
    if (from && to && isRole(from) && isRole(to))
      return `${t(`people.roles.${from}`)} → ${t(`people.roles.${to}`)}`;
  }
  return entry.detail;
}

/** `log-keamanan-2026-12-03.csv`: the office's own date, so a file made at 06.00 WIT is today's. */
export const securityLogFileName = (zone: string, now: Date = new Date()): string =>
  `log-keamanan-${todayIn(zone, now)}.csv`;
