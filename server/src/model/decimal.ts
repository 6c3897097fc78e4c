import DecimalBase from 'decimal.js';

/** All money arithmetic goes through this Decimal: exact, with room for long sums. */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** `116.28`, `0.4`, `1,462.23` is never produced: plain digits with the given decimals. */
export function formatFixed(d: Decimal, decimals: number): string {
  return d.toFixed(Math.max(0, decimals));
}

/** A value shown as a drafter would write it: trailing zeros of the written precision kept. */
export function formatAmount(d: Decimal, decimals: number): string {
  return formatFixed(d, decimals);
}
