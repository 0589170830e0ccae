import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { ListenAddressError, type ListenAddress } from '../network/listen-address';

/** The certificate and key of an HTTPS host (PEM). */
export interface TlsPair {
  cert: string;
  key: string;
}

/**
 * One server per listen address, HTTP or HTTPS, all with the same handler. Port 0 picks a free
 * port once; every other address given port 0 then shares it, so 127.0.0.1 and 127.0.0.2 (or a
 * LAN address) serve on one port. A failure closes what was already open.
 */
export async function listenAll(
  listen: readonly ListenAddress[],
  handler: RequestListener,
  tls: TlsPair | undefined,
): Promise<{ servers: Server[]; listen: ListenAddress[] }> {
  const servers: Server[] = [];
  const actual: ListenAddress[] = [];
  let sharedPort = 0;
  try {
    for (const address of listen) {
      const server = tls
        ? createHttpsServer({ cert: tls.cert, key: tls.key }, handler)
        : createHttpServer(handler);
      const port = address.port || sharedPort;
      await new Promise<void>((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) =>
          reject(listenFailure(address.host, port, error)),
        );
        server.listen(port, address.host, () => resolve());
      });
      servers.push(server);
      const bound = (server.address() as AddressInfo).port;
      if (address.port === 0 && sharedPort === 0) sharedPort = bound;
      actual.push({ host: address.host, port: bound });
    }
  } catch (error) {
    for (const server of servers) server.close();
    throw error;
  }
  return { servers, listen: actual };
}

function listenFailure(host: string, port: number, error: NodeJS.ErrnoException): Error {
  const where = `${host}:${port}`;
  if (error.code === 'EADDRINUSE')
    return new ListenAddressError(
      `Port ${where} sudah dipakai program lain. Pilih port lain.`,
      'in_use',
    );
  if (error.code === 'EADDRNOTAVAIL')
    return new ListenAddressError(
      `Alamat ${host} bukan milik komputer ini. Pakai alamat salah satu jaringannya, atau 0.0.0.0.`,
      'not_here',
    );
  if (error.code === 'EACCES')
    return new ListenAddressError(
      `Port ${where} memerlukan hak administrator. Pilih port 1024 ke atas, mis. 8080.`,
      'needs_admin',
    );
  return error;
}

/**
 * Stops accepting at once, ends what never finishes by itself (event streams: `beforeWait`),
 * lets running requests finish for up to `graceMs`, then cuts whatever is left.
 */
export async function closeGracefully(
  servers: readonly Server[],
  beforeWait: () => void,
  graceMs: number,
): Promise<void> {
  const closed = servers.map(
    (server) => new Promise<void>((resolve) => server.close(() => resolve())),
  );
  beforeWait();
  // A kept-alive connection that is idle (now, or once its request is answered) is let go.
  const idle = setInterval(() => {
    for (const server of servers) server.closeIdleConnections();
  }, 25);
  for (const server of servers) server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, graceMs);
  });
  await Promise.race([Promise.all(closed), deadline]);
  clearInterval(idle);
  clearTimeout(timer);
  for (const server of servers) server.closeAllConnections();
  await Promise.all(closed);
}
