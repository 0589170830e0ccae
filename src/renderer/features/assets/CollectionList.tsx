import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collection } from '../../../shared/domain/assets';
import { useAssets } from './store';
import { Dialog } from '../../components/Dialog';
import { formatCount } from './format';

/** Collections shown before "Tampilkan semua": a long list would push the rest off screen. */
const shortListLength = 12;

/**
 * The office's collections ("HUT Kabupaten 2025", "Stok foto pimpinan") as a side list that
 * filters the library. The chosen one offers rename and delete; a new one is named in place.
 * Deleting a collection never deletes its assets.
 */
export function CollectionList() {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const collections = useAssets((state) => state.collections);
  const activeId = useAssets((state) => state.filters.collectionId);
  const [expanded, setExpanded] = useState(false);
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<Collection | null>(null);
  const [deleting, setDeleting] = useState<Collection | null>(null);

  const choose = (collectionId: string | null) => {
    if (collectionId !== activeId) useAssets.getState().setFilters({ collectionId });
  };

  const long = collections.length > shortListLength + 1;
  const shown =
    expanded || !long
      ? collections
      : collections.filter((c, index) => index < shortListLength || c.id === activeId);
  const active = collections.find((collection) => collection.id === activeId);

  return (
    <section className="assets-collections" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="assets-side__title">
        {t('assets.collections.title')}
      </h2>
      <ul>
        <li>
          <button
            type="button"
            className="assets-collections__item"
            aria-current={activeId === null ? 'true' : undefined}
            onClick={() => choose(null)}
          >
            {t('assets.collections.all')}
          </button>
        </li>
        {shown.map((collection) => (
          <li key={collection.id}>
            <button
              type="button"
              className="assets-collections__item"
              aria-current={collection.id === activeId ? 'true' : undefined}
              onClick={() => choose(collection.id)}
            >
              {collection.name}
              <span className="assets-collections__count">
                {formatCount(collection.assetCount, i18n.language)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {long && (
        <button
          type="button"
          className="button button--small button--quiet assets-collections__more"
          aria-expanded={expanded}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded
            ? t('assets.collections.showLess')
            : t('assets.collections.showAll', { count: collections.length })}
        </button>
      )}
      {active && (
        <div className="assets-collections__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => setRenaming(active)}
          >
            {t('assets.collections.rename')}
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setDeleting(active)}
          >
            {t('assets.collections.delete')}
          </button>
        </div>
      )}
      {adding ? (
        <NameForm
          label={t('assets.collections.newName')}
          initial=""
          submitLabel={t('assets.collections.create')}
          onDone={() => setAdding(false)}
          save={(name) => useAssets.getState().createCollection(name)}
        />
      ) : (
        <button
          type="button"
          className="button button--small assets-collections__add"
          onClick={() => setAdding(true)}
        >
          {t('assets.collections.add')}
        </button>
      )}
      {renaming && <RenameDialog collection={renaming} onClose={() => setRenaming(null)} />}
      {deleting && (
        <DeleteCollectionDialog collection={deleting} onClose={() => setDeleting(null)} />
      )}
    </section>
  );
}

function NameForm({
  label,
  initial,
  submitLabel,
  save,
  onDone,
}: {
  label: string;
  initial: string;
  submitLabel: string;
  save(name: string): Promise<{ ok: boolean; error?: { message: string } }>;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save(name.trim());
    if (result.ok) onDone();
    else setError(result.error?.message ?? '');
  };
  return (
    <form className="assets-collections__form" onSubmit={(event) => void submit(event)}>
      <label className="field__label" htmlFor={`${ids}-name`}>
        {label}
      </label>
      <input
        id={`${ids}-name`}
        type="text"
        value={name}
        maxLength={120}
        // The person just asked for this field.
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${ids}-error` : undefined}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onDone();
          }
        }}
      />
      {error && (
        <p className="field__error" id={`${ids}-error`} role="alert">
          {error}
        </p>
      )}
      <div className="assets-collections__form-actions">
        <button type="submit" className="button button--small button--primary">
          {submitLabel}
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function RenameDialog({ collection, onClose }: { collection: Collection; onClose(): void }) {
  const { t } = useTranslation();
  const ids = useId();
  const [name, setName] = useState(collection.name);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const result = await useAssets.getState().renameCollection(collection.id, name.trim());
    if (result.ok) onClose();
    else setError(result.error.message);
  };
  return (
    <Dialog
      title={t('assets.collections.renameTitle', { name: collection.name })}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="submit" className="button button--primary">
            {t('common.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-name`}>
          {t('assets.collections.name')}
        </label>
        <input
          id={`${ids}-name`}
          type="text"
          value={name}
          maxLength={120}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  );
}

function DeleteCollectionDialog({
  collection,
  onClose,
}: {
  collection: Collection;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const result = await useAssets.getState().deleteCollection(collection.id);
    if (result.ok) onClose();
    else setError(result.error.message);
  };
  return (
    <Dialog
      title={t('assets.collections.deleteTitle', { name: collection.name })}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="submit" className="button button--danger-solid">
            {t('assets.collections.deleteConfirm')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      <p>{t('assets.collections.deleteBody', { count: collection.assetCount })}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
