import { describe, expect, it } from 'vitest';
import {
  approvedContentFields,
  postContentFields,
  postRowContentFields,
  storedContentFields,
} from '../../../src/shared/domain/post-fields';
import { timeAfterMove } from '../../../src/shared/domain/post-move';
import { postContentSchema } from '../../../src/shared/domain/posts';

describe('a post’s editable fields', () => {
  it('are exactly the content fields an edit request may carry', () => {
    expect([...postContentFields].sort()).toEqual(Object.keys(postContentSchema.shape).sort());
  });

  it('have stored names in the same order, the schedule kept as scheduledAt', () => {
    expect(storedContentFields).toEqual(
      postContentFields.map((field) => (field === 'schedule' ? 'scheduledAt' : field)),
    );
  });

  it('name only content fields in the approval and row lists', () => {
    for (const field of [...approvedContentFields, ...postRowContentFields]) {
      expect(postContentFields).toContain(field);
    }
  });
});

describe('a move keeps the time of day', () => {
  it('keeps the post’s own time', () => {
    expect(timeAfterMove({ time: '08:00' }, undefined, '09:00')).toBe('08:00');
  });
  it('takes the hour the drop chose', () => {
    expect(timeAfterMove({ time: '08:00' }, '14:30', '09:00')).toBe('14:30');
  });
  it('gives an idea the office’s default time', () => {
    expect(timeAfterMove(null, undefined, '09:00')).toBe('09:00');
  });
});
