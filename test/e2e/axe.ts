import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe-core's serious and critical findings on the page as it is now, one readable line each
 * (rule, impact, help, where), so a failing expectation says what to fix. `include` limits the
 * scan to one part (a CSS selector): a test about one panel then checks that panel, not the
 * whole screen again, which keeps it quick on a loaded machine.
 */
export async function seriousViolations(
  page: Page,
  options: { include?: string } = {},
): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (options.include) builder.include(options.include);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}
