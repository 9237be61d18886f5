import { expect, test } from '@playwright/test';

const disabledFeatures = (commandLine: string) => [...commandLine.matchAll(/--disable-features=(\S+)/g)].map((match) => (match[1] ?? '').split(','));

test('our --disable-features comes last and keeps every feature Playwright turns off (Chromium takes the last one)', async ({ page }) => {
  await page.goto('chrome://version');
  const lists = disabledFeatures((await page.locator('#command_line').textContent()) ?? '');
  expect(lists.length).toBe(2);
  const [playwrights = [], ours = []] = lists;
  expect(playwrights.length).toBeGreaterThan(0);
  expect(playwrights.filter((feature) => !ours.includes(feature))).toEqual([]);
  expect(ours).toContain('WebUIOmniboxPopup');
});
