/**
 * An SVG path through a stroke's points, smoothed with quadratic curves through the midpoints (each point is a
 * control point): a pen line without corners at every sample. One point draws a dot (a zero-length line with round caps).
 */
export function strokePath(points: readonly number[]): string {
  const count = points.length / 2;
  if (count < 1) return '';
  const x = (i: number) => points[2 * i]!;
  const y = (i: number) => points[2 * i + 1]!;
  const n = (value: number) => Math.round(value * 10) / 10;
  if (count === 1) return `M${n(x(0))} ${n(y(0))}l0 0`;
  if (count === 2) return `M${n(x(0))} ${n(y(0))}L${n(x(1))} ${n(y(1))}`;
  let d = `M${n(x(0))} ${n(y(0))}`;
  for (let i = 1; i < count - 1; i++) d += `Q${n(x(i))} ${n(y(i))} ${n((x(i) + x(i + 1)) / 2)} ${n((y(i) + y(i + 1)) / 2)}`;
  return `${d}L${n(x(count - 1))} ${n(y(count - 1))}`;
}
