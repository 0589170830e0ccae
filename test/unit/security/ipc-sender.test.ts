import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../src/shared/security/ipc-sender';

describe('isTrustedSender', () => {
  it('trusts only the app’s own main frame', () => {
    expect(isTrustedSender('linimasa://app/index.html', true, 'linimasa://app')).toBe(true);
    expect(isTrustedSender('http://localhost:5173/', true, 'http://localhost:5173')).toBe(true);
  });

  it('refuses a subframe even on the app origin', () => {
    expect(isTrustedSender('linimasa://app/index.html', false, 'linimasa://app')).toBe(false);
  });

  it('refuses a main frame that shows another page', () => {
    expect(isTrustedSender('https://evil.example/', true, 'linimasa://app')).toBe(false);
    expect(isTrustedSender('file:///tmp/x.html', true, 'linimasa://app')).toBe(false);
    expect(isTrustedSender('linimasa://media/assets/ab/x.svg', true, 'linimasa://app')).toBe(false);
  });

  it('refuses a frame whose URL is unknown', () => {
    expect(isTrustedSender(undefined, true, 'linimasa://app')).toBe(false);
    expect(isTrustedSender('', true, 'linimasa://app')).toBe(false);
  });
});
