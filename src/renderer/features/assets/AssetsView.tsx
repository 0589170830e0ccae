import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { droppedPaths } from '../../api/dropped-paths';
import { EmptyState } from '../../components/EmptyState';
import { AssetsIcon } from '../../components/icons';
import { LoadProblem } from '../../components/LoadProblem';
import { droppedFilesDeep, useFileDrop } from '../../hooks/use-file-drop';
import { useAssets } from './store';
import { ScreenHeader } from '../../components/ScreenHeader';
import { AssetResults } from './AssetResults';
import { CollectionList } from './CollectionList';
import { DetailPanel } from './DetailPanel';
import { FilterBar } from './FilterBar';
import { formatCount } from './format';
import { ImportPanel } from './ImportPanel';
import { ImportActions, LibraryToolbar } from './LibraryToolbar';
import { activeFilterCount } from './model';
import { SelectionBar } from './SelectionBar';
import { VerifyPanel } from './VerifyPanel';
import './assets.css';

/**
 * Pustaka Aset: the office's photos, videos and documents. Files come in by the import buttons
 * or by dropping them (or whole folders) anywhere on the screen; the grid finds them again by
 * search, filters and collections; the side panel describes one; the selection bar acts on many.
 */
export function AssetsView() {
  const { t, i18n } = useTranslation();
  const searchRef = useRef<HTMLInputElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const view = useAssets((state) => state.view);
  const total = useAssets((state) => state.total);
  const status = useAssets((state) => state.status);
  const loadError = useAssets((state) => state.loadError);
  const filters = useAssets((state) => state.filters);
  const selected = useAssets((state) => state.selection.ids);
  const importBatch = useAssets((state) => state.importBatch);
  const verify = useAssets((state) => state.verify);

  useEffect(() => {
    useAssets.getState().init();
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target as Element | null;
      if (target?.closest?.('dialog')) return;
      const store = useAssets.getState();
      const command = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (command && !event.altKey && key === 'f') {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
        return;
      }
      if (isTypingTarget(target)) return;
      if (command && !event.altKey && !event.shiftKey && key === 'a') {
        event.preventDefault();
        void store.selectAll();
      } else if (event.key === 'Escape' && store.selection.ids.size > 0) {
        store.clearSelection();
      } else if (event.key === 'Delete' && store.selection.ids.size > 0) {
        event.preventDefault();
        store.openDialog('delete');
      } else if (event.key === '/' && !command) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const drop = useFileDrop({
    onDrop: (dataTransfer) => {
      // Desktop app: the dropped files and folders themselves have paths, and main walks the
      // folders; no need to read them through the page.
      const direct = Array.from(dataTransfer.files);
      if (droppedPaths(direct)) return useAssets.getState().importFiles(direct);
      void droppedFilesDeep(dataTransfer).then((files) => useAssets.getState().importFiles(files));
    },
  });

  const filtered = activeFilterCount(filters) > 0;
  const searching = filters.query !== '';
  const detailId = selected.size === 1 ? [...selected][0]! : null;

  return (
    <div
      className={`assets-screen${drop.dragging ? ' assets-screen--dragging' : ''}`}
      {...drop.handlers}
    >
      <div className="assets-top">
        <ScreenHeader title={t('assets.title')}>
          {total !== null && total > 0 && !filtered && !searching ? (
            <p>{t('assets.intro', { n: formatCount(total, i18n.language) })}</p>
          ) : null}
        </ScreenHeader>
        <ImportActions fileInputRef={fileInputRef} />
      </div>
      <LibraryToolbar searchRef={searchRef} />
      {importBatch && <ImportPanel batch={importBatch} />}
      {verify && <VerifyPanel run={verify} />}
      <div className={`assets-layout${detailId ? ' assets-layout--detail' : ''}`}>
        <div className="assets-side">
          <FilterBar />
          <CollectionList />
        </div>
        <div className="assets-layout__main">
          <SelectionBar />
          {status === 'error' ? (
            <LoadProblem
              message={loadError?.message ?? ''}
              onRetry={() => void useAssets.getState().refresh()}
            />
          ) : total === null ? (
            <p className="assets-loading" role="status">
              {t('assets.results.loading')}
            </p>
          ) : total === 0 ? (
            filtered || searching ? (
              <div className="assets-empty">
                <p>
                  {searching
                    ? t('assets.empty.noMatchQuery', { query: filters.query })
                    : t('assets.empty.noMatch')}
                </p>
                <div className="assets-empty__actions">
                  {searching && (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => useAssets.getState().setFilters({ query: '' })}
                    >
                      {t('assets.empty.clearSearch')}
                    </button>
                  )}
                  {filtered && (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => useAssets.getState().clearFilters()}
                    >
                      {t('assets.empty.clearFilters')}
                    </button>
                  )}
                </div>
              </div>
            ) : (
              <EmptyState
                title={t('assets.empty.title')}
                icon={<AssetsIcon size={40} />}
                action={
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => fileInputRef.current?.click()}
                  >
                    {t('assets.toolbar.importFiles')}
                  </button>
                }
              >
                <p>{t('assets.empty.body')}</p>
                <p>{t('assets.empty.privacy')}</p>
              </EmptyState>
            )
          ) : (
            <AssetResults view={view} total={total} />
          )}
        </div>
        {detailId && <DetailPanel assetId={detailId} />}
      </div>
      {drop.dragging && (
        <div className="assets-drop" aria-hidden="true">
          <p>{t('assets.dropHint')}</p>
        </div>
      )}
      <Notice />
    </div>
  );
}

function isTypingTarget(target: Element | null): boolean {
  if (!target) return false;
  const tag = target.tagName;
  return (
    tag === 'INPUT' ||
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    (target as HTMLElement).isContentEditable === true
  );
}

const noticeMs = 6_000;

/** The library's one toast: what a bulk action did. */
function Notice() {
  const { t } = useTranslation();
  const notice = useAssets((state) => state.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => useAssets.getState().dismissNotice(), noticeMs);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <div className="assets-notice-region" role="status">
      {notice && (
        <div className={`assets-notice assets-notice--${notice.tone}`} key={notice.id}>
          <p>{notice.message}</p>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => useAssets.getState().dismissNotice()}
          >
            {t('assets.notices.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
