import { describe, expect, it } from 'vitest';
import { emptyJobSummary, jobSummarySchema } from '../../../src/shared/domain/jobs';

describe('emptyJobSummary', () => {
  it('has every count of the schema, each at zero', () => {
    const summary = emptyJobSummary();
    expect(Object.keys(summary).sort()).toEqual(Object.keys(jobSummarySchema.shape).sort());
    expect(Object.values(summary).every((count) => count === 0)).toBe(true);
    expect(jobSummarySchema.parse(summary)).toEqual(summary);
  });

  it('is a new object each time, since main counts into it', () => {
    const first = emptyJobSummary();
    first.imported += 3;
    expect(emptyJobSummary().imported).toBe(0);
  });
});
