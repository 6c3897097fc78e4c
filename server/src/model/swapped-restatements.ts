import type { Amount } from './amounts';
import type { ReportDocument } from './report';
import { headingOfPart } from './sections';
import { standsApart } from './relations';
import { rowName } from './tables';
import { canonicalLabel, DROP, quantityKey, twoDigitsSwapped, wordsBefore, yearBefore } from './quantities';

/**
 * `项目实际支出3105.27万元` in part 二 and `全年项目实际支出3150.27万元` in part 六; `公用经费5.17万元`
 * and `日常公用经费支出5.71万元`: a figure said again under a looser name than the canonical ones,
 * with two of its digits changed places — the commonest slip in copying a figure. Names alike but
 * not canonical are compared only so: two such figures with other digits may well be two things.
 */

/** Words that name no other thing when left out: how a drafter varies a figure's name. */
const FILLER = /^(?:实现|取得|完成|发生)|实际|年度|全年|日常|资金|部门|累计|总额|合计|总计|的/g;
/** Names too general to say which figure they are, once the filler is out. */
const GENERAL = new Set(['预算', '经费', '收入', '金额', '补助', '资金', '费用', '投入', '安排']);

/** A figure's name with the filler left out and no trailing 支出 (`城乡低保资金支出` → `城乡低保`). */
export function looseLabel(labelCore: string): string | undefined {
  if (/上年|去年|上一年|同期|以前年度|往年/.test(labelCore)) return undefined;
  const name = labelCore.replace(DROP, '').replace(FILLER, '').replace(/支出$/, '');
  return name.length >= 2 && /^[\u4e00-\u9fff]+$/.test(name) && !GENERAL.has(name) ? name : undefined;
}

/**
 * Names made of the words of any budget (`项目预算`, `年初预算`, `到位`, `基本`): a project's or an
 * item's figure is named so as well as the unit's.
 */
const OF_ANY_BUDGET = /^(?:项目|基本|人员|公用|经费|年初|调整后?|全年|预算|收入|财政|拨款|结余|结转|三公|执行|决算|到位|下达|安排|追加|调增|调减|专项|本级|上级|中央|省级|市级|县级|区级|数|额)+$/;

/**
 * A figure's loose quantity: a name of the unit's own quantities only where the words before it
 * make it the unit's (quantityKey); a name of its own (`城乡低保`) whoever's it is, by year.
 */
function keyOf(doc: ReportDocument, a: Amount, projects: { start: number; end: number } | undefined): string | undefined {
  const name = looseLabel(a.labelCore);
  if (!name) return undefined;
  if (OF_ANY_BUDGET.test(name)) {
    const k = quantityKey(doc, a, projects, looseLabel);
    return k && `${k.name}|${k.year ?? ''}|${a.unit}`;
  }
  if (a.approximate || a.insideOf !== undefined || a.cell || standsApart(a)) return undefined;
  return `${name}|${yearBefore(doc, wordsBefore(doc, a)) ?? ''}|${a.unit}`;
}

/**
 * The tables' money cells by the loose name of row and column together (`人员经费` × `实际支出` →
 * `人员经费`, which the text may say again); a column of a year or of last year names none.
 */
function cellKeys(doc: ReportDocument): Array<[string, Amount]> {
  const out: Array<[string, Amount]> = [];
  doc.layout.tables.forEach((t, ti) => {
    const grid = doc.tableFigures[ti];
    if (!grid) return;
    t.rows.forEach((row, ri) => {
      let name: string | undefined;
      for (let ci = 0; ci < grid.width; ci++) {
        const a = grid.cells[ri * grid.width + ci];
        if (!a || a.kind !== 'money' || row.total) continue;
        const loose = looseLabel(`${(name ??= rowName(t, row))}${t.columnNames[ci] ?? ''}`);
        if (loose) out.push([`${loose}|${doc.year ?? ''}|${a.unit}`, a]);
      }
    });
  });
  return out;
}

export interface SwappedRestatement {
  /** The mention with the odd digits. */
  said: Amount;
  /** The mention it restates. */
  first: Amount;
}

const CACHE = new WeakMap<ReportDocument, SwappedRestatement[]>();

/** Restatements whose digits are another mention's with two swapped, in reading order. */
export function swappedRestatements(doc: ReportDocument): SwappedRestatement[] {
  const cached = CACHE.get(doc);
  if (cached) return cached;
  const heading = headingOfPart(doc, doc.outline?.projectsPart);
  const projects = heading && { start: heading.start, end: heading.sectionEnd };
  const groups = new Map<string, Amount[]>();
  for (const a of doc.amounts) {
    if (a.kind !== 'money' || a.valueText.replace(/\D/g, '').length < 3) continue;
    const key = keyOf(doc, a, projects);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  for (const [key, a] of cellKeys(doc)) {
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  const out: SwappedRestatement[] = [];
  // How often each value is written in the draft, tables included: made when a pair is found.
  let written: Map<string, number> | undefined;
  const count = (a: Amount) => {
    if (!written) {
      written = new Map();
      for (const b of doc.amounts) if (b.kind === 'money') written.set(`${b.valueText}${b.unit}`, (written.get(`${b.valueText}${b.unit}`) ?? 0) + 1);
    }
    return written.get(`${a.valueText}${a.unit}`) ?? 0;
  };
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.forEach((b, j) => {
      for (let i = 0; i < j; i++) {
        const a = group[i];
        if (a.sentence === b.sentence || !twoDigitsSwapped(a.valueText, b.valueText)) continue;
        // Two canonical names were compared as the quantities they are: an agreeing pair there
        // is not this comparison's to undo.
        if (canonicalLabel(a.labelCore) && canonicalLabel(b.labelCore)) continue;
        // The value written less often in the draft is the odd one; when as often, the text's
        // against a table's (the text copies the table), else the later.
        const ca = count(a);
        const cb = count(b);
        const odd = ca < cb || (ca === cb && !a.cell && b.cell) ? { said: a, first: b } : { said: b, first: a };
        if (!out.some((r) => r.said === odd.said)) out.push(odd);
        break;
      }
    });
  }
  out.sort((x, y) => x.said.start - y.said.start);
  CACHE.set(doc, out);
  return out;
}
