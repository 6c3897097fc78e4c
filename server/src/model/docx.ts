import { readDocxParts } from './docx-zip';
import { Numbering, readNumbering } from './docx-numbering';

/**
 * A Word draft (.docx) as the text the checker reads: one line per paragraph, with its automatic
 * number as Word shows it; a table row as one line of tab-separated cells (for the table reader);
 * tracked changes as accepted; fields as their displayed result; bookmarks, text boxes and
 * footnotes left out. No entity is expanded: a part with a DOCTYPE is refused.
 */
export interface DocxText {
  text?: string;
  error?: string;
  /** Where each line of `text` is in the document (same order). */
  places?: WordPlace[];
}

/**
 * A line's place in Word terms: the body's paragraph number (1-based, tables not counted), or a
 * table row (tables and rows 1-based), with the XML offsets an annotated copy needs.
 */
export interface WordPlace {
  paragraph?: number;
  table?: number;
  row?: number;
  /** Offset in word/document.xml of the paragraph's `<w:p`, or of each cell's first `<w:p`. */
  xml: number[];
}

const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'];
const TAG = /<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>|([^<]+)/g;

function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const val = (attrs: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];

/** Elements whose text is not the body's: deleted (or moved-away) text, field codes, text boxes, footnote references. */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:txbxContent', 'w:delInstrText', 'mc:Fallback']);

interface Walk {
  lines: string[];
  places: WordPlace[];
  paragraphs: number;
  tables: number;
  rows: number;
  /** Offset of the paragraph being read, and of each cell's first paragraph in the row being read. */
  pStart: number;
  cellStarts: number[];
  paragraph: string;
  numId?: string;
  ilvl: number;
  style?: string;
  skip: number;
  inText: boolean;
  /** Inside a complex field's instructions (between `begin` and `separate`). */
  inFieldCode: boolean;
  /** The run being read is hidden text. */
  hidden: boolean;
  /** Tables inside a cell being read: the outer cell's words so far, and the inner table's rows. */
  nested: Array<{ cell: string[]; rows: string[] }>;
  cells: string[][];
  cell: string[];
  /** The grid columns the open cell spans (`w:gridSpan`), by table depth. */
  spans: number[];
  /** Inside the paragraph's properties, and whether they say its mark was deleted (tracked). */
  inProperties?: boolean;
  markDeleted?: boolean;
}

/** More grid columns than a page holds: a span or a skip beyond this is a broken file, read as this. */
const MAX_SPAN = 64;

/**
 * A line break inside a paragraph (`w:br`, Shift+Enter): Chinese runs on across it (`提供档案` /
 * `12630卷`, no space between), Latin words keep a space.
 */
const SOFT_BREAK = /([^]?)\n(?=([^]?))/g;
const WORD_CHAR = /[A-Za-z]/;

function endParagraph(w: Walk, numbering: Numbering): void {
  // A paragraph whose mark was deleted (a tracked change) runs on into the next, as Word shows it.
  if (w.markDeleted && w.cells.length === 0) {
    w.markDeleted = false;
    return;
  }
  w.markDeleted = false;
  const fromStyle = w.numId === undefined && w.style ? numbering.ofStyle(w.style) : undefined;
  const numId = w.numId ?? fromStyle?.numId;
  const numbered = numId && numId !== '0' ? numbering.next(numId, w.numId !== undefined ? w.ilvl : fromStyle?.ilvl ?? 0) : '';
  // A table's cells are joined by tabs: in a cell, the tab after a number is shown as a space.
  const number = w.cells.length && numbered.endsWith('\t') ? numbered.slice(0, -1) + ' ' : numbered;
  const text = (number + w.paragraph).replace(SOFT_BREAK, (_, before: string, after: string) => before + (WORD_CHAR.test(before) && WORD_CHAR.test(after) ? ' ' : ''));
  if (w.cells.length) {
    if (w.cell.length === 0 && w.cells.length === 1) w.cellStarts[w.cells[0].length] = w.pStart;
    w.cell.push(text);
  } else {
    w.lines.push(text);
    w.places.push({ paragraph: ++w.paragraphs, xml: [w.pStart] });
  }
  w.paragraph = '';
  w.numId = undefined;
  w.ilvl = 0;
  w.style = undefined;
}

function onTag(w: Walk, close: boolean, name: string, attrs: string, empty: boolean, numbering: Numbering): void {
  if (name === 'w:pPr') w.inProperties = !close && !empty;
  else if ((name === 'w:del' || name === 'w:moveFrom') && empty && w.inProperties) w.markDeleted = true;
  if (SKIPPED.has(name)) {
    if (!empty) w.skip += close ? -1 : 1;
    return;
  }
  if (w.skip > 0) return;
  if (name === 'w:fldChar') {
    const type = val(attrs, 'w:fldCharType');
    if (type === 'begin') w.inFieldCode = true;
    else if (type === 'separate' || type === 'end') w.inFieldCode = false;
  } else if (name === 'w:r') w.hidden = false;
  // Hidden text (`w:vanish`) Word does not show: an old figure kept out of sight is not the draft's.
  else if (name === 'w:vanish' && !close) w.hidden = !/w:val="(?:0|false|off)"/.test(attrs);
  else if (name === 'w:t') w.inText = !close && !empty;
  else if (name === 'w:tab' && !close) w.paragraph += '\t';
  else if ((name === 'w:br' || name === 'w:cr') && !close) w.paragraph += '\n';
  else if (name === 'w:numId' && !close) w.numId = val(attrs, 'w:val');
  else if (name === 'w:ilvl' && !close) w.ilvl = Number(val(attrs, 'w:val') ?? 0);
  else if (name === 'w:pStyle' && !close) w.style = val(attrs, 'w:val');
  else if (name === 'w:p' && (close || empty)) endParagraph(w, numbering);
  else if (name === 'w:tr' && !close) {
    if (w.cells.length === 0) w.cellStarts = [];
    w.cells.push([]);
  } else if (name === 'w:tbl' && !close && w.cells.length === 0) {
    w.tables++;
    w.rows = 0;
  } else if (name === 'w:tbl' && !close) {
    // A table in a cell: the cell's words so far wait while its own cells are read.
    w.nested.push({ cell: w.cell, rows: [] });
    w.cell = [];
  } else if (name === 'w:tbl' && close && w.nested.length && w.cells.length) {
    // Its rows, one clause each, its cells two spaces apart (columns set off, not words).
    const { cell, rows } = w.nested.pop()!;
    w.cell = cell;
    if (rows.length) w.cell.push((cell.length && !/[：:]$/.test(cell[cell.length - 1]) ? '；' : '') + rows.join('；'));
  }
  else if (name === 'w:gridSpan' && !close && w.cells.length) w.spans[w.cells.length - 1] = Number(val(attrs, 'w:val')) || 1;
  else if (name === 'w:gridBefore' && !close && w.cells.length) {
    // Grid columns a row leaves out before its first cell: empty cells keep its figures in their columns.
    const row = w.cells[w.cells.length - 1];
    for (let i = Math.min(Number(val(attrs, 'w:val')) || 0, MAX_SPAN); i > 0; i--) row.push('');
  } else if (name === 'w:tc' && close) {
    const row = w.cells[w.cells.length - 1];
    row?.push(w.cell.join('').replace(/\t/g, ' '));
    // A cell merged across columns (`合计` over 序号 and 项目名称) is followed by empty cells for the
    // columns it covers, so that the cells after it stay under their headers.
    const depth = w.cells.length - 1;
    for (let i = Math.min(w.spans[depth] ?? 1, MAX_SPAN); i > 1; i--) row?.push('');
    w.spans[depth] = 1;
    w.cell = [];
  } else if (name === 'w:tr' && close) {
    const row = w.cells.pop() ?? [];
    // A nested table's rows become text of the outer cell (when the nested table ends); the outer
    // table's rows become lines.
    if (w.cells.length) w.nested[w.nested.length - 1]?.rows.push(row.filter((c) => c).join('  '));
    else {
      w.lines.push(row.join('\t'));
      w.places.push({ table: w.tables, row: ++w.rows, xml: w.cellStarts });
    }
  }
}

export function readDocx(data: Uint8Array): DocxText {
  const { parts, error } = readDocxParts(data, PARTS);
  if (!parts) return { error };
  for (const [name, xml] of parts) if (/<!DOCTYPE/i.test(xml)) return { error: `refused: ${name} declares a DOCTYPE (entities are never expanded)` };
  const numbering = readNumbering(parts.get('word/numbering.xml'), parts.get('word/styles.xml'));
  const xml = parts.get('word/document.xml')!;
  const bodyStart = Math.max(0, xml.indexOf('<w:body'));
  const body = xml.slice(bodyStart);
  const w: Walk = {
    lines: [], places: [], paragraphs: 0, tables: 0, rows: 0, pStart: 0, cellStarts: [],
    paragraph: '', ilvl: 0, skip: 0, inText: false, inFieldCode: false, hidden: false, nested: [], cells: [], cell: [], spans: [],
  };
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(body)) !== null) {
    if (m[5] !== undefined) {
      if (w.inText && w.skip === 0 && !w.inFieldCode && !w.hidden) w.paragraph += decodeEntities(m[5]);
      continue;
    }
    if (m[2] === 'w:p' && m[1] !== '/') w.pStart = bodyStart + m.index;
    onTag(w, m[1] === '/', m[2], m[3], m[4] === '/', numbering);
  }
  return { text: w.lines.join('\n') + '\n', places: w.places };
}

/** `第13段“本馆实有人数6人…”` or `表格2 第3行 第4列“馆藏修复经费…”`: a finding's place as a reviewer finds it in Word. */
export function wordLocation(places: readonly WordPlace[], lineText: string, line: number, character: number): string | undefined {
  const place = places[line];
  if (!place) return undefined;
  const excerpt = (s: string) => `“${s.trim().slice(0, 12)}${s.trim().length > 12 ? '…' : ''}”`;
  if (place.paragraph !== undefined) return `第${place.paragraph}段${excerpt(lineText)}`;
  const cells = lineText.split('\t');
  const column = lineText.slice(0, character).split('\t').length;
  return `表格${place.table} 第${place.row}行 第${column}列${excerpt(cells[column - 1] ?? '')}`;
}
