import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  mediaContentSecurityPolicy,
} from '../../../src/shared/security/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const production = directives(contentSecurityPolicy({ dev: false }));
  const development = directives(contentSecurityPolicy({ dev: true }));

  it('closes everything by default and opens only what the app uses', () => {
    expect(production.get('default-src')).toEqual(["'none'"]);
    expect(production.get('script-src')).toEqual(["'self'"]);
    expect(production.get('style-src')).toEqual(["'self'"]);
    expect(production.get('connect-src')).toEqual(["'self'"]);
    expect(production.get('object-src')).toEqual(["'none'"]);
    expect(production.get('base-uri')).toEqual(["'none'"]);
    expect(production.get('frame-ancestors')).toEqual(["'none'"]);
    expect(production.get('form-action')).toEqual(["'none'"]);
  });

  it('lets images and video come from the media host', () => {
    expect(production.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'linimasa://media']);
    expect(production.get('media-src')).toContain('linimasa://media');
  });

  it('never ships inline script, eval or a wildcard', () => {
    const policy = contentSecurityPolicy({ dev: false });
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/(^|\s)\*(\s|;|$)/);
    expect(policy).not.toContain('ws:');
  });

  it('opens only what Vite hot reload needs in development', () => {
    expect(development.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(development.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(development.get('connect-src')).toEqual([
      "'self'",
      'ws://localhost:*',
      'ws://127.0.0.1:*',
    ]);
    expect(development.get('object-src')).toEqual(["'none'"]);
    expect(contentSecurityPolicy({ dev: true })).not.toContain('unsafe-eval');
  });

  it('sandboxes files served from the asset library', () => {
    expect(mediaContentSecurityPolicy).toContain("default-src 'none'");
    expect(mediaContentSecurityPolicy).toContain('sandbox');
    expect(mediaContentSecurityPolicy).not.toContain('script');
  });
});
