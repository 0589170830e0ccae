import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu, in Indonesian, built from Electron roles so shortcuts (Ctrl+Z, Ctrl+C,
 * Ctrl+V…) behave as officers expect in text fields. Reload and developer tools appear only in
 * development: a reload in the middle of editing a post would lose the draft.
 */
export function applicationMenuTemplate(options: {
  developerTools: boolean;
  platform: NodeJS.Platform;
}): MenuItemConstructorOptions[] {
  const { developerTools, platform } = options;
  const isMac = platform === 'darwin';

  const macAppMenu: MenuItemConstructorOptions = {
    label: 'Linimasa',
    submenu: [
      { role: 'about', label: 'Tentang Linimasa' },
      { type: 'separator' },
      { role: 'hide', label: 'Sembunyikan Linimasa' },
      { role: 'hideOthers', label: 'Sembunyikan Lainnya' },
      { role: 'unhide', label: 'Tampilkan Semua' },
      { type: 'separator' },
      { role: 'quit', label: 'Keluar dari Linimasa' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'Berkas',
    submenu: [
      isMac ? { role: 'close', label: 'Tutup Jendela' } : { role: 'quit', label: 'Keluar' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo', label: 'Urungkan' },
      { role: 'redo', label: 'Ulangi' },
      { type: 'separator' },
      { role: 'cut', label: 'Potong' },
      { role: 'copy', label: 'Salin' },
      { role: 'paste', label: 'Tempel' },
      { role: 'selectAll', label: 'Pilih Semua' },
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = developerTools
    ? [
        { role: 'reload', label: 'Muat Ulang' },
        { role: 'toggleDevTools', label: 'Alat Pengembang' },
        { type: 'separator' },
      ]
    : [];

  const viewMenu: MenuItemConstructorOptions = {
    label: 'Tampilan',
    submenu: [
      ...developerItems,
      { role: 'resetZoom', label: 'Ukuran Normal' },
      { role: 'zoomIn', label: 'Perbesar' },
      { role: 'zoomOut', label: 'Perkecil' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Layar Penuh' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: 'Bantuan',
    submenu: [{ role: 'about', label: 'Tentang Linimasa' }],
  };

  return [...(isMac ? [macAppMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}

export function installApplicationMenu(options: { developerTools: boolean }): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(applicationMenuTemplate({ ...options, platform: process.platform })),
  );
}
