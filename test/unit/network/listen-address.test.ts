import { describe, expect, it } from 'vitest';
import {
  isLocalAddress,
  ListenAddressError,
  parseListenAddress,
} from '../../../src/main/network/listen-address';

describe('--listen ADDRESS:PORT', () => {
  it('reads an IPv4 address and a port', () => {
    expect(parseListenAddress('0.0.0.0:8080')).toEqual({ host: '0.0.0.0', port: 8080 });
    expect(parseListenAddress(' 192.168.1.10:443 ')).toEqual({ host: '192.168.1.10', port: 443 });
  });

  it('refuses what is not ADDRESS:PORT, not IPv4, or a port outside 1–65535, in Indonesian', () => {
    for (const [text, words] of [
      ['8080', /tulis ALAMAT:PORT/],
      ['humas-pc:8080', /bukan alamat IPv4/],
      ['192.168.1.300:8080', /bukan alamat IPv4/],
      ['[::1]:8080', /tulis ALAMAT:PORT/],
      ['127.0.0.1:0', /pilih 1–65535/],
      ['127.0.0.1:70000', /pilih 1–65535/],
    ] as const) {
      expect(() => parseListenAddress(text), text).toThrow(ListenAddressError);
      expect(() => parseListenAddress(text), text).toThrow(words);
    }
    expect(parseListenAddress('127.0.0.1:0', { allowPortZero: true }).port).toBe(0);
  });

  it('counts only 127.0.0.1 (also IPv4-mapped) as this computer', () => {
    expect(isLocalAddress('127.0.0.1')).toBe(true);
    expect(isLocalAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isLocalAddress('127.0.0.2')).toBe(false);
    expect(isLocalAddress('192.168.1.10')).toBe(false);
    expect(isLocalAddress(undefined)).toBe(false);
  });
});
