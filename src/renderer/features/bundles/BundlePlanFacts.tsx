import { useTranslation } from 'react-i18next';
import { wordKeyed } from '../../api/error-words';
import { importKinds, type ImportPlan } from '../../../shared/domain/bundle';
import { formatBytes, formatCount } from '../assets/format';
import { formatInstant } from '../editor/format';
import { formatPeriod } from '../export/format';
import { zoneLabel } from '../../../shared/time';

/**
 * What the dry run found, before any choice: where the bundle comes from and when it was made,
 * how many posts are new, updated, in conflict or the same, which files would be copied, what
 * channels, pillars and people would be created, and the checker's notes.
 */
export function BundlePlanFacts({ plan, zone }: { plan: ImportPlan; zone: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { bundle, counts, assets, create } = plan;
  const office = [bundle.officeName, bundle.unitName].filter((part) => part.trim()).join(' — ');
  const attachments = assets.new + assets.present + assets.missing;
  const settled = plan.posts.filter((post) => post.settledBefore).length;
  const zoneName = (name: string) => `${zoneLabel(name, bundle.createdAt)} (${name})`;
  const zonesDiffer = bundle.timeZone !== null && bundle.timeZone !== zone;
  const creates = [
    { key: 'channels', names: create.channels },
    { key: 'campaigns', names: create.campaigns },
    { key: 'people', names: create.people },
  ] as const;

  return (
    <div className="bundle-facts">
      <dl className="bundle-facts__source">
        <div>
          <dt>{t('bundleImport.plan.from')}</dt>
          <dd>{office || '—'}</dd>
        </div>
        <div>
          <dt>{t('bundleImport.plan.created')}</dt>
          <dd>
            {t('bundleImport.plan.createdValue', {
              date: formatInstant(bundle.createdAt, zone, language),
              version: bundle.appVersion,
            })}
          </dd>
        </div>
        {bundle.filter && (
          <div>
            <dt>{t('bundleImport.plan.period')}</dt>
            <dd>{formatPeriod(bundle.filter.from, bundle.filter.to, language)}</dd>
          </div>
        )}
        <div>
          <dt>{t('bundleImport.zone.label')}</dt>
          <dd>{bundle.timeZone ? zoneName(bundle.timeZone) : t('bundleImport.zone.unknown')}</dd>
        </div>
        <div>
          <dt>{t('bundleImport.plan.size')}</dt>
          <dd>{formatBytes(bundle.bytes, language)}</dd>
        </div>
      </dl>
      {zonesDiffer && (
        <p className="notice notice--warning bundle-facts__zone">
          {t('bundleImport.zone.differs', {
            theirs: zoneName(bundle.timeZone!),
            ours: zoneName(zone),
          })}
        </p>
      )}
      {settled > 0 && (
        <p className="notice bundle-facts__settled">
          {t('bundleImport.settledBefore', { n: formatCount(settled, language) })}
        </p>
      )}
      {bundle.fromHere && (
        <p className="notice notice--warning bundle-facts__here">
          {t('bundleImport.plan.fromHere')}
        </p>
      )}

      <ul className="bundle-kinds" aria-label={t('bundleImport.plan.countsLabel')}>
        {importKinds.map((kind) => (
          <li
            key={kind}
            className={`bundle-kind bundle-kind--${kind}${counts[kind] === 0 ? ' bundle-kind--zero' : ''}`}
            title={t(`bundleImport.plan.kindHelp.${kind}`)}
          >
            <span className="bundle-kind__name">{t(`bundleImport.plan.kinds.${kind}`)}</span>{' '}
            <span className="bundle-kind__count">{formatCount(counts[kind], language)}</span>
            <span className="visually-hidden">: {t(`bundleImport.plan.kindHelp.${kind}`)}</span>
          </li>
        ))}
      </ul>

      <div className="bundle-facts__grid">
        <div>
          <h4 className="bundle-facts__heading">{t('bundleImport.plan.assets')}</h4>
          {bundle.includeAssets === 'none' && (
            <p className="muted">{t('bundleImport.plan.postsOnly')}</p>
          )}
          {attachments === 0 ? (
            bundle.includeAssets === 'none' ? null : (
              <p className="muted">{t('bundleImport.plan.assetsNone')}</p>
            )
          ) : (
            <ul className="bundle-facts__list">
              {assets.new > 0 && (
                <li>
                  {t('bundleImport.plan.assetsNew', {
                    n: formatCount(assets.new, language),
                    size: formatBytes(assets.newBytes, language),
                  })}
                </li>
              )}
              {assets.present > 0 && (
                <li>
                  {t('bundleImport.plan.assetsPresent', {
                    n: formatCount(assets.present, language),
                  })}
                </li>
              )}
              {assets.missing > 0 && (
                <li className="bundle-facts__warning">
                  {t('bundleImport.plan.assetsMissing', {
                    n: formatCount(assets.missing, language),
                  })}
                </li>
              )}
            </ul>
          )}
        </div>
        <div>
          <h4 className="bundle-facts__heading">{t('bundleImport.plan.create')}</h4>
          {creates.every(({ names }) => names.length === 0) ? (
            <p className="muted">{t('bundleImport.plan.createNone')}</p>
          ) : (
            <dl className="bundle-facts__create">
              {creates
                .filter(({ names }) => names.length > 0)
                .map(({ key, names }) => (
                  <div key={key}>
                    <dt>
                      {t(`bundleImport.plan.${key}`)} ({formatCount(names.length, language)})
                    </dt>
                    <dd>{names.map((entry) => entry.name).join(', ')}</dd>
                  </div>
                ))}
            </dl>
          )}
        </div>
      </div>

      {plan.notices.length > 0 && (
        <div className="notice notice--warning bundle-facts__notices">
          <h4 className="bundle-facts__heading">{t('bundleImport.plan.notices')}</h4>
          <ul>
            {plan.notices.map((notice, index) => (
              <li key={index}>{wordKeyed(notice, i18n)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
