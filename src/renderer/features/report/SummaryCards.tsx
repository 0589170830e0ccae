import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/domain/settings';
import { changeText, formatCell, type SummaryFigure } from '../../../shared/report/figures';
import type { ReportWord } from '../../../shared/report/words';
import { useReport } from './store';

/**
 * The headline figures: each card shows the figure, the previous period's beside it and the
 * change in words with an arrow (never colour alone), and opens the posts behind it.
 */
export function SummaryCards({
  figures,
  locale,
  word,
}: {
  figures: SummaryFigure[];
  locale: Locale;
  word: ReportWord;
}) {
  const { t } = useTranslation();
  const withUnit = (value: number | null, figure: SummaryFigure) =>
    formatCell(value, figure.kind, locale) +
    (figure.kind === 'hours' && value !== null ? ` ${t('report.hoursUnit')}` : '');
  return (
    <ul className="report-cards">
      {figures.map((figure) => {
        const value = withUnit(figure.current, figure);
        const hasPosts = figure.posts.postIds.length > 0 || (figure.posts.outside ?? 0) > 0;
        const body = (
          <>
            <span className="report-card__label">{figure.label}</span>
            <span className="report-card__value">{value}</span>
            <span className="report-card__previous">
              {t('report.previousLine', { value: withUnit(figure.previous, figure) })}
            </span>
            <span className="report-card__change">
              {changeText(figure.current, figure.previous, figure.kind, locale, word)}
            </span>
          </>
        );
        return (
          <li key={figure.id} className="report-card" data-figure={figure.id}>
            {hasPosts ? (
              <button
                type="button"
                className="report-card__button"
                onClick={() =>
                  void useReport
                    .getState()
                    .openPosts(figure.label, figure.posts.postIds, figure.posts.outside)
                }
              >
                {body}
              </button>
            ) : (
              <div className="report-card__button report-card__button--static">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
