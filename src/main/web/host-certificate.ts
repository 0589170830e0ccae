import { networkInterfaces } from 'node:os';
import { certificateAddresses, type Interfaces } from '../network/addresses';
import { loadCertificate, selfSignedCertificate, type TlsMaterial } from '../network/certificate';
import type { ListenAddress } from '../network/listen-address';

/** How a host speaks HTTPS: the office's own PEM files, its own certificate, or not at all. */
export type HostTls = { kind: 'self-signed' } | { kind: 'files'; cert: string; key: string } | null;

/**
 * The certificate of an office host, the same for `npm run serve` and the desktop app's switch:
 * the office's files, or a self-signed one made once in `<data dir>/tls/` valid for every address
 * served. `created` says a new one was just made (its fingerprint is new to colleagues).
 */
export async function hostCertificate(
  dataDir: string,
  tls: HostTls,
  served: { listen: readonly ListenAddress[]; names: readonly string[]; interfaces?: Interfaces },
): Promise<(TlsMaterial & { created: boolean }) | undefined> {
  if (!tls) return undefined;
  if (tls.kind === 'files') return { ...loadCertificate(tls.cert, tls.key), created: false };
  return selfSignedCertificate(dataDir, {
    addresses: certificateAddresses(served.listen, served.interfaces ?? networkInterfaces()),
    names: served.names,
  });
}
