import { Amount, baseValue } from './amounts';
import { holds } from './arith';
import type { Relation } from './terms';

/**
 * `人员经费 4,512,683.45` / `工资福利支出 4,206,337.25` / `对个人和家庭的补助 306,346.20` / `公用经费 …` /
 * `合计`: rows that break down the row right above them, with no 其中, number or indent to say so —
 * the arithmetic says it. Where the rows read flat do not add up to their total, the rows left when
 * each run right under a row that adds up to it is taken as that row's parts are read instead.
 */

/** How many rows under a row its parts may be; how many rows a total's may be (a longer list is no budget table of rows and their parts). */
const MAX_PARTS = 12;
const MAX_ROWS = 200;

export function impliedParents(parts: Amount[], sumOfRows: (total: Amount, parts: Amount[]) => Relation): Amount[] | undefined {
  if (parts.length > MAX_ROWS) return undefined;
  // (Compared roughly first, in floating point, and confirmed by the arithmetic only when near.)
  const rough = parts.map((a) => baseValue(a).toNumber());
  const kept: Amount[] = [];
  let nested = false;
  for (let i = 0; i < parts.length; ) {
    const parent = parts[i];
    let under = 0;
    let sum = rough[i + 1] ?? 0;
    for (let k = 2; k <= MAX_PARTS && i + k < parts.length; k++) {
      sum += rough[i + k];
      if (Math.abs(sum - rough[i]) <= Math.abs(rough[i]) * 1e-3 + 1e-6 && holds(sumOfRows(parent, parts.slice(i + 1, i + 1 + k)))) {
        under = k;
        break;
      }
    }
    kept.push(parent);
    nested ||= under > 0;
    i += 1 + under;
  }
  return nested && kept.length >= 2 ? kept : undefined;
}
