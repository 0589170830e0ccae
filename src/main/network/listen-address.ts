import { isIPv4 } from 'node:net';

/** One `--listen ADDRESS:PORT`: an IPv4 address of this computer (0.0.0.0: every interface). */
export interface ListenAddress {
  host: string;
  /** 0 picks a free port (tests); the command line asks for 1–65535. */
  port: number;
}

/** Why an address could not be listened on (the desktop's Settings words each one). */
export type ListenProblem = 'in_use' | 'not_here' | 'needs_admin' | 'invalid';

/** A `--listen` value that cannot be used; the message is the office's own words. */
export class ListenAddressError extends Error {
  constructor(
    message: string,
    readonly problem: ListenProblem = 'invalid',
  ) {
    super(message);
  }
}

/**
 * `192.168.1.10:8080`, `0.0.0.0:8080`. IPv4 only: an office LAN and its colleagues' browsers
 * use IPv4 addresses, and one form keeps the printed addresses and the Host check simple.
 */
export function parseListenAddress(text: string, options: { allowPortZero?: boolean } = {}) {
  const match = /^([^:]+):(\d{1,5})$/.exec(text.trim());
  if (!match) {
    throw new ListenAddressError(
      `Alamat "${text}" tidak dapat dipakai: tulis ALAMAT:PORT, mis. 0.0.0.0:8080 atau 192.168.1.10:8080.`,
    );
  }
  const host = match[1]!;
  const port = Number(match[2]);
  if (!isIPv4(host)) {
    throw new ListenAddressError(
      `Alamat "${host}" bukan alamat IPv4 komputer ini (mis. 192.168.1.10, atau 0.0.0.0 untuk semua jaringan).`,
    );
  }
  const lowest = options.allowPortZero ? 0 : 1;
  if (port < lowest || port > 65535) {
    throw new ListenAddressError(`Port ${match[2]} tidak dapat dipakai: pilih 1–65535, mis. 8080.`);
  }
  return { host, port } satisfies ListenAddress;
}

/** A `::ffff:1.2.3.4` socket address as the plain IPv4 address. */
export const plainAddress = (address: string | undefined): string =>
  (address ?? '').replace(/^::ffff:/, '');

/** This machine's own loopback, where the launch token keeps gating requests. */
export const isLocalAddress = (address: string | undefined): boolean =>
  plainAddress(address) === '127.0.0.1';
