import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { ExportIcon } from '../components/icons';
import { navigate } from '../navigation/use-route';
import { useSettings } from '../stores/settings';
import { officeProfileGaps } from './office-profile';
import { ScreenHeader } from './ScreenHeader';

const gapLabelKeys = {
  officeName: 'office.officeName',
  signerName: 'office.signerName',
  signerPosition: 'office.signerPosition',
} as const;

export function ExportView() {
  const { t } = useTranslation();
  const settings = useSettings((state) => state.settings);
  const gaps = settings ? officeProfileGaps(settings) : [];

  return (
    <>
      <ScreenHeader title={t('export.title')} />
      <EmptyState
        title={t('export.emptyTitle')}
        icon={<ExportIcon size={40} />}
        action={
          gaps.length > 0 ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => navigate({ screen: 'settings', section: 'office' })}
            >
              {t('export.completeProfile')}
            </button>
          ) : undefined
        }
      >
        <p>{t('export.emptyBody')}</p>
        <p className={gaps.length > 0 ? 'notice notice--warning' : 'notice notice--ok'}>
          {gaps.length > 0
            ? t('export.profileMissing', {
                fields: gaps.map((gap) => t(gapLabelKeys[gap])).join(', '),
              })
            : t('export.profileReady')}
        </p>
      </EmptyState>
    </>
  );
}
