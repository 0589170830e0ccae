import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentPerson } from '../../stores/session';
import { useBundleImport } from './store';
import { useSettings } from '../../stores/settings';
import { formatCount } from '../assets/format';
import { BundleConflictList } from './BundleConflictList';
import { importChangesSomething, orderedPosts, unresolvedConflicts } from './model';
import { BundlePlanFacts } from './BundlePlanFacts';
import { BundlePlanPosts } from './BundlePlanPosts';
import { useFocusOnArrival } from './use-focus-on-arrival';
import { defaultTimeZone } from '../../../shared/domain/time-zones';

/**
 * The dry run on screen: facts, conflicts to settle, the posts, and "Impor", which waits until
 * every conflict has a choice and says how many are left. "Batal" forgets the bundle.
 */
export function BundlePlanReview() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const statusId = useId();
  const plan = useBundleImport((state) => state.plan);
  const resolutions = useBundleImport((state) => state.resolutions);
  const fileName = useBundleImport((state) => state.fileName);
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const person = useCurrentPerson();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(headingRef);
  const conflicts = useMemo(() => (plan ? orderedPosts(plan.posts, 'conflict') : []), [plan]);
  if (!plan) return null;

  const left = unresolvedConflicts(plan, resolutions).length;
  const worthIt = importChangesSomething(plan);
  const store = useBundleImport.getState();
  const status = !worthIt
    ? t('bundleImport.action.nothing')
    : left > 0
      ? t('bundleImport.action.remaining', { n: formatCount(left, i18n.language) })
      : conflicts.length > 0
        ? t('bundleImport.action.ready')
        : '';

  return (
    <section className="bundle-review" aria-labelledby={headingId}>
      <h3 id={headingId} className="bundle-review__heading" ref={headingRef} tabIndex={-1}>
        {fileName
          ? t('bundleImport.plan.heading', { name: fileName })
          : t('bundleImport.plan.headingUnknown')}
      </h3>
      <BundlePlanFacts plan={plan} zone={zone} />
      {conflicts.length > 0 && (
        <BundleConflictList
          conflicts={conflicts}
          resolutions={resolutions}
          zone={zone}
          senderZone={plan.bundle.timeZone}
        />
      )}
      {plan.posts.length > 0 && (
        <BundlePlanPosts plan={plan} resolutions={resolutions} zone={zone} />
      )}
      <div className="bundle-actions">
        <div className="bundle-actions__buttons">
          <button
            type="button"
            className="button button--primary bundle-actions__import"
            disabled={left > 0 || !worthIt}
            aria-describedby={status ? statusId : undefined}
            onClick={() => void store.startImport(person?.id ?? null)}
          >
            {t('bundleImport.action.import')}
          </button>
          <button type="button" className="button" onClick={() => void store.reset()}>
            {t('bundleImport.action.cancel')}
          </button>
        </div>
        <div className="bundle-actions__text">
          {status && (
            <p
              id={statusId}
              className={`bundle-actions__status${left > 0 ? ' bundle-actions__status--open' : ''}`}
            >
              {status}
            </p>
          )}
          <p className="muted bundle-actions__who">
            {person && t('bundleImport.action.actor', { name: person.name })}
          </p>
        </div>
      </div>
    </section>
  );
}
