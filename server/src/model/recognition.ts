import { NumberPrefix, numbersPartAt, parseNumberPrefix } from './numbering';
import { anyPartMatches, Outline, OutlinePart, foldTitle, partMatches } from './outline';
import { breaksMidSentence, LineIndex, looksLikeRow, wrapsInto, wrapWidth } from './text';

/** A line that may be a heading: its number, if any, and the words after it. */
export interface Candidate {
  line: number;
  prefix?: NumberPrefix;
  rest: string;
  restStart: number;
  folded: string;
}

export const MAX_TITLE = 40;

const LEADING_DEBRIS = /^(\s*\[(?:bookmark|image|page)[^\]]{0,80}\])+/i;

function shiftPrefix(p: NumberPrefix | undefined, by: number): NumberPrefix | undefined {
  return p && by ? { ...p, start: p.start + by, end: p.end + by } : p;
}

/** Digits and what they measure: the rest of a decimal figure, not a title after a number. */
const MEASURED = /^[0-9０-９]+\s*(?:%|％|‰|万|亿|元|平方|公里|千米|米|吨|亩|人|个|分|家|户|件|次|场|项|所|座|台|辆|天|小时|处|倍)/;

/** A pause with words after it: a sentence that goes on. */
const SENTENCE_GOES_ON = /[，,：:；;。][^\s”）)]/;

/** Heading candidates among the running-text lines (`isText`): tables and the 目录 are not. */
export function collectCandidates(lines: LineIndex, isText: (line: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const l of lines.lines) {
    if (l.text.length === 0 || l.text.length > 2000 || !isText(l.index)) continue;
    // Conversion debris at the start of a line (`[bookmark: _GoBack]3．项目…`) hides the number.
    const debris = LEADING_DEBRIS.exec(l.text)?.[0].length ?? 0;
    let prefix = shiftPrefix(parseNumberPrefix(l.text.slice(debris)), debris);
    // `18.6平方公里` (a table's cell on its own line), `…得分92.6分，其中投入18.5分、过程` / `18.2分、…`
    // (a hard wrap): a figure at a line's start is no number `18.`.
    if (prefix?.style === 'ar-dot' && /^[0-9０-９]/.test(l.text.slice(prefix.end))
      && (MEASURED.test(l.text.slice(prefix.end)) || (l.index > 0 && wrapsInto(lines.lines, l.index - 1) === l.index))) prefix = undefined;
    // `…资金主要用于4座小` / `（2）型水库除险加固…`: in a hard-wrapped copy, a line cut at the wrap's width
    // in mid-word goes on here, whatever the words look like.
    // (`…提供便利；` / `（5）对全区…培训；（6）完成…`: an inline list wrapped at a pause, its next item on the line.)
    if (prefix && l.index > 0 && (cutAtTheWrap(lines.lines, l.index - 1) || (INLINE_NEXT_ITEM.test(l.text.slice(prefix.end)) && wrapsInto(lines.lines, l.index - 1) === l.index))) prefix = undefined;
    const from = prefix ? prefix.end : debris + l.text.slice(debris).length - l.text.slice(debris).trimStart().length;
    const rest = l.text.slice(from).trimEnd();
    if (!rest) continue;
    // Without a number, a line that goes on after a pause (`2024年度绩效目标为：完成人工造林2,400亩，…`,
    // a paragraph's first line in a hard-wrapped copy) is a sentence, not a title.
    if (!prefix && (rest.length > MAX_TITLE || SENTENCE_GOES_ON.test(rest))) continue;
    // Only a short line can be a title; folding long ones is wasted work.
    out.push({ line: l.index, prefix, rest, restStart: l.start + from, folded: rest.length <= MAX_TITLE + 20 ? foldTitle(rest) : '' });
  }
  decimalTops(out);
  return out;
}

/**
 * `2. 部门预算收支情况` followed by `2.1 收入情况`: the top of decimal numbering written with a dot,
 * not an item numbered `2.` (which stands below `（一）`). Its next number says so.
 */
function decimalTops(cands: Candidate[]): void {
  // A draft whose first number is `一、` (or `第一部分`, `（一）`) numbers its parts so: there `1.` over
  // `1.1` is an item with its sub-items, under `（二）项目支出绩效情况`, and `1.1` stands below `1.`.
  const first = cands.find((c) => c.prefix)?.prefix;
  if (first && (first.style === 'cn-dun' || first.style === 'cn-part' || first.style === 'cn-paren')) {
    for (const c of cands) if (c.prefix?.style === 'ar-decimal' && c.prefix.level >= 2) c.prefix = { ...c.prefix, level: 4 };
    return;
  }
  const tops = new Set<Candidate>();
  let next: NumberPrefix | undefined;
  for (let i = cands.length - 1; i >= 0; i--) {
    const p = cands[i].prefix;
    if (!p) continue;
    if (p.style === 'ar-dot' && next?.style === 'ar-decimal' && next.level === 2 && next.raw.replace('．', '.').startsWith(`${p.value}.`)) {
      cands[i].prefix = { ...p, style: 'ar-decimal', level: 1 };
      tops.add(cands[i]);
    }
    next = cands[i].prefix;
  }
  if (tops.size === 0) return;
  // `4. 存在的问题及原因分析` with no `4.1` under it: the next top of the same numbering, when it
  // follows the last one and reads as a title.
  let top = 0;
  for (const c of cands) {
    const p = c.prefix;
    if (tops.has(c)) top = p!.value;
    else if (top > 0 && p?.style === 'ar-dot' && p.value === top + 1 && c.rest.length <= MAX_TITLE && !/[。；;]/.test(c.rest)) {
      c.prefix = { ...p, style: 'ar-decimal', level: 1 };
      top = p.value;
    }
  }
}

interface Evidence {
  outline: Outline;
  score: number;
  /** Level-one parts whose title the draft has. */
  partsFound: number;
  /** Of those, titles no other outline has. */
  ownTitles: number;
  /** Headings written exactly as this outline words its part: breaks a tie between outlines. */
  exact: number;
  /** The draft has the part that states the unit's income and spending (every department outline's 二). */
  hasSummary: boolean;
  /** Level-one parts of the outline that the draft has not, with a part of quite another title in their place. */
  replaced: number;
}

/** Characters two titles share, of the shorter one's, `情况` and linking words aside. */
function titleOverlap(a: string, b: string): number {
  const chars = (t: string) => new Set([...t.replace(/情况|[的和及与、]/g, '')]);
  const [x, y] = [chars(a), chars(b)];
  const shorter = Math.min(x.size, y.size);
  if (shorter === 0) return 0;
  let shared = 0;
  for (const ch of x) if (y.has(ch)) shared++;
  return shared / shorter;
}

/**
 * `二、绩效自评工作开展情况` where the outline's 二 is `一般公共预算支出情况`: the draft follows an
 * outline of its own there. (`一般公共预算收支情况` for `一般公共预算支出情况` is the same part reworded.)
 */
function replacedParts(outline: Outline, cands: Candidate[], seen: Set<OutlinePart>): number {
  let n = 0;
  for (const c of cands) {
    const p = c.prefix;
    if (!p || !numbersPartAt(p, 1) || c.rest.length > MAX_TITLE) continue;
    if (anyPartMatches(outline.all, c.folded)) continue;
    const inPlace = outline.parts.find((part) => part.number === p.value);
    if (inPlace && !seen.has(inPlace) && titleOverlap(c.folded, foldTitle(inPlace.title)) < 0.5) n++;
  }
  return n;
}

function evidenceFor(outline: Outline, cands: Candidate[], others: readonly Outline[]): Evidence {
  let score = 0;
  let ownTitles = 0;
  let exact = 0;
  const seen = new Set<OutlinePart>();
  let current: OutlinePart | undefined;
  for (const c of cands) {
    if (c.rest.length > MAX_TITLE + 20) continue;
    const top = anyPartMatches(outline.parts, c.folded) ? outline.parts.find((p) => partMatches(p, c.folded)) : undefined;
    if (top && (!c.prefix || c.prefix.level !== 2 || !current?.children.some((ch) => partMatches(ch, c.folded)))) {
      current = top;
      if (!seen.has(top)) {
        seen.add(top);
        score += 1;
        if (c.prefix && c.prefix.value === top.number) score += 0.5;
        if (!others.some((o) => o !== outline && anyPartMatches(o.all, c.folded))) ownTitles++;
        if (foldTitle(top.title) === c.folded) exact++;
      }
      continue;
    }
    const child = current && anyPartMatches(current.children, c.folded) ? current.children.find((p) => partMatches(p, c.folded)) : undefined;
    if (child && !seen.has(child)) {
      seen.add(child);
      score += 0.5;
    }
  }
  const partsFound = outline.parts.filter((p) => seen.has(p)).length;
  const summary = outline.summaryPart ? outline.all.find((p) => p.path === outline.summaryPart) : undefined;
  return { outline, score, partsFound, ownTitles, exact, hasSummary: summary === undefined || seen.has(summary), replaced: replacedParts(outline, cands, seen) };
}

export interface Recognition {
  /** The outline the draft follows, recognised on strong evidence. */
  outline?: Outline;
  /** How sure: the share of its level-one parts found (titles only it has count extra), 0–1. */
  confidence: number;
  /** The best guess on weak evidence (a blank page with one heading): for completion, not for checks. */
  guess?: Outline;
}

/**
 * The outline whose parts best explain the headings, recognised only on strong evidence: most of
 * its level-one parts present, or titles that only it has. Titles every outline shares (基本情况,
 * 其他需要说明的情况) do not tell outlines apart: a tie recognises nothing. Without an outline the
 * draft is checked in generic mode (no missing or out-of-order parts).
 */
/**
 * A report of another kind than the shipped department outlines: a project's own report, or a
 * third party's evaluation. Its title says so, and no department outline applies.
 */
const OTHER_KIND = /项目(支出)?绩效(自评|评价)|(?<!部门整体支出)绩效评价报告|评价报告$/;

export function recogniseOutline(cands: Candidate[], outlines: readonly Outline[], title?: string): Recognition {
  if (title && OTHER_KIND.test(title.replace(/\s/g, ''))) return { confidence: 0 };
  const all = outlines.map((o) => evidenceFor(o, cands, outlines)).sort((a, b) => b.score - a.score || b.exact - a.exact);
  const [best, second] = all;
  if (!best || best.score === 0) return { confidence: 0 };
  const share = best.partsFound / best.outline.parts.length;
  const confidence = Math.min(1, share + 0.15 * best.ownTitles);
  const clear = !second || best.score > second.score || best.exact > second.exact;
  // Most of its parts, among them the one with the unit's figures; or titles only it has. Titles
  // many outlines share (基本情况, 存在的问题, 下一步改进措施) are not enough on their own.
  const n = best.outline.parts.length;
  const strong = (best.hasSummary && best.partsFound * 2 >= n) || best.partsFound * 4 >= n * 3 || best.ownTitles >= 2 || (best.ownTitles >= 1 && best.partsFound >= 2);
  // A part of the draft's own in the place of one of the outline's: an outline we do not ship,
  // whose parts would all be reported missing or misnamed. Checked as a generic draft instead.
  if (clear && strong && best.score >= 2 && best.replaced === 0) return { outline: best.outline, confidence };
  return { confidence: clear ? confidence : 0, guess: clear ? best.outline : undefined };
}

/**
 * A line a hard-wrapped copy cut at its width in mid-sentence, running into the next: as long as
 * the wrap (a digit is half a character wide: a few fewer), ending on a word, and no heading, title or
 * table row.
 */
function cutAtTheWrap(lines: LineIndex['lines'], i: number): boolean {
  const width = wrapWidth(lines);
  if (width === 0) return false;
  const t = lines[i].text.trim();
  return t.length >= width - 3 && !NOT_WRAPPED_PROSE.test(t) && !looksLikeRow(t) && breaksMidSentence(t) && wrapsInto(lines, i) === i + 1;
}

/** `；（6）完成…`: the next item of a list written inline. */
const INLINE_NEXT_ITEM = /[；;]\s*[（(][0-9０-９]{1,2}[）)]/;

/** A heading's number, a title's 报告: a line that is no wrapped prose (nor is a row's, `looksLikeRow`). */
const NOT_WRAPPED_PROSE = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)])|报告$/;
