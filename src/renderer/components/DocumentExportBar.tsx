import { useTranslation } from 'react-i18next';
import './DocumentExportBar.css';

export type DocumentFormat = 'pdf' | 'xlsx';

/** Where one "PDF / XLSX" file stands: being made, made (its name), or refused (in words). */
export interface DocumentExport {
  format: DocumentFormat;
  state: 'working' | 'done' | 'error';
  fileName: string | null;
  error: string | null;
}

/**
 * The two buttons of a document made in the app (the Laporan's "Ekspor PDF" / "Ekspor XLSX",
 * the Rekap provinsi's "Unduh PDF" / "Unduh XLSX"), the file kept in the export history and then
 * downloaded or saved, with its status line. `verb` says which words the buttons carry.
 */
export function DocumentExportBar({
  verb,
  exporting,
  onExport,
}: {
  verb: 'export' | 'download';
  exporting: DocumentExport | null;
  onExport: (format: DocumentFormat) => void;
}) {
  const { t } = useTranslation();
  const working = exporting?.state === 'working';
  return (
    <div className="document-export">
      <button
        type="button"
        className="button button--primary"
        disabled={working}
        onClick={() => onExport('pdf')}
      >
        {t(`documentExport.${verb}.pdf`)}
      </button>
      <button type="button" className="button" disabled={working} onClick={() => onExport('xlsx')}>
        {t(`documentExport.${verb}.xlsx`)}
      </button>
      <p className="document-export__status" role="status">
        {working && t('documentExport.working')}
        {exporting?.state === 'done' && t('documentExport.done', { name: exporting.fileName })}
      </p>
      {exporting?.state === 'error' && (
        <p className="notice notice--warning" role="alert">
          {exporting.error}
        </p>
      )}
    </div>
  );
}
