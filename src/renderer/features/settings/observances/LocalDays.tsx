import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddLocalDayForm } from './AddLocalDayForm';
import { useDayText } from './day-text';
import { useObservances, type CustomDay } from './store';

/** The office's own days (Hari Jadi Kabupaten), each removable, and the form that adds one. */
export function LocalDays({ days, ready }: { days: CustomDay[]; ready: boolean }) {
  const { t } = useTranslation();
  const dayText = useDayText();
  const [actionError, setActionError] = useState<string | null>(null);

  const remove = async (day: CustomDay) => {
    setActionError(null);
    setActionError(await useObservances.getState().remove(day.id));
  };

  return (
    <section className="subsection" aria-labelledby="observances-local-title">
      <h3 id="observances-local-title" className="subsection__title">
        {t('observances.localTitle')}
      </h3>
      {actionError && (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      )}
      {ready && days.length === 0 ? (
        <p className="list-empty">{t('observances.empty')}</p>
      ) : (
        <ul className="record-list" aria-label={t('observances.listLabel')}>
          {days.map((day) => (
            <li key={day.id} className="record">
              <span className="record__summary">
                <span className="record__text">
                  <span className="record__name">{day.name}</span>
                  <span className="record__meta">{dayText(day)}</span>
                </span>
              </span>
              <span className="record__actions">
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t('observances.deleteItem', { name: day.name })}
                  onClick={() => void remove(day)}
                >
                  {t('observances.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <AddLocalDayForm />
    </section>
  );
}
