/**
 * Lines and positions of a draft. Offsets are UTF-16 code-unit indexes into the text as the
 * editor holds it (the same units LSP uses for `character`), so no conversion is ever needed
 * between the model and the protocol.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Line {
  index: number;
  start: number;
  /** End of the line's text, before its line break. */
  end: number;
  text: string;
}

export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  readonly lines: Line[] = [];

  constructor(readonly text: string) {
    const re = /\r\n|\n|\r/g;
    let start = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      this.lines.push({ index: this.lines.length, start, end: m.index, text: text.slice(start, m.index) });
      start = m.index + m[0].length;
    }
    this.lines.push({ index: this.lines.length, start, end: text.length, text: text.slice(start) });
  }

  /** The line that holds an offset (binary search: documents can have 100 000 lines). */
  lineAt(offset: number): Line {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.lines[lo];
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line: line.index, character: Math.min(clamped, line.end) - line.start };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lines.length) return this.text.length;
    const line = this.lines[pos.line];
    return Math.min(line.start + Math.max(0, pos.character), line.end);
  }
}

/** Characters a drafter types in place of each other; folded before text is compared. */
const FOLD_MAP: Record<string, string> = {
  '(': '（', ')': '）', ':': '：', ',': '，', ';': '；',
  '"': '“', '\u201d': '“', '\u2018': '“', '\u2019': '“', "'": '“',
};

/** Normalises text for comparison with outline data: no spaces, one form of each bracket/quote. */
export function foldForMatch(s: string): string {
  return s.replace(/\s+/g, '').replace(FOLDED_CHARS, (ch) => FOLD_MAP[ch] ?? toHalfWidthDigit(ch));
}

const FOLDED_CHARS = /[(),:,;"\u201d\u2018\u2019'０-９]/g;

export function toHalfWidthDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
  return ch;
}

export function toHalfWidthDigits(s: string): string {
  // Most figures are ASCII already: no copy, no regular expression.
  let i = 0;
  while (i < s.length && s.charCodeAt(i) < 0xff0e) i++;
  return i === s.length ? s : s.replace(/[０-９]/g, toHalfWidthDigit).replace(/．/g, '.');
}

/** ASCII digits written full-width (`12` → `１２`), as a full-width draft or numbering shows them. */
export function toFullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 48 + 0xff10));
}

/** A set of characters as a table by character code: a lookup without a one-character string. */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/**
 * Each match of a global pattern, in the order `text.matchAll(re)` gives them, without the copy
 * of the pattern and the iterator that `matchAll` makes on every call: rules match line by line,
 * and those copies were a good part of their time. The pattern's `lastIndex` is left at 0.
 */
export function forEachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const next = m[0] === '' ? re.lastIndex + (re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1) : re.lastIndex;
    fn(m);
    re.lastIndex = next;
  }
  re.lastIndex = 0;
}

export function isCjk(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * A line that stops in the middle of a sentence, as a hard wrap leaves it (a PDF copied to text):
 * long, and ending in a character no sentence ends with. A heading is short, or ends in `）`.
 */
export function breaksMidSentence(line: string): boolean {
  const t = line.trim();
  // `…（合同编号LYDA-CG-` / `2024-016）`, `City Information Mo-` / `deling`: a word broken with a hyphen;
  // `…发展规划（2021—` / `2030年）》`: a range broken at its dash.
  return t.length >= 24 && /(?:[\u4e00-\u9fff0-9A-Za-z“（(《]|[0-9A-Za-z]-|[0-9０-９年][—～~])$/.test(t);
}

/** By lines array: the width a hard-wrapped copy breaks its lines at, 0 when it is not one. */
const WRAP_WIDTH = new WeakMap<readonly Line[], number>();

/**
 * A table's row, by its marks: cells split by tabs or pipes, or lined up with runs of spaces (a row
 * lined up so ends on a figure, at the table's width). No line of wrapped prose.
 */
export function looksLikeRow(t: string): boolean {
  return t.includes('\t') || t.includes('|') || /\S {3,}\S/.test(t);
}

/**
 * Whether the draft is hard-wrapped (a PDF copied to text), as the width it wraps at: a third of
 * its long lines at least, and five or more, stop in mid-sentence. A draft whose drafter left off a
 * few full stops is not. Table rows are no lines of prose. Worked out once a text.
 */
export function wrapWidth(lines: readonly Line[]): number {
  let width = WRAP_WIDTH.get(lines);
  if (width !== undefined) return width;
  let long = 0;
  const cut: number[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    if (t.length < 24 || looksLikeRow(t)) continue;
    long++;
    if (breaksMidSentence(t)) cut.push(t.length);
  }
  width = cut.length >= 5 && cut.length * 3 >= long ? cut.sort((a, b) => a - b)[cut.length >> 1] : 0;
  WRAP_WIDTH.set(lines, width);
  return width;
}

/**
 * `…核定编制68名，其中行政编制22名，事业编制44名，` / `工勤编制2名；`: in a hard-wrapped copy, a line as
 * long as the wrap that ends on a pause (not a full stop) was wrapped there too.
 */
function wrappedAtPause(lines: readonly Line[], line: string): boolean {
  const t = line.trim();
  if (!/[，、；：,;:]$/.test(t)) return false;
  const width = wrapWidth(lines);
  return width > 0 && t.length * 5 >= width * 4;
}

/**
 * The line whose sentence line `i` goes on in, when `i` stops in mid-sentence: the next line, or
 * the one after a blank line (a copy that puts one after every line). Undefined at a paragraph's end.
 */
export function wrapsInto(lines: readonly Line[], i: number): number | undefined {
  const page = PAGE_LINES.get(lines);
  // A page's running header (`…部门整体支出绩效自评报告`) ends on a word but is no sentence.
  if (page?.has(i) || (!breaksMidSentence(lines[i].text) && !wrappedAtPause(lines, lines[i].text))) return undefined;
  let blanks = 0;
  let crossedPage = false;
  for (let j = i + 1; j < lines.length && j <= i + 8; j++) {
    if (page?.has(j)) crossedPage = true;
    else if (lines[j].text.trim() === '') blanks++;
    else return blanks <= 1 || crossedPage ? j : undefined;
  }
  return undefined;
}

/** By text: the lines that belong to the page, not the report (a page's number, a running header). */
const PAGE_LINES = new WeakMap<readonly Line[], ReadonlySet<number>>();

/**
 * Tells the wrap reader which lines a PDF's page left between the halves of a broken sentence
 * (`…公务接待费0.62万元，公` / `— 1 —` / `…自评报告` / `务用车运行维护费…`), so that it reads across them.
 */
export function notePageLines(lines: readonly Line[], page: ReadonlySet<number>): void {
  PAGE_LINES.set(lines, page);
}

/**
 * The line after `i`, or the one after that when it is blank: a copy that puts a blank line after
 * every line keeps its next line of words there. (Beyond the text: an index past the last line.)
 */
export function nextLineOfWords(lines: readonly Line[], i: number): number {
  return lines[i + 1]?.text.trim() === '' ? i + 2 : i + 1;
}

/** The line before `i`, or the one before that when it is blank (as `nextLineOfWords`, looking back). */
export function previousLineOfWords(lines: readonly Line[], i: number): number {
  return i >= 2 && lines[i - 1].text.trim() === '' ? i - 2 : i - 1;
}

/** The index of the last line with any text (−1 when every line is blank). */
export function lastNonBlankLine(lines: readonly Line[]): number {
  let last = lines.length - 1;
  while (last >= 0 && lines[last].text.trim() === '') last--;
  return last;
}

/**
 * A page's number as a PDF copy leaves it between the lines of a page (`- 3 -`, `第 1 页 共 6 页`,
 * `共6页 第2页`, `3/6`): no words of the report.
 */
export const PAGE_MARK = /^[\s\u3000]*(?:[-—–－]\s*[0-9０-９]{1,3}\s*[-—–－]|第\s*[0-9０-９]{1,3}\s*页(?:\s*[，,/／]?\s*共\s*[0-9０-９]{1,3}\s*页)?|共\s*[0-9０-９]{1,3}\s*页\s*[，,]?\s*第\s*[0-9０-９]{1,3}\s*页|[0-9０-９]{1,3}\s*[/／]\s*[0-9０-９]{1,3})[\s\u3000]*$/;
