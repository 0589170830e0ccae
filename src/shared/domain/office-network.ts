import { z } from 'zod';

/**
 * `ADDRESS:PORT` as the serve command and the desktop switch take it: an IPv4 address
 * (0.0.0.0: every network of this computer) and a port 1–65535. Pure, for the contract's schema;
 * main's network/listen-address.ts reads the same form with node:net.
 */
export function isListenAddress(text: string): boolean {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3}):(\d{1,5})$/.exec(text);
  if (!match) return false;
  const [, a, b, c, d, port] = match.map(Number);
  return [a, b, c, d].every((part) => part! <= 255) && port! >= 1 && port! <= 65535;
}

/** The desktop app's office-network switch, honoured at its next start. */
export const hostSettingSchema = z.object({
  /** `0.0.0.0:8080`; null: not open to the office network. */
  listen: z
    .string()
    .trim()
    .refine(isListenAddress, 'Tulis ALAMAT:PORT, mis. 0.0.0.0:8080 atau 192.168.1.10:8080.')
    .nullable(),
  /** HTTPS with the host's own certificate. */
  tls: z.boolean(),
});
export type HostSetting = z.infer<typeof hostSettingSchema>;

/** Why the desktop app's listener is not open although the switch is on (Settings words it). */
export const desktopHostProblems = [
  'in_use',
  'not_here',
  'needs_admin',
  'invalid',
  'certificate',
  'failed',
] as const;
export type DesktopHostProblem = (typeof desktopHostProblems)[number];

/**
 * The desktop app's office-network listener as it is now: closed, opening, open on the stored
 * `listen`, or not open and why (a port another program holds: the app still runs here).
 */
export const desktopHostStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('off') }),
  z.object({ state: z.literal('starting'), listen: z.string() }),
  z.object({ state: z.literal('on'), listen: z.string() }),
  z.object({
    state: z.literal('failed'),
    listen: z.string(),
    problem: z.enum(desktopHostProblems),
  }),
]);
export type DesktopHostState = z.infer<typeof desktopHostStateSchema>;
