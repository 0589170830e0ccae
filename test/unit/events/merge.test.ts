import { describe, expect, it } from 'vitest';
import { blankDraft } from '../../../src/renderer/features/editor/draft';
import {
  applyMerge,
  changedFields,
  planMerge,
  undecided,
} from '../../../src/renderer/features/editor/merge';

const base = { ...blankDraft({ defaultTime: '09:00' }), title: 'Pengumuman', caption: 'Isi' };

describe('merging two edits of one post from their common base', () => {
  it('takes what only one side changed, keeps equal changes, and asks about real conflicts', () => {
    const mine = { ...base, title: 'Pengumuman penting', brief: 'Catatan saya', tags: ['a'] };
    const theirs = { ...base, caption: 'Isi baru', brief: 'Catatan Nurul', tags: ['a'] };
    const plan = planMerge(base, mine, theirs);
    expect(plan).toEqual([
      { field: 'title', take: 'mine' },
      { field: 'brief', take: 'conflict' },
      { field: 'caption', take: 'theirs' },
      { field: 'tags', take: 'same' },
    ]);
    expect(undecided(plan, {})).toEqual(['brief']);
    expect(undecided(plan, { brief: 'mine' })).toEqual([]);
    const merged = applyMerge(mine, theirs, plan, { brief: 'mine' });
    expect(merged).toMatchObject({
      title: 'Pengumuman penting',
      caption: 'Isi baru',
      brief: 'Catatan saya',
      tags: ['a'],
    });
    expect(applyMerge(mine, theirs, plan, { brief: 'theirs' }).brief).toBe('Catatan Nurul');
  });

  it('treats the date and time as one field, and lists what changed between two versions', () => {
    const mine = { ...base, date: '2026-11-19', time: '08:00' };
    const theirs = { ...base, caption: 'x' };
    const merged = applyMerge(mine, theirs, planMerge(base, mine, theirs), {});
    expect([merged.date, merged.time, merged.caption]).toEqual(['2026-11-19', '08:00', 'x']);
    expect(changedFields(base, mine)).toEqual(['schedule']);
    expect(changedFields(base, base)).toEqual([]);
  });
});
