import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const repo = new URL('../../', import.meta.url);
const shared = new URL('../shared/CONTRACT.md', repo);

describe('the outside contract', () => {
  it.skipIf(!existsSync(shared))('docs/contract.md is the shared contract, word for word', () => {
    expect(readFileSync(new URL('docs/contract.md', repo), 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});
