import { displayTime, wallClockIn } from '../time';
import type { SecurityEvent, SecurityLogEntry } from './accounts';
import { roles, type Role } from './people';

/**
 * The security log as an office reads it, the same on screen (Settings › Keamanan) and in its
 * CSV: the event in words, the time as dd/mm/yyyy 08.00 in the office zone, the computer in
 * words, a role change with role names. Pure; the caller passes its way of wording a catalog
 * key (the renderer's `t`, main's `translate`).
 */
export type Words = (key: string, params?: Record<string, string | number>) => string;

export const securityEventKey = (event: SecurityEvent): string =>
  `accounts.security.events.${event}`;

const clocks = new Map<string, (instant: string) => number>();
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * '2026-12-02T23:05:00Z' in Asia/Jakarta → { date: '03/12/2026', time: '06.05' }. Through
 * `wallClockIn` (one zone lookup per day, kept per zone): the CSV words the whole log at once, and
 * a zoned date per entry made 20,000 entries take over a second.
 */
export function securityLogTime(
  at: string,
  zone: string,
  language: string,
): { date: string; time: string } {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = wallClockIn(zone);
    clocks.set(zone, clock);
  }
  const wall = new Date(clock(at));
  return {
    date: `${pad(wall.getUTCDate())}/${pad(wall.getUTCMonth() + 1)}/${wall.getUTCFullYear()}`,
    time: displayTime(`${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`, language),
  };
}

/**
 * The client the auth service recorded: `http <address>` (a browser on the host), `jendela <n>`
 * (a desktop window), or anything else (the CLI, a test) as written.
 */
export function securityClientWords(client: string, words: Words): string {
  const browser = /^http (.+)$/.exec(client);
  if (browser) return words('accounts.security.client.browser', { address: browser[1]! });
  const window = /^jendela (\d+)$/.exec(client);
  if (window) return words('accounts.security.client.window', { number: window[1]! });
  return client;
}

const isRole = (text: string): text is Role => (roles as readonly string[]).includes(text);

/** The detail: a role change "planner → admin" reads "Perencana → Admin"; the rest as written. */
export function securityDetailWords(entry: SecurityLogEntry, words: Words): string {
  if (entry.event === 'role_changed') {
    const [from, to] = entry.detail.split(' → ');
    if (from && to && isRole(from) && isRole(to))
      return `${words(`people.roles.${from}`)} → ${words(`people.roles.${to}`)}`;
  }
  return entry.detail;
}
