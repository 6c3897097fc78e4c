import type { Amount } from './amounts';
import { parseCount } from './numerals';
import type { ReportDocument } from './report';
import { FiguresBySentence, NO_TERMS, Relation, standsApart, terms } from './terms';

/**
 * `年内上级资金陆续下达到位：县级财力性转移支付148.20万元。县级专项补助76.35万元。市级…50.00万元。
 * 全年共到位上级资金404.55万元。`: parts told one to a sentence after a colon, the total said in a
 * sentence of its own after them. Read only where every sentence from the colon on holds one figure
 * and the total's words say it sums (`以上三项…合计`, `上述四项合计`, `全年共到位`); a count said with it
 * must be the parts'.
 */

/** The words of a total said after its parts: what it sums, or how it came (`共到位`, `共下达`). */
const TOTAL_AFTER = /^(?:以上|上述|综上)?(?:([一二两三四五六七八九十0-9０-９]{1,2})项)?[^，,。；;]{0,16}?(?:合计|共计|总计)(?:为|金额为?)?$|共(?:到位|下达|拨付|收到|安排)[^，,。；;]{0,12}?$/;
/** How many sentences of parts are read back from a total (a colon's list is short). */
const MAX_PARTS = 12;

/** The one money figure of a sentence, or undefined where it has none or more (or a figure of another kind). */
function onlyFigure(figures: Amount[] | undefined): Amount | undefined {
  if (!figures || figures.length !== 1) return undefined;
  const a = figures[0];
  return a.kind === 'money' && a.insideOf === undefined && !standsApart(a) && !a.approximate ? a : undefined;
}

export function partsToldOneBySentence(doc: ReportDocument, bySentence: FiguresBySentence, relations: Relation[], taken: Set<number>): void {
  for (let si = 1; si < doc.sentences.length; si++) {
    const total = onlyFigure(bySentence[si]);
    if (!total || taken.has(total.id)) continue;
    const said = TOTAL_AFTER.exec(doc.text.slice(doc.sentences[si].start, total.labelStart + total.label.length).trim());
    if (!said) continue;
    const parts: Amount[] = [];
    let colon = false;
    for (let k = si - 1; k >= 0 && k >= si - MAX_PARTS && doc.sentences[k].line === doc.sentences[si].line; k--) {
      const part = onlyFigure(bySentence[k]);
      if (!part || taken.has(part.id) || part.unit !== total.unit) break;
      parts.unshift(part);
      // The colon that opens the list is in its first sentence, before its figure.
      if (/[：:]/.test(doc.text.slice(doc.sentences[k].start, part.start))) {
        colon = true;
        break;
      }
    }
    const count = said[1] ? parseCount(said[1]) : undefined;
    if (!colon || parts.length < 2 || (count !== undefined && count !== parts.length)) continue;
    for (const p of parts) taken.add(p.id);
    taken.add(total.id);
    relations.push({ kind: 'breakdown', anchor: total, lhs: [{ amount: total, sign: 1 }], rhs: terms(parts), optional: NO_TERMS, atLeast: false });
  }
}
