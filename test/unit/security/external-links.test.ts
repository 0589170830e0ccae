import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from '../../../src/shared/security/external-links';

describe('safeExternalUrl', () => {
  it('accepts web pages and returns them normalized', () => {
    expect(safeExternalUrl('https://www.instagram.com/humas.pemkab/')).toBe(
      'https://www.instagram.com/humas.pemkab/',
    );
    expect(safeExternalUrl('HTTPS://JatengProv.go.id')).toBe('https://jatengprov.go.id/');
    expect(safeExternalUrl('http://192.168.1.10:8080/jadwal?bulan=8')).toBe(
      'http://192.168.1.10:8080/jadwal?bulan=8',
    );
    expect(safeExternalUrl('https://id.wikipedia.org/wiki/Hari Kemerdekaan')).toBe(
      'https://id.wikipedia.org/wiki/Hari%20Kemerdekaan',
    );
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    'ms-settings:privacy',
    'javascript:alert(1)',
    'data:text/html,hi',
    'mailto:humas@example.go.id',
    'linimasa://app/index.html',
    'ftp://example.com/',
    '//example.com/',
    '/relative/path',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(safeExternalUrl(url)).toBeNull();
  });

  it('refuses embedded credentials', () => {
    expect(safeExternalUrl('https://kominfo.go.id@evil.example/')).toBeNull();
    expect(safeExternalUrl('https://user:pass@example.com/')).toBeNull();
    expect(safeExternalUrl('https://:pass@example.com/')).toBeNull();
  });

  it('refuses control and invisible formatting characters', () => {
    expect(safeExternalUrl('https://example.com/\nnext')).toBeNull();
    expect(safeExternalUrl('https://example.com/\r')).toBeNull();
    expect(safeExternalUrl('https://exa\tmple.com/')).toBeNull();
    expect(safeExternalUrl('https://example.com/\u0000')).toBeNull();
    expect(safeExternalUrl('https://example.com/\u0085')).toBeNull();
    expect(safeExternalUrl('https://example.com/\u202Egpj.exe')).toBeNull();
    expect(safeExternalUrl('\u0001https://example.com/')).toBeNull();
  });

  it('refuses a URL without a host', () => {
    expect(safeExternalUrl('http:')).toBeNull();
    expect(safeExternalUrl('https://')).toBeNull();
  });
});
