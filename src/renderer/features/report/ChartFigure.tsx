import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/domain/settings';
import type { ReportChart } from '../../../shared/report/charts';
import { chartSvg } from '../../../shared/report/render';
import { FigureTable } from './FigureTable';

const width = 560;
const height = 240;

/**
 * A chart drawn by ECharts' SVG renderer, the same drawing the PDF prints, shown as an image
 * (a data: URL, which the app's Content-Security-Policy allows for images; no script, no
 * inline style in the page). Its data table is always in the page for screen readers and can
 * be shown for everyone.
 */
export function ChartFigure({ chart, locale }: { chart: ReportChart; locale: Locale }) {
  const { t } = useTranslation();
  const [tableShown, setTableShown] = useState(false);
  const source = useMemo(
    () =>
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chartSvg(chart.option, width, height))}`,
    [chart],
  );
  return (
    <figure className="report-chart">
      <figcaption className="report-chart__title">{chart.title}</figcaption>
      <img src={source} alt={chart.summary} width={width} height={height} />
      <button
        type="button"
        className="button button--quiet button--small"
        aria-expanded={tableShown}
        onClick={() => setTableShown((shown) => !shown)}
      >
        {tableShown ? t('report.chart.hideTable') : t('report.chart.showTable')}
      </button>
      <div className={tableShown ? undefined : 'visually-hidden'}>
        <FigureTable
          table={chart.table}
          locale={locale}
          caption={chart.title}
          captionHidden
          links={tableShown}
        />
      </div>
    </figure>
  );
}
