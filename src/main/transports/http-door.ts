import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  allowedHosts,
  allowedOrigins,
  openAddresses,
  type OpenAddress,
  type ServedNetwork,
} from '../network/addresses';
import { isLocalAddress } from '../network/listen-address';

/**
 * Which door a request came through, and whether it may come in at all. Requests reaching the
 * host on 127.0.0.1 are this computer's own (the launch token gates them, as before the office
 * network); every other address is the office network, where the launch token is never seen and
 * a signed-in session is what counts.
 */
export interface Door {
  /** The Host header names us (else 421): DNS rebinding gets nowhere. */
  hostAllowed(host: string | undefined): boolean;
  /** A present Origin is one of our pages' (else 403): no other site posts to the API. */
  originAllowed(origin: string | undefined): boolean;
  /** Did this request arrive on an office-network address rather than 127.0.0.1? */
  isNetwork(req: IncomingMessage): boolean;
  /** The addresses colleagues can open (`network.info`, the serve command's list). */
  addresses: OpenAddress[];
}

export function createDoor(network: ServedNetwork): Door {
  const hosts = allowedHosts(network);
  const origins = allowedOrigins(network);
  return {
    hostAllowed: (host) => host !== undefined && hosts.has(host.toLowerCase()),
    originAllowed: (origin) => origin === undefined || origins.has(origin.toLowerCase()),
    // The socket's own address: a packet for 127.0.0.1 never arrives from another computer.
    isNetwork: (req) => !isLocalAddress(req.socket.localAddress),
    addresses: openAddresses(network),
  };
}

/**
 * On every answer, JSON and errors included: nothing of ours is sniffed into another type, framed
 * or given a referrer. The renderer's own answers replace the CSP with the app's full policy.
 */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
}
