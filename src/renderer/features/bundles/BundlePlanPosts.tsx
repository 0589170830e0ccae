import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ImportKind,
  ImportPlan,
  ImportPlanPost,
  ImportResolutions,
} from '../../../shared/domain/bundle';
import { useBundleImport } from './store';
import { formatCount } from '../assets/format';
import { formatInstant } from '../editor/format';
import { StatusBadge } from '../editor/StatusBadge';
import { kindOrder, orderedPosts } from './model';

/** Rows rendered at first and per "Tampilkan … lagi": a year of an office is thousands of posts. */
const pageSize = 100;

/**
 * Every post of the bundle with what importing does to it, conflicts first, narrowed by kind.
 * The sender's title, time and status are shown: those are what would arrive.
 */
export function BundlePlanPosts({
  plan,
  resolutions,
  zone,
}: {
  plan: ImportPlan;
  resolutions: ImportResolutions;
  zone: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const ids = useId();
  const filter = useBundleImport((state) => state.filter);
  // How far the list was opened, for the kind it was opened for: another kind starts short again.
  const [opened, setOpened] = useState({ filter, limit: pageSize });
  const limit = opened.filter === filter ? opened.limit : pageSize;
  const posts = useMemo(() => orderedPosts(plan.posts, filter), [plan.posts, filter]);

  const options: { value: ImportKind | 'all'; label: string }[] = [
    {
      value: 'all',
      label: t('bundleImport.posts.all', { n: formatCount(plan.posts.length, language) }),
    },
    ...kindOrder
      .filter((kind) => plan.counts[kind] > 0)
      .map((kind) => ({
        value: kind,
        label: t('bundleImport.posts.kind', {
          kind: t(`bundleImport.plan.kinds.${kind}`),
          n: formatCount(plan.counts[kind], language),
        }),
      })),
  ];
  const shown = posts.slice(0, limit);

  return (
    <div className="bundle-posts">
      <fieldset className="bundle-posts__filter">
        <legend>{t('bundleImport.posts.filter')}</legend>
        {options.map((option) => (
          <label key={option.value} className="bundle-posts__option">
            <input
              type="radio"
              name={`${ids}-kind`}
              value={option.value}
              checked={filter === option.value}
              onChange={() => useBundleImport.getState().setFilter(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      {/* Scrolls on its own, so the import button stays near; focusable for keyboard scrolling. */}
      <div
        className="export-table-wrap bundle-posts__table-wrap"
        role="region"
        aria-label={t('bundleImport.posts.tableLabel')}
        tabIndex={0}
      >
        <table className="export-table" aria-label={t('bundleImport.posts.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('bundleImport.posts.title')}</th>
              <th scope="col">{t('bundleImport.posts.time')}</th>
              <th scope="col">{t('bundleImport.posts.status')}</th>
              <th scope="col">{t('bundleImport.posts.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((post) => (
              <tr key={post.id} className={`bundle-row bundle-row--${post.kind}`}>
                <td>{post.remote.title}</td>
                <td className="export-table__nowrap">
                  {post.remote.scheduledAt
                    ? formatInstant(post.remote.scheduledAt, zone, language)
                    : t('bundleImport.posts.noTime')}
                </td>
                <td className="export-table__nowrap">
                  <StatusBadge status={post.remote.status} />
                </td>
                <td className="export-table__nowrap">
                  <Outcome post={post} resolutions={resolutions} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {posts.length > shown.length && (
        <div className="bundle-posts__more">
          <p className="muted">
            {t('bundleImport.posts.showing', {
              shown: formatCount(shown.length, language),
              total: formatCount(posts.length, language),
            })}
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() => setOpened({ filter, limit: limit + pageSize })}
          >
            {t('bundleImport.posts.more', {
              n: formatCount(Math.min(pageSize, posts.length - shown.length), language),
            })}
          </button>
        </div>
      )}
    </div>
  );
}

function Outcome({ post, resolutions }: { post: ImportPlanPost; resolutions: ImportResolutions }) {
  const { t } = useTranslation();
  const label = t(`bundleImport.plan.kinds.${post.kind}`);
  if (post.kind !== 'conflict') {
    return <span className={`bundle-tag bundle-tag--${post.kind}`}>{label}</span>;
  }
  const chosen = resolutions[post.id];
  return (
    <span className={`bundle-tag bundle-tag--conflict${chosen ? '' : ' bundle-tag--open'}`}>
      {chosen
        ? t('bundleImport.posts.resolved', {
            choice: t(`bundleImport.conflicts.choices.${chosen}`),
          })
        : t('bundleImport.posts.unresolved')}
    </span>
  );
}
