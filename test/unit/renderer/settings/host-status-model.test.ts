import { describe, expect, it } from 'vitest';
import { uptimeWords } from '../../../../src/renderer/features/settings/host-status/model';

describe('uptimeWords', () => {
  it('says minutes, then hours and minutes, then days and hours', () => {
    expect(uptimeWords(59)).toEqual({ key: 'minutes', params: { minutes: 0 } });
    expect(uptimeWords(45 * 60)).toEqual({ key: 'minutes', params: { minutes: 45 } });
    expect(uptimeWords(3 * 3600 + 5 * 60)).toEqual({
      key: 'hours',
      params: { hours: 3, minutes: 5 },
    });
    expect(uptimeWords(26 * 86_400 + 7 * 3600 + 59)).toEqual({
      key: 'days',
      params: { days: 26, hours: 7 },
    });
  });
});
