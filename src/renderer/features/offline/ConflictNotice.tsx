import { useTranslation } from 'react-i18next';
import type { QueuedSave } from './outbox';

/**
 * A kept save the host did not take: for a conflict, both texts of each field that differs,
 * with "Pakai versi saya" / "Pakai versi kantor"; for a refusal, the host's words and a way to
 * drop it. Shown until the person picks (the save stays queued, so nothing is lost meanwhile).
 */
export interface ConflictProps {
  item: QueuedSave;
  /** My text per field and the host's, only the fields that differ. */
  fields: { field: 'title' | 'brief' | 'caption'; mine: string; theirs: string }[];
  keepMine(): void;
  takeTheirs(): void;
}

export function ConflictNotice({ item, fields, keepMine, takeTheirs }: ConflictProps) {
  const { t } = useTranslation();
  if (item.problem?.kind === 'refused') {
    return (
      <div className="offline-conflict" role="alert">
        <p>{t('offline.conflict.refused', { title: item.title, message: item.problem.message })}</p>
        <button type="button" className="button" onClick={takeTheirs}>
          {t('offline.conflict.discard')}
        </button>
      </div>
    );
  }
  return (
    <section
      className="offline-conflict"
      role="alert"
      aria-label={t('offline.conflict.title', { title: item.title })}
    >
      <h2>{t('offline.conflict.title', { title: item.title })}</h2>
      <p>{t('offline.conflict.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('offline.conflict.field')}</th>
            <th scope="col">{t('offline.conflict.mine')}</th>
            <th scope="col">{t('offline.conflict.theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map(({ field, mine, theirs }) => (
            <tr key={field}>
              <th scope="row">{t(`editor.${field}`)}</th>
              <td>{mine}</td>
              <td>{theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="offline-conflict__actions">
        <button type="button" className="button button--primary" onClick={keepMine}>
          {t('offline.conflict.keepMine')}
        </button>
        <button type="button" className="button" onClick={takeTheirs}>
          {t('offline.conflict.takeTheirs')}
        </button>
      </div>
    </section>
  );
}
