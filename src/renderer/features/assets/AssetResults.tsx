import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../shared/domain/assets';
import { pageSize, useAssets, type LibraryView } from './store';
import { useSettings } from '../../stores/settings';
import { assetDay, formatBytes, formatCount, formatDuration } from './format';
import { mediaSrc } from '../../media/media-src';
import { columnsFor, moveIndex, rightsWarningDays } from './model';
import { defaultTimeZone } from '../../../shared/domain/time-zones';

const minTile = 168;
const gap = 12;
/** The file name under a tile. */
const captionHeight = 30;
const listRowHeight = 48;
const listHeaderHeight = 36;
/** Rows drawn beyond the viewport each way: enough for smooth wheel scrolling, few DOM nodes. */
const overscan = 2;

/**
 * The library's rows, virtualized: only the tiles (or list rows) near the viewport exist in the
 * DOM, whatever the size of the library, and the pages they need are loaded as they come into
 * view. One listbox for both views: a click selects (Ctrl toggles, Shift extends), arrows move,
 * Space toggles, Enter opens, and the screen reader hears "3 dari 1.204, dipilih".
 */
export function AssetResults({ view, total }: { view: LibraryView; total: number }) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const listboxRef = useRef<HTMLDivElement>(null);
  const width = useContentWidth(scrollRef);
  const pages = useAssets((state) => state.pages);
  const stalePages = useAssets((state) => state.stalePages);
  const selection = useAssets((state) => state.selection);
  const activeIndex = useAssets((state) => state.activeIndex);
  const resultVersion = useAssets((state) => state.resultVersion);
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const [focused, setFocused] = useState(false);

  const columns = view === 'grid' ? columnsFor(width, minTile, gap) : 1;
  const tileWidth = view === 'grid' ? (width - gap * (columns - 1)) / columns : width;
  const rowHeight =
    view === 'grid' ? Math.round(tileWidth * 0.75) + captionHeight + gap : listRowHeight;
  const rowCount = Math.ceil(total / columns);
  const headerHeight = view === 'list' ? listHeaderHeight : 0;

  // The virtualizer's methods change identity on every scroll; nothing here memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library -- read during render only
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    // Render after the scroll event rather than inside it (React 19 warns about flushSync in
    // effects, and a batched render keeps the scroll handler short).
    useFlushSync: false,
    // The list's column header sits (sticky) above the rows inside the scroll area: rows start
    // below it, and a row scrolled to by keyboard must not hide under it.
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });

  // Geometry changed (a resize, the other view): every row's size is new.
  useLayoutEffect(() => {
    virtualizer.measure();
  }, [virtualizer, rowHeight, columns]);

  // A new filter or sort starts at the top.
  useLayoutEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resultVersion]);

  const rows = virtualizer.getVirtualItems();
  const firstRow = rows[0]?.index ?? 0;
  const lastRow = rows.at(-1)?.index ?? 0;
  useEffect(() => {
    if (total === 0) return;
    useAssets
      .getState()
      .ensureRange(firstRow * columns, Math.min(total, (lastRow + 1) * columns) - 1);
  }, [firstRow, lastRow, columns, total, resultVersion]);

  const assetAt = (index: number): AssetSummary | undefined => {
    const page = Math.floor(index / pageSize);
    return (pages.get(page) ?? stalePages.get(page))?.[index % pageSize];
  };

  // Stable, so the memoised tiles re-render only when their own props change.
  const onTileClick = useCallback((event: MouseEvent, index: number) => {
    const store = useAssets.getState();
    const asset = store.assetAt(index);
    listboxRef.current?.focus({ preventScroll: true });
    if (!asset) return;
    void store.click({
      index,
      id: asset.id,
      toggle: event.ctrlKey || event.metaKey,
      range: event.shiftKey,
    });
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const store = useAssets.getState();
    const index = Math.min(store.activeIndex, Math.max(0, total - 1));
    const command = event.ctrlKey || event.metaKey;
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      const asset = store.assetAt(index);
      if (asset) {
        void store.click({ index, id: asset.id, toggle: event.key === ' ', range: event.shiftKey });
      }
      return;
    }
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / rowHeight));
    const next = moveIndex(index, event.key, columns, total, pageRows);
    if (next === null) return;
    event.preventDefault();
    virtualizer.scrollToIndex(Math.floor(next / columns), { align: 'auto' });
    const asset = store.assetAt(next);
    if (command || !asset) store.setActive(next);
    else void store.click({ index: next, id: asset.id, toggle: false, range: event.shiftKey });
  };

  const activeRendered = rows.some((row) => Math.floor(activeIndex / columns) === row.index);
  const language = i18n.language;
  return (
    <div
      ref={scrollRef}
      className={`asset-scroll asset-scroll--${view}`}
      data-testid="asset-scroll"
    >
      {view === 'list' && <ListHeader />}
      <div
        ref={listboxRef}
        role="listbox"
        aria-multiselectable="true"
        aria-label={t('assets.results.label', { n: formatCount(total, language) })}
        tabIndex={0}
        aria-activedescendant={
          focused && activeRendered ? `asset-option-${activeIndex}` : undefined
        }
        className={`asset-listbox${focused ? ' asset-listbox--focused' : ''}`}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        {rows.flatMap((row) =>
          Array.from({ length: columns }, (_, column) => {
            const index = row.index * columns + column;
            if (index >= total) return null;
            const asset = assetAt(index);
            const Item = view === 'grid' ? AssetTile : AssetRow;
            return (
              <Item
                key={index}
                index={index}
                total={total}
                asset={asset}
                selected={asset ? selection.ids.has(asset.id) : false}
                active={index === activeIndex}
                top={row.start - headerHeight}
                left={view === 'grid' ? column * (tileWidth + gap) : 0}
                width={tileWidth}
                height={rowHeight - (view === 'grid' ? gap : 0)}
                zone={zone}
                language={language}
                t={t}
                onClick={onTileClick}
              />
            );
          }),
        )}
      </div>
    </div>
  );
}

/** The scroll area's inner width, followed as the window or the side panels change. */
function useContentWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () => {
      const style = getComputedStyle(element);
      setWidth(
        element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      );
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

interface ItemProps {
  index: number;
  total: number;
  asset: AssetSummary | undefined;
  selected: boolean;
  active: boolean;
  top: number;
  left: number;
  width: number;
  height: number;
  zone: string;
  language: string;
  t: TFunction;
  onClick(event: MouseEvent, index: number): void;
}

/**
 * What a tile or row is called for a screen reader: the name, the kind, and what is special.
 * Tiles take `t` from the grid rather than each calling useTranslation: thousands of tiles
 * mount during a long scroll, and the hook's wrapper was a measurable share of that.
 */
function itemLabel(
  t: TFunction,
  asset: AssetSummary | undefined,
  zone: string,
  language: string,
): string {
  if (!asset) return t('assets.results.loadingItem');
  const parts = [asset.title || asset.originalName, t(`assets.kind.${asset.kind}`)];
  if (asset.durationMs !== null) parts.push(formatDuration(asset.durationMs));
  if (asset.pageCount !== null) parts.push(t('assets.meta.pageCount', { count: asset.pageCount }));
  parts.push(assetDay(asset, zone, language));
  if (asset.status !== 'ok') parts.push(t(`assets.status.${asset.status}`));
  if (rightsSoon(asset)) parts.push(t('assets.tile.rightsSoon'));
  if (asset.usageCount > 0) parts.push(t('assets.tile.used', { count: asset.usageCount }));
  return parts.join(', ');
}

/** Rights ending within 30 days, or already ended. */
function rightsSoon(asset: AssetSummary): boolean {
  if (!asset.rightsExpiresOn) return false;
  const limit = new Date(Date.now() + rightsWarningDays * 86_400_000).toISOString().slice(0, 10);
  return asset.rightsExpiresOn <= limit;
}

/** Thumbnails that failed to load (no file: a seeded library, a swept thumbnail): show the kind tile. */
const brokenThumbs = new Set<string>();

function Thumb({ asset, className }: { asset: AssetSummary; className: string }) {
  const [broken, setBroken] = useState(() => brokenThumbs.has(asset.id));
  if (!asset.media.thumbSmall || broken) {
    return (
      <span className={`${className} asset-kind asset-kind--${asset.kind}`} aria-hidden="true">
        {asset.ext.toUpperCase()}
      </span>
    );
  }
  return (
    <img
      className={className}
      src={mediaSrc(asset.media.thumbSmall)}
      alt=""
      loading="lazy"
      decoding="async"
      draggable={false}
      onError={() => {
        brokenThumbs.add(asset.id);
        setBroken(true);
      }}
    />
  );
}

/** The small label in a tile's corner: duration, pages, or what is wrong. */
function Badge({ asset, t }: { asset: AssetSummary; t: TFunction }) {
  if (asset.status !== 'ok') {
    return (
      <span className="asset-badge asset-badge--problem" aria-hidden="true">
        {t(`assets.status.${asset.status}`)}
      </span>
    );
  }
  if (rightsSoon(asset)) {
    return (
      <span className="asset-badge asset-badge--warning" aria-hidden="true">
        {t('assets.tile.rightsSoon')}
      </span>
    );
  }
  if (asset.durationMs !== null) {
    return (
      <span className="asset-badge" aria-hidden="true">
        {asset.kind === 'video' ? '▶ ' : '♪ '}
        {formatDuration(asset.durationMs)}
      </span>
    );
  }
  if (asset.pageCount !== null) {
    return (
      <span className="asset-badge" aria-hidden="true">
        {t('assets.meta.pageCount', { count: asset.pageCount })}
      </span>
    );
  }
  return null;
}

const AssetTile = memo(function AssetTile(props: ItemProps) {
  const { index, total, asset, selected, active, top, left, width, height, zone, language } = props;
  const label = itemLabel(props.t, asset, zone, language);
  return (
    <div
      id={`asset-option-${index}`}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={total}
      aria-label={label}
      className={`asset-tile${selected ? ' is-selected' : ''}${active ? ' is-active' : ''}`}
      style={{ transform: `translate(${left}px, ${top}px)`, width, height }}
      onClick={(event) => props.onClick(event, index)}
    >
      {asset ? (
        <>
          <Thumb asset={asset} className="asset-tile__media" />
          <Badge asset={asset} t={props.t} />
          <span className="asset-tile__name" aria-hidden="true">
            {asset.title || asset.originalName}
          </span>
        </>
      ) : (
        <span className="asset-tile__media asset-tile__media--loading" aria-hidden="true" />
      )}
    </div>
  );
});

const AssetRow = memo(function AssetRow(props: ItemProps) {
  const { t } = props;
  const { index, total, asset, selected, active, top, width, height, zone, language } = props;
  const label = itemLabel(props.t, asset, zone, language);
  return (
    <div
      id={`asset-option-${index}`}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={total}
      aria-label={label}
      className={`asset-row${selected ? ' is-selected' : ''}${active ? ' is-active' : ''}`}
      style={{ transform: `translateY(${top}px)`, width, height }}
      onClick={(event) => props.onClick(event, index)}
    >
      {asset ? (
        <>
          <Thumb asset={asset} className="asset-row__thumb" />
          <span className="asset-row__name" title={asset.originalName}>
            {asset.title || asset.originalName}
          </span>
          <span>{t(`assets.kind.${asset.kind}`)}</span>
          <span className="asset-row__num">{formatBytes(asset.size, language)}</span>
          <span className="asset-row__num">
            {asset.width && asset.height
              ? `${asset.width} × ${asset.height}`
              : asset.durationMs !== null
                ? formatDuration(asset.durationMs)
                : asset.pageCount !== null
                  ? t('assets.meta.pageCount', { count: asset.pageCount })
                  : '—'}
          </span>
          <span>{assetDay(asset, zone, language)}</span>
          <span className="asset-row__tags">{summaryTags(asset).join(', ')}</span>
          <span className="asset-row__num">
            {asset.status !== 'ok' ? (
              <span className="asset-badge asset-badge--problem asset-badge--inline">
                {t(`assets.status.${asset.status}`)}
              </span>
            ) : (
              formatCount(asset.usageCount, language)
            )}
          </span>
        </>
      ) : (
        <span className="asset-row__thumb asset-tile__media--loading" />
      )}
    </div>
  );
});

/**
 * Tags for the list's column. The summary the API sends today has none; when main adds a
 * `tags` array to it (cheap: one group_concat), the column fills without a change here.
 */
function summaryTags(asset: AssetSummary): string[] {
  const tags = (asset as AssetSummary & { tags?: unknown }).tags;
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];
}

function ListHeader() {
  const { t } = useTranslation();
  return (
    <div className="asset-row asset-row--head" aria-hidden="true">
      <span />
      <span>{t('assets.list.name')}</span>
      <span>{t('assets.list.kind')}</span>
      <span className="asset-row__num">{t('assets.list.size')}</span>
      <span className="asset-row__num">{t('assets.list.dimensions')}</span>
      <span>{t('assets.list.date')}</span>
      <span>{t('assets.list.tags')}</span>
      <span className="asset-row__num">{t('assets.list.used')}</span>
    </div>
  );
}
