import type { Amount } from './amounts';
import { baseValue } from './amounts';
import { Decimal } from './decimal';
import { MONEY_FACTOR } from './amount-values';
import { decimalsOf } from './product-math';
import { canonicalLabel } from './quantities';
import { swapsOf } from './table-prose';

/**
 * `全年项目资金实际支出1.21亿元` after `项目支出11203.57万元` (1.12亿元); `城乡低保1856.42万元` after a 千元
 * table's `18,546.2`: a figure restated in a coarser unit, rounded to its digits, with two of them
 * swapped. The mentions of one name are visited in reading order; each finer one is kept by its
 * rounding in every coarser unit and precision said so far, so a later mention is looked up, not
 * compared with each earlier one.
 */

/** How many units and precisions of one name are kept (`亿元` to 2 places, `万元` to 2…): a draft says a few. */
const MAX_SCALES = 6;
/** How many first mentions are rounded again when a coarser unit is first said. */
const MAX_BACKFILL = 40;

interface Scale { unit: string; decimals: number; factor: Decimal }

export class RescaledMentions {
  /** Each mention by unit and digits as written: `亿元|1.21`. */
  private readonly coarse = new Map<string, Amount>();
  /** Each finer mention by a coarser unit, its precision, and its value rounded there: `亿元|2|1.12`. */
  private readonly fine = new Map<string, Amount>();
  private readonly scales: Scale[] = [];
  private readonly firsts: Amount[] = [];

  /** The earlier mention `b` restates in another unit with two digits swapped, if any; then keeps `b`. */
  visit(b: Amount): Amount | undefined {
    const factor = MONEY_FACTOR[b.unit];
    if (!factor) return undefined;
    const canonical = canonicalLabel(b.labelCore) !== undefined;
    const pairs = (a: Amount | undefined) => a !== undefined && a.sentence !== b.sentence && !(canonical && canonicalLabel(a.labelCore) !== undefined);
    const roundings = this.scales.filter((s) => s.factor.gt(factor)).map((s) => ({ s, text: roundedIn(b, s) }));
    let found: Amount | undefined;
    // As the finer: its rounding in a coarser unit, swapped, written so before.
    for (const { s, text } of roundings) {
      if (found || significantDigits(text) < 3) continue;
      for (const w of swapsOf(text)) {
        const a = this.coarse.get(`${s.unit}|${w}`);
        if (pairs(a)) { found = a; break; }
      }
    }
    // As the coarser: a finer mention before whose rounding here is its digits swapped (the first
    // mentions rounded here now, if this unit and precision are new).
    const decimals = decimalsOf(b.valueText);
    this.addScale(b.unit, decimals, factor);
    if (!found && significantDigits(b.valueText) >= 3) {
      for (const w of swapsOf(b.valueText)) {
        const a = this.fine.get(`${b.unit}|${decimals}|${w}`);
        if (pairs(a)) { found = a; break; }
      }
    }
    const key = `${b.unit}|${b.valueText}`;
    if (!this.coarse.has(key)) this.coarse.set(key, b);
    for (const { s, text } of roundings) this.keepFine(b, s, text);
    if (this.firsts.length < MAX_BACKFILL) this.firsts.push(b);
    return found;
  }

  private addScale(unit: string, decimals: number, factor: Decimal): void {
    if (this.scales.length >= MAX_SCALES || this.scales.some((s) => s.unit === unit && s.decimals === decimals)) return;
    const scale = { unit, decimals, factor };
    this.scales.push(scale);
    for (const a of this.firsts) if (MONEY_FACTOR[a.unit]?.lt(factor)) this.keepFine(a, scale, roundedIn(a, scale));
  }

  private keepFine(a: Amount, s: Scale, text: string): void {
    const key = `${s.unit}|${s.decimals}|${text}`;
    if (!this.fine.has(key)) this.fine.set(key, a);
  }
}

function roundedIn(a: Amount, s: Scale): string {
  return baseValue(a).div(s.factor).toDecimalPlaces(s.decimals, Decimal.ROUND_HALF_UP).toFixed(s.decimals);
}

/** How many digits a value has from its first that is not 0 (`0.1283` → 4): fewer than 3 swap into others too easily. */
const significantDigits = (v: string) => v.replace(/[^0-9]/g, '').replace(/^0+/, '').length;
