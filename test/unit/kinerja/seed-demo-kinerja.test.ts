import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { seedDemo } from '../../../src/main/cli/seed-demo';
import { useTempDir } from '../helpers';
import { acting } from '../acting';

// The folder goes after the app has shut down (its import's checkpoint runs on a worker).
const tempDir = useTempDir();
let app: LinimasaApp | undefined;
afterEach(() => app?.shutdown());

describe('seed-demo’s kinerja data', () => {
  it('fills the month’s report: published, partly published, figures, outside the plan, followers, targets', async () => {
    app = openApp(join(tempDir(), 'data'));
    await seedDemo(app.dispatchAs, '2026-12-15');
    const result = await acting(app)('report.get', { period: '2026-12' });
    if (!result.ok) throw new Error(result.error.message);
    const { report } = result.value as {
      report: {
        totals: Record<string, number | null>;
        channels: {
          followersStart: number | null;
          followersEnd: number | null;
          target: { posts: number | null };
        }[];
      };
    };
    expect(report.totals.publishedPosts).toBe(2);
    expect(report.totals.partialPosts).toBe(1);
    expect(report.totals.outsidePlan).toBe(1);
    expect(report.totals.views).toBeGreaterThan(0);
    expect(report.totals.engagementRate).toBeGreaterThan(0);
    expect(report.channels.some((c) => c.followersStart !== null && c.followersEnd !== null)).toBe(
      true,
    );
    expect(report.channels.some((c) => c.target.posts !== null)).toBe(true);
    const targets = await acting(app)('targets.get', { year: 2026 });
    expect(targets.ok && targets.value).toMatchObject({
      onTimeToleranceMinutes: 60,
      ikuWording: { posts: expect.stringContaining('publikasi') },
    });
  });
});
