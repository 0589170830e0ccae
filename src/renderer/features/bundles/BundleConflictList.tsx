import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  conflictResolutions,
  type ConflictResolution,
  type ImportPlanPost,
  type ImportPostSide,
  type ImportResolutions,
} from '../../../shared/domain/bundle';
import { useBundleImport } from './store';
import { formatInstant } from '../editor/format';
import { StatusBadge } from '../editor/StatusBadge';
import { formatCount } from '../assets/format';

const allLabelKeys = {
  keep_mine: 'bundleImport.conflicts.allMine',
  take_theirs: 'bundleImport.conflicts.allTheirs',
  keep_both: 'bundleImport.conflicts.allBoth',
} as const;

/**
 * Every post changed on both computers: both versions side by side (title, time in the office
 * zone, status, when edited) and a choice for each, with buttons that choose once for all.
 */
export function BundleConflictList({
  conflicts,
  resolutions,
  zone,
}: {
  conflicts: ImportPlanPost[];
  resolutions: ImportResolutions;
  zone: string;
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
            <ConflictChoice post={post} chosen={resolutions[post.id]} zone={zone} />
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
}: {
  post: ImportPlanPost;
  chosen: ConflictResolution | undefined;
  zone: string;
}) {
  const { t } = useTranslation();
  const ids = useId();

  return (
    <fieldset className={`bundle-conflict${chosen ? '' : ' bundle-conflict--open'}`}>
      <legend className="bundle-conflict__legend">{post.title}</legend>
      <div className="bundle-conflict__sides">
        {post.local && (
          <Side
            heading={t('bundleImport.conflicts.here')}
            side={post.local}
            inTrash={post.local.inTrash}
            zone={zone}
          />
        )}
        <Side heading={t('bundleImport.conflicts.there')} side={post.remote} zone={zone} />
      </div>
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

function Side({
  heading,
  side,
  inTrash = false,
  zone,
}: {
  heading: string;
  side: ImportPostSide;
  inTrash?: boolean;
  zone: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <div className="bundle-side">
      <p className="bundle-side__heading">{heading}</p>
      <dl className="bundle-side__facts">
        <div>
          <dt>{t('bundleImport.conflicts.title')}</dt>
          <dd className="bundle-side__title">{side.title}</dd>
        </div>
        <div>
          <dt>{t('bundleImport.conflicts.time')}</dt>
          <dd>
            {side.scheduledAt
              ? formatInstant(side.scheduledAt, zone, language)
              : t('bundleImport.conflicts.noTime')}
          </dd>
        </div>
        <div>
          <dt>{t('bundleImport.conflicts.status')}</dt>
          <dd>
            <StatusBadge status={side.status} />
            {inTrash && (
              <span className="bundle-side__trash"> {t('bundleImport.conflicts.inTrash')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('bundleImport.conflicts.edited')}</dt>
          <dd>{formatInstant(side.updatedAt, zone, language)}</dd>
        </div>
      </dl>
    </div>
  );
}
