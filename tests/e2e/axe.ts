import type { Page } from '@playwright/test';
import axe from 'axe-core';

/**
 * Axe's violations on `page` (within `include` if given), one `rule: targets` line each. axe-core is put into the page
 * once and run there with its default rules. @axe-core/playwright's `analyze()` did the same work at ~10× the time
 * (~0.5 s a call, most of it a blank page opened to merge its per-frame results, re-injecting axe every call), which
 * the every-slide checks paid 43 times over. The decks under test have no frames.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    (selector) =>
      (window as unknown as { axe: typeof axe }).axe.run(selector ?? document, { resultTypes: ['violations'] }).then((results) => results.violations),
    include,
  );
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
