import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';
import { ReportIcon } from '../../components/icons';
import type { ReportSection } from '../../navigation/routes';
import { routeHash } from '../../navigation/routes';
import { ImportView } from '../kinerja/ImportView';

/** Laporan: the kinerja report of a month, quarter or year, and the platform-data import. */
export function ReportScreen({ section }: { section?: ReportSection }) {
  const { t } = useTranslation();
  if (section === 'import') return <ImportView />;
  return (
    <>
      <ScreenHeader title={t('report.title')} />
      <EmptyState
        title={t('report.emptyTitle')}
        icon={<ReportIcon size={40} />}
        action={
          <a className="button" href={routeHash({ screen: 'report', section: 'import' })}>
            {t('report.importLink')}
          </a>
        }
      >
        {t('report.emptyBody')}
      </EmptyState>
    </>
  );
}
