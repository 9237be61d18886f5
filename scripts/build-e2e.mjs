// Builds every deck the e2e specs open, side by side under .e2e/ (served as one site).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

export const E2E_DECKS = {
  talk: 'slides/deck.mdx',
  'mdx-deck': 'tests/fixtures/mdx-deck/deck.mdx',
  'mdx-deck-v2': 'tests/fixtures/mdx-deck-v2/deck.mdx',
  throwing: 'tests/fixtures/throwing/deck.mdx',
};

rmSync('.e2e', { recursive: true, force: true });
for (const [name, file] of Object.entries(E2E_DECKS)) {
  execFileSync(process.execPath, ['bin/deck.mjs', 'build', file, '--out', `.e2e/${name}`], { stdio: ['ignore', 'ignore', 'inherit'] });
}
