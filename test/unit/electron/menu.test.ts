import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({ Menu: {} }));

import { applicationMenuTemplate } from '../../../src/main/electron/menu';

function roles(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('applicationMenuTemplate', () => {
  it('has Indonesian top-level menus', () => {
    const labels = applicationMenuTemplate({ developerTools: false, platform: 'win32' }).map(
      (item) => item.label,
    );
    expect(labels).toEqual(['Berkas', 'Edit', 'Tampilan', 'Bantuan']);
  });

  it('follows the office’s language', () => {
    const labels = applicationMenuTemplate({
      developerTools: false,
      platform: 'win32',
      locale: 'en',
    }).map((item) => item.label);
    expect(labels).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('keeps the editing shortcuts officers rely on', () => {
    expect(roles(applicationMenuTemplate({ developerTools: false, platform: 'linux' }))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
  });

  it('offers reload and developer tools only in development', () => {
    const installed = roles(applicationMenuTemplate({ developerTools: false, platform: 'win32' }));
    expect(installed).not.toContain('reload');
    expect(installed).not.toContain('toggleDevTools');
    const development = roles(applicationMenuTemplate({ developerTools: true, platform: 'win32' }));
    expect(development).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('adds the app menu on macOS', () => {
    const labels = applicationMenuTemplate({ developerTools: false, platform: 'darwin' }).map(
      (item) => item.label,
    );
    expect(labels).toEqual(['Linimasa', 'Berkas', 'Edit', 'Tampilan', 'Bantuan']);
  });
});
