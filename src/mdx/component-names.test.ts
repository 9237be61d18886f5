import { describe, expect, it } from 'vitest';
import { COMPONENT_NAMES } from './component-names.ts';
import { components } from './components.ts';

describe('COMPONENT_NAMES', () => {
  it('lists exactly the components the map gives MDX (besides the element overrides like pre)', () => {
    const mapped = Object.keys(components).filter((name) => /^[A-Z]/.test(name));
    expect([...COMPONENT_NAMES].sort()).toEqual(mapped.sort());
  });
});
