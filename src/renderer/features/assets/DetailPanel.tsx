import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import type { Asset, AssetEdit, AssetUsage } from '../../../shared/domain/assets';
import { postStatuses } from '../../../shared/domain/post-status';
import { api } from '../../api';
import { navigate } from '../../navigation/use-route';
import { useAssets } from './store';
import { useCalendar } from '../calendar/store';
import { useSettings } from '../../stores/settings';
import { formatBytes, formatDuration, formatInstant, formatWallClock } from './format';
import { Preview } from './Preview';
import { TagInput } from './TagInput';
import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { DateInput } from '../../components/DateInput';

type TextField = 'title' | 'description' | 'credit' | 'rights';

/**
 * One asset up close: the preview, what the file says about itself (size, dimensions, camera,
 * capture time), what the office adds (title, alt text, credit, rights, tags, collections), and
 * the posts that use it. Each field saves when the person leaves it, so nothing typed is lost by
 * clicking another tile; the status line says "Tersimpan".
 */
export function DetailPanel({ assetId }: { assetId: string }) {
  const { t } = useTranslation();
  const detailVersion = useAssets((state) => state.detailVersion);
  const [asset, setAsset] = useState<Asset | null>(null);
  const [usage, setUsage] = useState<AssetUsage[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all([api.assets.get({ id: assetId }), api.assets.usage({ id: assetId })]).then(
      ([loaded, used]) => {
        if (!current) return;
        if (loaded.ok) {
          setAsset(loaded.value);
          setError(null);
        } else setError(loaded.error);
        setUsage(used.ok ? used.value : []);
      },
    );
    return () => {
      current = false;
    };
  }, [assetId, detailVersion]);

  const close = () => useAssets.getState().clearSelection();

  return (
    <aside className="asset-detail" aria-labelledby="asset-detail-title">
      <div className="asset-detail__head">
        <h2 id="asset-detail-title">
          {asset ? asset.title || asset.originalName : t('assets.detail.loading')}
        </h2>
        <button type="button" className="button button--small" onClick={close}>
          {t('assets.detail.close')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      )}
      {asset && asset.id === assetId && (
        <DetailBody key={asset.id} asset={asset} usage={usage} onChange={setAsset} />
      )}
    </aside>
  );
}

function DetailBody({
  asset,
  usage,
  onChange,
}: {
  asset: Asset;
  usage: AssetUsage[] | null;
  onChange(asset: Asset): void;
}) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const collections = useAssets((state) => state.collections);
  const [draft, setDraft] = useState<Record<TextField, string> & { rightsExpiresOn: string }>({
    title: asset.title,
    description: asset.description,
    credit: asset.credit,
    rights: asset.rights,
    rightsExpiresOn: asset.rightsExpiresOn ?? '',
  });
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [memberOf, setMemberOf] = useState(() => new Set(asset.collectionIds));
  const language = i18n.language;

  const save = async (patch: Partial<AssetEdit>, field: string) => {
    setStatus('saving');
    const result = await useAssets.getState().updateAsset({ id: asset.id, ...patch });
    if (result.ok) {
      onChange(result.value);
      setErrors((current) => ({ ...current, [field]: undefined }));
      setStatus('saved');
    } else {
      setErrors((current) => ({ ...current, [field]: result.error.message }));
      setStatus('idle');
    }
  };

  const saveText = (field: TextField) => {
    const value = draft[field].trim();
    if (value !== asset[field]) void save({ [field]: value }, field);
  };

  const saveExpiry = () => {
    const value = draft.rightsExpiresOn || null;
    if (value !== asset.rightsExpiresOn) void save({ rightsExpiresOn: value }, 'rightsExpiresOn');
  };

  const toggleCollection = async (collectionId: string, member: boolean) => {
    const store = useAssets.getState();
    setStatus('saving');
    const result = member
      ? await store.addToCollection([asset.id], collectionId)
      : await store.removeFromCollection([asset.id], collectionId);
    if (result.ok) {
      setMemberOf((current) => {
        const next = new Set(current);
        if (member) next.add(collectionId);
        else next.delete(collectionId);
        return next;
      });
      setStatus('saved');
    } else {
      setErrors((current) => ({ ...current, collections: result.error.message }));
      setStatus('idle');
    }
  };

  const textField = (field: TextField, label: string, multiline: boolean, hint?: string) => {
    const id = `${ids}-${field}`;
    const props = {
      id,
      name: field,
      value: draft[field],
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': errors[field] ? `${id}-error` : hint ? `${id}-hint` : undefined,
      onChange: (event: { target: { value: string } }) =>
        setDraft((current) => ({ ...current, [field]: event.target.value })),
      onBlur: () => saveText(field),
    };
    return (
      <div className="field field--compact">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
        {hint && !errors[field] && (
          <p className="field__hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {errors[field] && (
          <p className="field__error" id={`${id}-error`} role="alert">
            {errors[field]}
          </p>
        )}
      </div>
    );
  };

  const facts: [string, ReactNode][] = [
    [t('assets.meta.fileName'), asset.originalName],
    [t('assets.meta.type'), `${t(`assets.kind.${asset.kind}`)} (${asset.mime})`],
    [t('assets.meta.size'), formatBytes(asset.size, language)],
  ];
  if (asset.width && asset.height) {
    facts.push([
      t('assets.meta.dimensions'),
      `${asset.width} × ${asset.height} px${asset.orientation ? ` · ${t(`assets.orientation.${asset.orientation}`)}` : ''}`,
    ]);
  }
  if (asset.capturedAt)
    facts.push([t('assets.meta.captured'), formatWallClock(asset.capturedAt, language)]);
  if (asset.camera) facts.push([t('assets.meta.camera'), asset.camera]);
  if (asset.durationMs !== null)
    facts.push([t('assets.meta.duration'), formatDuration(asset.durationMs)]);
  if (asset.videoCodec) facts.push([t('assets.meta.codec'), asset.videoCodec]);
  if (asset.pageCount !== null) facts.push([t('assets.meta.pages'), String(asset.pageCount)]);
  facts.push([t('assets.meta.imported'), formatInstant(asset.importedAt, zone, language)]);
  facts.push([
    t('assets.meta.sha256'),
    <code key="sha" title={asset.sha256}>
      {asset.sha256.slice(0, 12)}…
    </code>,
  ]);
  if (asset.status !== 'ok')
    facts.push([t('assets.meta.status'), t(`assets.status.${asset.status}`)]);

  return (
    <div className="asset-detail__body">
      <Preview asset={asset} />

      <dl className="asset-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <section className="asset-detail__section" aria-labelledby={`${ids}-about`}>
        <h3 id={`${ids}-about`}>{t('assets.detail.about')}</h3>
        {textField('title', t('assets.detail.title'), false)}
        {textField(
          'description',
          t('assets.detail.description'),
          true,
          t('assets.detail.descriptionHint'),
        )}
        {textField('credit', t('assets.detail.credit'), false)}
        {textField('rights', t('assets.detail.rights'), true)}
        <div className="field field--compact">
          <label className="field__label" htmlFor={`${ids}-expiry`}>
            {t('assets.detail.rightsExpiresOn')}
          </label>
          <DateInput
            id={`${ids}-expiry`}
            value={draft.rightsExpiresOn}
            aria-invalid={errors.rightsExpiresOn ? true : undefined}
            onValue={(value) => {
              setDraft((current) => ({ ...current, rightsExpiresOn: value }));
            }}
            onBlur={saveExpiry}
          />
          {errors.rightsExpiresOn && (
            <p className="field__error" role="alert">
              {errors.rightsExpiresOn}
            </p>
          )}
        </div>
        <TagInput
          label={t('assets.detail.tags')}
          values={asset.tags}
          onValues={(tags) => void save({ tags }, 'tags')}
          error={errors.tags}
        />
        <fieldset className="asset-detail__collections">
          <legend className="field__label">{t('assets.detail.collections')}</legend>
          {collections.length === 0 ? (
            <p className="field__hint">{t('assets.detail.noCollections')}</p>
          ) : (
            collections.map((collection) => (
              <label key={collection.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={memberOf.has(collection.id)}
                  onChange={(event) => void toggleCollection(collection.id, event.target.checked)}
                />
                {collection.name}
              </label>
            ))
          )}
          {errors.collections && (
            <p className="field__error" role="alert">
              {errors.collections}
            </p>
          )}
        </fieldset>
        <p className="asset-detail__status" role="status">
          {status === 'saving' ? t('common.saving') : status === 'saved' ? t('common.saved') : ''}
        </p>
      </section>

      <section className="asset-detail__section" aria-labelledby={`${ids}-usage`}>
        <h3 id={`${ids}-usage`}>{t('assets.detail.usedIn')}</h3>
        {usage === null ? (
          <p className="muted">{t('assets.detail.loading')}</p>
        ) : usage.length === 0 ? (
          <p className="muted">{t('assets.detail.unused')}</p>
        ) : (
          <UsageList usage={usage} zone={zone} language={language} />
        )}
      </section>
    </div>
  );
}

/** Each post that uses the asset, as a link that opens it in the calendar's editor. */
export function UsageList({
  usage,
  zone,
  language,
}: {
  usage: AssetUsage[];
  zone: string;
  language: string;
}) {
  const { t } = useTranslation();
  const open = (postId: string) => {
    useCalendar.getState().openPost(postId);
    navigate({ screen: 'calendar' });
  };
  return (
    <ul className="asset-usage">
      {usage.map((use) => {
        const status = (postStatuses as readonly string[]).includes(use.status)
          ? t(`calendar.status.${use.status as (typeof postStatuses)[number]}`)
          : use.status;
        const when = use.scheduledAt
          ? formatInstant(use.scheduledAt, zone, language)
          : t('assets.detail.noDate');
        return (
          <li key={use.postId}>
            <a
              href="#/kalender"
              onClick={(event) => {
                event.preventDefault();
                open(use.postId);
              }}
            >
              {use.title || t('assets.detail.untitledPost')}
            </a>
            <span className="muted">
              {' '}
              · {when} · {status}
              {use.deletedAt ? ` · ${t('assets.detail.inTrash')}` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
