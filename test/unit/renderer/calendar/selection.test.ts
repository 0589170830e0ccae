import { describe, expect, it, vi } from 'vitest';
import { createBulkStore } from '../../../../src/renderer/features/actions/bulk-store';
import { chipKeyIntent, clickIntent } from '../../../../src/renderer/features/actions/selection';
import type { DayPost } from '../../../../src/renderer/features/calendar/model';
import { selectionScope } from '../../../../src/renderer/features/calendar/selection-scope';
import type { PostSummary } from '../../../../src/shared/domain/posts';
import type { LocalDate } from '../../../../src/shared/time';

/** Select-many on the month's and week's chips: the pure rules behind the clicks and keys. */

const plain = { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
const space = { ...plain, code: 'Space' };

function post(id: string): PostSummary {
  return {
    id,
    title: `Unggahan ${id}`,
    status: 'draft',
    scheduledAt: '2026-11-10T02:00:00.000Z',
    timeZone: 'Asia/Jakarta',
    campaignId: null,
    assigneeId: null,
    seriesId: null,
    version: 1,
    channels: [],
    assetCount: 0,
    firstThumb: null,
  };
}

function days(entries: [LocalDate, string[]][]): Map<LocalDate, DayPost[]> {
  return new Map(
    entries.map(([date, ids]) => [
      date,
      ids.map((id) => ({ post: post(id), date, time: '09:00' })),
    ]),
  );
}

describe('a click on a chip', () => {
  it('opens the post when plain, toggles with Ctrl or Cmd, takes the range with Shift', () => {
    expect(clickIntent(plain)).toBeNull();
    expect(clickIntent({ ...plain, ctrlKey: true })).toBe('toggle');
    expect(clickIntent({ ...plain, metaKey: true })).toBe('toggle');
    expect(clickIntent({ ...plain, shiftKey: true })).toBe('range');
    expect(clickIntent({ ...plain, shiftKey: true, ctrlKey: true })).toBe('range');
  });

  it('leaves Alt+click alone', () => {
    expect(clickIntent({ ...plain, altKey: true, ctrlKey: true })).toBeNull();
  });
});

describe('a key on a focused chip', () => {
  it('a plain Space picks the chip up to move it while nothing is selected', () => {
    expect(chipKeyIntent(space, false)).toBeNull();
  });

  it('a plain Space toggles once something is selected', () => {
    expect(chipKeyIntent(space, true)).toBe('toggle');
  });

  it('Ctrl+Space always toggles, Shift+Space takes the range', () => {
    expect(chipKeyIntent({ ...space, ctrlKey: true }, false)).toBe('toggle');
    expect(chipKeyIntent({ ...space, shiftKey: true }, false)).toBe('range');
    expect(chipKeyIntent({ ...space, shiftKey: true }, true)).toBe('range');
  });

  it('other keys, and Space with Alt or Cmd, go on to the drag and the browser', () => {
    expect(chipKeyIntent({ ...plain, code: 'Enter' }, true)).toBeNull();
    expect(chipKeyIntent({ ...plain, code: 'ArrowRight', ctrlKey: true }, true)).toBeNull();
    expect(chipKeyIntent({ ...space, altKey: true }, true)).toBeNull();
    expect(chipKeyIntent({ ...space, metaKey: true }, true)).toBeNull();
  });
});

describe('what the month and the week can select', () => {
  const byDay = days([
    ['2026-10-31', ['oct']],
    ['2026-11-02', ['a', 'b']],
    ['2026-11-30', ['c']],
    ['2026-12-01', ['dec']],
  ]);
  const grid: LocalDate[] = ['2026-10-31', '2026-11-01', '2026-11-02', '2026-11-30', '2026-12-01'];

  it('ranges follow the grid day by day; Ctrl+A takes only the month’s own days', () => {
    const scope = selectionScope(grid, byDay, '2026-11');
    expect(scope.order).toEqual(['oct', 'a', 'b', 'c', 'dec']);
    expect(scope.all).toEqual(['a', 'b', 'c']);
    expect(scope.posts.map((p) => p.id)).toEqual(scope.order);
  });

  it('in the week every day shown counts', () => {
    const scope = selectionScope(['2026-11-30', '2026-12-01'], byDay, null);
    expect(scope.all).toEqual(['c', 'dec']);
    expect(scope.order).toEqual(['c', 'dec']);
  });

  it('through the bulk store: Ctrl+click two, Shift+click extends over the days between', () => {
    const store = createBulkStore({
      api: { posts: {} } as never,
      actorId: () => 'budi',
      words: { pickProfile: () => '' },
      wordRefusal: (error) => error.message,
      onChanged: vi.fn(),
    });
    const { order, all } = selectionScope(grid, byDay, '2026-11');
    const act = (id: string, click: typeof plain) => {
      const intent = clickIntent(click);
      if (intent) store.getState().toggle(id, order, intent === 'range');
    };
    act('oct', { ...plain, ctrlKey: true });
    act('b', { ...plain, shiftKey: true });
    expect([...store.getState().selection.ids]).toEqual(['oct', 'a', 'b']);
    act('a', { ...plain, ctrlKey: true });
    expect([...store.getState().selection.ids].sort()).toEqual(['b', 'oct']);
    act('c', plain); // a plain click opens, selects nothing
    expect(store.getState().selection.ids.size).toBe(2);
    store.getState().selectAll(all);
    expect([...store.getState().selection.ids]).toEqual(['a', 'b', 'c']);
    // Another month: what left the view leaves the selection.
    store.getState().prune(selectionScope(['2026-12-01'], byDay, '2026-12').order);
    expect(store.getState().selection.ids.size).toBe(0);
  });
});
