import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/domain/settings';
import { formatCell, type ReportTable } from '../../../shared/report/figures';
import { useReport } from './store';

/**
 * One of the report's tables. A figure with posts behind it is a button that lists them
 * (`report.posts`), so every number can be checked against the calendar.
 */
export function FigureTable({
  table,
  locale,
  caption,
  captionHidden = false,
  links = true,
}: {
  table: Pick<ReportTable, 'columns' | 'rows'>;
  locale: Locale;
  caption: string;
  captionHidden?: boolean;
  /** False while the table is only for screen readers: no hidden buttons in the Tab order. */
  links?: boolean;
}) {
  const { t } = useTranslation();
  const body = (
    <table className="report-table">
      <caption className={captionHidden ? 'visually-hidden' : 'report-table__caption'}>
        {caption}
      </caption>
      <thead>
        <tr>
          {table.columns.map((column, i) => (
            <th
              key={i}
              scope="col"
              className={column.kind === 'text' ? undefined : 'report-table__number'}
            >
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.cells.map((cell, i) => {
              const column = table.columns[i]!;
              const text = formatCell(cell, column.kind, locale);
              const behind = row.posts?.[i];
              const rowName = String(row.cells[0] ?? '');
              const content =
                links && behind && (behind.postIds.length > 0 || (behind.outside ?? 0) > 0) ? (
                  <button
                    type="button"
                    className="report-figure-link"
                    aria-label={t('report.posts.open', {
                      figure: `${rowName} · ${column.label}`,
                      value: text,
                    })}
                    onClick={() =>
                      void useReport
                        .getState()
                        .openPosts(`${rowName} · ${column.label}`, behind.postIds, behind.outside)
                    }
                  >
                    {text}
                  </button>
                ) : (
                  text
                );
              return i === 0 ? (
                <th key={i} scope="row">
                  {content}
                </th>
              ) : (
                <td key={i} className={column.kind === 'text' ? undefined : 'report-table__number'}>
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  // A wide table scrolls sideways; the region takes focus so the keyboard can scroll it too. A
  // table kept for screen readers only has no such region (nothing to scroll, nothing to Tab to).
  return links ? (
    <div className="report-table__scroll" role="region" aria-label={caption} tabIndex={0}>
      {body}
    </div>
  ) : (
    body
  );
}
