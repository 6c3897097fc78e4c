/** Lists of names in a sentence: where their separators are, and how many items they hold. */

const OPENS = '“《「（(';
const CLOSES = '”》」）)';
const CLAUSE_END = '，,。；;';

/** `“希望工程、助学”`, `《读本》` and `（含A、B）`: separators inside quotes, titles and brackets do not split a list. */
export function maskQuoted(s: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (OPENS.includes(ch)) depth++;
    else if (CLOSES.includes(ch) && depth > 0) depth--;
    out += (depth > 0 && /[、，,；;]/.test(ch)) || thousandsComma(s, i) ? '·' : ch;
  }
  return out;
}

/** `1,486.20万元`: a comma between digits groups them; it separates no items. */
function thousandsComma(s: string, i: number): boolean {
  return s[i] === ',' && /[0-9]/.test(s[i - 1] ?? '') && /^[0-9]{3}(?![0-9])/.test(s.slice(i + 1, i + 5));
}

export function splitItems(list: string, sep: RegExp): string[] {
  return maskQuoted(list).split(sep).filter((x) => x.replace(/[。\s]/g, '') !== '');
}

/** The words that join the last two names of a list: `A、B和C`, `A、B及C`. */
export const JOIN = /以及|和|及|与/;

/** `（区地方志办公室与编研科合署办公）`: what a bracket says of an item is no part of its name. */
export const ASIDE = /（[^（）]*）|\([^()]*\)/g;

/**
 * The counts a list may stand for: `A和B`, `A、B及C` — the last item may hold two joined by 和/及/与
 * (or be one name with 和 in it); `A、B和C及D` may hold three. Each join read or not: n, n+1, … n+joins.
 */
export function joinedCounts(items: string[]): number[] {
  const last = maskQuoted((items[items.length - 1] ?? '').replace(ASIDE, ''));
  const parts = last.split(JOIN);
  const joins = parts.length > 1 && parts.length <= 3 && parts.every((p) => p.length >= 2) ? parts.length - 1 : 0;
  return Array.from({ length: joins + 1 }, (_, k) => items.length + k);
}

/** Where the first clause from `from` ends (`，。；` outside quotes and brackets), if before `limit`. */
export function firstClauseEnd(text: string, from: number, limit: number): number | undefined {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (OPENS.includes(ch)) depth++;
    else if (CLOSES.includes(ch) && depth > 0) depth--;
    else if (depth === 0 && CLAUSE_END.includes(ch) && !thousandsComma(text, i)) return i;
  }
  return undefined;
}
