import { z } from 'zod';
import { desktopHostStateSchema, hostSettingSchema } from '../../domain/office-network';
import { adminOnly, empty, method } from './define';

export const networkInfoSchema = z.object({
  /** HTTPS on: the sign-in page shows the fingerprint to compare. */
  tls: z.boolean(),
  /** The certificate's SHA-256 fingerprint (`AB:CD:…`), null without TLS. */
  fingerprint: z.string().nullable(),
  /** The addresses colleagues can open, each with what it is (a network card, a name). */
  addresses: z.array(z.object({ url: z.string(), label: z.string() })),
  /** Did this request come over the office network (not this computer's 127.0.0.1)? */
  network: z.boolean(),
  /** The desktop app's own listener ("Buka untuk jaringan kantor"), for its window only. */
  desktopHost: desktopHostStateSchema.optional(),
});
export type NetworkInfo = z.infer<typeof networkInfoSchema>;

/** The office network (issue 14): how this host is reached. */
export const networkMethods = {
  'network.info': method({
    summary:
      'How this host is reached: TLS on or off, the certificate fingerprint to compare, the addresses colleagues can open, and whether this request came over the office network. Public: the sign-in page shows it (the "not encrypted" notice, or the fingerprint).',
    access: 'public',
    request: empty,
    response: networkInfoSchema,
    errors: [],
  }),
  'network.hostSetting': method({
    summary:
      'The desktop app’s switch "Buka untuk jaringan kantor": the address:port to serve on (null: closed) and HTTPS. The desktop app applies it at start and when it changes (network.info says how that went).',
    access: 'signedIn',
    request: empty,
    response: hostSettingSchema,
    errors: [],
  }),
  'network.setHostSetting': method({
    summary:
      'Opens (an address:port, e.g. 0.0.0.0:8080) or closes (null) the desktop app to the office network, with or without HTTPS; a running desktop app opens, reopens or closes its listener at once and keeps it so at every start.',
    access: adminOnly,
    request: hostSettingSchema.strict(),
    response: hostSettingSchema,
    errors: ['invalid_request'],
  }),
} as const;
