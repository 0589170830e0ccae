import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { AssetsIcon } from '../components/icons';
import { navigate } from '../navigation/use-route';
import { ScreenHeader } from './ScreenHeader';

export function AssetsView() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('assets.title')} />
      <EmptyState
        title={t('assets.emptyTitle')}
        icon={<AssetsIcon size={40} />}
        action={
          <button type="button" className="button" onClick={() => navigate({ screen: 'settings' })}>
            {t('common.openSettings')}
          </button>
        }
      >
        <p>{t('assets.emptyBody')}</p>
      </EmptyState>
    </>
  );
}
