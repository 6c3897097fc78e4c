import type { ReportDocument, Sentence } from './report';
import { parseCount } from './numerals';
import type { CountClaim } from './terms';
import { numberedItemsAbove } from './items-below';
import { ASIDE, JOIN, joinedCounts, maskQuoted, splitItems } from './list-items';
import { wrappedOpening } from './wrapped';
import { previousLineOfWords } from './text';
import { entryOnLine } from './sections';

/**
 * Counts said after what they count, not before: `内设办公室、档案接收征集科、…、档案安全保护科五个科室`
 * (the names just before the count), and `以上五项专项资金…` opening a line under numbered items.
 */

const NUMERAL = '[0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3}';
const MEASURE = '个|项|家|所|座|支|类';
const COUNT = new RegExp(`(${NUMERAL})\\s*(${MEASURE})([\\u4e00-\\u9fff]{1,4})`, 'g');
const COUNTS = new RegExp(`(?:${NUMERAL})\\s*(?:${MEASURE})`);
/** How far before its count a list of names is read: a sentence may be megabytes of them. */
const NAMES_REACH = 300;
/** `以上五项专项资金`, `上述6个项目` opening its line. */
const ABOVE = new RegExp(`^[\\s\\u3000]*(?:以上|上述)共?(${NUMERAL})\\s*(${MEASURE})`);

export function countsAroundLists(doc: ReportDocument, s: Sentence): CountClaim[] {
  const out: CountClaim[] = [];
  if (s.text.includes('、')) for (const m of s.text.matchAll(COUNT)) countAfterNames(doc, s, m, out);
  const line = doc.lines.lines[s.line];
  if (s.start - line.start > 4) return out;
  const m = ABOVE.exec(doc.text.slice(line.start, Math.min(line.end, line.start + 16)));
  const claimed = m ? parseCount(m[1]) : undefined;
  const found = m && claimed !== undefined ? numberedItemsAbove(doc, s.line) : undefined;
  // (Fewer said than stand above may be some of them: `以上两项补贴合计…` after five items, two of them 补贴.)
  if (m && claimed !== undefined && found !== undefined && found >= 2 && claimed > found) {
    const end = line.start + m[0].length;
    out.push({ start: end - m[2].length - m[1].length, end, line: s.line, claimed, found: [found], measure: m[2], noun: '' });
  }
  return out;
}

/**
 * `…、信息技术科、档案安全保护科五个科室`: names joined by `、` right before the count, the last one
 * of the kind the count names (its last character in the noun: 科 of 科室, 镇 of 乡镇) — not a verb
 * between (`在A镇、B镇、C镇建设3个站点` counts the stations). Not after `等`, which names some.
 */
function countAfterNames(doc: ReportDocument, s: Sentence, m: RegExpMatchArray, out: CountClaim[]): void {
  const claimed = parseCount(m[1]);
  if (claimed === undefined || claimed < 2) return;
  const start = s.start + m.index!;
  // (From the paragraph's start in a hard-wrapped copy, its line breaks no separators: `…、医药服务管理` / `股、…`.)
  const from = Math.max(wrappedOpening(doc, s), start - NAMES_REACH);
  const before = maskQuoted(doc.text.slice(from, start).replace(/\n/g, ''));
  const clauseStart = before.search(/[^，,。；;：:]*$/);
  // (Back to a line's start with the line above going on, `…局机关内设办公室、` / `资源管理股、…4个股室`, a wrap
  // not told as one: the list may begin above.)
  if (clauseStart === 0 && from > 0 && doc.text[from - 1] === '\n' && goesOnFromAbove(doc, doc.lines.lineAt(from).index)) return;
  const whole = before.slice(clauseStart);
  const clause = listAfterVerb(whole);
  if (!clause.includes('、') || /[0-9０-９]|等$/.test(clause)) return;
  const items = splitItems(clause, /、/);
  const last = items[items.length - 1] ?? '';
  // (`新华、东风两个社区4个老旧小区`: an item that counts something is no name.)
  // (`围绕机井及泵站维修、…、管护人员培训三个方面`: 方面 counts things of any kind, after a verb that lists them.)
  const ofItsKind = m[3].includes(last.slice(-1)) || (ASPECTS.test(m[3]) && clause !== whole);
  if (items.length < 2 || items.some((x) => x.length > 30 || COUNTS.test(x)) || !ofItsKind) return;
  const second = secondListAfterJoin(items, last.slice(-1));
  out.push({ start, end: start + m[1].length + m[2].length, line: s.line, claimed, found: second ? [...joinedCounts(items), second] : joinedCounts(items), measure: m[2], noun: ASPECTS.test(m[3]) ? '方面' : m[3] });
}

/**
 * `内设综合股、法制审核股和种植业执法中队、畜牧兽医执法中队、渔政执法中队3个中队`: two lists joined by 和,
 * the count the second's — from the join on, every name of the count's kind, none before it.
 */
function secondListAfterJoin(items: string[], kind: string): number | undefined {
  for (let k = items.length - 1; k >= 0; k--) {
    const joined = JOINED.exec(items[k].replace(ASIDE, ''));
    if (joined) return k < items.length - 1 && joined[2].endsWith(kind) && !joined[1].endsWith(kind) ? items.length - k : undefined;
    if (!items[k].endsWith(kind)) return undefined;
  }
  return undefined;
}

/** `街道党工委、办事处内设A、B…`: the names the verb lists, not its subject's. */
function listAfterVerb(clause: string): string {
  let at = -1;
  for (const m of clause.matchAll(LISTING_VERB)) at = m.index! + m[0].length;
  return at < 0 ? clause : clause.slice(at);
}
const LISTING_VERB = /内设|下设|设有|设立|包括|包含|辖有?|分为|涵盖|覆盖|围绕/g;
const ASPECTS = /^方面/;
/** A name of two joined (`法制审核股和种植业执法中队`): before the join, and after it. */
const JOINED = new RegExp(`^(.+?)(?:${JOIN.source})(.+)$`);

/** Whether the line of words above a line may go on into it: no heading, and no stop at its end. */
function goesOnFromAbove(doc: ReportDocument, line: number): boolean {
  const above = previousLineOfWords(doc.lines.lines, line);
  if (above < 0 || entryOnLine(doc, above)?.isHeading) return false;
  return !/[。；;：:！？!?]\s*$/.test(doc.lines.lines[above].text);
}
