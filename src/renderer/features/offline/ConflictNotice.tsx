import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostDraft } from '../editor/draft';
import { useDescribe } from '../editor/LiveEditorParts';
import { MergeView } from '../editor/MergeView';
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
  /** The three versions for a field-by-field merge (absent: the host's version is unknown). */
  merge?: { base: PostDraft; mine: PostDraft; theirs: PostDraft; theirsName: string };
  /** Sends the merged post against the host's version. */
  keepMerged(merged: PostDraft): void;
}

export function ConflictNotice({
  item,
  fields,
  keepMine,
  takeTheirs,
  merge,
  keepMerged,
}: ConflictProps) {
  const { t } = useTranslation();
  const describe = useDescribe();
  const [merging, setMerging] = useState(false);
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
        {merge && (
          <button type="button" className="button button--primary" onClick={() => setMerging(true)}>
            {t('offline.conflict.merge')}
          </button>
        )}
        <button type="button" className="button" onClick={keepMine}>
          {t('offline.conflict.keepMine')}
        </button>
        <button type="button" className="button" onClick={takeTheirs}>
          {t('offline.conflict.takeTheirs')}
        </button>
      </div>
      {merge && merging && (
        <MergeView
          {...merge}
          describe={describe}
          onResolve={(merged) => {
            setMerging(false);
            keepMerged(merged);
          }}
          onCancel={() => setMerging(false)}
        />
      )}
    </section>
  );
}
