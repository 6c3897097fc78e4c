import type { Amount } from './amounts';
import { fundRole, standsApart } from './terms';
import { BUDGET_WORDS, DUE, RECEIVED, YEAR_BUDGET_END } from './rate-words';

/**
 * What each figure is to a rate — usable, spending, a budget, a balance — read once per figure. A
 * rate looks at every figure in a window before it, and the labels' patterns are the cost on a
 * long line.
 */
export class FigureKinds {
  private readonly known: Uint8Array;
  constructor(count: number) {
    this.known = new Uint8Array(count);
  }
  private bits(a: Amount): number {
    let b = this.known[a.id];
    if (b === 0) {
      const use = a.kind === 'money' && !a.cell && !a.approximate && a.insideOf === undefined && !standsApart(a);
      const role = fundRole(a);
      const budget = role === 'budget' || BUDGET_WORDS.test(a.labelCore) || YEAR_BUDGET_END.test(a.labelCore) || DUE.test(a.labelCore);
      b = 1 | (use ? 2 : 0) | (role === 'spend' ? 4 : 0) | (budget ? 8 : 0)
        | (role === 'carry' ? 16 : 0) | (RECEIVED.test(a.labelCore) ? 32 : 0);
      this.known[a.id] = b;
    }
    return b;
  }
  usable = (a: Amount): boolean => (this.bits(a) & 2) !== 0;
  spend = (a: Amount): boolean => (this.bits(a) & 4) !== 0;
  budget = (a: Amount): boolean => (this.bits(a) & 8) !== 0;
  carry = (a: Amount): boolean => (this.bits(a) & 16) !== 0;
  received = (a: Amount): boolean => (this.bits(a) & 32) !== 0;
}
