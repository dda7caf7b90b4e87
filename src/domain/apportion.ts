/**
 * Splits a whole number over weights so that the parts add up exactly (largest remainder method).
 * `unit` rounds the parts to multiples of it (e.g. 1000 euro); total must be a multiple of unit.
 */
export function apportion(total: number, weights: readonly number[], unit = 1): number[] {
  if (weights.length === 0) return [];
  if (total % unit !== 0) throw new Error(`total ${total} is not a multiple of ${unit}`);
  const units = total / unit;
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new Error('weights must add up to more than zero');
  const exact = weights.map((w) => (units * w) / sum);
  const parts = exact.map(Math.floor);
  let rest = units - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    rest--;
  }
  return parts.map((p) => p * unit);
}
