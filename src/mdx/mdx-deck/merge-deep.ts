/** A plain object (not an array, element or class instance): what a theme merge descends into. */
function isPlain(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** lodash.merge's meaning for themes, without mutating: later plain objects merge into earlier ones, others replace. */
export function mergeDeep<T extends Record<string, unknown>>(target: T, ...sources: Record<string, unknown>[]): T {
  const out: Record<string, unknown> = { ...target };
  for (const source of sources) {
    for (const [key, value] of Object.entries(source ?? {})) {
      if (value === undefined) continue;
      const before = out[key];
      out[key] = isPlain(before) && isPlain(value) ? mergeDeep(before, value) : value;
    }
  }
  return out as T;
}
