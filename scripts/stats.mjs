// Order statistics shared by the benchmark scripts (nearest rank, no interpolation).

/** The value at percentile `p` (0–100) by nearest rank. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The middle value (the lower of the two middles for an even count). */
export const median = (values) => percentile(values, 50);
