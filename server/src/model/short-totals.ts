/**
 * A total row with fewer cells than its header: Word copies a `合计` merged across 序号 and 项目名称
 * as one cell, and drops an empty note column at the end (`合计\t116.00\t143.10\t132.45` under
 * `序号\t项目名称\t年初预算\t全年预算\t实际支出`). Read by position, its figures would stand one
 * column to the left. When the row holds as many figures as the header has figure columns, they
 * are those columns, in order; otherwise which column each is under is not known.
 */
interface CellLike {
  line: number;
  start: number;
  end: number;
  text: string;
  index: number;
}

export function totalRowCells<C extends CellLike>(cells: C[], figureColumns: number[], width: number): C[] | undefined {
  const filled = cells.filter((c) => c.text);
  const [label, ...figures] = filled;
  if (!label || figures.length !== figureColumns.length || figureColumns.some((c) => c >= width) || figureColumns[0] === 0) return undefined;
  const empty = (): C => ({ ...label, start: label.end, end: label.end, text: '', index: -1 });
  const out = Array.from({ length: width }, empty);
  out[0] = label;
  figureColumns.forEach((c, k) => (out[c] = figures[k]));
  return out;
}
