import type { Amount } from './amounts';
import type { ReportDocument } from './report';
import type { Relation } from './terms';
import { cutShortAt, endsEarly } from './sections';

/**
 * Where a text that stops before the report does (an opening, an excerpt, a draft being typed)
 * may be unfinished. `lastFigure`: when the cut shows, the text's last figure, after which the
 * sentence's other figures are not written. `sectionFrom`: the part or sub-part the text ends in, whose lists
 * (projects, sub-items, the offices of a count) may go on after the cut. Undefined for a text that
 * reaches its end.
 */
export interface UnfinishedEnd {
  lastFigure?: Amount;
  /** The last figure's sentence ends before the cut. */
  lastSentenceEnded?: boolean;
  sectionFrom: number;
  /** Where the numbered item or heading the text ends in starts: what it says of its money may go on. */
  itemFrom: number;
}

export function unfinishedEnd(doc: ReportDocument): UnfinishedEnd | undefined {
  const cut = cutShortAt(doc);
  if (cut === undefined && !endsEarly(doc)) return undefined;
  const end = doc.text.length;
  let sectionFrom = cut === undefined ? end : doc.lines.lines[cut].start;
  for (const e of doc.headings) if (e.level <= 2) sectionFrom = e.start;
  const lastEntry = doc.entries[doc.entries.length - 1];
  const itemFrom = lastEntry ? lastEntry.start : 0;
  const figure = cut === undefined ? undefined : doc.amounts[doc.amounts.length - 1];
  // A heading after the last figure (`…合计 566.30 557.71` / `三、…` / `（一）总体目标`): what the
  // figure belongs to ended before it, whatever the cut leaves out of the heading's part.
  const lastFigure = figure && !doc.entries.some((e) => e.isHeading && e.line > figure.line) ? figure : undefined;
  // `…4.古树名木保护经费22.22万元。各项目均…监测`: the list's sentence ended before the cut.
  const lastSentenceEnded = lastFigure !== undefined && SENTENCE_END.test(doc.text.slice(lastFigure.end));
  return { lastFigure, lastSentenceEnded, sectionFrom, itemFrom };
}

const SENTENCE_END = /[。！？!?]/;

/**
 * Whether a relation may go on after the cut: one that holds the text's last figure, unless it is a
 * list whose sentence ended (a project's fund line is finished by its item: see `mayReturnTheRest`).
 */
function mayGoOn(r: Relation, end: UnfinishedEnd): boolean {
  if (end.lastFigure === undefined || !figuresOf(r).includes(end.lastFigure)) return false;
  return !(r.kind === 'breakdown' && end.lastSentenceEnded);
}

/**
 * A table the text is cut in (an opening that stops mid-table): its last row may stop in a cell
 * (`97` of `97.65%`, `3,676,80` of `3,676,800.00`), so it is no row to check. Done before figures
 * are read from the table.
 */
export function dropCutRow(doc: ReportDocument): void {
  const cut = cutShortAt(doc);
  if (cut === undefined) return;
  const table = doc.layout.tables.find((t) => t.rows.length > 0 && t.rows[t.rows.length - 1].cells.some((c) => c.line === cut));
  table?.rows.pop();
}

/**
 * What a text cut short cannot claim: a sum that ends on its last figure (more may have followed); a list of
 * projects or sub-items, or a count, reaching the part it ends in; the figure the cut falls in
 * (`36.0` of `36.00万元`). Done on the report before any rule reads it, so that hover and the
 * structure view show no more than the rules check.
 */
export function dropUnfinished(doc: ReportDocument): void {
  const cutLine = cutShortAt(doc);
  const last = doc.amounts[doc.amounts.length - 1];
  if (last && cutLine !== undefined && doc.text.slice(last.end).trim() === '') {
    doc.amounts.pop();
    doc.rates = doc.rates.filter((r) => !r.spend.includes(last) && !r.budgets.some((b) => b.some((t) => t.amount === last)));
    doc.growth = doc.growth.filter((g) => g.now !== last && g.before !== last);
    doc.relations = doc.relations.filter((r) => !figuresOf(r).includes(last));
  }
  const end = unfinishedEnd(doc);
  if (end === undefined) return;
  doc.relations = doc.relations
    .filter((r) => (r.kind === 'projects' || r.kind === 'children' ? !figuresOf(r).some((a) => a.start >= end.sectionFrom) : !mayGoOn(r, end)))
    .map((r) => (mayReturnTheRest(r, end) ? { ...r, atLeast: true } : r));
  // A count whose items its own sentence lists is finished when that sentence is.
  const cutFrom = cutLine === undefined ? doc.text.length : doc.lines.lines[cutLine].start;
  doc.counts = doc.counts.filter((c) => c.start < end.sectionFrom || (c.list !== undefined && c.list.end < cutFrom));
}

/**
 * A named project's fund line in the item the text ends in: the item may say later, past other
 * figures (`指导43家…`), that the rest went back (`剩余0.20万元，已由县财政收回`), so its spending may
 * fall short of its sources; it may not exceed them.
 */
function mayReturnTheRest(r: Relation, end: UnfinishedEnd): boolean {
  return r.kind === 'fund' && r.subject !== undefined && !r.atLeast && r.anchor.start >= end.itemFrom;
}

function figuresOf(r: Relation): Amount[] {
  return [r.anchor, ...r.lhs.map((t) => t.amount), ...r.rhs.map((t) => t.amount)];
}
