import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blankDraft } from '../../../src/renderer/features/editor/draft';
import {
  debounce,
  draftStorageKey,
  forgetDraft,
  keepDraft,
  readKeptDraft,
} from '../../../src/renderer/features/offline/drafts';
import { enqueue, type QueuedSave } from '../../../src/renderer/features/offline/outbox';
import { MemoryStorage } from './memory-storage';

const owner = { origin: 'http://127.0.0.2:4173', personId: 'rina' };
const draft = { ...blankDraft({ defaultTime: '09:00' }), title: 'Ditulis' };

describe('drafts kept on the device', () => {
  it('are named by host, person and post, and read back until forgotten', () => {
    const storage = new MemoryStorage();
    keepDraft(storage, owner, {
      postKey: 'p1',
      baseVersion: 3,
      original: draft,
      draft,
      typedAt: 1,
    });
    expect(storage.keys()).toEqual(['linimasa.draft.v1|http://127.0.0.2:4173|rina|p1']);
    expect(readKeptDraft(storage, { ...owner, personId: 'nurul' }, 'p1')).toBeNull();
    expect(readKeptDraft(storage, owner, 'p1')).toMatchObject({ baseVersion: 3, draft });
    forgetDraft(storage, owner, 'p1');
    expect(readKeptDraft(storage, owner, 'p1')).toBeNull();
  });

  it('reads a damaged entry as nothing instead of failing', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftStorageKey(owner, 'p1'), '{not json');
    expect(readKeptDraft(storage, owner, 'p1')).toBeNull();
  });
});

describe('debounced writing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once, 300 ms after the last key; flush writes at once', () => {
    const written: string[] = [];
    const writer = debounce((text: string) => written.push(text), 300);
    writer.call('a');
    vi.advanceTimersByTime(200);
    writer.call('ab');
    vi.advanceTimersByTime(299);
    expect(written).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(written).toEqual(['ab']);
    writer.call('abc');
    writer.flush();
    expect(written).toEqual(['ab', 'abc']);
  });
});

describe('queueing', () => {
  const save = (key: string, caption: string, baseVersion: number): QueuedSave => ({
    id: `${key}-${caption}`,
    key,
    postId: key,
    draftKey: key,
    baseVersion,
    title: key,
    original: { ...draft, caption: 'asal' },
    draft: { ...draft, caption },
    queuedAt: 0,
  });

  it('keeps order, and a second save of a post replaces the first where it stood, on its base', () => {
    let items = enqueue([], save('a', '1', 3));
    items = enqueue(items, save('b', '1', 1));
    items = enqueue(items, { ...save('a', '2', 4), original: { ...draft, caption: 'lain' } });
    expect(items.map((item) => [item.key, item.draft.caption, item.baseVersion])).toEqual([
      ['a', '2', 3],
      ['b', '1', 1],
    ]);
    expect(items[0]!.original.caption).toBe('asal');
    expect(items[0]!.id).toBe('a-1');
  });
});
