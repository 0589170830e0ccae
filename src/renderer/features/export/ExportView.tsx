import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { zoneLabel } from '../../../shared/time';
import { useCurrentPerson } from '../../stores/session';
import { useExports } from './store';
import { useSettings } from '../../stores/settings';
import { useToday } from '../../hooks/use-today';
import { ExportAction } from './ExportAction';
import { FilterFields } from './FilterFields';
import { FormatChooser } from './FormatChooser';
import { HistoryList } from './HistoryList';
import { filterKey, isExportShortcut, isRangeProblem } from './model';
import { PreviewPanel } from './PreviewPanel';
import { ProgressPanel } from './ProgressPanel';
import { RangePicker } from './RangePicker';
import { Section } from '../../components/Section';
import { useExportFilter } from './use-export-filter';
import { BundleImport } from '../bundles/BundleImport';
import { ScreenHeader } from '../../components/ScreenHeader';
import './export.css';
import { defaultTimeZone } from '../../../shared/domain/time-zones';

/**
 * Ekspor: which posts (range and filters), a preview of them, the file format, the export with
 * its progress, and the history of files made. State lives in the exports store, so an export
 * keeps going (and its download still starts) when the user looks at another screen meanwhile.
 */
export function ExportView() {
  const { t } = useTranslation();
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const today = useToday(zone);
  const person = useCurrentPerson();
  const form = useExports((state) => state.form);
  const preview = useExports((state) => state.preview);
  const run = useExports((state) => state.run);
  const { filter, problem } = useExportFilter(form);
  const running = run?.state === 'running' || run?.state === 'starting';

  useEffect(() => {
    useExports.getState().init(today);
    // Once per visit: a new day while the screen is open keeps the month the user chose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A bulk CSV layout's files per channel and limits come with the preview (BulkNotice).
  const bulkPreset = form?.format === 'csv' && form.preset !== 'standard' ? form.preset : undefined;
  const previewKey = filter ? `${filterKey(filter)}|${bulkPreset ?? ''}` : null;
  useEffect(() => {
    useExports.getState().requestPreview(filter, bulkPreset);
    // The key stands for the filter: a new object with the same content asks nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [previewKey]);

  const exportNow = () => {
    if (!filter || !form || running) return;
    void useExports.getState().start({
      filter,
      format: form.format,
      preset: form.preset,
      includeAssets: form.includeAssets,
      actorId: person?.id ?? null,
    });
  };
  // The shortcut's listener stays put; it calls whatever the latest render's export is.
  const exportRef = useRef(exportNow);
  useEffect(() => {
    exportRef.current = exportNow;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isExportShortcut(event)) return;
      if ((event.target as Element | null)?.closest?.('dialog')) return;
      event.preventDefault();
      exportRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  if (!form) return <ScreenHeader title={t('export.title')} />;

  return (
    <div className="export-screen">
      <ScreenHeader title={t('export.title')}>
        <p>{t('export.intro')}</p>
      </ScreenHeader>
      <Section
        title={t('export.selection.title')}
        description={t('export.selection.description', { zone: zoneLabel(zone) })}
      >
        <div className="export-selection">
          <RangePicker
            form={form}
            problem={isRangeProblem(problem) ? problem : null}
            today={today}
          />
          <FilterFields form={form} problem={problem} />
        </div>
      </Section>
      <Section title={t('export.preview.title')}>
        <PreviewPanel
          form={form}
          preview={preview}
          valid={filter !== null}
          onRetry={() => useExports.getState().requestPreview(filter)}
        />
      </Section>
      <Section title={t('export.format.title')}>
        <FormatChooser form={form} preview={preview.value} />
        <ExportAction
          format={form.format}
          preview={preview.value}
          person={person}
          disabled={filter === null}
          busy={running}
          onExport={exportNow}
        />
        {run && <ProgressPanel run={run} />}
      </Section>
      <Section title={t('export.history.title')} description={t('export.history.description')}>
        <HistoryList />
      </Section>
      <BundleImport />
    </div>
  );
}
