import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../../shared/domain/report';
import { parsePeriod } from '../../../shared/domain/report';
import { periodHolding, shiftPeriod } from '../../../shared/report/format';

/**
 * Month / quarter / year, with arrows for the period before and after. Switching the kind keeps
 * the period that holds the first day shown (December → Q4 → 2026).
 */
export function PeriodPicker({
  periodId,
  label,
  onChange,
}: {
  periodId: string;
  /** "Desember 2026", "Triwulan IV 2026", "Tahun 2026". */
  label: string;
  onChange(periodId: string): void;
}) {
  const { t } = useTranslation();
  const period = parsePeriod(periodId);
  const kind = period?.kind ?? 'month';
  const kinds: { id: PeriodKind; label: string }[] = [
    { id: 'month', label: t('report.picker.month') },
    { id: 'quarter', label: t('report.picker.quarter') },
    { id: 'year', label: t('report.picker.yearKind') },
  ];
  return (
    <div className="report-period" role="group" aria-label={t('report.picker.label')}>
      <label className="report-period__kind">
        <span className="visually-hidden">{t('report.picker.kind')}</span>
        <select
          value={kind}
          onChange={(event) =>
            period && onChange(periodHolding(event.target.value as PeriodKind, period.from))
          }
        >
          {kinds.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--small"
        aria-label={t('report.picker.previous')}
        title={t('report.picker.previous')}
        onClick={() => onChange(shiftPeriod(periodId, -1))}
      >
        ‹
      </button>
      <strong className="report-period__label" aria-live="polite">
        {label}
      </strong>
      <button
        type="button"
        className="button button--small"
        aria-label={t('report.picker.next')}
        title={t('report.picker.next')}
        onClick={() => onChange(shiftPeriod(periodId, 1))}
      >
        ›
      </button>
    </div>
  );
}
