import { describe, expect, it } from 'vitest';
import { chipsThatFit, planDay } from '../../../../src/renderer/features/calendar/chip-fit';

/** 100 px under the date for chips, 2 px between them. */
const cell = { available: 100, gap: 2 };

describe('chipsThatFit', () => {
  it('shows every chip when all of them fit', () => {
    // 4 × 18 + 3 × 2 = 78 ≤ 100
    expect(chipsThatFit({ ...cell, heights: [18, 18, 18, 18], total: 4 })).toBe(4);
  });

  it('a day that is exactly full shows all its chips', () => {
    // 2 × 49 + 2 = 100
    expect(chipsThatFit({ ...cell, heights: [49, 49], total: 2 })).toBe(2);
  });

  it('stops at the first chip that would overflow; the rest go behind "+N lainnya"', () => {
    // 3 × 32 + 2 × 2 = 100 fits; a 4th would not.
    expect(chipsThatFit({ ...cell, heights: [32, 32, 32, 32, 32], total: 12 })).toBe(3);
  });

  it('uses the measured heights: two-line chips take more room than one-line ones', () => {
    expect(chipsThatFit({ ...cell, heights: [45, 45, 18, 18], total: 6 })).toBe(2);
    expect(chipsThatFit({ ...cell, heights: [18, 18, 18, 18, 18, 18], total: 6 })).toBe(5);
  });

  it('never counts a chip it has not measured', () => {
    expect(chipsThatFit({ ...cell, heights: [18, 18], total: 6 })).toBe(2);
    expect(chipsThatFit({ ...cell, heights: [], total: 6 })).toBe(0);
  });

  it('shows the first chip, cut at the edge, when not even one fits; the rest behind "+N"', () => {
    expect(chipsThatFit({ ...cell, available: 40, heights: [44, 44], total: 2 })).toBe(1);
    expect(chipsThatFit({ ...cell, available: 40, heights: [44], total: 1 })).toBe(1);
  });

  it('tolerates sub-pixel rounding; an empty day shows nothing', () => {
    expect(chipsThatFit({ ...cell, available: 77.6, heights: [18, 18, 18, 18], total: 4 })).toBe(4);
    expect(chipsThatFit({ ...cell, heights: [18], total: 0 })).toBe(0);
  });
});

describe('planDay', () => {
  it('renders spares up to what one-line chips could fill, so room for more is noticed', () => {
    // (100 + 2) / (16 + 2) = 5.67 → up to 5 could fit; only 2 measured so far.
    expect(planDay({ ...cell, heights: [18, 18], total: 12, minChipHeight: 16 })).toEqual({
      shown: 2,
      rendered: 5,
    });
  });

  it('never renders more than the day has', () => {
    expect(planDay({ ...cell, heights: [18], total: 2, minChipHeight: 16 })).toEqual({
      shown: 1,
      rendered: 2,
    });
    expect(planDay({ ...cell, heights: [18, 18], total: 2, minChipHeight: 16 })).toEqual({
      shown: 2,
      rendered: 2,
    });
  });

  it('settles: planning again with the spares measured changes nothing', () => {
    const first = planDay({ ...cell, heights: [45, 18], total: 12, minChipHeight: 16 });
    const heights = [45, 18, 18, 45, 18].slice(0, first.rendered);
    const second = planDay({ ...cell, heights, total: 12, minChipHeight: 16 });
    expect(planDay({ ...cell, heights, total: 12, minChipHeight: 16 })).toEqual(second);
    // 45 + 18 + 18 + 2 × 2 = 85 ≤ 100; the next 45 px chip would overflow.
    expect(second).toEqual({ shown: 3, rendered: 5 });
  });

  it('a cell with no height yet renders what it shows and nothing more', () => {
    expect(planDay({ ...cell, available: 0, heights: [], total: 5, minChipHeight: 16 })).toEqual({
      shown: 0,
      rendered: 0,
    });
  });
});
