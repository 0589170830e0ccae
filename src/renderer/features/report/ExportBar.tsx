import { useTranslation } from 'react-i18next';
import { useReport } from './store';

/** "Ekspor PDF" / "Ekspor XLSX": the file is made in the app, kept in the export history, then downloaded or saved. */
export function ExportBar() {
  const { t } = useTranslation();
  const exporting = useReport((state) => state.exporting);
  const working = exporting?.state === 'working';
  const start = (format: 'pdf' | 'xlsx') => void useReport.getState().exportAs(format);
  return (
    <div className="report-export">
      <button
        type="button"
        className="button button--primary"
        disabled={working}
        onClick={() => start('pdf')}
      >
        {t('report.export.pdf')}
      </button>
      <button type="button" className="button" disabled={working} onClick={() => start('xlsx')}>
        {t('report.export.xlsx')}
      </button>
      <p className="report-export__status" role="status">
        {working && t('report.export.working')}
        {exporting?.state === 'done' && t('report.export.done', { name: exporting.fileName })}
      </p>
      {exporting?.state === 'error' && (
        <p className="notice notice--warning" role="alert">
          {exporting.error}
        </p>
      )}
    </div>
  );
}
