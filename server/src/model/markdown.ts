/**
 * Markdown markup is not part of a draft's words. Each line loses its block markers (`# `, `> `,
 * `- `), its emphasis (`**`, `*`, `~~`, `` ` ``), link targets and HTML tags, and keeps the rest
 * with a map from each kept character to its source column. Code (a fence's lines in Chinese
 * excepted), front matter and rules become blank lines. Table rows keep their `|`: the table
 * reader splits them. `1. ` stays: in a draft it is the drafter's own level-three number.
 */
export interface MarkdownView {
  lines: string[];
  maps: Map<number, ColumnMap>;
  /** Lines that are a link to a Word heading's bookmark (`[一、基本情况 1](#_Toc100427301)`): a 目录's entries. */
  tocLinks: Set<number>;
}

/** A line that is one link to a Word bookmark of a heading, as an exported 目录 writes each entry. */
const TOC_LINK = /^\s{0,3}(?:[-*+][ \t]+)?\[[^\]]+\]\(#_Toc[0-9A-Za-z_]*\)[ \t]*\\?[ \t]*$/;

/**
 * View column → source column for a line that lost markup: one entry per kept character and one
 * past the end; or, for a line that lost only its block marker and trailing spaces (a heading, a
 * list item, a quote: most lines), the number of source columns before its first kept character.
 */
export type ColumnMap = number[] | number;

/** The map as one entry per column (for a line whose numbers are rewritten). */
function columnsOf(map: ColumnMap, length: number): number[] {
  return typeof map === 'number' ? Array.from({ length: length + 1 }, (_, k) => map + k) : map;
}

const FENCE = /^\s{0,3}(```|~~~)/;
const HAN = /[\u4e00-\u9fff]/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const QUOTE = /^\s{0,3}>\s?/;
const HEADING = /^\s{0,3}#{1,6}(?:[ \t]+|$)/;
const BULLET = /^\s{0,3}[-*+][ \t]+/;
/**
 * `    -   （一）…` below a list item: an item of a list inside it (pandoc indents a nested 目录 entry
 * by four). Elsewhere so deep an indent is no list (`                 - 1 -`, a page's number).
 */
const NESTED_BULLET = /^[ \t]{4,}[-*+][ \t]+/;
const ORDERED_LINK_ITEM = /^[ \t]*[0-9]{1,3}[.)][ \t]+(?=\[[^\]]+\]\(#[^)\s]*\)[ \t]*\\?[ \t]*$)/;
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+/;
const TAG = /^<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/;
const IMAGE = /^!\[[^\]]*\]\([^)]*\)/;
const LINK = /^\[([^\]]*)\]\([^)]*\)/;
/** Obsidian's embed of a file (`![[附件1 绩效自评表.pdf]]`): nothing of the text; its link shows its words. */
const EMBED = /^!\[\[[^\]]*\]\]/;
const WIKILINK = /^\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/;
const CELL_TAG = /^<(\/)?t[dh](?:\s|>)/i;
const ROW_TAG = /^<(\/)?tr(?:\s|>)/i;
const TABLE_TAG = /^<\/?table(?:\s|>)/i;
const BREAK_TAG = /^<br\s*\/?>/i;
const COLSPAN = /colspan\s*=\s*["']?([0-9]{1,2})/i;
const ROWSPAN = /rowspan\s*=\s*["']?([0-9]{1,3})/i;
/** `&nbsp;`, `&amp;`, `&#12288;`: what a page shows for them. */
const ENTITY = /^&(nbsp|ensp|emsp|amp|lt|gt|quot|apos|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/;
const NAMED_ENTITY: Record<string, string> = { nbsp: ' ', ensp: ' ', emsp: '\u3000', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ESCAPABLE = /[\\`*_{}[\]()#+\-.!|>~<]/;

export function markdownView(source: string[]): MarkdownView {
  const lines: string[] = [];
  const maps = new Map<number, ColumnMap>();
  let fenced = false;
  let frontMatter = source[0]?.trim() === '---';
  let comment = false;
  const counters = new Map<number, number>();
  const html: HtmlTable = { col: 0, colspan: 1, spans: [] };
  const tocLinks = new Set<number>();
  // The lines above, since the last that was not, are a list's (items and what they hold).
  let inList = false;
  source.forEach((line, i) => {
    const blank = () => {
      lines.push('');
      if (line.length) maps.set(i, [0]);
    };
    if (frontMatter) {
      if (i > 0 && line.trim() === '---') frontMatter = false;
      return blank();
    }
    if (FENCE.test(line)) {
      fenced = !fenced;
      return blank();
    }
    // A fence in a report holds the drafter's words kept as laid out (a formula, a note, at times
    // the template's own instruction): the published page shows them, so lines in Chinese are read
    // as they are, with no markup taken out; anything else in a fence is code and is not read.
    if (fenced) {
      if (HAN.test(line)) lines.push(line);
      else blank();
      return;
    }
    if (comment || line.trimStart().startsWith('<!--')) {
      comment = !line.includes('-->');
      return blank();
    }
    if ((RULE.test(line) && !line.includes('|')) || (SETEXT.test(line) && i > 0 && source[i - 1].trim() !== '')) return blank();
    if (TOC_LINK.test(line)) tocLinks.add(i);
    const nested = inList && NESTED_BULLET.test(line);
    if (line.trim() !== '') inList = nested || LIST_ITEM.test(line) || (inList && /^\s/.test(line));
    // `1. [一、预算单位基本情况](#一预算单位基本情况)`: a 目录 entry in an ordered list; the list's
    // number is the list's, not the report's.
    const linkItem = ORDERED_LINK_ITEM.exec(line);
    const stripped = stripLine(line, html, nested ? NESTED_BULLET.exec(line)![0].length : linkItem ? linkItem[0].length : 0);
    const { text, cols } = linkItem ? stripped : renumberOrdered(stripped, line, counters);
    lines.push(text);
    if (text !== line) maps.set(i, cols);
  });
  return { lines, maps, tocLinks };
}

const ORDERED = /^(\s*)(\d{1,3})[.)][ \t]/;

/**
 * Markdown numbers an ordered list itself: `1.` `1.` `1.` reads 1, 2, 3. The view shows the numbers
 * as rendered (counted from the list's first number, per indent), so a list written that way is no
 * numbering slip; a list ends at an unindented line that is no item.
 */
function renumberOrdered(v: { text: string; cols: ColumnMap }, line: string, counters: Map<number, number>): { text: string; cols: ColumnMap } {
  const m = ORDERED.exec(line);
  if (!m) {
    if (line.trim() !== '' && !/^\s/.test(line) && !BULLET.test(line)) counters.clear();
    return v;
  }
  const indent = m[1].replace(/\t/g, '    ').length;
  for (const k of [...counters.keys()]) if (k > indent) counters.delete(k);
  const shown = counters.get(indent) ?? Number(m[2]);
  counters.set(indent, shown + 1);
  const at = ORDERED.exec(v.text);
  if (!at || Number(at[2]) === shown) return v;
  const digits = String(shown);
  const from = at[1].length;
  const all = columnsOf(v.cols, v.text.length);
  const cols = [...all.slice(0, from), ...Array.from({ length: digits.length }, () => all[from]), ...all.slice(from + at[2].length)];
  return { text: v.text.slice(0, from) + digits + v.text.slice(from + at[2].length), cols };
}

/** Characters that may open inline markup: a line without them keeps all its words as they are. */
const INLINE_MARKUP = /[\\*~_`![<#&]/;

/** Where an HTML table's row stands, across lines: the column reached, the open cell's width, and how many rows below each column a cell's `rowspan` still covers. */
interface HtmlTable {
  col: number;
  colspan: number;
  spans: number[];
}

/**
 * What an HTML tag shows in the view. An HTML table's row on one line
 * (`<tr><td>合计</td><td>95.5</td></tr>`) gets a tab after each cell (as many as it spans), so that
 * its cells are read as a row's, not run together, and an empty cell where a cell of a row above
 * reaches down (`<td rowspan="3">人员经费</td>`), so that each figure stays in its column. `<br>` in a
 * cell shows as a space: `2835.00<br>315.00` is two figures, not one.
 */
function tagShows(tag: string, t: HtmlTable): string {
  const cell = CELL_TAG.exec(tag);
  let out = '';
  if (cell && !cell[1]) {
    while ((t.spans[t.col] ?? 0) > 0) {
      t.spans[t.col++]--;
      out += '\t';
    }
    t.colspan = Math.min(Number(COLSPAN.exec(tag)?.[1] ?? 1), 50);
    const rows = Number(ROWSPAN.exec(tag)?.[1] ?? 1);
    if (rows > 1) for (let k = 0; k < t.colspan; k++) t.spans[t.col + k] = rows - 1;
    return out;
  }
  if (cell) {
    t.col += t.colspan;
    out = '\t'.repeat(t.colspan);
    t.colspan = 1;
    return out;
  }
  const row = ROW_TAG.exec(tag);
  if (row?.[1]) {
    // Columns at the row's end that a cell above covers are its last, empty cells.
    for (let c = t.col; c < t.spans.length; c++) {
      if (t.spans[c] === 0 || t.spans[c] === undefined) continue;
      t.spans[c]--;
      out += '\t';
    }
  }
  if (row) t.col = 0;
  else if (TABLE_TAG.test(tag)) t.spans = [];
  return BREAK_TAG.test(tag) ? ' ' : out;
}

/** The character an entity shows (`&nbsp;` a space, `&#12288;` a full-width one). */
function entityShows(name: string): string {
  if (name[0] !== '#') return NAMED_ENTITY[name];
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}
/** An Obsidian tag: `#` then a word with no space, not a heading's marks nor a figure (`#1`). */
const TAG_WORD = /^#(?![0-9０-９#\s])[^\s#，。；：,.;:]+\s*/;

function stripLine(line: string, html: HtmlTable, start: number): { text: string; cols: ColumnMap } {
  let from = start;
  for (let guard = 0; guard < 8; guard++) {
    const rest = line.slice(from);
    const m = QUOTE.exec(rest) ?? HEADING.exec(rest) ?? BULLET.exec(rest);
    if (!m) break;
    from += m[0].length;
  }
  let end = line.length;
  // `# 标题 #`: closing hashes of a heading, and trailing spaces (a Markdown line break).
  // `# 一、基本情况 {#_Toc168235001}`: pandoc's and WPS's attributes of a heading (its anchor).
  if (HEADING.test(line)) end = from + line.slice(from).replace(/[ \t]+#+[ \t]*$/, '').replace(/[ \t]*\{[#.][^{}]*\}[ \t]*$/, '').length;
  // Trailing spaces only: trailing tabs are a table row's empty cells (`合计\t\t`), as in a .txt.
  while (end > from && line[end - 1] === ' ') end--;
  // `一、基本情况 1\`: a backslash ending a line is a line break, not a character.
  if (end > from && line[end - 1] === '\\' && line[end - 2] !== '\\') end--;
  const words = line.slice(from, end);
  if (!INLINE_MARKUP.test(words)) return { text: words, cols: from };
  const singleStars = (line.slice(from, end).replace(/\*\*/g, '').match(/\*/g) ?? []).length;
  let text = '';
  const cols: number[] = [];
  const keep = (p: number) => {
    text += line[p];
    cols.push(p);
  };
  for (let p = from; p < end; ) {
    const ch = line[p];
    const rest = line.slice(p, Math.min(end, p + 400));
    let m: RegExpExecArray | null;
    if (ch === '\\' && p + 1 < end && ESCAPABLE.test(line[p + 1])) {
      keep(p + 1);
      p += 2;
    } else if ((ch === '*' || ch === '~' || ch === '_') && line[p + 1] === ch && (ch !== '_' || !/\w/.test(line[p + 2] ?? ''))) {
      p += 2;
    } else if ((ch === '*' && singleStars % 2 === 0) || ch === '`') {
      p += 1;
    } else if (ch === '!' && (m = IMAGE.exec(rest) ?? EMBED.exec(rest))) {
      p += m[0].length;
    } else if (ch === '[' && (m = WIKILINK.exec(rest))) {
      // `[[自评表|附表1]]` shows `附表1`; `[[自评表]]` its target.
      const shown = m[2] === undefined ? 2 : 2 + m[1].length + 1;
      for (let k = 0; k < (m[2] ?? m[1]).length; k++) keep(p + shown + k);
      p += m[0].length;
    } else if (ch === '[' && (m = LINK.exec(rest))) {
      for (let k = 0; k < m[1].length; k++) keep(p + 1 + k);
      p += m[0].length;
    } else if (ch === '#' && (p === from || /\s/.test(line[p - 1])) && (m = TAG_WORD.exec(rest))) {
      // `#绩效自评 #枫林馆`: Obsidian's tags, no words of the report (nor the space after them).
      p += m[0].length;
    } else if (ch === '<' && rest.startsWith('<!--') && line.indexOf('-->', p + 4) >= 0) {
      // `## 目录 <!-- omit in toc -->`: a comment within a line shows nothing, nor the space before it.
      while (text.endsWith(' ')) {
        text = text.slice(0, -1);
        cols.pop();
      }
      p = line.indexOf('-->', p + 4) + 3;
    } else if (ch === '<' && (m = TAG.exec(rest))) {
      for (const shown of tagShows(m[0], html)) {
        text += shown;
        cols.push(p);
      }
      p += m[0].length;
    } else if (ch === '&' && (m = ENTITY.exec(rest))) {
      const shown = entityShows(m[1]);
      for (let k = 0; k < shown.length; k++) cols.push(p);
      text += shown;
      p += m[0].length;
    } else {
      keep(p);
      p += 1;
    }
  }
  cols.push(end);
  return { text, cols };
}
