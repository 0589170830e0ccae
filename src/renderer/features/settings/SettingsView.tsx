import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { ScreenHeader } from '../../components/ScreenHeader';
import { hasUnsavedEdits } from '../../forms/unsaved-edits';
import {
  routeHash,
  settingsSections,
  type SettingsSection as SectionName,
} from '../../navigation/routes';
import { navigate, useRoute } from '../../navigation/use-route';
import { useSettings } from '../../stores/settings';
import { ApprovalSettingsSection } from './ApprovalSettingsSection';
import { BackupSection } from './BackupSection';
import { CampaignsSection } from './CampaignsSection';
import { ChannelsSection } from './ChannelsSection';
import { DataLocationSection } from './DataLocationSection';
import { DocumentSection } from './DocumentSection';
import { LeaveSectionDialog } from './LeaveSectionDialog';
import { ObservancesSection } from './ObservancesSection';
import { OfficeNetworkSection } from './network/OfficeNetworkSection';
import { ExchangeSection } from '../exchange/ExchangeSection';
import { OfficeProfileForm } from './OfficeProfileForm';
import { PeopleSection } from './PeopleSection';
import { TargetsSection } from './TargetsSection';
import { PreferencesForm } from './PreferencesForm';
import { HostStatusSection } from './host-status/HostStatusSection';
import { OfficeConnectSection } from './office-connect/OfficeConnectSection';
import { SecuritySection } from './security/SecuritySection';
import { useIsAdmin } from '../../stores/session';
import { useSectionTarget } from './use-section-target';
import type { Settings } from '../../../shared/domain/settings';
import './settings-layout.css';

/** The words of each section: its title (also its link in the section list) and description. */
const sectionWords = {
  office: { title: 'office.title', description: 'office.description' },
  preferences: { title: 'preferences.title', description: 'preferences.description' },
  document: { title: 'printDocument.title' },
  people: { title: 'people.title', description: 'people.description' },
  security: { title: 'accounts.security.title', description: 'accounts.security.description' },
  channels: { title: 'channels.title', description: 'channels.description' },
  campaigns: { title: 'campaigns.title', description: 'campaigns.description' },
  approval: { title: 'approval.settingsTitle', description: 'approval.settingsDescription' },
  kinerja: { title: 'kinerja.targets.title', description: 'kinerja.targets.description' },
  observances: { title: 'observances.title', description: 'observances.description' },
  backup: { title: 'backup.title', description: 'backup.description' },
  dataLocation: { title: 'dataLocation.title', description: 'dataLocation.description' },
  hostStatus: { title: 'hostStatus.title', description: 'hostStatus.description' },
  officeConnect: { title: 'officeConnect.title', description: 'officeConnect.description' },
  network: { title: 'officeNetwork.title', description: 'officeNetwork.description' },
  exchange: { title: 'exchange.title' },
} as const satisfies Record<SectionName, { title: string; description?: string }>;

/**
 * Settings one section at a time: the list of sections on the left (each an address,
 * `#/pengaturan/kanal`), the chosen section on the right with its own "Simpan". Leaving a
 * section with edits not yet saved asks first (`forms/unsaved-edits.ts`).
 */
export function SettingsView() {
  const { t } = useTranslation();
  const settings = useSettings((state) => state.settings);
  const current =
    useRoute((state) => (state.route.screen === 'settings' ? state.route.section : undefined)) ??
    settingsSections[0];
  const [leavingFor, setLeavingFor] = useState<SectionName | null>(null);
  // Keamanan and the host's status are the administrators' (the host refuses their methods to
  // anyone else).
  const isAdmin = useIsAdmin();
  // Hubungkan ke kantor is the desktop app's: a browser is already on the office host.
  const listed = settingsSections.filter(
    (name) =>
      (isAdmin || !adminListed.has(name)) &&
      (name !== 'officeConnect' || window.linimasaDesktop !== undefined),
  );
  if (!settings) return null;

  return (
    <>
      <ScreenHeader title={t('settings.title')}>
        <p>{t('settings.intro')}</p>
      </ScreenHeader>
      <div className="settings-layout">
        <nav className="settings-nav" aria-label={t('settings.sectionsLabel')}>
          <ul>
            {listed.map((name) => (
              <li key={name}>
                <a
                  className="settings-nav__link"
                  href={routeHash({ screen: 'settings', section: name })}
                  aria-current={name === current ? 'page' : undefined}
                  onClick={(event) => {
                    if (name === current || !hasUnsavedEdits()) return;
                    event.preventDefault();
                    setLeavingFor(name);
                  }}
                >
                  {t(sectionWords[name].title)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings-panel">
          {!isAdmin && adminSections.has(current) ? (
            // Office-wide settings are the administrators' (the host refuses the rest): others
            // read them, with every control switched off, and are told whom to ask.
            <>
              <p className="settings-readonly" role="note">
                {t('settings.adminOnly')}
              </p>
              <fieldset className="settings-readonly__fields" disabled>
                <CurrentSection name={current} settings={settings} />
              </fieldset>
            </>
          ) : (
            <CurrentSection name={current} settings={settings} />
          )}
        </div>
      </div>
      {leavingFor && (
        <LeaveSectionDialog
          section={t(sectionWords[current].title)}
          onStay={() => setLeavingFor(null)}
          onLeave={() => {
            const target = leavingFor;
            setLeavingFor(null);
            navigate({ screen: 'settings', section: target });
          }}
        />
      )}
    </>
  );
}

/** Sections listed for administrators only. */
const adminListed: ReadonlySet<SectionName> = new Set(['security', 'hostStatus']);

/** Sections whose every change is an administrator's (settings.*, channels.*, backup.*). */
const adminSections: ReadonlySet<SectionName> = new Set([
  'office',
  'preferences',
  'document',
  'channels',
  'approval',
  'backup',
]);

function CurrentSection({ name, settings }: { name: SectionName; settings: Settings }) {
  // The document section draws its own card (its preview sits beside the form).
  if (name === 'document') return <DocumentSection key={name} settings={settings} />;
  return (
    <SettingsSection key={name} name={name}>
      {sectionBody(name, settings)}
    </SettingsSection>
  );
}

function sectionBody(name: Exclude<SectionName, 'document'>, settings: Settings): ReactNode {
  switch (name) {
    case 'office':
      return <OfficeProfileForm settings={settings} />;
    case 'preferences':
      return <PreferencesForm settings={settings} />;
    case 'people':
      return <PeopleSection />;
    case 'security':
      return <SecuritySection settings={settings} />;
    case 'channels':
      return <ChannelsSection />;
    case 'campaigns':
      return <CampaignsSection />;
    case 'approval':
      return <ApprovalSettingsSection settings={settings} />;
    case 'kinerja':
      return <TargetsSection settings={settings} />;
    case 'observances':
      return <ObservancesSection settings={settings} />;
    case 'backup':
      return <BackupSection settings={settings} />;
    case 'dataLocation':
      return <DataLocationSection />;
    case 'hostStatus':
      return <HostStatusSection zone={settings.timeZone} />;
    case 'officeConnect':
      return <OfficeConnectSection />;
    case 'network':
      return <OfficeNetworkSection />;
    case 'exchange':
      return <ExchangeSection zone={settings.timeZone} />;
  }
}

/** One settings card: the shared `Section`, its heading focused when the address names it. */
function SettingsSection({ name, children }: { name: SectionName; children: ReactNode }) {
  const { t } = useTranslation();
  const headingRef = useSectionTarget(name);
  const words = sectionWords[name];
  return (
    <Section
      title={t(words.title)}
      description={'description' in words ? t(words.description) : undefined}
      className="settings-section"
      id={`settings-${name}`}
      headingRef={headingRef}
    >
      {children}
    </Section>
  );
}
