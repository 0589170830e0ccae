import { useTranslation } from 'react-i18next';
import type { CustomDay } from './store';

/** "17 Agustus" or "17 Agustus 2027": month names from the catalog, no zone involved. */
export function useDayText() {
  const { t } = useTranslation();
  return (day: CustomDay) => {
    if (day.month !== null && day.day !== null)
      return t('observances.yearly', {
        date: `${day.day} ${t(`observances.months.${day.month}` as 'observances.months.1')}`,
      });
    if (!day.date) return '';
    const [year, month, date] = day.date.split('-').map(Number) as [number, number, number];
    return t('observances.once', {
      date: `${date} ${t(`observances.months.${month}` as 'observances.months.1')} ${year}`,
    });
  };
}

/** Days a yearly date may fall on in that month; 29 February is allowed (it shows in leap years). */
export function daysIn(month: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}
