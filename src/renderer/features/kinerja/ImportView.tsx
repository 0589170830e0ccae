import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components/ScreenHeader';

/** Laporan › Impor data platform: the platforms' analytics exports come in here. */
export function ImportView() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('kinerja.importTitle')} />
    </>
  );
}
