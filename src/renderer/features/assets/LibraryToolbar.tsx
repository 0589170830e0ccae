import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSort } from '../../../shared/domain/assets';
import { useAssets, type LibraryView } from './store';

const sortOptions: readonly AssetSort[] = [
  'recentlyImported',
  'newest',
  'oldest',
  'name',
  'largest',
];
const searchDelayMs = 250;

/**
 * Bringing files in: single files, a whole folder (recursively), and the library check. The file
 * inputs are hidden behind ordinary buttons so the buttons carry the names people click.
 */
export function ImportActions({
  fileInputRef,
}: {
  fileInputRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const folderInputRef = useRef<HTMLInputElement>(null);
  const verifying = useAssets((state) => state.verify?.state === 'running');

  useEffect(() => {
    // React has no prop for it; the attribute makes the picker choose folders (recursively).
    folderInputRef.current?.setAttribute('webkitdirectory', '');
  }, []);

  const take = (input: HTMLInputElement) => {
    const files = Array.from(input.files ?? []);
    // Cleared so choosing the same files again fires `change` again.
    input.value = '';
    if (files.length > 0) useAssets.getState().importFiles(files);
  };

  /**
   * The desktop app opens the system dialog and imports by path in main (no copy through the
   * page); a browser uses the hidden file inputs and uploads.
   */
  const pick = async (what: 'files' | 'folders', fallback: () => void) => {
    const desktop = window.linimasaDesktop;
    if (!desktop) return fallback();
    const paths =
      what === 'files' ? await desktop.pickAssetFiles() : await desktop.pickAssetFolders();
    if (paths.length > 0) await useAssets.getState().importPaths(paths);
  };

  return (
    <div className="assets-actions">
      <button
        type="button"
        className="button button--primary"
        onClick={() => void pick('files', () => fileInputRef.current?.click())}
      >
        {t('assets.toolbar.importFiles')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void pick('folders', () => folderInputRef.current?.click())}
      >
        {t('assets.toolbar.importFolder')}
      </button>
      <input
        ref={fileInputRef}
        type="file"
        multiple
        hidden
        onChange={(event) => take(event.currentTarget)}
      />
      <input
        ref={folderInputRef}
        type="file"
        multiple
        hidden
        onChange={(event) => take(event.currentTarget)}
      />
      <button
        type="button"
        className="button"
        disabled={verifying}
        onClick={() => void useAssets.getState().startVerify()}
      >
        {t('assets.toolbar.verify')}
      </button>
    </div>
  );
}

/** Finding and arranging: search, sort, and tiles or rows. */
export function LibraryToolbar({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation();
  const ids = useId();
  const sort = useAssets((state) => state.sort);
  const view = useAssets((state) => state.view);

  return (
    <div className="assets-toolbar">
      <SearchField inputRef={searchRef} />
      <label className="assets-toolbar__sort" htmlFor={`${ids}-sort`}>
        <span>{t('assets.toolbar.sort')}</span>
        <select
          id={`${ids}-sort`}
          value={sort}
          onChange={(event) => useAssets.getState().setSort(event.target.value as AssetSort)}
        >
          {sortOptions.map((option) => (
            <option key={option} value={option}>
              {t(`assets.sort.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="segmented" role="group" aria-label={t('assets.toolbar.viewLabel')}>
        {(['grid', 'list'] as LibraryView[]).map((option) => (
          <button
            key={option}
            type="button"
            className="segmented__button"
            aria-pressed={view === option}
            onClick={() => useAssets.getState().setView(option)}
          >
            {t(`assets.toolbar.view.${option}`)}
          </button>
        ))}
      </div>
    </div>
  );
}

/** Full-text search as the person types (after a short pause), over name, title, caption and tags. */
function SearchField({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation();
  const ids = useId();
  const query = useAssets((state) => state.filters.query);
  const [text, setText] = useState(query);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Cleared elsewhere ("Hapus pencarian" in the empty state): follow, during render (React's
  // pattern for state derived from a changing prop).
  const [shownQuery, setShownQuery] = useState(query);
  if (query !== shownQuery) {
    setShownQuery(query);
    if (text.trim() !== query) setText(query);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  const apply = (value: string) => {
    clearTimeout(timer.current);
    if (value.trim() !== useAssets.getState().filters.query) {
      useAssets.getState().setFilters({ query: value.trim() });
    }
  };

  return (
    <div className="assets-search">
      <label className="visually-hidden" htmlFor={`${ids}-search`}>
        {t('assets.toolbar.search')}
      </label>
      <input
        ref={inputRef}
        id={`${ids}-search`}
        type="search"
        value={text}
        placeholder={t('assets.toolbar.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          const value = event.target.value;
          setText(value);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => apply(value), searchDelayMs);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply(text);
          if (event.key === 'Escape' && text) {
            event.stopPropagation();
            setText('');
            apply('');
          }
        }}
      />
    </div>
  );
}
