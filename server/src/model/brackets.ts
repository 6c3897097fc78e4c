import type { Amount } from './amounts';
import type { ReportDocument } from './report';
import type { FiguresBySentence } from './terms';
import { Line, nextLineOfWords, previousLineOfWords } from './text';

/**
 * Brackets that hold figures. Right after a figure they break it down, with or without 含
 * (`基本支出120.30万元（人员经费98.10万元、公用经费22.20万元）`); elsewhere they are asides. Either way
 * the figures inside are no parts of an outer sum. Marks `insideOf` (the owner, or -1 for an aside).
 */
const BRACKET = /[（()）]/g;

/**
 * The outermost bracket pairs of a line, as document offsets; brackets found by one pattern. A
 * bracket left open at the line's end may close on the next line, where a paragraph was wrapped
 * (`…24.62万元（含` / `OCR 识别及著录费用2.40万元），…`): closed there before any other opens.
 */
function bracketSpans(line: Line, next: Line | undefined): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const stack: number[] = [];
  BRACKET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRACKET.exec(line.text)) !== null) {
    const p = line.start + m.index;
    const ch = m[0];
    if (ch === '（' || ch === '(') stack.push(p);
    else if (stack.length) {
      const open = stack.pop()!;
      if (stack.length === 0) spans.push([open, p]);
    }
  }
  if (stack.length && next && !/[。；;]\s*$/.test(line.text)) {
    const close = /^[^（()）。]*[)）]/.exec(next.text);
    if (close) spans.push([stack[0], next.start + close[0].length - 1]);
  }
  return spans;
}

function markBrackets(doc: ReportDocument, amounts: Amount[], lineSpans: (line: number) => Array<[number, number]>): Array<[number, number]> {
  if (amounts.length === 0) return [];
  const text = doc.text;
  const line = doc.lines.lines[amounts[0].line];
  const first = amounts[0].start;
  const last = amounts[amounts.length - 1].end;
  const all = lineSpans(line.index);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid][1] < first) lo = mid + 1;
    else hi = mid;
  }
  const spans: Array<[number, number]> = [];
  for (let i = lo; i < all.length && all[i][0] <= last; i++) spans.push(all[i]);
  if (spans.length === 0) return spans;
  const byEnd = new Map(amounts.map((a) => [a.end, a]));
  let k = 0;
  for (const [open, close] of spans) {
    while (k < amounts.length && amounts[k].start <= open) k++;
    let q = open;
    while (q > line.start && (text[q - 1] === ' ' || text[q - 1] === '\u3000')) q--;
    const owner = byEnd.get(q);
    for (; k < amounts.length && amounts[k].end <= close; k++) amounts[k].insideOf = owner ? owner.id : -1;
  }
  return spans;
}


/** Brackets of every sentence, marked on its figures; each line's brackets found once. */
export function markAllBrackets(doc: ReportDocument, bySentence: FiguresBySentence): Map<number, Array<[number, number]>> {
  const bracketsBySentence = new Map<number, Array<[number, number]>>();
  const lines = doc.lines.lines;
  const own = new Map<number, Array<[number, number]>>();
  const ownSpans = (l: number): Array<[number, number]> => {
    let spans = own.get(l);
    if (!spans) own.set(l, (spans = bracketSpans(lines[l], lines[nextLineOfWords(lines, l)])));
    return spans;
  };
  const byLine = new Map<number, Array<[number, number]>>();
  const lineSpans = (l: number): Array<[number, number]> => {
    let spans = byLine.get(l);
    if (!spans) {
      spans = ownSpans(l);
      // A bracket opened on the line before and closed on this one holds this line's first figures.
      const above = previousLineOfWords(lines, l);
      const before = above >= 0 ? ownSpans(above) : [];
      const carried = before[before.length - 1];
      if (carried && carried[1] >= lines[l].start) spans = [carried, ...spans];
      byLine.set(l, spans);
    }
    return spans;
  };
  bySentence.forEach((amounts, index) => {
    // A line without brackets marks nothing (most lines, and every row of a table).
    if (!amounts || lineSpans(amounts[0].line).length === 0) return;
    bracketsBySentence.set(index, markBrackets(doc, amounts, lineSpans));
  });
  return bracketsBySentence;
}

