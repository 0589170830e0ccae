import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStaticHandler } from '../../../src/main/media/static';

const csp = "default-src 'none'; script-src 'self'";
const indexHtml = '<!doctype html><title>Linimasa</title><div id="root"></div>';

let tmp: string;
let rendererDir: string;

beforeEach(() => {
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'linimasa-static-')));
  rendererDir = join(tmp, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), indexHtml);
  writeFileSync(join(rendererDir, 'assets', 'index-abc123.js'), 'console.log("app")');
  writeFileSync(join(rendererDir, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(rendererDir, 'assets', 'inter.woff2'), 'font');
  mkdirSync(join(tmp, 'renderer-evil'));
  writeFileSync(join(tmp, 'renderer-evil', 'secret.txt'), 'secret');
});

afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('createStaticHandler', () => {
  const serve = (url: string, init?: RequestInit, spaFallback?: boolean) =>
    createStaticHandler(rendererDir, { csp, spaFallback })(new Request(url, init));

  it.each(['linimasa://app/', 'linimasa://app/index.html', 'http://127.0.0.1:4173/'])(
    'serves index.html for %s with the security headers',
    async (url) => {
      const response = await serve(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(indexHtml);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(csp);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    },
  );

  it.each([
    ['assets/index-abc123.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc123.css', 'text/css; charset=utf-8'],
    ['assets/inter.woff2', 'font/woff2'],
  ])('serves %s as %s', async (path, type) => {
    const response = await serve(`linimasa://app/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('cache-control')).toBeNull();
  });

  it('answers router paths with index.html', async () => {
    for (const url of [
      'linimasa://app/kalender/2025-08',
      'linimasa://app/pengaturan',
      'linimasa://app/aset/',
    ]) {
      const response = await serve(url);
      expect(response.status, url).toBe(200);
      expect(await response.text()).toBe(indexHtml);
    }
  });

  it('answers 404 for a missing file with an extension', async () => {
    const response = await serve('linimasa://app/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(csp);
  });

  it('answers 404 for router paths when the fallback is off', async () => {
    expect((await serve('linimasa://app/pengaturan', undefined, false)).status).toBe(404);
  });

  it('never serves outside the renderer folder', async () => {
    symlinkSync(
      join(tmp, 'renderer-evil', 'secret.txt'),
      join(rendererDir, 'assets', 'linked.txt'),
    );
    for (const url of [
      'linimasa://app/..%2frenderer-evil/secret.txt',
      'linimasa://app/%2e%2e%2frenderer-evil%2fsecret.txt',
      'linimasa://app/assets/linked.txt',
      'linimasa://app/%2fetc%2fpasswd',
    ]) {
      const response = await serve(url);
      expect(await response.text(), url).not.toContain('secret');
    }
  });

  it('refuses writes with 405', async () => {
    const response = await serve('linimasa://app/index.html', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await serve('linimasa://app/index.html', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.body).toBeNull();
    expect(response.headers.get('content-length')).toBe(String(indexHtml.length));
  });
});
