import { LineIndex } from './text';
import { ColumnMap, markdownView } from './markdown';

/**
 * What the parser reads, and the way back to what the user wrote. A plain-text draft is read as
 * it is. A Markdown draft is read without its markup (`# `, `**`, `> `, `- `): the view keeps every
 * line of the source, so only columns move, and `toSource`/`toView` translate offsets so that
 * findings and fixes land on the source text exactly as they would in a `.txt` draft.
 */
export type InputFormat = 'text' | 'markdown';

export interface SourceText {
  format: InputFormat;
  /** The text as the user wrote it. */
  source: string;
  sourceLines: LineIndex;
  /** The text the model reads: the source without markup. Same number of lines. */
  view: string;
  viewLines: LineIndex;
  /** For each line that lost markup: view column → source column (`ColumnMap`). */
  columnMaps: Map<number, ColumnMap>;
  /** Markdown: the lines that are links to a Word heading's bookmark, a 目录's entries. */
  tocLinks?: ReadonlySet<number>;
}

export function plainSource(text: string): SourceText {
  const lines = new LineIndex(text);
  return { format: 'text', source: text, sourceLines: lines, view: text, viewLines: lines, columnMaps: new Map() };
}

/** A pipe table's delimiter row (`|---|---:|`). */
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|[ \t]*:?-+:?[ \t]*(?:\||$)/m;
const ATX_HEADING = /^#{1,6}[ \t]+\S/gm;
/** A whole line in bold (`**目  录**`, `**一、部门基本情况**`). */
const BOLD_LINE = /^[ \t]*\*\*[^*\n]+\*\*[ \t]*$/gm;
const BOLD_TOC_TITLE = /^[ \t]*\*\*目[ \t\u3000]*录\*\*[ \t]*$/m;

/**
 * A Markdown export saved as `.txt` (`## 三、…`, `| **合计** | **93.97** |`): read as Markdown, or its
 * `**` would hide a 合计 row and its `#` a heading's number. Told by a pipe table's delimiter row,
 * two headings written with `#`, two whole lines in bold or a 目录 titled in bold (its `- ` entries
 * a list); plain drafts have none of these.
 */
function looksLikeMarkdown(text: string): boolean {
  if (DELIMITER_ROW.test(text) || BOLD_TOC_TITLE.test(text)) return true;
  return twice(ATX_HEADING, text) || twice(BOLD_LINE, text);
}

function twice(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  let seen = 0;
  while (pattern.exec(text) && ++seen < 2);
  return seen >= 2;
}

export function readSource(text: string, format: InputFormat = 'text'): SourceText {
  if (format !== 'markdown' && !(format === 'text' && looksLikeMarkdown(text))) return plainSource(text);
  format = 'markdown';
  const sourceLines = new LineIndex(text);
  const { lines, maps, tocLinks } = markdownView(sourceLines.lines.map((l) => l.text));
  // Lines are joined with \n whatever the source used: offsets are translated line by line.
  const view = lines.join('\n');
  return { format, source: text, sourceLines, view, viewLines: new LineIndex(view), columnMaps: maps, tocLinks };
}

/** A view offset as an offset into the source. */
export function toSource(src: SourceText, offset: number): number {
  if (src.view === src.source) return offset;
  const pos = src.viewLines.positionAt(offset);
  const line = src.sourceLines.lines[pos.line];
  if (!line) return src.source.length;
  const map = src.columnMaps.get(pos.line);
  const col = typeof map === 'number' ? map + pos.character : map ? map[Math.min(pos.character, map.length - 1)] : pos.character;
  return line.start + Math.min(col, line.end - line.start);
}

/** A source offset as an offset into the view (markup positions go to the next view character). */
export function toView(src: SourceText, offset: number): number {
  if (src.view === src.source) return offset;
  const pos = src.sourceLines.positionAt(offset);
  const line = src.viewLines.lines[pos.line];
  if (!line) return src.view.length;
  const map = src.columnMaps.get(pos.line);
  let col = pos.character;
  if (typeof map === 'number') col = Math.max(0, pos.character - map);
  else if (map) {
    col = map.findIndex((c) => c >= pos.character);
    if (col < 0) col = map.length - 1;
  }
  return line.start + Math.min(col, line.end - line.start);
}

/**
 * An edit's range in the source. Whole lines (start and end at line starts) stay whole lines, with
 * their markup: removing a view line removes its `# ` too, and a line inserted before a heading
 * goes before its `## `; words inserted at a line start go after the markup.
 */
export function toSourceRange(src: SourceText, start: number, end: number, newText: string): [number, number] {
  if (src.view === src.source) return [start, end];
  const atLineStart = (o: number) => o === src.view.length || src.viewLines.lineAt(o).start === o;
  // An insertion of words at a line start (a lost `五、`) goes after the markup; of lines, before it.
  const wholeLines = start < end || /\n$/.test(newText);
  if (wholeLines && atLineStart(start) && atLineStart(end)) {
    const lineStart = (o: number) => (o === src.view.length ? src.source.length : src.sourceLines.lines[src.viewLines.lineAt(o).index].start);
    return [lineStart(start), lineStart(end)];
  }
  return [toSource(src, start), toSource(src, end)];
}
