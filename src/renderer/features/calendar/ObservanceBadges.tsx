import { useTranslation } from 'react-i18next';
import type { ObservanceDay } from './store';

/**
 * National, office and imported days as small badges on a day. Public holidays are marked in
 * red and say "libur nasional" in words; the source (Keppres, the .ics label) is in the tooltip.
 */
export function ObservanceBadges({ days, compact }: { days: ObservanceDay[]; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className={`observances${compact ? ' observances--compact' : ''}`}>
      {days.map((day) => (
        <li
          key={`${day.kind}-${day.name}`}
          className={`observance observance--${day.kind}${day.publicHoliday ? ' observance--holiday' : ''}`}
          title={`${day.name}${day.publicHoliday ? ` (${t('calendar.observance.holiday')})` : ''} — ${day.source}`}
        >
          <span className="visually-hidden">
            {t('calendar.observance.label', { name: day.name })}
          </span>
          <span aria-hidden="true">{day.name}</span>
          {day.publicHoliday && (
            <span className="visually-hidden">, {t('calendar.observance.holiday')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
