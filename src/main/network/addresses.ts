import type { NetworkInterfaceInfo } from 'node:os';
import type { ListenAddress } from './listen-address';

/** What `os.networkInterfaces()` returns; passed in so that tests can name their own. */
export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** An address colleagues can open, with what it is ("wlan0", "humas-pc.local"). */
export interface OpenAddress {
  url: string;
  label: string;
}

export interface ServedNetwork {
  /** What the host listens on, each with its actual port. */
  listen: readonly ListenAddress[];
  /** Host names the office uses for this computer (`--name humas-pc.local`). */
  names: readonly string[];
  tls: boolean;
  interfaces: Interfaces;
}

const everyInterface = '0.0.0.0';

/** `host:port` of each address this host answers to, in the order they are printed. */
function hostPorts({ listen, names, interfaces }: ServedNetwork) {
  const seen = new Map<string, string>();
  const add = (host: string, port: number, label: string) => {
    const key = `${host}:${port}`;
    if (!seen.has(key)) seen.set(key, label);
  };
  for (const { host, port } of listen) {
    if (host !== everyInterface) {
      add(host, port, host === '127.0.0.1' ? 'komputer ini' : host);
      continue;
    }
    // "Every interface": each IPv4 address of this computer's network cards.
    for (const [name, infos] of Object.entries(interfaces)) {
      for (const info of infos ?? []) {
        if (info.family === 'IPv4' && !info.internal) add(info.address, port, name);
      }
    }
  }
  const ports = [...new Set(listen.map((address) => address.port))];
  for (const name of names) for (const port of ports) add(name.toLowerCase(), port, name);
  return seen;
}

/** The addresses colleagues can open: every listen address (per interface for 0.0.0.0), every name. */
export function openAddresses(network: ServedNetwork): OpenAddress[] {
  const scheme = network.tls ? 'https' : 'http';
  return [...hostPorts(network)]
    .filter(([hostPort]) => !hostPort.startsWith('127.0.0.1:'))
    .map(([hostPort, label]) => ({ url: `${scheme}://${hostPort}/`, label }));
}

/**
 * The Host headers this host answers to (else 421): 127.0.0.1 and localhost on each port, each
 * listen address, each interface's address when listening on 0.0.0.0, and each `--name`. A page
 * whose own DNS name was rebound to one of our addresses still names itself, and is refused.
 */
export function allowedHosts(network: ServedNetwork): Set<string> {
  const hosts = new Set(hostPorts(network).keys());
  for (const { port } of network.listen) {
    hosts.add(`127.0.0.1:${port}`);
    hosts.add(`localhost:${port}`);
  }
  return hosts;
}

/** The origins a page of ours has (checked on POST and the event stream; else 403). */
export function allowedOrigins(network: ServedNetwork): Set<string> {
  const scheme = network.tls ? 'https' : 'http';
  return new Set([...allowedHosts(network)].map((host) => `${scheme}://${host}`));
}

/** The IPv4 addresses a certificate must name: each listen address, each card's for 0.0.0.0. */
export function certificateAddresses(
  listen: readonly ListenAddress[],
  interfaces: Interfaces,
): string[] {
  return [...hostPorts({ listen, names: [], tls: true, interfaces }).keys()].map(
    (hostPort) => hostPort.split(':')[0]!,
  );
}
