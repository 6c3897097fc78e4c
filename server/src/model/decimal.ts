import DecimalBase from 'decimal.js';

/** All money arithmetic goes through this Decimal: exact, with room for long sums. */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;
