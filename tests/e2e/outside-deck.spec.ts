import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deckCli } from './deck-cli.ts';
import { collectErrors, openDeck } from './deck-page.ts';

/**
 * A deck where users keep theirs, outside this package, with no node_modules of its own: the packages we provide
 * (emotion as mdx-deck brought it, the highlighter its v1 themes name) must resolve from our install, not the deck's
 * folder. The specs' other decks sit inside the checkout, where any import finds our node_modules anyway.
 */
const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ devDependencies: { 'mdx-deck': '^1.10.2' } }),
  'theme.js': "import okaidia from 'react-syntax-highlighter/styles/prism/okaidia'\nexport default { prism: { style: okaidia } }\n",
  'box.js':
    '/** @jsx jsx */\nimport { jsx, css } from \'@emotion/core\'\nexport default ({ children }) => <div className="box" css={css`color: rgb(200, 0, 0);`}>{children}</div>\n',
  'tag.js': "import styled from '@emotion/styled'\nexport default styled.p`color: rgb(0, 120, 0);`\n",
  // Two import lines naming what this tool does not have: each becomes a placeholder, with a warning.
  'deck.mdx': [
    "import { Unknown } from 'mdx-deck'",
    "import { AlsoUnknown } from 'mdx-deck/layouts'",
    "import Box from './box'",
    "import Tag from './tag'",
    "export { default as theme } from './theme'",
    '',
    '# Outside',
    '',
    '<Box>emotion core</Box>',
    '',
    '<Tag>emotion styled</Tag>',
    '',
    '---',
    '',
    '```js',
    'const answer = 42',
    '```',
    '',
  ].join('\n'),
};

test('a deck outside this package builds with the packages we provide, and two unknown imports do not collide', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-outside-'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  const built = await deckCli('build', join(dir, 'deck.mdx'), '--out', '.e2e/outside', '--no-og-image');
  expect(built.status, built.stderr).toBe(0);
  expect(built.stderr).toContain("deck.mdx:1: 'Unknown' is not exported by 'mdx-deck'");
  expect(built.stderr).toContain("deck.mdx:2: 'AlsoUnknown' is not exported by 'mdx-deck/layouts'");
  const errors = collectErrors(page);
  await openDeck(page, 'outside');
  await expect(page.locator('[data-slide-index="1"] .box')).toHaveCSS('color', 'rgb(200, 0, 0)');
  await expect(page.locator('[data-slide-index="1"] p', { hasText: 'emotion styled' })).toHaveCSS('color', 'rgb(0, 120, 0)');
  await openDeck(page, 'outside', '#/2');
  // okaidia's background, from the v1 path the theme names.
  await expect(page.locator('[data-slide-index="2"] pre.code-block').first()).toHaveCSS('background-color', 'rgb(39, 40, 34)');
  expect(errors).toEqual([]);
});
