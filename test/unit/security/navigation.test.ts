import { describe, expect, it } from 'vitest';
import { isNavigationAllowed } from '../../../src/shared/security/navigation';

describe('isNavigationAllowed', () => {
  const electronApp = 'linimasa://app';
  const browserApp = 'http://127.0.0.1:4173';

  it('allows pages of the app itself', () => {
    expect(isNavigationAllowed('linimasa://app/index.html', electronApp)).toBe(true);
    expect(isNavigationAllowed('linimasa://app/kalender/2025-08?view=month#top', electronApp)).toBe(
      true,
    );
    expect(isNavigationAllowed('LINIMASA://APP/index.html', electronApp)).toBe(true);
    expect(isNavigationAllowed('http://127.0.0.1:4173/pengaturan', browserApp)).toBe(true);
    expect(isNavigationAllowed('http://127.0.0.1:4173/', `${browserApp}/index.html`)).toBe(true);
  });

  it('refuses the media host, which is a different origin on purpose', () => {
    expect(isNavigationAllowed('linimasa://media/assets/ab/ab12.jpg', electronApp)).toBe(false);
  });

  it.each([
    'file:///etc/passwd',
    'file:///C:/Users/humas/Documents/rahasia.docx',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:linimasa://app/123',
    'about:blank',
    'https://kominfo.go.id/',
    'http://app/',
    'linimasa://app.evil/',
    'linimasa://evil/',
    'linimasa://user:pass@app/',
  ])('refuses %s from the Electron app', (target) => {
    expect(isNavigationAllowed(target, electronApp)).toBe(false);
  });

  it.each([
    'http://127.0.0.1:4174/',
    'http://127.0.0.1/',
    'https://127.0.0.1:4173/',
    'http://localhost:4173/',
    'http://127.0.0.1.evil.example:4173/',
    'http://user@127.0.0.1:4173/',
    'ws://127.0.0.1:4173/',
  ])('refuses %s from the browser app', (target) => {
    expect(isNavigationAllowed(target, browserApp)).toBe(false);
  });

  it('refuses malformed URLs and a malformed app origin', () => {
    expect(isNavigationAllowed('', electronApp)).toBe(false);
    expect(isNavigationAllowed('not a url', electronApp)).toBe(false);
    expect(isNavigationAllowed('http://[::1', browserApp)).toBe(false);
    expect(isNavigationAllowed('linimasa://app/', '')).toBe(false);
    expect(isNavigationAllowed('linimasa://app/', 'app')).toBe(false);
  });

  it('never treats two opaque-origin URLs as the same app', () => {
    // URL.origin is "null" for both; comparing origins would wrongly allow this.
    expect(isNavigationAllowed('file:///etc/passwd', 'file:///opt/linimasa/index.html')).toBe(
      false,
    );
    expect(isNavigationAllowed('file:///etc/passwd', electronApp)).toBe(false);
  });
});
