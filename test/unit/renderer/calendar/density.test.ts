import { describe, expect, it } from 'vitest';
import { parseDensity } from '../../../../src/renderer/features/calendar/density';

describe('parseDensity', () => {
  it('reads back what the toggle stored, and anything else as the default', () => {
    expect(parseDensity('compact')).toBe('compact');
    expect(parseDensity('comfortable')).toBe('comfortable');
    expect(parseDensity(null)).toBe('comfortable');
    expect(parseDensity('"compact"')).toBe('comfortable');
    expect(parseDensity('dense')).toBe('comfortable');
  });
});
