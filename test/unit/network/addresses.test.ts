import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  allowedHosts,
  certificateAddresses,
  allowedOrigins,
  openAddresses,
  type Interfaces,
} from '../../../src/main/network/addresses';

const card = (address: string, family: 'IPv4' | 'IPv6' = 'IPv4', internal = false) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;

/** A laptop on the office Wi-Fi and cable, as os.networkInterfaces() describes it. */
const interfaces: Interfaces = {
  lo: [card('127.0.0.1', 'IPv4', true), card('::1', 'IPv6', true)],
  wlan0: [card('192.168.1.23'), card('fe80::1', 'IPv6')],
  eth0: [card('10.0.0.5')],
};

describe('the addresses colleagues can open', () => {
  it('lists each IPv4 network card for 0.0.0.0, and each name, never the loopback', () => {
    const network = {
      listen: [{ host: '0.0.0.0', port: 8080 }],
      names: ['humas-pc.local'],
      tls: false,
      interfaces,
    };
    expect(openAddresses(network)).toEqual([
      { url: 'http://192.168.1.23:8080/', label: 'wlan0' },
      { url: 'http://10.0.0.5:8080/', label: 'eth0' },
      { url: 'http://humas-pc.local:8080/', label: 'humas-pc.local' },
    ]);
  });

  it('lists just the address given, https under TLS', () => {
    const network = {
      listen: [
        { host: '127.0.0.1', port: 8443 },
        { host: '127.0.0.2', port: 8443 },
      ],
      names: [],
      tls: true,
      interfaces,
    };
    expect(openAddresses(network)).toEqual([
      { url: 'https://127.0.0.2:8443/', label: '127.0.0.2' },
    ]);
  });

  it('accepts as Host only our addresses and names with their port; origins with the scheme', () => {
    const network = {
      listen: [{ host: '0.0.0.0', port: 8080 }],
      names: ['Humas-PC.local'],
      tls: true,
      interfaces,
    };
    const hosts = allowedHosts(network);
    for (const host of [
      '127.0.0.1:8080',
      'localhost:8080',
      '192.168.1.23:8080',
      '10.0.0.5:8080',
      'humas-pc.local:8080',
    ])
      expect(hosts.has(host), host).toBe(true);
    for (const host of ['evil.example:8080', '192.168.1.23:80', '192.168.1.23', '0.0.0.0:8080'])
      expect(hosts.has(host), host).toBe(false);
    const origins = allowedOrigins(network);
    expect(origins.has('https://192.168.1.23:8080')).toBe(true);
    expect(origins.has('http://192.168.1.23:8080')).toBe(false);
  });

  it('names in the certificate each card’s address for 0.0.0.0, never 0.0.0.0 itself', () => {
    expect(
      certificateAddresses(
        [
          { host: '0.0.0.0', port: 8443 },
          { host: '127.0.0.2', port: 8443 },
        ],
        interfaces,
      ),
    ).toEqual(['192.168.1.23', '10.0.0.5', '127.0.0.2']);
  });
});
