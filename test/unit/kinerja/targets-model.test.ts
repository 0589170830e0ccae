import { describe, expect, it } from 'vitest';
import {
  formToTargets,
  percentText,
  readPercent,
  targetsToForm,
} from '../../../src/renderer/features/kinerja/targets-model';

describe('Settings › Target kinerja form', () => {
  it('shows fractions as percentages and reads them back, in either decimal convention', () => {
    expect(percentText(0.035)).toBe('3,5');
    expect(percentText(null)).toBe('');
    expect(readPercent('3,5')).toBe(0.035);
    expect(readPercent('3.5%')).toBe(0.035);
    expect(readPercent('')).toBeNull();
    expect(readPercent('tiga')).toBeUndefined();
  });

  it('round-trips the targets and leaves channels with nothing typed out', () => {
    const form = targetsToForm(
      {
        year: 2026,
        channels: [
          { channelId: 'ig', postsPerMonth: 20, engagementRate: 0.035, followerGrowth: 0.1 },
        ],
        pillars: [{ campaignId: 'pelayanan', share: 0.4 }],
        onTimeToleranceMinutes: 60,
        ikuWording: { posts: 'Jumlah publikasi' },
      },
      ['ig', 'x'],
      ['pelayanan', 'wisata'],
    );
    expect(form.channels.ig).toEqual({
      postsPerMonth: '20',
      engagementRate: '3,5',
      followerGrowth: '10',
    });
    expect(form.channels.x).toEqual({ postsPerMonth: '', engagementRate: '', followerGrowth: '' });
    const read = formToTargets(2026, form);
    expect(read).toEqual({
      ok: true,
      request: {
        year: 2026,
        channels: [
          { channelId: 'ig', postsPerMonth: 20, engagementRate: 0.035, followerGrowth: 0.1 },
        ],
        pillars: [{ campaignId: 'pelayanan', share: 0.4 }],
        onTimeToleranceMinutes: 60,
        ikuWording: { posts: 'Jumlah publikasi', engagement: '', followers: '', pillars: '' },
      },
    });
  });

  it('names each field it cannot read, and pillar shares over 100% in total', () => {
    const form = targetsToForm(
      { year: 2026, channels: [], pillars: [], onTimeToleranceMinutes: 60, ikuWording: {} },
      ['ig'],
      ['a', 'b'],
    );
    form.channels.ig = { postsPerMonth: 'dua puluh', engagementRate: '150', followerGrowth: '' };
    form.pillars = { a: '60', b: '50' };
    form.tolerance = '';
    const read = formToTargets(2026, form);
    expect(read).toEqual({
      ok: false,
      errors: {
        'channels.ig.postsPerMonth': 'whole',
        'channels.ig.engagementRate': 'percent',
        pillarsTotal: 'total',
        tolerance: 'whole',
      },
    });
  });
});
