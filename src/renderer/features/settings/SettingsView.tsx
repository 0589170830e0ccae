import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import type { SettingsSection as SectionName } from '../../navigation/routes';
import { useSettings } from '../../stores/settings';
import { ScreenHeader } from '../../components/ScreenHeader';
import { ApprovalSettingsSection } from './ApprovalSettingsSection';
import { BackupSection } from './BackupSection';
import { CampaignsSection } from './CampaignsSection';
import { ChannelsSection } from './ChannelsSection';
import { DataLocationSection } from './DataLocationSection';
import { DocumentSection } from './DocumentSection';
import { ObservancesSection } from './ObservancesSection';
import { OfficeProfileForm } from './OfficeProfileForm';
import { PeopleSection } from './PeopleSection';
import { PreferencesForm } from './PreferencesForm';
import { useSectionTarget } from './use-section-target';

export function SettingsView() {
  const { t } = useTranslation();
  const settings = useSettings((state) => state.settings);
  if (!settings) return null;

  return (
    <>
      <ScreenHeader title={t('settings.title')}>
        <p>{t('settings.intro')}</p>
      </ScreenHeader>
      <div className="settings-grid">
        <SettingsSection
          name="office"
          title={t('office.title')}
          description={t('office.description')}
        >
          <OfficeProfileForm settings={settings} />
        </SettingsSection>
        <SettingsSection
          name="preferences"
          title={t('preferences.title')}
          description={t('preferences.description')}
        >
          <PreferencesForm settings={settings} />
        </SettingsSection>
        <DocumentSection settings={settings} />
        <SettingsSection
          name="people"
          title={t('people.title')}
          description={t('people.description')}
        >
          <PeopleSection />
        </SettingsSection>
        <SettingsSection
          name="channels"
          title={t('channels.title')}
          description={t('channels.description')}
        >
          <ChannelsSection />
        </SettingsSection>
        <SettingsSection
          name="campaigns"
          title={t('campaigns.title')}
          description={t('campaigns.description')}
        >
          <CampaignsSection />
        </SettingsSection>
        <SettingsSection
          name="approval"
          title={t('approval.settingsTitle')}
          description={t('approval.settingsDescription')}
        >
          <ApprovalSettingsSection settings={settings} />
        </SettingsSection>
        <SettingsSection
          name="observances"
          title={t('observances.title')}
          description={t('observances.description')}
        >
          <ObservancesSection settings={settings} />
        </SettingsSection>
        <SettingsSection
          name="backup"
          title={t('backup.title')}
          description={t('backup.description')}
        >
          <BackupSection settings={settings} />
        </SettingsSection>
        <SettingsSection
          name="dataLocation"
          title={t('dataLocation.title')}
          description={t('dataLocation.description')}
        >
          <DataLocationSection />
        </SettingsSection>
      </div>
    </>
  );
}

/** One settings card: the shared `Section`, found and focused when the address names it. */
function SettingsSection({
  name,
  ...card
}: {
  name: SectionName;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  const headingRef = useSectionTarget(name);
  return (
    <Section
      {...card}
      className="settings-section"
      id={`settings-${name}`}
      headingRef={headingRef}
    />
  );
}
