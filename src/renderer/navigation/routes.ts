/**
 * Screens live in the URL hash (`#/pengaturan/kanal`): it survives a reload, works the same from
 * Electron's file:// page and from the HTTP host, and never asks the server for another path.
 * Paths are Indonesian because users see them.
 */
export const screens = [
  'calendar',
  'actions',
  'assets',
  'export',
  'report',
  'province',
  'settings',
] as const;
export type Screen = (typeof screens)[number];

/**
 * Ctrl+1… in this order: the first four kept their numbers when "Perlu tindakan" came (shown
 * second in the navigation, reached with Ctrl+5) and "Laporan" (Ctrl+6), so no one's habit broke.
 */
export const shortcutOrder: readonly Screen[] = [
  'calendar',
  'assets',
  'export',
  'settings',
  'actions',
  'report',
  'province',
];
export const shortcutNumber = (screen: Screen): number => shortcutOrder.indexOf(screen) + 1;

/**
 * The screens the navigation lists: "Provinsi" only once this office has an identity for the
 * exchange between offices (until then `#/provinsi` says where to set it up).
 */
export const shownScreens = (exchangeSetUp: boolean): readonly Screen[] =>
  exchangeSetUp ? screens : screens.filter((screen) => screen !== 'province');

export const settingsSections = [
  'office',
  'preferences',
  'document',
  'people',
  'security',
  'channels',
  'campaigns',
  'approval',
  'kinerja',
  'observances',
  'backup',
  'dataLocation',
  'hostStatus',
  'officeConnect',
  'network',
  'exchange',
] as const;
export type SettingsSection = (typeof settingsSections)[number];

/**
 * The kinerja report (`#/laporan`), its platform-data import (`#/laporan/impor`) and the
 * uncertain rows of earlier imports waiting for review (`#/laporan/cocokkan`).
 */
export const reportSections = ['import', 'match'] as const;
export type ReportSection = (typeof reportSections)[number];

const screenPaths: Record<Screen, string> = {
  calendar: 'kalender',
  actions: 'perlu-tindakan',
  assets: 'aset',
  export: 'ekspor',
  report: 'laporan',
  province: 'provinsi',
  settings: 'pengaturan',
};

const sectionPaths: Record<SettingsSection, string> = {
  office: 'profil',
  preferences: 'tampilan',
  document: 'dokumen-cetak',
  people: 'orang',
  security: 'keamanan',
  channels: 'kanal',
  campaigns: 'pilar',
  approval: 'persetujuan',
  kinerja: 'target-kinerja',
  observances: 'hari-peringatan',
  backup: 'cadangan',
  dataLocation: 'lokasi-data',
  hostStatus: 'status-kantor',
  officeConnect: 'hubungkan-kantor',
  network: 'jaringan-kantor',
  exchange: 'pertukaran-antar-kantor',
};

const reportSectionPaths: Record<ReportSection, string> = { import: 'impor', match: 'cocokkan' };

export type Route =
  | { screen: Exclude<Screen, 'settings' | 'report'>; section?: undefined }
  /** The settings section shown (the first when none is named). */
  | { screen: 'settings'; section?: SettingsSection }
  /** The report itself, the platform-data import, or the rows waiting to be matched. */
  | { screen: 'report'; section?: ReportSection };

export function routeHash(route: Route): string {
  const section =
    route.screen === 'settings' && route.section
      ? `/${sectionPaths[route.section]}`
      : route.screen === 'report' && route.section
        ? `/${reportSectionPaths[route.section]}`
        : '';
  return `#/${screenPaths[route.screen]}${section}`;
}

/** Anything unknown (an empty hash, an old bookmark) lands on the calendar rather than an error. */
export function parseRouteHash(hash: string): Route {
  const [screenPath, sectionPath] = hash.replace(/^#\/?/, '').split('/');
  const screen = screens.find((name) => screenPaths[name] === screenPath) ?? 'calendar';
  if (screen === 'report') {
    const section = reportSections.find((name) => reportSectionPaths[name] === sectionPath);
    return section ? { screen, section } : { screen };
  }
  if (screen !== 'settings') return { screen };
  const section = settingsSections.find((name) => sectionPaths[name] === sectionPath);
  return section ? { screen, section } : { screen };
}

/**
 * Ctrl+1…7 (⌘ on a Mac) open the screens in `shortcutOrder`, of those `shown` in the navigation
 * (a hidden screen's number does nothing).
 */
export function screenForShortcut(
  event: {
    key: string;
    ctrlKey: boolean;
    metaKey: boolean;
    altKey: boolean;
    shiftKey: boolean;
  },
  shown: readonly Screen[] = screens,
): Screen | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return undefined;
  const index = Number(event.key) - 1;
  const screen = Number.isInteger(index) ? shortcutOrder[index] : undefined;
  return screen && shown.includes(screen) ? screen : undefined;
}
