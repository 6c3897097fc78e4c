import { Amount, labelWrappedFrom, scanAmounts, ScanContext } from './amounts';
import { Line, LineIndex, wrapsInto, wrapWidth } from './text';
import { BUILTIN_OUTLINES } from './outline';
import { buildRelations, buildCounts } from './relations';
import { classify } from './entries';
import { collectCandidates, recogniseOutline } from './recognition';
import { Layout, lineKind, readLayout } from './layout';
import type { TableCell } from './tables';
import { readSource } from './source';
import { tableAmounts, tableFacts } from './table-facts';
import { triangleIsMinus } from './accounting-signs';
import { netValuesAndSavings } from './net-values';
import { proseRates } from './prose-rates';
import { restatesTableRow } from './rates';
import { growthClaims, statedChanges } from './growth';
import { scoreStatements, tableTotalScore } from './scores';
import { levelScoreStatements } from './level-scores';
import { shareClaims } from './shares';
import { dropCutRow, dropUnfinished } from './unfinished';

export type { Entry } from './entries';
export type { ParseOptions, ReportDocument, Sentence } from './report';
export { entryAt, headingOfPart } from './sections';
import type { ParseOptions, ReportDocument, Sentence } from './report';
import { appendAll } from './arrays';

/** Control characters other than tab, line breaks and form feed, and the replacement character. */
const BAD_CHAR = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/;

function looksLikeBinary(text: string): boolean {
  const n = Math.min(text.length, 4096);
  if (n === 0) return false;
  // Most drafts have none at all: one pattern finds that faster than counting.
  if (!BAD_CHAR.test(n < text.length ? text.slice(0, n) : text)) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  return bad > 0 && bad / n > 0.02;
}

/** Text that is not all white space (what `trim() !== ''` says, without the copy). */
const NON_SPACE = /\S/;

/** A run of words with the stops that end it (the last of a line may have none). */
const SENTENCE = /[^。！？!?]*(?:[。！？!?]+|$)/g;

/**
 * The sentences of a line of text; blank runs are no sentences. One pattern for all lines: a
 * pattern written in the loop was compiled anew for every line.
 */
function lineSentences(l: Line, out: Sentence[]): void {
  SENTENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE.exec(l.text)) !== null) {
    if (m[0].length === 0) {
      if (SENTENCE.lastIndex >= l.text.length) break;
      SENTENCE.lastIndex++;
      continue;
    }
    // A sentence that is the whole line is the line's own text (a short one would be a copy).
    const text = m[0].length === l.text.length ? l.text : m[0];
    if (NON_SPACE.test(text)) out.push({ index: out.length, line: l.index, start: l.start + m.index, end: l.start + m.index + m[0].length, text });
  }
}

/** The filled cells of every table, in line order (a line's cells in their order). */
function cellsInLineOrder(layout: Layout): TableCell[] {
  const cells: TableCell[] = [];
  for (const t of layout.tables) {
    if (t.header) for (const c of t.header.cells) if (c.text) cells.push(c);
    for (const row of t.rows) for (const c of row.cells) if (c.text) cells.push(c);
  }
  // Stable: cells of one line keep their order.
  return cells.sort((x, y) => x.line - y.line);
}

function splitSentences(lines: LineIndex, layout: Layout): Sentence[] {
  const out: Sentence[] = [];
  const cells = cellsInLineOrder(layout);
  let k = 0;
  for (const l of lines.lines) {
    if (!NON_SPACE.test(l.text)) continue;
    const kind = lineKind(layout, l.index);
    // A table cell is a sentence of its own; a 目录 line says nothing.
    if (kind === 'table') {
      while (k < cells.length && cells[k].line < l.index) k++;
      for (; k < cells.length && cells[k].line === l.index; k++) {
        const c = cells[k];
        c.index = out.length;
        out.push(c);
      }
      continue;
    }
    if (kind === 'toc' || kind === 'page') continue;
    lineSentences(l, out);
  }
  return out;
}

/**
 * The sentence an offset is in: the last to start at or before it (0 if none). Figures are read in
 * order, so the answer is mostly the last one or the next: those are tried before a search.
 */
function sentenceFinder(sentences: Sentence[]): (offset: number) => number {
  let last = 0;
  const holds = (i: number, offset: number) =>
    i < sentences.length && sentences[i].start <= offset && (i + 1 === sentences.length || sentences[i + 1].start > offset);
  return (offset) => {
    if (holds(last, offset)) return last;
    if (holds(last + 1, offset)) return ++last;
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (last = lo);
  };
}

function findYear(doc: ReportDocument): number | undefined {
  const fromTitle = doc.title && /((?:19|20)\d{2})\s*年/.exec(doc.title.text);
  if (fromTitle) return Number(fromTitle[1]);
  const counts = new Map<number, number>();
  for (const m of doc.text.slice(0, 20000).matchAll(/((?:19|20)\d{2})\s*年(?!\d)/g)) {
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

function chooseOutline(doc: ReportDocument, options: ParseOptions, cands: ReturnType<typeof collectCandidates>): void {
  const outlines = options.outlines ?? BUILTIN_OUTLINES;
  if (typeof options.outline === 'string') {
    doc.outline = outlines.find((o) => o.name === options.outline) ?? BUILTIN_OUTLINES.find((o) => o.name === options.outline);
  } else if (options.outline) doc.outline = options.outline;
  if (doc.outline) {
    doc.outlineChosenBy = 'option';
    doc.outlineConfidence = 1;
    return;
  }
  // The report's title, if its first lines have one: it may say the report is of another kind.
  // Its first twelve lines that are not blank: a Word file saved as text often has an empty line
  // after every paragraph.
  const firstNumbered = cands.find((c) => c.prefix)?.line ?? 24;
  const head = doc.lines.lines.slice(0, Math.min(24, firstNumbered)).map((l) => l.text.trim()).filter((t) => t !== '').slice(0, 12);
  const k = head.findIndex((t) => /报告$/.test(t) && t.length <= 60);
  // A title broken over two lines (`…维修养护项目` / `支出绩效自评报告`) is read whole.
  const joined = k > 0 && head[k - 1].length <= 40 && !/[。：:]$/.test(head[k - 1]);
  const title = k < 0 ? undefined : (joined ? head[k - 1] : '') + head[k];
  const r = recogniseOutline(cands, outlines, title);
  doc.outline = r.outline;
  doc.outlineConfidence = r.confidence;
  doc.outlineGuess = r.guess;
  if (r.outline) doc.outlineChosenBy = 'recognised';
}

function readFigures(doc: ReportDocument, triangle: boolean): void {
  const ctx = { nextId: 0, sentenceAt: sentenceFinder(doc.sentences) };
  // A filled cell is its own sentence (else the one it is in). Table figures first, text figures
  // after: the sort below merges the two runs.
  const fromTables = tableAmounts(doc.layout, ctx, (c) => (c.index >= 0 ? c.index : ctx.sentenceAt(c.start)), triangle);
  for (const a of fromTables.amounts) doc.amounts.push(a);
  doc.tableFigures = fromTables.figures;
  // Entries are in line order: walked along with the lines, not looked up.
  let next = 0;
  let before: { line: Line; last: Amount | undefined } | undefined;
  for (const l of doc.lines.lines) {
    if (l.text.trim().length === 0) continue;
    const kind = lineKind(doc.layout, l.index);
    if (kind === 'page') continue;
    if (kind !== 'text') {
      before = undefined;
      continue;
    }
    while (next < doc.entries.length && doc.entries[next].line < l.index) next++;
    const e = doc.entries[next]?.line === l.index ? doc.entries[next] : undefined;
    const from = e?.number ? e.number.end : 0;
    const found = scanAmounts(l.text, l.start, from, l.index, ctx);
    const carried = before && unitCarried(doc, before, l, ctx);
    // (`,406.03万元` opening the line is the split number's tail, read already with its head.)
    if (carried?.approximate && /^[\s\u3000]*,/.test(l.text)) found.shift();
    if (carried) doc.amounts.push(carried);
    else if (before) {
      splitByWrap(doc, before.line, before.last, l, found[0]);
      labelCutAtWrap(doc, before, l, found[0]);
    }
    for (const a of found) doc.amounts.push(a);
    before = { line: l, last: found[found.length - 1] };
  }
  // Figures in reading order: cells of one line were read cell by cell, text lines left to right.
  doc.amounts.sort((x, y) => x.start - y.start);
  doc.amounts.forEach((a, i) => (a.id = i));
}

/** A number's decimals, or its thousands and decimals (`,406.03`), opening a line, before a unit of money. */
const CARRIED_DECIMALS = /^[\s\u3000]*([.．][0-9０-９]+|,[0-9]{3}(?:,[0-9]{3})*(?:\.[0-9]+)?)(?=[\s\u3000]*(?:亿元|万元|元))/;

/** A unit opening a line, not a word's first character (`人员`, `项目`, `个人`). */
const CARRIED_UNIT = /^[\s\u3000]*(亿元|万元|元|人次|人(?![员民口才大力数均])|名(?![称单录义])|个(?!人)|项(?!目)|户(?!籍)|家(?!庭)|所(?![属在有])|件)/;

/**
 * `其中中央资金380.00` / `万元，省级资金185.00万元…`, `编外聘用1` / `人；`: a hard wrap carried the
 * figure's unit to the next line, and without it the figure was not read. Read it with that unit;
 * its place is the digits only.
 */
function unitCarried(doc: ReportDocument, before: { line: Line; last: Amount | undefined }, line: Line, ctx: ScanContext): Amount | undefined {
  // `…结余结转2` / `.80万元。`, `…中央补助资金2` / `,406.03万元`: the wrap came inside the number.
  const decimals = CARRIED_DECIMALS.exec(line.text);
  const unit = CARRIED_UNIT.exec(decimals ? line.text.slice(decimals[0].length) : line.text)?.[1];
  const prev = before.line;
  const text = prev.text.trimEnd();
  // `…其中房屋及构筑物212.30万` / `元，…`: the wrap came between 万 and 元.
  const half = unit === '元' && !decimals && /[0-9０-９][万亿]$/.test(text) ? text.slice(-1) : '';
  if (!unit || (!half && !/[0-9０-９]$/.test(text)) || wrapWidth(doc.lines.lines) === 0) return undefined;
  const digitsEnd = prev.start + text.length - half.length;
  const carried = decimals?.[1] ?? '';
  const a = scanAmounts(text + carried + (half ? '元' : unit), prev.start, 0, prev.index, ctx).pop();
  // (Read already, with a unit of its own line, no figure is added.)
  if (!a || a.numberEnd !== digitsEnd + carried.length || before.last?.numberEnd === digitsEnd) return undefined;
  a.numberEnd = digitsEnd;
  a.end = a.unitEnd = prev.start + text.length;
  a.unitStart = digitsEnd;
  // Its digits are on two lines: a list holding it is read, never summed or mended (a list that
  // did not hold it would be summed without it).
  if (carried) a.approximate = true;
  return a;
}

const WRAP_HEAD_STOP = /[，。；、：,;:！？”）》]/;

/**
 * The words at the end of a hard-wrapped line that begin the label of the next line's first figure
 * (`…，较` / `2023年的578.30万元`; `…1,198.76万元增` / `加52.62万元`): after the line's last stop or figure.
 */
function labelCutAtWrap(doc: ReportDocument, before: { line: Line; last: Amount | undefined }, line: Line, first: Amount | undefined): void {
  if (!first || first.cell || first.labelStart !== line.start + (line.text.length - line.text.trimStart().length)) return;
  const lines = doc.lines.lines;
  if (wrapWidth(lines) === 0 || wrapsInto(lines, before.line.index) !== line.index) return;
  const text = before.line.text.trimEnd();
  // Back from the line's end to a stop or the last figure, a few characters at most (a pattern
  // anchored at the end would try every start of a long line).
  const floor = Math.max(before.last ? before.last.end - before.line.start : 0, text.length - 13);
  let from = text.length;
  while (from > floor && !WRAP_HEAD_STOP.test(text[from - 1])) from--;
  // (Thirteen characters without a stop are no head of a label.)
  const head = text.slice(from);
  if (head && head.length <= 12 && /^[\u4e00-\u9fff]/.test(head)) labelWrappedFrom(first, head, before.last);
}

/** A line that ends in digits (`…全年预算资金1,2`), and one that opens with a figure (`86.40万元，…`). */
const DIGITS_AT_END = /[0-9０-９][,，.．]?$/;

/**
 * `…安排全年预算资金1,2` / `86.40万元，其中…`: a hard wrap (a PDF copied to text; a page's number may
 * stand between) split one number in two. Neither half is the figure: both are left out of every
 * sum and rate (as figures written approximately are), so that `86.40` is no total of 1,286.40's parts.
 */
function splitByWrap(doc: ReportDocument, prev: Line, prevLast: Amount | undefined, line: Line, first: Amount | undefined): void {
  if (!first) return;
  const opensLine = first.numberStart === line.start + (line.text.length - line.text.trimStart().length);
  if (!opensLine || !DIGITS_AT_END.test(prev.text.trimEnd()) || wrapWidth(doc.lines.lines) === 0) return;
  first.approximate = true;
  if (prevLast && prevLast.end >= prev.start + prev.text.trimEnd().length) prevLast.approximate = true;
}

/**
 * The longest text read, in characters: 6 Mi, more than any 5 MB file holds and some thirty times
 * the longest report. Reading keeps some 100 bytes per character of the hardest shapes at its
 * peak, so a text of several times this (a Word file's XML inflates tenfold) would cost seconds
 * and gigabytes, or end the process when its heap runs out.
 */
export const MAX_DRAFT_CHARS = 6 * 1024 * 1024;

/** Text → report. Never throws: odd text gives a smaller report, and `errors` says why. */
export function parseReport(rawText: string, options: ParseOptions = {}): ReportDocument {
  const input = readSource(rawText, options.format);
  // A BOM stays where it is (offsets must match the editor's text); it reads as white space.
  const text = input.view;
  const lines = input.viewLines;
  const doc: ReportDocument = {
    text, lines, coverEndLine: 0, entries: [], headings: [], sentences: [], amounts: [], tableFigures: [], relations: [], counts: [], rates: [], growth: [], scores: [],
    errors: [], outlineConfidence: 0, input, layout: { tables: [], kinds: new Map() }, notText: looksLikeBinary(text),
    // Set while reading, or left undefined: declared here so that every report has one shape
    // (properties added later gave reports of different shapes, and the code reading them was
    // compiled again for each).
    title: undefined, year: undefined, outline: undefined, outlineChosenBy: undefined, outlineGuess: undefined, tooLong: undefined,
  };
  if (text.length > MAX_DRAFT_CHARS) {
    doc.notText = true;
    doc.tooLong = { chars: text.length, max: MAX_DRAFT_CHARS };
  }
  if (doc.notText) return doc;
  try {
    doc.layout = readLayout(lines, input.tocLinks);
    const cands = collectCandidates(lines, (l) => lineKind(doc.layout, l) === 'text');
    chooseOutline(doc, options, cands);
    doc.entries = classify(cands, lines, doc.outline);
    doc.headings = doc.entries.filter((e) => e.isHeading);
    const firstPart = doc.entries.find((e) => e.level === 1);
    doc.coverEndLine = firstPart ? firstPart.line : 0;
    for (let i = 0; i < doc.coverEndLine; i++) {
      const t = lines.lines[i].text.trim();
      if (/自评报告|评价报告|绩效报告/.test(t) && t.length <= 60) {
        doc.title = { line: i, text: t };
        break;
      }
    }
    doc.year = findYear(doc);
    dropCutRow(doc);
    doc.sentences = splitSentences(lines, doc.layout);
    // Whether a table's `△1.99` is a negative: the text says so once, for every table.
    const triangle = triangleIsMinus(doc.text);
    readFigures(doc, triangle);
    doc.counts = buildCounts(doc);
    doc.relations = buildRelations(doc);
    const fromTables = tableFacts(doc.layout, doc.tableFigures, triangle);
    appendAll(doc.relations, fromTables.relations);
    doc.rates = [...restatesTableRow(doc, proseRates(doc)), ...fromTables.rates];
    const taken = new Set(doc.rates.map((r) => r.numberStart));
    const differences = netValuesAndSavings(doc, taken);
    appendAll(doc.relations, differences.relations);
    for (const r of differences.rates) {
      doc.rates.push(r);
      taken.add(r.numberStart);
    }
    appendAll(doc.rates, shareClaims(doc, taken));
    doc.growth = [...growthClaims(doc), ...fromTables.growth];
    appendAll(doc.relations, statedChanges(doc.growth));
    const scoreTable = tableTotalScore(doc);
    doc.scores = [...scoreStatements(doc, scoreTable), ...levelScoreStatements(doc, scoreTable)];
    dropUnfinished(doc);
  } catch (e) {
    // The model must never take the server down; a bug here shows as fewer findings, and the
    // caller reports the error.
    doc.errors.push(String((e as Error)?.stack ?? e));
  }
  return doc;
}

