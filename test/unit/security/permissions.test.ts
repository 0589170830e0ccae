import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../src/shared/security/permissions';

describe('isPermissionAllowed', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'display-capture',
    'mediaKeySystem',
    'idle-detection',
    'window-management',
    'fileSystem',
    'hid',
    'serial',
    'usb',
    'unknown',
    'a-permission-chromium-adds-next-year',
    '',
  ])('denies %s', (permission) => {
    expect(isPermissionAllowed(permission)).toBe(false);
  });

  it('allows writing plain text to the clipboard for "Salin caption"', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
  });
});
