import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../shared/domain/settings';
import type { Catalog } from '../../shared/i18n';
import { translate, type LeafKey } from '../../shared/i18n/translate';
import { desktopLocale } from './words';

/**
 * The application menu, in the office's language (Indonesian first), built from Electron roles so shortcuts (Ctrl+Z, Ctrl+C,
 * Ctrl+V…) behave as officers expect in text fields. Reload and developer tools appear only in
 * development: a reload in the middle of editing a post would lose the draft.
 */
export function applicationMenuTemplate(options: {
  developerTools: boolean;
  platform: NodeJS.Platform;
  locale?: Locale;
  /** The office connection's items at the top of the File menu (electron/office-connect.ts). */
  officeItems?: MenuItemConstructorOptions[];
}): MenuItemConstructorOptions[] {
  const { developerTools, platform } = options;
  const word = (key: LeafKey<Catalog['desktop']['menu']>) =>
    translate(options.locale ?? 'id', `desktop.menu.${key}`);
  const isMac = platform === 'darwin';

  const macAppMenu: MenuItemConstructorOptions = {
    label: 'Linimasa',
    submenu: [
      { role: 'about', label: word('about') },
      { type: 'separator' },
      { role: 'hide', label: word('hide') },
      { role: 'hideOthers', label: word('hideOthers') },
      { role: 'unhide', label: word('unhide') },
      { type: 'separator' },
      { role: 'quit', label: word('quitApp') },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: word('file'),
    submenu: [
      ...(options.officeItems?.length
        ? [...options.officeItems, { type: 'separator' as const }]
        : []),
      isMac ? { role: 'close', label: word('closeWindow') } : { role: 'quit', label: word('quit') },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: word('edit'),
    submenu: [
      { role: 'undo', label: word('undo') },
      { role: 'redo', label: word('redo') },
      { type: 'separator' },
      { role: 'cut', label: word('cut') },
      { role: 'copy', label: word('copy') },
      { role: 'paste', label: word('paste') },
      { role: 'selectAll', label: word('selectAll') },
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = developerTools
    ? [
        { role: 'reload', label: word('reload') },
        { role: 'toggleDevTools', label: word('devTools') },
        { type: 'separator' },
      ]
    : [];

  const viewMenu: MenuItemConstructorOptions = {
    label: word('view'),
    submenu: [
      ...developerItems,
      { role: 'resetZoom', label: word('resetZoom') },
      { role: 'zoomIn', label: word('zoomIn') },
      { role: 'zoomOut', label: word('zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: word('fullScreen') },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: word('help'),
    submenu: [{ role: 'about', label: word('about') }],
  };

  return [...(isMac ? [macAppMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}

export function installApplicationMenu(options: {
  developerTools: boolean;
  officeItems?: MenuItemConstructorOptions[];
}): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate({ ...options, platform: process.platform, locale: desktopLocale() }),
    ),
  );
}
