import type { ReportDocument, Sentence } from './report';
import { nextLineOfWords, wrapsInto, wrapWidth } from './text';

/** By report: the lines that hold a heading or an item of a list, made when first asked. */
const ENTRY_LINES = new WeakMap<ReportDocument, Set<number>>();

export function entryLines(doc: ReportDocument): Set<number> {
  let lines = ENTRY_LINES.get(doc);
  if (!lines) ENTRY_LINES.set(doc, (lines = new Set(doc.entries.map((e) => e.line))));
  return lines;
}

/**
 * `…，调整追减4.18万元，其他资金` / `来源16.44万元。`: the sentence a hard-wrapped line stops in goes on
 * in the next line's first sentence, unless that line is a heading or an item of its own.
 */
export function continuationOf(doc: ReportDocument, s: Sentence): Sentence | undefined {
  const line = doc.lines.lines[s.line];
  const next = doc.sentences[s.index + 1];
  if (!next || s.end < line.end - 1 || next.line === s.line) return undefined;
  // (`…分别为：党政综合办公室、党建工作办公室、` / `社会事务办公室、…`: a line that stops on a `、` breaks a list
  // in two, hard-wrapped copy or not.)
  const into = endsOnEnumerationComma(doc.text, line.start, line.end) ? nextLineOfWords(doc.lines.lines, s.line) : wrapsInto(doc.lines.lines, s.line);
  if (into !== next.line || entryLines(doc).has(next.line)) return undefined;
  // The next line's first sentence: nothing but its indentation before it.
  return doc.text.slice(doc.lines.lines[next.line].start, next.start).trim() === '' ? next : undefined;
}

/** Whether a line's last mark, spaces aside, is a `、` (read from its end). */
function endsOnEnumerationComma(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i > start && /\s/.test(text[i])) i--;
  return text[i] === '、';
}

/** A sentence wrapped over more lines than this is not followed further. */
const MAX_WRAPPED_LINES = 8;

/**
 * `…共5个项目，其中：河湖长制工作经费186.40万元；` / `水旱灾害防御经费243.75万元；…水资源` / `管理…。`: the
 * sentences a hard-wrapped sentence goes on in, line after line (none when it ends on its line).
 */
export function continuationsOf(doc: ReportDocument, s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  for (let cur = continuationOf(doc, s); cur && out.length < MAX_WRAPPED_LINES; cur = continuationOf(doc, cur)) out.push(cur);
  return out;
}

/**
 * Where a sentence that a hard wrap carried onto this line began (`…实际支出172.35万元，` /
 * `执行率94.62%。`): the start of the sentence it goes on from, lines before; its own start if none.
 */
export function wrappedSentenceStart(doc: ReportDocument, s: Sentence): number {
  let cur = s;
  for (let k = 0; k < MAX_WRAPPED_LINES; k++) {
    const prev = doc.sentences[cur.index - 1];
    if (!prev || prev.line === cur.line || continuationOf(doc, prev) !== cur) break;
    cur = prev;
  }
  return cur.start;
}

/**
 * Where a sentence begins for reading its figures: where the sentence a hard wrap carried onto its
 * line began, when it opens its line (`…实际支出172.35万元，` / `执行率94.62%。`); else its own start.
 */
export function wrappedOpening(doc: ReportDocument, s: Sentence): number {
  return s.start - doc.lines.lines[s.line].start < 8 ? wrappedSentenceStart(doc, s) : s.start;
}

/** A paragraph of a hard-wrapped copy is not followed back over more lines than this. */
const MAX_PARAGRAPH_LINES = 12;

/**
 * Where the paragraph line `i` is in starts, in a hard-wrapped copy: back over lines as long as
 * the wrap (`…其他收入36.25万元。全年实际支出2,048.37` / `万元，…全年预算执行率`), while the line
 * after is not indented and is no heading or item. A line's own start in a draft not wrapped.
 */
export function paragraphStart(doc: ReportDocument, i: number): number {
  const lines = doc.lines.lines;
  const width = wrapWidth(lines);
  let first = i;
  if (width > 0) {
    const entries = entryLines(doc);
    for (let k = 0; k < MAX_PARAGRAPH_LINES && first > 0; k++) {
      const prev = lines[first - 1].text.trim();
      if (/^[\s\u3000]/.test(lines[first].text) || entries.has(first) || entries.has(first - 1) || prev.length * 5 < width * 4) break;
      first--;
    }
  }
  return lines[first].start;
}
