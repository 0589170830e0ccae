import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePeriod } from '../../../shared/domain/report';
import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { reportCharts } from '../../../shared/report/charts';
import { isEmptyReport, reportTables, summaryFigures } from '../../../shared/report/figures';
import { periodName } from '../../../shared/report/format';
import type { ReportWord } from '../../../shared/report/words';
import { DocumentExportBar } from '../../components/DocumentExportBar';
import { EmptyState } from '../../components/EmptyState';
import { LoadProblem } from '../../components/LoadProblem';
import { ScreenHeader } from '../../components/ScreenHeader';
import { Section } from '../../components/Section';
import { ReportIcon } from '../../components/icons';
import type { ReportSection } from '../../navigation/routes';
import { routeHash } from '../../navigation/routes';
import { useCampaigns, useChannels } from '../../stores/collections';
import { useSettings } from '../../stores/settings';
import { ImportView } from '../kinerja/ImportView';
import { PendingView } from '../kinerja/PendingView';
import { usePendingMatches } from '../kinerja/pending-store';
import { ChartFigure } from './ChartFigure';
import { FigureTable } from './FigureTable';
import { NotesField } from './NotesField';
import { currentMonth, reportNames } from './model';
import { PeriodPicker } from './PeriodPicker';
import { PostsDialog } from './PostsDialog';
import { useReport } from './store';
import { SummaryCards } from './SummaryCards';
import './report.css';

/** Laporan: the kinerja report of a month, quarter or year, and the platform-data import. */
export function ReportScreen({ section }: { section?: ReportSection }) {
  if (section === 'import') return <ImportView />;
  if (section === 'match') return <PendingView />;
  return <ReportView />;
}

function ReportView() {
  const { t } = useTranslation();
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const locale = useSettings((state) => state.settings?.locale ?? 'id');
  const periodId = useReport((state) => state.periodId);
  const loaded = useReport((state) => state.loaded);
  const exporting = useReport((state) => state.exporting);
  const channels = useChannels((state) => state.rows);
  const campaigns = useCampaigns((state) => state.rows);
  const pending = usePendingMatches((state) => state.rows.length);

  useEffect(() => {
    const report = useReport.getState();
    if (report.periodId) void report.show(report.periodId);
    else void report.show(currentMonth(zone));
    // Names as they are now (a channel added or renamed since the app started).
    void useCampaigns.getState().load();
    void useChannels.getState().load();
    void usePendingMatches.getState().load();
  }, [zone]);

  const word: ReportWord = useMemo(
    () => (key, params) => (t as (key: string, params?: object) => string)(`report.${key}`, params),
    [t],
  );
  const names = useMemo(() => reportNames(channels, campaigns, word), [channels, campaigns, word]);
  const data = loaded.value;
  const view = useMemo(() => {
    if (!data) return null;
    return {
      figures: summaryFigures(data, word),
      tables: reportTables(data, names, locale, word, loaded.iku),
      charts: reportCharts(data, names, locale, word),
      empty: isEmptyReport(data.report),
    };
  }, [data, names, locale, word, loaded.iku]);

  const period = periodId ? parsePeriod(periodId) : null;
  const label = period
    ? periodName(period, locale, {
        quarter: (numeral, year) => word('quarter', { numeral, year }),
        year: (year) => word('year', { year }),
      })
    : '';
  const importLink = (
    <a className="button" href={routeHash({ screen: 'report', section: 'import' })}>
      {t('report.importLink')}
    </a>
  );

  return (
    <>
      <ScreenHeader title={t('report.title')}>
        <div className="report-toolbar">
          {periodId && (
            <PeriodPicker
              periodId={periodId}
              label={label}
              onChange={(id) => void useReport.getState().show(id)}
            />
          )}
          {pending > 0 && (
            <a
              className="button"
              href={routeHash({ screen: 'report', section: 'match' })}
              aria-label={t('report.pendingLink', { count: pending })}
            >
              {t('kinerja.pending.title')}{' '}
              <span className="badge" aria-hidden="true">
                {pending}
              </span>
            </a>
          )}
          {importLink}
        </div>
      </ScreenHeader>
      <div className="report-screen" aria-busy={loaded.status === 'loading'}>
        {loaded.status === 'error' && (
          <LoadProblem
            message={loaded.error ?? ''}
            onRetry={() => void useReport.getState().reload()}
          />
        )}
        {!view && loaded.status === 'loading' && <p className="muted">{t('report.loading')}</p>}
        {view && view.empty && (
          <EmptyState
            title={t('report.emptyTitle')}
            icon={<ReportIcon size={40} />}
            action={
              <span className="report-empty__actions">
                <a className="button button--primary" href={routeHash({ screen: 'calendar' })}>
                  {t('report.calendarLink')}
                </a>
                {importLink}
              </span>
            }
          >
            {t('report.emptyBody')}
          </EmptyState>
        )}
        {view && !view.empty && periodId && (
          <>
            <h2 className="report-screen__title">{word('documentTitle', { period: label })}</h2>
            <Section title={t('report.section.summary')}>
              <SummaryCards figures={view.figures} locale={locale} word={word} />
            </Section>
            <Section title={t('report.section.charts')}>
              <div className="report-charts">
                {view.charts.map((chart) => (
                  <ChartFigure key={chart.id} chart={chart} locale={locale} />
                ))}
              </div>
            </Section>
            {view.tables.slice(1).map((table) => (
              <Section key={table.id} title={table.title}>
                <FigureTable table={table} locale={locale} caption={table.title} captionHidden />
              </Section>
            ))}
            <Section title={t('report.section.notes')}>
              <NotesField periodId={periodId} />
              <DocumentExportBar
                verb="export"
                exporting={exporting}
                onExport={(format) => void useReport.getState().exportAs(format)}
              />
            </Section>
          </>
        )}
      </div>
      <PostsDialog zone={zone} />
    </>
  );
}
