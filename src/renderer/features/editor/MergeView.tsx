import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/Dialog';
import './live.css';
import type { PostDraft } from './draft';
import { applyMerge, planMerge, undecided, type MergeField, type MergeSide } from './merge';

export interface MergeViewProps {
  /** The version both started from. */
  base: PostDraft;
  mine: PostDraft;
  /** The version stored now. */
  theirs: PostDraft;
  /** Who saved `theirs` (empty: not known). */
  theirsName: string;
  /** A field's value as the person reads it (names for ids, the date in words…). */
  describe(field: MergeField, draft: PostDraft): string;
  onResolve(merged: PostDraft): void;
  onCancel(): void;
}

/**
 * Two people's edits of one post, field by field: what only one changed is taken as it is,
 * what both changed differently is chosen here. Takes any (base, mine, theirs) drafts: the
 * editor after a colleague's save, the offline client after a reconnect.
 */
export function MergeView({
  base,
  mine,
  theirs,
  theirsName,
  describe,
  onResolve,
  onCancel,
}: MergeViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const plan = useMemo(() => planMerge(base, mine, theirs), [base, mine, theirs]);
  const [choices, setChoices] = useState<Partial<Record<MergeField, MergeSide>>>({});
  const [tried, setTried] = useState(false);
  const name = theirsName || t('live.merge.someone');
  const open = undecided(plan, choices);
  const label = (field: MergeField) => t(`live.fields.${field}`);
  const shown = (field: MergeField, draft: PostDraft) =>
    describe(field, draft) || t('live.merge.empty');

  const save = () => {
    setTried(true);
    if (open.length > 0) return;
    onResolve(applyMerge(mine, theirs, plan, choices));
  };

  return (
    <ModalDialog
      className="assets-dialog merge-view"
      labelledBy={headingId}
      onClose={onCancel}
      closeOnBackdrop={false}
    >
      <h2 id={headingId}>{t('live.merge.title')}</h2>
      <p>{t('live.merge.intro', { name })}</p>
      <ul className="merge-view__fields">
        {plan.map(({ field, take }) => (
          <li key={field} className="merge-view__field">
            {take === 'conflict' ? (
              <fieldset>
                <legend>
                  {label(field)} — {t('live.merge.conflict')}
                </legend>
                {(['mine', 'theirs'] as const).map((side) => (
                  <label key={side} className="merge-view__choice">
                    <input
                      type="radio"
                      name={`merge-${field}`}
                      checked={choices[field] === side}
                      onChange={() => setChoices((now) => ({ ...now, [field]: side }))}
                    />
                    <span className="merge-view__side">
                      {side === 'mine' ? t('live.merge.mine') : t('live.merge.theirs', { name })}
                    </span>
                    <span className="merge-view__value">
                      {shown(field, side === 'mine' ? mine : theirs)}
                    </span>
                  </label>
                ))}
              </fieldset>
            ) : (
              <p>
                <strong>{label(field)}</strong> —{' '}
                {take === 'mine'
                  ? t('live.merge.takenMine')
                  : take === 'theirs'
                    ? t('live.merge.takenTheirs', { name })
                    : t('live.merge.same')}
                :{' '}
                <span className="merge-view__value">
                  {shown(field, take === 'theirs' ? theirs : mine)}
                </span>
              </p>
            )}
          </li>
        ))}
      </ul>
      {tried && open.length > 0 && (
        <p className="merge-view__problem" role="alert">
          {t('live.merge.undecided', { fields: open.map(label).join(', ') })}
        </p>
      )}
      <div className="assets-dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('live.merge.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={save}>
          {t('live.merge.save')}
        </button>
      </div>
    </ModalDialog>
  );
}
