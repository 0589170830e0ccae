import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary, AssetUsage } from '../../../shared/domain/assets';
import { api } from '../../api';
import { i18n } from '../../i18n';
import { useAssets } from './store';
import { useSettings } from '../../stores/settings';
import { UsageList } from './DetailPanel';
import { Dialog } from '../../components/Dialog';
import { formatCount } from './format';
import { showsBulkBar } from './model';
import { TagInput } from './TagInput';
import { defaultTimeZone } from '../../../shared/domain/time-zones';

/** How many used assets the delete dialog looks up and lists; beyond that it gives a count. */
const usageLookups = 20;

/** What can be done to the selected assets at once, above the grid while anything is selected. */
export function SelectionBar() {
  const { t, i18n } = useTranslation();
  const selection = useAssets((state) => state.selection);
  const selected = selection.ids;
  const total = useAssets((state) => state.total ?? 0);
  const collectionId = useAssets((state) => state.filters.collectionId);
  const dialog = useAssets((state) => state.dialog);
  const count = selected.size;
  if (count === 0) return null;
  const store = () => useAssets.getState();
  return (
    <>
      {/* The keyboard's Delete on an open asset still asks, through the same dialog. */}
      {showsBulkBar(selection) && (
        <div className="assets-selection" role="region" aria-label={t('assets.selection.label')}>
          <button
            type="button"
            className="assets-selection__close"
            aria-label={t('assets.selection.clear')}
            title={t('assets.selection.clear')}
            onClick={() => store().clearSelection()}
          >
            ×
          </button>
          <p className="assets-selection__count" aria-live="polite">
            {t('assets.selection.count', { n: formatCount(count, i18n.language) })}
          </p>
          {count < total && (
            <button
              type="button"
              className="assets-selection__link"
              onClick={() => void store().selectAll()}
            >
              {t('assets.selection.selectAll', { n: formatCount(total, i18n.language) })}
            </button>
          )}
          <span className="assets-selection__actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => store().openDialog('tag')}
            >
              {t('assets.selection.tag')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => store().openDialog('collection')}
            >
              {t('assets.selection.addToCollection')}
            </button>
            {collectionId && (
              <button
                type="button"
                className="button button--small"
                onClick={() => void removeFromCollection([...selected], collectionId)}
              >
                {t('assets.selection.removeFromCollection')}
              </button>
            )}
            <button
              type="button"
              className="button button--small assets-button--danger"
              onClick={() => store().openDialog('delete')}
            >
              {t('assets.selection.delete')}
            </button>
          </span>
        </div>
      )}
      {dialog === 'tag' && <TagDialog ids={[...selected]} />}
      {dialog === 'collection' && <CollectionDialog ids={[...selected]} />}
      {dialog === 'delete' && <DeleteDialog ids={[...selected]} />}
    </>
  );
}

async function removeFromCollection(ids: string[], collectionId: string) {
  const store = useAssets.getState();
  const result = await store.removeFromCollection(ids, collectionId);
  if (result.ok)
    store.showNotice(
      'info',
      i18n.t('assets.notices.removedFromCollection', { count: result.value }),
    );
  else store.showNotice('error', result.error.message);
}

function TagDialog({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const close = () => useAssets.getState().closeDialog();
  const submit = async () => {
    if (tags.length === 0) {
      setError(t('assets.bulk.tagNeeded'));
      return;
    }
    setBusy(true);
    const store = useAssets.getState();
    const result = await store.bulkTag(ids, tags);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    close();
    store.showNotice(
      'info',
      t('assets.notices.tagged', { count: ids.length, tags: tags.join(', ') }),
    );
  };
  return (
    <Dialog
      title={t('assets.bulk.tagTitle', { count: ids.length })}
      onClose={close}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('assets.bulk.tagConfirm')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      <TagInput
        label={t('assets.bulk.tagLabel')}
        values={tags}
        onValues={(values) => {
          setTags(values);
          setError(undefined);
        }}
        error={error}
        autoFocus
      />
    </Dialog>
  );
}

function CollectionDialog({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const formIds = useId();
  const collections = useAssets((state) => state.collections);
  const [choice, setChoice] = useState<string>(collections[0]?.id ?? 'new');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => useAssets.getState().closeDialog();

  const submit = async () => {
    const store = useAssets.getState();
    setBusy(true);
    let collectionId = choice;
    let collectionName = collections.find((c) => c.id === choice)?.name ?? '';
    if (choice === 'new') {
      const created = await store.createCollection(name.trim());
      if (!created.ok) {
        setBusy(false);
        setError(created.error.message);
        return;
      }
      collectionId = created.value.id;
      collectionName = created.value.name;
    }
    const result = await store.addToCollection(ids, collectionId);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    close();
    store.showNotice(
      'info',
      t('assets.notices.addedToCollection', { count: ids.length, name: collectionName }),
    );
  };

  return (
    <Dialog
      title={t('assets.bulk.collectionTitle', { count: ids.length })}
      onClose={close}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('assets.bulk.collectionConfirm')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={`${formIds}-collection`}>
          {t('assets.bulk.collectionLabel')}
        </label>
        <select
          id={`${formIds}-collection`}
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
        >
          {collections.map((collection) => (
            <option key={collection.id} value={collection.id}>
              {collection.name}
            </option>
          ))}
          <option value="new">{t('assets.bulk.newCollection')}</option>
        </select>
      </div>
      {choice === 'new' && (
        <div className="field">
          <label className="field__label" htmlFor={`${formIds}-name`}>
            {t('assets.collections.name')}
          </label>
          <input
            id={`${formIds}-name`}
            type="text"
            value={name}
            maxLength={120}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}

interface UsedAsset {
  asset: Pick<AssetSummary, 'id' | 'originalName' | 'title'>;
  usage: AssetUsage[];
}

/**
 * Deleting removes the files too, so it always asks. When posts use some of the assets, the
 * dialog lists those posts and offers the forced delete (which detaches them) explicitly; the
 * API refuses the plain delete anyway.
 */
function DeleteDialog({ ids }: { ids: string[] }) {
  const { t, i18n } = useTranslation();
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const pages = useAssets((state) => state.pages);
  const [used, setUsed] = useState<UsedAsset[] | null>(null);
  const [usedCount, setUsedCount] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => useAssets.getState().closeDialog();

  const summaries = useMemo(() => {
    const wanted = new Set(ids);
    const found: AssetSummary[] = [];
    for (const items of pages.values())
      for (const item of items) if (wanted.has(item.id)) found.push(item);
    return found;
    // Read once when the dialog opens; a refresh underneath must not reshuffle it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    let current = true;
    const usedAssets = summaries.filter((asset) => asset.usageCount > 0);
    void Promise.all(
      usedAssets.slice(0, usageLookups).map(async (asset) => {
        const result = await api.assets.usage({ id: asset.id });
        return { asset, usage: result.ok ? result.value : [] };
      }),
    ).then((list) => {
      if (!current) return;
      setUsedCount(usedAssets.length);
      setUsed(list.filter((entry) => entry.usage.length > 0));
    });
    return () => {
      current = false;
    };
  }, [summaries]);

  const force = (used?.length ?? 0) > 0 || error !== null;
  const submit = async () => {
    setBusy(true);
    const store = useAssets.getState();
    const result = await store.deleteAssets(ids, force);
    setBusy(false);
    if (!result.ok) {
      // Someone attached one meanwhile: the message names the posts; the force button appears.
      setError(result.error.message);
      return;
    }
    close();
    store.showNotice('info', t('assets.notices.deleted', { count: result.value }));
  };

  return (
    <Dialog
      title={t('assets.bulk.deleteTitle', { n: formatCount(ids.length, i18n.language) })}
      onClose={close}
      onSubmit={() => void submit()}
      actions={
        <>
          <button
            type="submit"
            className="button button--danger-solid"
            disabled={busy || used === null}
          >
            {force ? t('assets.bulk.deleteForce') : t('assets.bulk.deleteConfirm')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      <p>{t('assets.bulk.deleteBody')}</p>
      {used === null && <p className="muted">{t('assets.bulk.checkingUsage')}</p>}
      {used && used.length > 0 && (
        <div className="notice notice--warning assets-delete-usage">
          <p>
            <strong>{t('assets.bulk.usedWarning', { count: usedCount })}</strong>
          </p>
          {used.map(({ asset, usage }) => (
            <div key={asset.id}>
              <p className="assets-delete-usage__name">{asset.title || asset.originalName}</p>
              <UsageList usage={usage} zone={zone} language={i18n.language} />
            </div>
          ))}
          {usedCount > used.length && (
            <p>{t('assets.bulk.usedMore', { count: usedCount - used.length })}</p>
          )}
          <p>{t('assets.bulk.forceExplain')}</p>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
