import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../src/shared/domain/assets';
import {
  activeFilterCount,
  columnsFor,
  countResults,
  emptyFilters,
  isSystemFile,
  listRequest,
  mediaUrl,
  moveIndex,
  noSelection,
  pagesFor,
  rangeIndices,
  resultKey,
  resultsToShow,
  selectAfterClick,
  toAssetFilter,
  type Selection,
  showsBulkBar,
} from '../../../../src/renderer/features/assets/model';

const ids = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'];
const idAt = (index: number) => ids[index];
const click = (
  selection: Selection,
  index: number,
  modifiers: { toggle?: boolean; range?: boolean } = {},
) =>
  selectAfterClick(
    selection,
    { index, id: ids[index]!, toggle: modifiers.toggle ?? false, range: modifiers.range ?? false },
    idAt,
  );
const selected = (selection: Selection) => [...selection.ids].sort();

describe('selection', () => {
  it('a plain click opens details, not the bulk bar; Ctrl, Shift and several assets do', () => {
    const one = click(noSelection, 2);
    expect(one.bulk).toBe(false);
    expect(showsBulkBar(one)).toBe(false);
    expect(showsBulkBar(click(one, 4, { toggle: true }))).toBe(true);
    expect(showsBulkBar(click(noSelection, 4, { toggle: true }))).toBe(true);
    expect(showsBulkBar(click(one, 4, { range: true }))).toBe(true);
    expect(showsBulkBar(noSelection)).toBe(false);
  });

  it('a plain click selects only that asset and sets the anchor', () => {
    let selection = click(noSelection, 2);
    selection = click(selection, 5);
    expect(selected(selection)).toEqual(['a5']);
    expect(selection.anchor).toBe(5);
  });

  it('Ctrl toggles one without losing the others, and moves the anchor', () => {
    let selection = click(noSelection, 1);
    selection = click(selection, 3, { toggle: true });
    selection = click(selection, 6, { toggle: true });
    expect(selected(selection)).toEqual(['a1', 'a3', 'a6']);
    selection = click(selection, 3, { toggle: true });
    expect(selected(selection)).toEqual(['a1', 'a6']);
    expect(selection.anchor).toBe(3);
  });

  it('Shift selects the range from the anchor, in either direction, replacing the rest', () => {
    let selection = click(noSelection, 4);
    selection = click(selection, 1, { range: true });
    expect(selected(selection)).toEqual(['a1', 'a2', 'a3', 'a4']);
    // A second Shift click reshapes the same range from the same anchor.
    selection = click(selection, 6, { range: true });
    expect(selected(selection)).toEqual(['a4', 'a5', 'a6']);
    expect(selection.anchor).toBe(4);
  });

  it('Ctrl+Shift adds a range to what is already selected', () => {
    let selection = click(noSelection, 0);
    selection = click(selection, 5, { toggle: true });
    selection = click(selection, 7, { toggle: true, range: true });
    expect(selected(selection)).toEqual(['a0', 'a5', 'a6', 'a7']);
  });

  it('Shift without an anchor acts as a plain click', () => {
    expect(selected(click(noSelection, 3, { range: true }))).toEqual(['a3']);
  });

  it('skips positions not loaded yet', () => {
    const sparse = (index: number) => (index % 2 === 0 ? ids[index] : undefined);
    const selection = selectAfterClick(
      { ids: new Set(), anchor: 0, bulk: false },
      { index: 4, id: 'a4', toggle: false, range: true },
      sparse,
    );
    expect(selected(selection)).toEqual(['a0', 'a2', 'a4']);
  });

  it('ranges are inclusive whichever end comes first', () => {
    expect(rangeIndices(3, 1)).toEqual([1, 2, 3]);
    expect(rangeIndices(2, 2)).toEqual([2]);
  });

  it('arrow keys move by one or a row, clamped; Home and End jump', () => {
    expect(moveIndex(5, 'ArrowRight', 4, 10, 2)).toBe(6);
    expect(moveIndex(0, 'ArrowLeft', 4, 10, 2)).toBe(0);
    expect(moveIndex(5, 'ArrowDown', 4, 10, 2)).toBe(9);
    expect(moveIndex(8, 'ArrowDown', 4, 10, 2)).toBe(9);
    expect(moveIndex(5, 'ArrowUp', 4, 10, 2)).toBe(1);
    expect(moveIndex(1, 'PageDown', 4, 100, 3)).toBe(13);
    expect(moveIndex(5, 'End', 4, 10, 2)).toBe(9);
    expect(moveIndex(5, 'Home', 4, 10, 2)).toBe(0);
    expect(moveIndex(5, 'a', 4, 10, 2)).toBeNull();
    expect(moveIndex(0, 'ArrowDown', 4, 0, 2)).toBeNull();
  });
});

describe('filters → assets.list request', () => {
  it('sends nothing for an empty filter bar', () => {
    expect(toAssetFilter(emptyFilters)).toEqual({});
    expect(activeFilterCount(emptyFilters)).toBe(0);
  });

  it('maps every control to the API field it means', () => {
    const filter = toAssetFilter({
      query: '  upacara   bendera ',
      kind: 'image',
      tags: ['HUT', 'pelantikan'],
      collectionId: 'c-1',
      orientation: 'portrait',
      from: '2025-08-01',
      to: '2025-08-31',
      usage: 'unused',
      missingOnly: true,
      rightsExpiring: true,
    });
    expect(filter).toEqual({
      query: 'upacara bendera',
      kinds: ['image'],
      tags: ['HUT', 'pelantikan'],
      collectionId: 'c-1',
      orientation: 'portrait',
      from: '2025-08-01',
      to: '2025-08-31',
      usage: 'unused',
      status: 'missing',
      rightsExpiringWithinDays: 30,
    });
  });

  it('swaps a backwards date range and ignores half-typed dates', () => {
    expect(toAssetFilter({ ...emptyFilters, from: '2025-09-01', to: '2025-08-01' })).toEqual({
      from: '2025-08-01',
      to: '2025-09-01',
    });
    expect(toAssetFilter({ ...emptyFilters, from: '2025-0', to: '' })).toEqual({});
  });

  it('counts each active filter once (a date range is one)', () => {
    expect(
      activeFilterCount({
        ...emptyFilters,
        kind: 'video',
        tags: ['a', 'b'],
        from: '2025-01-01',
        to: '2025-02-01',
        missingOnly: true,
        query: 'search is not a filter',
      }),
    ).toBe(5);
  });

  it('pages by cursor when the previous page left one, by offset after a jump', () => {
    const base = { pageSize: 200, withTotal: false };
    expect(listRequest(emptyFilters, 'name', { ...base, pageIndex: 0, withTotal: true })).toEqual({
      filter: {},
      sort: 'name',
      limit: 200,
      withTotal: true,
    });
    expect(
      listRequest(emptyFilters, 'newest', { ...base, pageIndex: 3, cursor: 'abc' }),
    ).toMatchObject({ cursor: 'abc', limit: 200 });
    const jump = listRequest(emptyFilters, 'newest', { ...base, pageIndex: 250 });
    expect(jump).toMatchObject({ offset: 50_000 });
    expect(jump).not.toHaveProperty('cursor');
  });

  it('gives the same key to the same question, a new one to a different one', () => {
    expect(resultKey(emptyFilters, 'name')).toBe(resultKey({ ...emptyFilters }, 'name'));
    expect(resultKey(emptyFilters, 'name')).not.toBe(resultKey(emptyFilters, 'newest'));
    expect(resultKey(emptyFilters, 'name')).not.toBe(
      resultKey({ ...emptyFilters, kind: 'video' }, 'name'),
    );
  });
});

describe('grid geometry and paging', () => {
  it('fits as many tiles as the width allows, at least one', () => {
    expect(columnsFor(880, 168, 12)).toBe(4);
    expect(columnsFor(900, 168, 12)).toBe(5);
    expect(columnsFor(100, 168, 12)).toBe(1);
    expect(columnsFor(0, 168, 12)).toBe(1);
  });

  it('names the pages a scroll position needs, within the total', () => {
    expect(pagesFor(0, 59, 200, 1000)).toEqual([0]);
    expect(pagesFor(180, 420, 200, 1000)).toEqual([0, 1, 2]);
    expect(pagesFor(990, 1200, 200, 1000)).toEqual([4]);
    expect(pagesFor(0, 10, 200, 0)).toEqual([]);
  });
});

describe('import helpers', () => {
  it('recognises file-manager litter', () => {
    for (const name of ['.DS_Store', '._IMG_0001.JPG', 'Thumbs.db', 'desktop.ini', 'foto/.hidden'])
      expect(isSystemFile(name), name).toBe(true);
    for (const name of ['IMG_0001.JPG', 'laporan kegiatan.pdf', 'thumbs.db.jpg'])
      expect(isSystemFile(name), name).toBe(false);
  });

  const result = (name: string, status: ImportResult['status']): ImportResult => ({
    source: name,
    name,
    status,
    assetId: null,
    kind: null,
    reason: null,
  });

  it('counts outcomes and lists failures first, then duplicates, each in order', () => {
    const results = [
      result('a', 'imported'),
      result('b', 'failed'),
      result('c', 'duplicate'),
      result('d', 'imported'),
      result('e', 'failed'),
    ];
    expect(countResults(results)).toEqual({ imported: 2, duplicate: 1, failed: 2 });
    expect(resultsToShow(results, 10).map((r) => r.name)).toEqual(['b', 'e', 'c', 'a', 'd']);
    expect(resultsToShow(results, 2).map((r) => r.name)).toEqual(['b', 'e']);
  });
});

describe('media addresses', () => {
  it('uses /media/ in the browser and linimasa://media/ in Electron', () => {
    expect(mediaUrl('thumbs/ab/ab12-320.webp', false)).toBe('/media/thumbs/ab/ab12-320.webp');
    expect(mediaUrl('assets/ab/ab12.jpg', true)).toBe('linimasa://media/assets/ab/ab12.jpg');
  });

  it('encodes each segment', () => {
    expect(mediaUrl('assets/ab/a b#.jpg', false)).toBe('/media/assets/ab/a%20b%23.jpg');
  });
});
