import { describe, expect, it } from 'vitest';
import { describeActivity } from '../../../../src/renderer/features/editor/activity-text';

describe('reading an activity entry', () => {
  it('lists the fields an edit changed in form order, and the schedule move', () => {
    const description = describeActivity({
      changes: {
        tags: [[], ['a']],
        scheduledAt: ['2026-11-12T02:00:00.000Z', '2026-11-13T02:00:00.000Z'],
        title: ['Lama', 'Baru'],
      },
    });
    expect(description.fields).toEqual(['title', 'tags', 'scheduledAt']);
    expect(description.schedule).toEqual({
      from: '2026-11-12T02:00:00.000Z',
      to: '2026-11-13T02:00:00.000Z',
    });
    expect(description.status).toBeNull();
  });

  it('reads a transition’s status change and an idea as a null schedule', () => {
    expect(describeActivity({ changes: { status: ['draft', 'in_review'] } })).toEqual({
      fields: [],
      schedule: null,
      status: { from: 'draft', to: 'in_review' },
    });
    expect(
      describeActivity({ changes: { scheduledAt: [null, '2026-11-13T02:00:00.000Z'] } }).schedule,
    ).toEqual({ from: null, to: '2026-11-13T02:00:00.000Z' });
  });

  it('ignores what it does not understand instead of failing', () => {
    expect(describeActivity({ changes: { status: ['draft', 'somewhere'], odd: 1 } })).toEqual({
      fields: ['odd'],
      schedule: null,
      status: null,
    });
  });
});
