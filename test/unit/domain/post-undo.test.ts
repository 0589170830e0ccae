import { describe, expect, it } from 'vitest';
import { sameInstant, undoableMove } from '../../../src/shared/domain/post-undo';

const at = '2026-12-01T00:00:00.000Z';
const taken = {
  status: 'approved',
  submittedBy: 'rina',
  approvedBy: 'budi',
  approvedAt: at,
  content: 'abc',
};

describe('undoableMove', () => {
  it('finds the last move not yet undone, with the approval its return to draft took', () => {
    const move = undoableMove([
      { id: 1, action: 'create', at, changes: {} },
      { id: 2, action: 'move', at: 'x', changes: { scheduledAt: ['A', 'B'] } },
      {
        id: 3,
        action: 'returned_to_draft',
        at: 'x',
        changes: { status: ['approved', 'draft'], approval: taken },
      },
      { id: 4, action: 'move', at: 'y', changes: { scheduledAt: ['B', 'C'] } },
      { id: 5, action: 'move', at: 'z', changes: { scheduledAt: ['C', 'B'], undoes: 4 } },
    ]);
    // An entry written before checks existed reads as a round without a check.
    expect(move).toEqual({
      moveId: 2,
      from: 'A',
      to: 'B',
      taken: { ...taken, checkedBy: null, checkedAt: null },
      statusChangedSince: false,
    });
  });

  it('notices an approval step after the move, and ignores a malformed approval', () => {
    const move = undoableMove([
      { id: 2, action: 'move', at: 'x', changes: { scheduledAt: [null, 'B'] } },
      {
        id: 3,
        action: 'returned_to_draft',
        at: 'x',
        changes: { approval: { ...taken, content: '' } },
      },
      { id: 4, action: 'submit', at: 'y', changes: { status: ['draft', 'in_review'] } },
    ]);
    expect(move).toMatchObject({ from: null, taken: null, statusChangedSince: true });
  });

  it('has nothing to undo when every move is undone', () => {
    expect(
      undoableMove([
        { id: 2, action: 'move', at: 'x', changes: { scheduledAt: ['A', 'B'] } },
        { id: 3, action: 'move', at: 'y', changes: { scheduledAt: ['B', 'A'], undoes: 2 } },
      ]),
    ).toBeNull();
  });

  it('compares instants as moments', () => {
    expect(sameInstant('2026-12-19T01:00:00Z', '2026-12-19T01:00:00.000Z')).toBe(true);
    expect(sameInstant(null, null)).toBe(true);
    expect(sameInstant(null, '2026-12-19T01:00:00Z')).toBe(false);
  });
});
