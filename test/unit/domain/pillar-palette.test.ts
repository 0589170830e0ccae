import { describe, expect, it } from 'vitest';
import { nextPillarColor, pillarPalette } from '../../../src/shared/domain/campaigns';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('content pillar palette', () => {
  it('gives each new pillar the next unused colour, not the same grey', () => {
    const used: string[] = [];
    for (let i = 0; i < pillarPalette.length; i += 1) used.push(nextPillarColor(used));
    expect(new Set(used).size).toBe(pillarPalette.length);
    expect(used[0]).toBe(pillarPalette[0]);
    expect(used).not.toContain('#607d8b');
    // A colour freed by a changed pillar is taken again before the palette repeats.
    expect(nextPillarColor(['#0B5FA5', '#607d8b'])).toBe(pillarPalette[1]);
    // Past the end it goes round again.
    expect(pillarPalette).toContain(nextPillarColor(used));
  });

  it('keeps every colour readable against white (at least 4.5:1)', () => {
    for (const color of pillarPalette) {
      expect((1.05 / (luminance(color) + 0.05)).toFixed(2), color).toSatisfy(
        (ratio: string) => Number(ratio) >= 4.5,
      );
    }
  });
});
