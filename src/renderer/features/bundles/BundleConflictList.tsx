import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  conflictResolutions,
  type ConflictResolution,
  type ImportPlanPost,
  type ImportResolutions,
} from '../../../shared/domain/bundle';
import { useBundleImport } from './store';
import { formatInstant } from '../editor/format';
import { formatCount } from '../assets/format';
import { BundleConflictDifferences } from './BundleConflictDifferences';

const allLabelKeys = {
  keep_mine: 'bundleImport.conflicts.allMine',
  take_theirs: 'bundleImport.conflicts.allTheirs',
  keep_both: 'bundleImport.conflicts.allBoth',
} as const;

/**
 * Every post changed on both computers: what differs between the two versions, side by side
 * (only the fields that differ; times in the office zone, and in the sender's when it differs),
 * when each was last edited, and a choice for each, with buttons that choose once for all.
 */
export function BundleConflictList({
  conflicts,
  resolutions,
  zone,
  senderZone,
}: {
  conflicts: ImportPlanPost[];
  resolutions: ImportResolutions;
  zone: string;
  senderZone: string | null;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const store = useBundleImport.getState();

  return (
    <section className="bundle-conflicts" aria-labelledby={headingId}>
      <h4 id={headingId} className="bundle-conflicts__heading">
        {t('bundleImport.conflicts.heading', {
          n: formatCount(conflicts.length, i18n.language),
        })}
      </h4>
      <p className="bundle-conflicts__intro">{t('bundleImport.conflicts.intro')}</p>
      <div
        className="bundle-conflicts__all"
        role="group"
        aria-label={t('bundleImport.conflicts.all')}
      >
        {conflictResolutions.map((resolution) => (
          <button
            key={resolution}
            type="button"
            className="button button--small"
            onClick={() => store.resolveAll(resolution)}
          >
            {t(allLabelKeys[resolution])}
          </button>
        ))}
      </div>
      <ul className="bundle-conflicts__list">
        {conflicts.map((post) => (
          <li key={post.id}>
            <ConflictChoice
              post={post}
              chosen={resolutions[post.id]}
              zone={zone}
              senderZone={senderZone}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ConflictChoice({
  post,
  chosen,
  zone,
  senderZone,
}: {
  post: ImportPlanPost;
  chosen: ConflictResolution | undefined;
  zone: string;
  senderZone: string | null;
}) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const edited = (at: string) => formatInstant(at, zone, i18n.language);

  return (
    <fieldset className={`bundle-conflict${chosen ? '' : ' bundle-conflict--open'}`}>
      <legend className="bundle-conflict__legend">{post.title}</legend>
      <p className="muted bundle-conflict__edited">
        {t('bundleImport.conflicts.edited', {
          here: post.local ? edited(post.local.updatedAt) : '—',
          there: edited(post.remote.updatedAt),
        })}
      </p>
      <BundleConflictDifferences
        differences={post.differences ?? []}
        names={post.names}
        zone={zone}
        senderZone={senderZone}
      />
      <div className="bundle-conflict__choices">
        {conflictResolutions.map((resolution) => {
          const nameId = `${ids}-${resolution}`;
          const detailId = `${ids}-${resolution}-detail`;
          return (
            <label key={resolution} className="radio bundle-conflict__choice">
              <input
                type="radio"
                name={`${ids}-resolution`}
                value={resolution}
                checked={chosen === resolution}
                aria-labelledby={nameId}
                aria-describedby={detailId}
                onChange={() => useBundleImport.getState().resolve(post.id, resolution)}
              />
              <span>
                <span className="bundle-conflict__choice-name" id={nameId}>
                  {t(`bundleImport.conflicts.choices.${resolution}`)}
                </span>
                <span className="radio__detail" id={detailId}>
                  {t(`bundleImport.conflicts.details.${resolution}`)}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
