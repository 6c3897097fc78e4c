import { Amount, scanAmounts } from './amounts';
import { LineIndex } from './text';
import { NumberPrefix, parseNumberPrefix } from './numbering';
import { BUILTIN_OUTLINES, Outline, OutlinePart, findPart, foldTitle, partMatches } from './outline';
import { Relation, CountClaim, buildRelations, buildCounts } from './relations';

/**
 * A numbered or titled line: a heading (`三、资金使用及绩效情况`, `（1）业务性专项经费项目`) or a numbered
 * list item inside a part (`1、团结、教育全区妇女…`). Both take part in numbering; only headings
 * open sections in the outline.
 */
export interface Entry {
  id: number;
  line: number;
  /** Offsets of the line in the document. */
  start: number;
  end: number;
  number?: NumberPrefix & { docStart: number; docEnd: number };
  /** Text after the number, as written. */
  title: string;
  titleStart: number;
  level: 1 | 2 | 3 | 4;
  isHeading: boolean;
  part?: OutlinePart;
  parent?: Entry;
  children: Entry[];
  /** Offset where the section this entry opens ends (the next entry at its level or above). */
  sectionEnd: number;
  /** Last line of the section. */
  endLine: number;
}

export interface Sentence {
  index: number;
  line: number;
  start: number;
  end: number;
  text: string;
}

export interface ReportDocument {
  text: string;
  lines: LineIndex;
  /** The `…自评报告` line, when there is one before the first part. */
  title?: { line: number; text: string };
  year?: number;
  /** Lines before the first part (cover: 附件1, title, unit name). */
  coverEndLine: number;
  outline?: Outline;
  /** How the outline was chosen: named by the user, or recognised from the headings. */
  outlineChosenBy?: 'option' | 'recognised';
  entries: Entry[];
  headings: Entry[];
  sentences: Sentence[];
  amounts: Amount[];
  relations: Relation[];
  counts: CountClaim[];
  /** Text that is not a draft at all (binary junk): no rule looks at it. */
  notText: boolean;
}

export interface ParseOptions {
  /** Outline to use, by name or compiled; otherwise the best match among `outlines`. */
  outline?: Outline | string;
  /** Outlines to recognise from (built-in ones by default, user's own added by the caller). */
  outlines?: readonly Outline[];
}

const MAX_TITLE = 40;

interface Candidate {
  line: number;
  prefix?: NumberPrefix;
  rest: string;
  restStart: number;
  folded: string;
}

function looksLikeBinary(text: string): boolean {
  const sample = text.length > 4096 ? text.slice(0, 4096) : text;
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  return bad > 0 && bad / sample.length > 0.02;
}

const LEADING_DEBRIS = /^(\s*\[(?:bookmark|image|page)[^\]]{0,80}\])+/i;

function shiftPrefix(p: NumberPrefix | undefined, by: number): NumberPrefix | undefined {
  return p && by ? { ...p, start: p.start + by, end: p.end + by } : p;
}

function collectCandidates(lines: LineIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const l of lines.lines) {
    if (l.text.length === 0 || l.text.length > 2000) continue;
    // Conversion debris at the start of a line (`[bookmark: _GoBack]3．项目…`) hides the number.
    const debris = LEADING_DEBRIS.exec(l.text)?.[0].length ?? 0;
    const prefix = shiftPrefix(parseNumberPrefix(l.text.slice(debris)), debris);
    const from = prefix ? prefix.end : debris + l.text.slice(debris).length - l.text.slice(debris).trimStart().length;
    const rest = l.text.slice(from).trimEnd();
    if (!rest) continue;
    if (!prefix && rest.length > MAX_TITLE) continue;
    // Only a short line can be a title; folding long ones is wasted work.
    out.push({ line: l.index, prefix, rest, restStart: l.start + from, folded: rest.length <= MAX_TITLE + 20 ? foldTitle(rest) : '' });
  }
  return out;
}

/** Scores how well an outline's parts explain the draft's headings; the best one is the draft's. */
function scoreOutline(outline: Outline, cands: Candidate[]): number {
  let score = 0;
  const seen = new Set<OutlinePart>();
  let current: OutlinePart | undefined;
  for (const c of cands) {
    if (c.rest.length > MAX_TITLE + 20) continue;
    const top = outline.parts.find((p) => partMatches(p, c.folded));
    if (top && (!c.prefix || c.prefix.level !== 2 || !current?.children.some((ch) => partMatches(ch, c.folded)))) {
      current = top;
      if (!seen.has(top)) {
        seen.add(top);
        score += 1;
        if (c.prefix && c.prefix.value === top.number) score += 0.5;
      }
      continue;
    }
    const child = current?.children.find((p) => partMatches(p, c.folded));
    if (child && !seen.has(child)) {
      seen.add(child);
      score += 0.5;
    }
  }
  return score;
}

/**
 * The outline whose parts best explain the headings. Titles every outline shares (基本情况,
 * 其他需要说明的情况) do not tell outlines apart: a tie recognises nothing, and the user chooses.
 */
export function recogniseOutline(cands: Candidate[], outlines: readonly Outline[]): Outline | undefined {
  let best: Outline | undefined;
  let bestScore = 0;
  let second = 0;
  for (const o of outlines) {
    const s = scoreOutline(o, cands);
    if (s > bestScore) {
      second = bestScore;
      best = o;
      bestScore = s;
    } else if (s > second) second = s;
  }
  return bestScore >= 2 && bestScore > second ? best : undefined;
}

const AMOUNT_IN_TITLE = /[0-9０-９](?:[.．][0-9０-９]+)?\s*(?:余|多)?(?:万元|元|亿元|万)/;

/** A short line that names a topic, not a sentence that reports something. */
function headingLike(rest: string, level: number): boolean {
  const t = rest.replace(/[。．.：:]+$/, '');
  if (t.length === 0 || t.length > (level === 1 ? 50 : 30)) return false;
  if (/[。；;！？]/.test(t)) return false;
  if (AMOUNT_IN_TITLE.test(t)) return false;
  return (t.match(/[，,]/g) ?? []).length <= 1;
}

function classify(cands: Candidate[], lines: LineIndex, outline: Outline | undefined): Entry[] {
  const entries: Entry[] = [];
  let currentTop: OutlinePart | undefined;
  const matched = new Set<OutlinePart>();
  // A part found once is not found again by a line numbered deeper than parts are (`1.主要职能。`
  // under `（一）团区委基本情况`), nor by an unnumbered line; a second `（二）` of the same title is.
  const canMatch = (p: OutlinePart, c: Candidate) =>
    partMatches(p, c.folded) && (!matched.has(p) || (c.prefix !== undefined && c.prefix.level <= 2));
  for (const c of cands) {
    const line = lines.lines[c.line];
    let part: OutlinePart | undefined;
    if (outline && c.rest.length <= MAX_TITLE + 20) {
      const child = currentTop?.children.find((p) => canMatch(p, c));
      const top = outline.parts.find((p) => canMatch(p, c));
      // A sub-part title under its part wins over a same-named part, unless written as a part.
      if (child && (!top || (c.prefix && c.prefix.level >= 2))) part = child;
      else if (top) part = top;
      else if (child) part = child;
      if (part?.level === 1) currentTop = part;
      if (part) matched.add(part);
    }
    let level: 1 | 2 | 3 | 4;
    let isHeading: boolean;
    if (part) {
      level = part.level;
      isHeading = true;
    } else if (c.prefix) {
      level = c.prefix.level;
      isHeading = headingLike(c.rest, level);
    } else {
      continue;
    }
    if (level === 1 && !part && outline) {
      // A level-one heading the outline does not know still ends the current part.
      currentTop = undefined;
    }
    entries.push({
      id: entries.length,
      line: c.line,
      start: line.start,
      end: line.end,
      number: c.prefix && { ...c.prefix, docStart: line.start + c.prefix.start, docEnd: line.start + c.prefix.end },
      title: c.rest,
      titleStart: c.restStart,
      level,
      isHeading,
      part,
      children: [],
      sectionEnd: lines.text.length,
      endLine: lines.lines.length - 1,
    });
  }
  // Nesting and section ends: an entry's section runs to the next entry at its level or above.

  const stack: Entry[] = [];
  for (const e of entries) {
    while (stack.length && stack[stack.length - 1].level >= e.level) {
      const closed = stack.pop()!;
      closed.sectionEnd = e.start;
      closed.endLine = e.line - 1;
    }
    e.parent = stack[stack.length - 1];
    e.parent?.children.push(e);
    stack.push(e);
  }
  settleListsAndHeadings(entries, lines);
  return entries;
}

/**
 * Numbered siblings are one kind of thing: a list of duties (`1、团结、教育…` … `4、加强与社会各界的联系…。`)
 * stays a list even where one item is short, and a run of sub-headings stays headings even where one
 * carries a figure (`（7）退休人员去世抚恤慰问金35.34万元`). The majority decides; outline parts are headings.
 */
function hasBody(e: Entry, lines: LineIndex): boolean {
  const next = e.children[0]?.line ?? e.endLine + 1;
  for (let l = e.line + 1; l < next && l < lines.lines.length; l++) if (lines.lines[l].text.trim() !== '') return true;
  return e.children.length > 0;
}

function settleListsAndHeadings(entries: Entry[], lines: LineIndex): void {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.part || e.level === 1) continue;
    const key = `${e.parent?.id ?? -1}:${e.level}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const headings = group.filter((e) => e.isHeading).length;
    // Headings have text under them; list items follow one another line after line.
    const anyBody = group.some((e) => hasBody(e, lines));
    const asHeadings = headings * 2 > group.length && anyBody;
    for (const e of group) e.isHeading = asHeadings && e.title.length <= MAX_TITLE;
  }
}

function splitSentences(lines: LineIndex): Sentence[] {
  const out: Sentence[] = [];
  for (const l of lines.lines) {
    if (l.text.trim() === '') continue;
    const re = /[^。！？!?]*(?:[。！？!?]+|$)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(l.text)) !== null) {
      if (m[0].length === 0) {
        if (re.lastIndex >= l.text.length) break;
        re.lastIndex++;
        continue;
      }
      if (m[0].trim() !== '') {
        out.push({ index: out.length, line: l.index, start: l.start + m.index, end: l.start + m.index + m[0].length, text: m[0] });
      }
    }
  }
  return out;
}

function sentenceFinder(sentences: Sentence[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
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

/** Text → report. Never throws: odd text gives a smaller report. */
export function parseReport(rawText: string, options: ParseOptions = {}): ReportDocument {
  // A BOM stays where it is (offsets must match the editor's text); it reads as white space.
  const text = rawText;
  const lines = new LineIndex(text);
  const doc: ReportDocument = {
    text, lines, coverEndLine: 0, entries: [], headings: [], sentences: [], amounts: [], relations: [], counts: [],
    notText: looksLikeBinary(text),
  };
  if (doc.notText) return doc;
  try {
    const cands = collectCandidates(lines);
    const outlines = options.outlines ?? BUILTIN_OUTLINES;
    if (typeof options.outline === 'string') {
      doc.outline = outlines.find((o) => o.name === options.outline) ?? BUILTIN_OUTLINES.find((o) => o.name === options.outline);
      doc.outlineChosenBy = doc.outline ? 'option' : undefined;
    } else if (options.outline) {
      doc.outline = options.outline;
      doc.outlineChosenBy = 'option';
    }
    if (!doc.outline) {
      doc.outline = recogniseOutline(cands, outlines);
      if (doc.outline) doc.outlineChosenBy = 'recognised';
    }
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
    doc.sentences = splitSentences(lines);
    const ctx = { nextId: 0, sentenceAt: sentenceFinder(doc.sentences) };
    const entryByLine = new Map(doc.entries.map((e) => [e.line, e]));
    for (const l of lines.lines) {
      if (l.text.length === 0) continue;
      const e = entryByLine.get(l.index);
      const from = e?.number ? e.number.end : 0;
      for (const a of scanAmounts(l.text, l.start, from, l.index, ctx)) doc.amounts.push(a);
    }
    doc.counts = buildCounts(doc);
    doc.relations = buildRelations(doc);
  } catch (e) {
    // The model must never take the server down; a bug here shows as fewer findings, and is
    // reported to whoever called us through `modelError`.
    (doc as ReportDocument & { modelError?: string }).modelError = String((e as Error)?.stack ?? e);
  }
  return doc;
}

/** The heading that opens an outline part (`三/二`), if the draft has it. */
export function headingOfPart(doc: ReportDocument, path: string | undefined): Entry | undefined {
  if (!path || !doc.outline) return undefined;
  const part = findPart(doc.outline, path);
  return part && doc.entries.find((e) => e.part === part);
}

/** The innermost entry whose section holds an offset. */
export function entryAt(doc: ReportDocument, offset: number): Entry | undefined {
  let lo = 0;
  let hi = doc.entries.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.entries[mid].start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let e: Entry | undefined = doc.entries[last]; e; e = e.parent) {
    if (offset < e.sectionEnd || (offset === e.sectionEnd && e.sectionEnd === doc.text.length)) return e;
  }
  return undefined;
}
