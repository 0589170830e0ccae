import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  assetKinds,
  type AssetFilter,
  type AssetKind,
  type AssetSummary,
} from '../../../shared/domain/assets';
import { formatBytes } from '../assets/format';
import { api } from '../../api';
import { AssetsIcon } from '../../components/icons';
import { mediaSrc } from '../../media/media-src';

/** Tiles per request: a screenful or two; "Muat lebih banyak" fetches the next page. */
const pageSize = 60;
/** Typing pauses this long before the library is searched. */
const searchDelayMs = 200;

interface AssetPickerProps {
  open: boolean;
  /** Already on the post: shown ticked and disabled. */
  attachedIds: readonly string[];
  /** How many more the post can take. */
  room: number;
  onClose(): void;
  /** The chosen assets, in the order they were ticked. */
  onConfirm(assets: AssetSummary[]): void;
}

type Phase = 'loading' | 'ready' | 'error';

/** One page (or several, after "Muat lebih banyak") of matches for one filter. */
interface Results {
  filter: AssetFilter;
  items: AssetSummary[];
  total: number | null;
  cursor: string | null;
  error: string;
}

/**
 * "Tambah dari pustaka": search and filter the asset library, tick several, attach them in the
 * order ticked. A native modal <dialog> (focus trap, Escape, backdrop), portalled to the body
 * so it is not inside the editor's form: Enter in its search box must not save the post.
 */
export function AssetPicker(props: AssetPickerProps) {
  if (!props.open) return null;
  return createPortal(<PickerDialog {...props} />, document.body);
}

function PickerDialog({ attachedIds, room, onClose, onConfirm }: AssetPickerProps) {
  const { t, i18n } = useTranslation();
  const describe = useDescribeAsset();
  const ids = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<AssetKind | ''>('');
  const [results, setResults] = useState<Results | null>(null);
  const [selected, setSelected] = useState<AssetSummary[]>([]);
  const [libraryEmpty, setLibraryEmpty] = useState(false);
  const attached = new Set(attachedIds);
  const filter = useMemo(
    () => ({
      ...(query.trim() ? { query: query.trim() } : {}),
      ...(kind ? { kinds: [kind] } : {}),
    }),
    [query, kind],
  );
  // Results belong to the filter they answer; any other filter is still loading.
  const current = results?.filter === filter ? results : null;
  const phase: Phase = !current ? 'loading' : current.error ? 'error' : 'ready';
  const items = current?.items ?? [];

  // showModal focuses the first button (the close ×); the search box is where picking starts.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    searchRef.current?.focus();
  }, []);

  // A new search or filter starts over, after a pause in typing.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () => {
        void api.assets
          .list({ filter, sort: 'recentlyImported', limit: pageSize, withTotal: true })
          .then((result) => {
            if (!live) return;
            if (!result.ok) {
              setResults({
                filter,
                items: [],
                total: null,
                cursor: null,
                error: result.error.message,
              });
              return;
            }
            const { items: found, total, nextCursor } = result.value;
            setResults({ filter, items: found, total, cursor: nextCursor, error: '' });
            if (!filter.query && !filter.kinds) setLibraryEmpty(found.length === 0);
          });
      },
      filter.query ? searchDelayMs : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [filter]);

  const loadMore = async () => {
    if (!current?.cursor) return;
    const result = await api.assets.list({
      filter,
      sort: 'recentlyImported',
      limit: pageSize,
      cursor: current.cursor,
    });
    setResults((before) => {
      if (before?.filter !== filter) return before;
      return result.ok
        ? {
            ...before,
            items: [...before.items, ...result.value.items],
            cursor: result.value.nextCursor,
          }
        : { ...before, error: result.error.message };
    });
  };

  const toggle = (asset: AssetSummary, on: boolean) =>
    setSelected((before) =>
      on ? [...before, asset] : before.filter((item) => item.id !== asset.id),
    );

  const overRoom = selected.length > room;
  const confirm = () => {
    if (selected.length === 0 || overRoom) return;
    onConfirm(selected);
  };

  // The editor panel closes on Escape too: this one is the dialog's, not the panel's.
  const stopEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') event.stopPropagation();
  };

  const titleId = `${ids}-title`;
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <dialog
      ref={dialogRef}
      className="attach-picker"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={stopEscape}
    >
      <div className="attach-picker__inner">
        <header className="attach-picker__header">
          <h2 id={titleId}>{t('attachments.picker.title')}</h2>
          <button
            type="button"
            className="editor-panel__close"
            aria-label={t('attachments.picker.close')}
            onClick={onClose}
          >
            ×
          </button>
        </header>

        <div className="attach-picker__filters" role="search">
          <div className="field field--compact attach-picker__search">
            <label className="field__label" htmlFor={`${ids}-query`}>
              {t('attachments.picker.search')}
            </label>
            <input
              id={`${ids}-query`}
              type="search"
              ref={searchRef}
              value={query}
              autoComplete="off"
              placeholder={t('attachments.picker.searchPlaceholder')}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                // Enter searches (it already does as one types); it never attaches by surprise.
                if (event.key === 'Enter') event.preventDefault();
              }}
            />
          </div>
          <div className="field field--compact">
            <label className="field__label" htmlFor={`${ids}-kind`}>
              {t('attachments.picker.kind')}
            </label>
            <select
              id={`${ids}-kind`}
              value={kind}
              onChange={(event) => setKind(event.target.value as AssetKind | '')}
            >
              <option value="">{t('attachments.picker.allKinds')}</option>
              {assetKinds.map((item) => (
                <option key={item} value={item}>
                  {t(`attachments.kinds.${item}`)}
                </option>
              ))}
            </select>
          </div>
        </div>

        <p className="attach-picker__status" role="status">
          {phase === 'loading'
            ? t('attachments.picker.loading')
            : phase === 'ready' && current?.total != null
              ? t('attachments.picker.total', { total: number.format(current.total) })
              : ''}
        </p>

        <div className="attach-picker__body">
          {phase === 'error' ? (
            <p className="notice notice--warning" role="alert">
              {current?.error}
            </p>
          ) : phase === 'ready' && items.length === 0 ? (
            <p className="list-empty">
              {libraryEmpty ? t('attachments.picker.emptyLibrary') : t('attachments.picker.empty')}
            </p>
          ) : (
            <ul className="attach-picker__grid" aria-label={t('attachments.picker.results')}>
              {items.map((asset) => {
                const isAttached = attached.has(asset.id);
                const usable = asset.status === 'ok';
                const isSelected = selected.some((item) => item.id === asset.id);
                const note = isAttached
                  ? t('attachments.picker.attached')
                  : asset.status === 'ok'
                    ? ''
                    : t('attachments.picker.unusable', {
                        status: t(`attachments.status.${asset.status}`),
                      });
                return (
                  <li key={asset.id} className="attach-tile">
                    <label
                      className={`attach-tile__label${isSelected || isAttached ? ' attach-tile__label--on' : ''}`}
                    >
                      <input
                        type="checkbox"
                        className="attach-tile__check"
                        checked={isSelected || isAttached}
                        disabled={isAttached || !usable}
                        onChange={(event) => toggle(asset, event.target.checked)}
                        aria-labelledby={`${ids}-${asset.id}-name`}
                        aria-describedby={`${ids}-${asset.id}-meta`}
                      />
                      <AssetThumb asset={asset} size="tile" />
                      <span className="attach-tile__name" id={`${ids}-${asset.id}-name`}>
                        {assetName(asset)}
                      </span>
                      <span className="attach-tile__meta" id={`${ids}-${asset.id}-meta`}>
                        {describe(asset)}
                        {note && <span className="attach-tile__note">{note}</span>}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
          {phase === 'ready' && current?.cursor && (
            <button
              type="button"
              className="button button--small attach-picker__more"
              onClick={() => void loadMore()}
            >
              {t('attachments.picker.loadMore')}
            </button>
          )}
        </div>

        <footer className="attach-picker__footer">
          <p
            className={`attach-picker__selected${overRoom ? ' attach-picker__selected--over' : ''}`}
            aria-live="polite"
          >
            {t('attachments.picker.selected', { count: selected.length })}
            {overRoom && ` ${t('attachments.picker.overRoom', { count: Math.max(room, 0) })}`}
          </p>
          <button type="button" className="button" onClick={onClose}>
            {t('attachments.picker.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={selected.length === 0 || overRoom}
            onClick={confirm}
          >
            {t('attachments.picker.confirm')}
            {selected.length > 0 && ` (${selected.length})`}
          </button>
        </footer>
      </div>
    </dialog>
  );
}

/** How people know an asset: the title someone gave it, else the file's own name. */
export function assetName(asset: Pick<AssetSummary, 'title' | 'originalName'>): string {
  return asset.title.trim() || asset.originalName;
}

/** `1:05`, `12:30`, `1:02:03`: a video's length as players show it. */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** "Gambar · 1920 × 1080 px · 1,2 MB", "Video · 0:45 · 1080 × 1920 px · 38 MB". */
export function useDescribeAsset(): (asset: AssetSummary) => string {
  const { t, i18n } = useTranslation();
  return (asset) => {
    const parts = [t(`attachments.kinds.${asset.kind}`)];
    if (asset.durationMs !== null) parts.push(formatDuration(asset.durationMs));
    if (asset.width !== null && asset.height !== null)
      parts.push(t('attachments.dimensions', { width: asset.width, height: asset.height }));
    if (asset.pageCount !== null) parts.push(t('attachments.pages', { count: asset.pageCount }));
    parts.push(formatBytes(asset.size, i18n.language));
    return parts.join(' · ');
  };
}

/**
 * An asset's small thumbnail in a fixed box (no layout shift while it loads), lazy so a long
 * list only fetches what is on screen. Without a thumbnail (a video without a poster, a
 * document): an icon, with the length for a video.
 */
export function AssetThumb({
  asset,
  size,
}: {
  asset: Pick<AssetSummary, 'kind' | 'durationMs' | 'media'>;
  size: 'row' | 'tile';
}) {
  const path = asset.media.thumbSmall;
  return (
    <span className={`attach-thumb attach-thumb--${size}`} aria-hidden="true">
      {path ? (
        <img src={mediaSrc(path)} alt="" loading="lazy" decoding="async" draggable={false} />
      ) : (
        <span className="attach-thumb__icon">
          {asset.kind === 'video' ? '▶' : <AssetsIcon size={size === 'tile' ? 28 : 20} />}
        </span>
      )}
      {asset.kind === 'video' && asset.durationMs !== null && (
        <span className="attach-thumb__duration">{formatDuration(asset.durationMs)}</span>
      )}
    </span>
  );
}
