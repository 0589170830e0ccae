import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDayText } from './day-text';
import { IcsImportForm } from './IcsImportForm';
import { useObservances, type CustomDay } from './store';

/** Days imported from .ics files, grouped by the file's label, each group removable at once. */
export function ImportedDays({ days }: { days: CustomDay[] }) {
  const { t } = useTranslation();
  const dayText = useDayText();
  const [actionError, setActionError] = useState<string | null>(null);
  const groups = new Map<string, CustomDay[]>();
  for (const day of days)
    groups.set(day.sourceLabel, [...(groups.get(day.sourceLabel) ?? []), day]);

  const removeGroup = async (label: string, members: CustomDay[]) => {
    setActionError(null);
    setActionError(await useObservances.getState().removeGroup(label, members));
  };

  return (
    <section className="subsection" aria-labelledby="observances-import-title">
      <h3 id="observances-import-title" className="subsection__title">
        {t('observances.importTitle')}
      </h3>
      <p className="subsection__hint">{t('observances.importHint')}</p>
      <IcsImportForm />
      {actionError && (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      )}
      {groups.size > 0 && (
        <ul className="import-groups" aria-label={t('observances.importedListLabel')}>
          {[...groups].map(([label, members]) => (
            <li key={label} className="import-group">
              <details>
                <summary>
                  {t('observances.importedGroup', { label, count: members.length })}
                </summary>
                <ul className="import-group__days">
                  {members.map((day) => (
                    <li key={day.id}>
                      <span className="record__name">{day.name}</span>{' '}
                      <span className="record__meta">{dayText(day)}</span>
                    </li>
                  ))}
                </ul>
              </details>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => void removeGroup(label, members)}
              >
                {t('observances.deleteGroup', { label })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
