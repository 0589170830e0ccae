import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AssetsIcon, CalendarIcon, ExportIcon, ReportIcon, SettingsIcon } from './components/icons';
import {
  ActionsIcon,
  NeedsActionCount,
  useNeedsActionRefresh,
} from './features/actions/NeedsActionCount';
import {
  routeHash,
  screenForShortcut,
  shortcutNumber,
  shownScreens,
  type Route,
  type Screen,
} from './navigation/routes';
import { navigate, useRoute } from './navigation/use-route';
import { useCampaigns, useChannels, usePeople } from './stores/collections';
import { useOfficeIdentity } from './stores/office-identity';
import { useSettings } from './stores/settings';
import { ActionsView } from './features/actions/ActionsView';
import { AssetsView } from './features/assets/AssetsView';
import { CalendarView } from './features/calendar/CalendarView';
import { ExportView } from './features/export/ExportView';
import { ReportScreen } from './features/report/ReportScreen';
import { ProvinceScreen } from './features/province/ProvinceScreen';
import { SettingsView } from './features/settings/SettingsView';
import { NotificationBell } from './features/notifications/NotificationBell';
import { OfflineBanner } from './features/offline/OfflineBanner';
import { FirstRunGuide } from './features/setup/FirstRunGuide';
import { SessionMenu } from './features/signin/SessionMenu';

const navItems: Record<Screen, { icon: ReactNode; labelKey: `nav.${Screen}` }> = {
  calendar: { icon: <CalendarIcon />, labelKey: 'nav.calendar' },
  actions: { icon: <ActionsIcon />, labelKey: 'nav.actions' },
  assets: { icon: <AssetsIcon />, labelKey: 'nav.assets' },
  export: { icon: <ExportIcon />, labelKey: 'nav.export' },
  report: { icon: <ReportIcon />, labelKey: 'nav.report' },
  province: { icon: <ExportIcon />, labelKey: 'nav.province' },
  settings: { icon: <SettingsIcon />, labelKey: 'nav.settings' },
};

/** The app frame: navigation on the left, the current screen on the right. */
export function Shell() {
  const { t } = useTranslation();
  const route = useRoute((state) => state.route);
  const officeName = useSettings((state) => state.settings?.officeName ?? '');
  const mainRef = useRef<HTMLElement>(null);
  const exchangeSetUp = useOfficeIdentity(
    (state) => state.level !== null && state.level !== 'loading',
  );
  const shown = useMemo(() => shownScreens(exchangeSetUp), [exchangeSetUp]);
  useNeedsActionRefresh();

  useEffect(() => {
    void usePeople.getState().load();
    void useChannels.getState().load();
    void useCampaigns.getState().load();
    void useOfficeIdentity.getState().load();
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const screen = screenForShortcut(event, shown);
      if (!screen) return;
      event.preventDefault();
      navigate({ screen });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [shown]);

  useEffect(() => {
    document.title = t('app.documentTitle', { screen: t(navItems[route.screen].labelKey) });
  }, [route.screen, t]);

  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        {t('app.skipToContent')}
      </button>
      <div className="sidebar">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            <CalendarIcon size={22} />
          </span>
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            <span className={`brand__office${officeName ? '' : ' brand__office--unset'}`}>
              {officeName || t('nav.officeNotSet')}
            </span>
          </span>
        </div>
        <NotificationBell />
        <nav aria-label={t('nav.label')} className="nav">
          <ul>
            {shown.map((screen) => (
              <li key={screen}>
                <a
                  href={routeHash({ screen })}
                  className="nav__link"
                  aria-current={route.screen === screen ? 'page' : undefined}
                  aria-keyshortcuts={`Control+${shortcutNumber(screen)}`}
                >
                  {navItems[screen].icon}
                  <span className="nav__label">{t(navItems[screen].labelKey)}</span>
                  {screen === 'actions' && <NeedsActionCount />}
                  <kbd className="nav__shortcut" aria-hidden="true">
                    Ctrl+{shortcutNumber(screen)}
                  </kbd>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <SessionMenu />
      </div>
      <main className="main" id="main" ref={mainRef} tabIndex={-1}>
        <OfflineBanner />
        <Screen route={route} />
      </main>
      <FirstRunGuide />
    </div>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'calendar':
      return <CalendarView />;
    case 'actions':
      return <ActionsView />;
    case 'assets':
      return <AssetsView />;
    case 'export':
      return <ExportView />;
    case 'report':
      return <ReportScreen section={route.section} />;
    case 'province':
      return <ProvinceScreen />;
    case 'settings':
      return <SettingsView />;
  }
}
