import { Amount, baseValue, interned } from './amounts';
import { Decimal } from './decimal';
import { RescaledMentions } from './rescaled-mentions';
import type { ReportDocument } from './report';
import { headingOfPart, isProjectReport } from './sections';
import { rowName } from './tables';
import { canonicalLabel, DROP, quantityKey, saidAsItself } from './quantities';
import { swapsOf } from './table-prose';
import { wordsBefore, yearBefore } from './years';
import { fundRole } from './terms';

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

/** Labels repeat: each is read once ('' for none), in a bounded table. */
const LOOSE_OF = new Map<string, string>();

/** A figure's name with the filler left out and no trailing 支出 (`城乡低保资金支出` → `城乡低保`). */
export function looseLabel(labelCore: string): string | undefined {
  return interned(LOOSE_OF, labelCore, () => looseName(labelCore)) || undefined;
}

/** The loose name, or '' for none (a table's row and column together, each new: not kept). */
function looseName(label: string): string {
  if (/上年|去年|上一年|同期|以前年度|往年/.test(label)) return '';
  // (`本项目总资金` is the `项目总资金` of a project's own report.)
  const core = label.replace(/^(?:本|该)(?=项目)/, '').replace(DROP, '').replace(FILLER, '').replace(/支出$/, '');
  return core.length >= 2 && /^[\u4e00-\u9fff]+$/.test(core) && !GENERAL.has(core) ? core : '';
}

/**
 * Names made of the words of any budget (`项目预算`, `年初预算`, `到位`, `基本`): a project's or an
 * item's figure is named so as well as the unit's.
 */
const OF_ANY_BUDGET = /^(?:项目|基本|人员|公用|经费|年初|年中|年末|调整后?|全年|预算|收入|财政|拨款|结余|结转|三公|执行|决算|到位|下达|安排|追加|调增|调减|专项|本级|上级|中央|省级|市级|县级|区级|金额|数|额)+$/;

/**
 * A figure's loose quantity: a name of the unit's own quantities only where the words before it
 * make it the unit's (quantityKey); a name of its own (`城乡低保`) whoever's it is, by year.
 */
function keyOf(doc: ReportDocument, a: Amount, name: string, projects: { start: number; end: number } | undefined): string | undefined {
  if (OF_ANY_BUDGET.test(name)) {
    const k = quantityKey(doc, a, projects, looseLabel);
    return k && `${k.name}|${k.year ?? ''}`;
  }
  if (!saidAsItself(a)) return undefined;
  return `${name}|${yearBefore(doc, wordsBefore(doc, a)) ?? ''}`;
}

/**
 * The tables' money cells by the loose name of row and column together (`人员经费` × `实际支出` →
 * `人员经费`, which the text may say again); a column of a year or of last year names none.
 */
function cellKeys(doc: ReportDocument): Array<[string, Amount]> {
  const out: Array<[string, Amount]> = [];
  doc.layout.tables.forEach((t, ti) => {
    const grid = doc.tableFigures[ti];
    // (A table of more rows than a report's is no table its text restates.)
    if (!grid || t.rows.length > MAX_TABLE_ROWS) return;
    t.rows.forEach((row, ri) => {
      let name: string | undefined;
      for (let ci = 0; ci < grid.width; ci++) {
        const a = grid.cells[ri * grid.width + ci];
        if (!a || a.kind !== 'money' || row.total) continue;
        const loose = looseName(`${(name ??= rowName(t, row))}${t.columnNames[ci] ?? ''}`);
        if (loose) out.push([`${loose}|${doc.year ?? ''}`, a]);
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

/**
 * A figure in 元 that is a whole number of 百元 as the 万元 figure it is (`224,800.00元` is `22.48` in
 * 万元): a drafter restates a figure in the other unit, and may swap two digits doing so. Others as written.
 */
function inWan(a: Amount): { text: string; unit: string } {
  if (a.unit !== '元' || !/^[0-9]+(?:\.0+)?$/.test(a.valueText) || !/00(?:\.0+)?$/.test(a.valueText)) return { text: a.valueText, unit: a.unit };
  const whole = a.valueText.replace(/\.0+$/, '');
  const wan = whole.length > 4 ? `${whole.slice(0, -4)}.${whole.slice(-4, -2)}` : `0.${whole.padStart(4, '0').slice(0, 2)}`;
  return { text: wan, unit: '万元' };
}
const wanKey = (a: Amount) => {
  const w = inWan(a);
  return `${w.text}${w.unit}`;
};
/** How many digits a value has (`-12.50` → 4): a figure of fewer is swapped into another too easily. */
const digitsOf = (v: string) => v.length - (v.includes('.') ? 1 : 0) - (v.startsWith('-') ? 1 : 0);
const MAX_TABLE_ROWS = 300;
/** How many figures of one loose name a report says, at most. */
const MAX_MENTIONS = 500;
/** How many mentions of one value are kept to pair with: the first few say it. */
const MAX_PEERS = 8;

/** An earlier mention whose digits are `b`'s with two swapped, in another sentence. */
function swappedPeer(seen: Map<string, Amount[]>, b: Amount): Amount | undefined {
  const { text, unit } = inWan(b);
  for (const w of swapsOf(text)) {
    for (const a of seen.get(`${w}${unit}`) ?? []) if (a.sentence !== b.sentence) return a;
  }
  return undefined;
}

/**
 * `总投资1.08亿元` in part 二, `总投资1080万元` in part 六; `支出186400元`, then `1.86万元`: the same digits
 * (or one the other's rounding) with the point moved — a figure restated in another unit ten or a
 * hundred times off. Mentions are kept by their digits without the point or the zeros around them,
 * and by those digits rounded shorter, so each later one is looked up, not compared with every other.
 */
function pointMovedPeer(moved: Map<string, Amount[]>, b: Amount): Amount | undefined {
  const digits = significant(b);
  if (digits.length < 2) return undefined;
  const value = baseValue(b);
  for (const key of [digits, ...roundings(digits)]) {
    for (const a of moved.get(key) ?? []) {
      if (a.sentence === b.sentence) continue;
      const ratio = baseValue(a).div(value);
      // (Ten times off or more, either way, and a power of ten as near as the rounding allows;
      // the shorter digits the longer's rounding, not both rounded alike: `1.12` is no `114.80`.)
      if ((ratio.gte(5) || ratio.lte(0.2)) && POWERS.some((p) => ratio.div(p).minus(1).abs().lt(0.06)) && oneRoundsTheOther(significant(a), digits)) return a;
    }
  }
  return undefined;
}
const POWERS = [0.0001, 0.001, 0.01, 0.1, 10, 100, 1000, 10000].map((p) => new Decimal(p));

function rememberDigits(moved: Map<string, Amount[]>, a: Amount): void {
  const digits = significant(a);
  if (digits.length < 2) return;
  for (const key of [digits, ...roundings(digits)]) {
    const earlier = moved.get(key);
    if (!earlier) moved.set(key, [a]);
    else if (earlier.length < MAX_PEERS) earlier.push(a);
  }
}

/** A figure named as itself (`馆藏档案抢救保护经费`, `县残疾人综合服务中心项目总投资`), not by any budget's words or a code. */
const ownName = (a: Amount) => {
  const name = looseLabel(a.labelCore);
  const role = fundRole(a);
  return name !== undefined && !OF_ANY_BUDGET.test(name) && !/编码|代码|科目/.test(a.labelCore) && (role === undefined || role === 'spend');
};

/** A value's digits without its point and the zeros before and after them (`1080`, `1.08` → `108`). */
const significant = (a: Amount) => baseValue(a).abs().toFixed().replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
/** Whether the shorter digits are the longer ones, or those rounded to their length. */
function oneRoundsTheOther(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short === long || (short.length < long.length && roundings(long).includes(short.replace(/0+$/, '')));
}

/** The digits rounded to each shorter length down to two (`1864` → `186`, `19`). */
function roundings(digits: string): string[] {
  const out: string[] = [];
  for (let n = digits.length - 1; n >= 2 && out.length < 3; n--) out.push(new Decimal(`0.${digits}`).toDecimalPlaces(n, Decimal.ROUND_HALF_UP).toFixed(n).slice(2).replace(/0+$/, ''));
  return out;
}

/** Keeps a mention under its value, the first few of each. */
function remember(seen: Map<string, Amount[]>, a: Amount): void {
  const earlier = seen.get(wanKey(a));
  if (!earlier) seen.set(wanKey(a), [a]);
  else if (earlier.length < MAX_PEERS) earlier.push(a);
}

/** The figures of each loose name (and year), with the table cells their row and column name. */
function groupsByLooseName(doc: ReportDocument): Map<string, Amount[]> {
  const heading = headingOfPart(doc, doc.outline?.projectsPart);
  const projects = heading && { start: heading.start, end: heading.sectionEnd };
  // A pair needs a loosely named mention (a table's cell is one): names none has are not looked at.
  const cells = cellKeys(doc);
  const looseNames = new Set(cells.map(([key]) => key.slice(0, key.indexOf('|'))));
  const named: Array<[Amount, string]> = [];
  for (const a of doc.amounts) {
    // (A table's cells are read by their row and column, below.)
    if (a.kind !== 'money' || a.cell || digitsOf(a.valueText) < 3) continue;
    const name = looseLabel(a.labelCore);
    if (!name) continue;
    named.push([a, name]);
    if (canonicalLabel(a.labelCore) === undefined) looseNames.add(name);
  }
  const groups = new Map<string, Amount[]>();
  const add = (key: string, a: Amount) => {
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  };
  // A name said more often than a report says its figures is no restated figure's (generated text).
  const said = new Map<string, number>();
  for (const [, name] of named) said.set(name, (said.get(name) ?? 0) + 1);
  for (const [a, name] of named) {
    const key = looseNames.has(name) && said.get(name)! <= MAX_MENTIONS ? keyOf(doc, a, name, projects) : undefined;
    if (key) add(key, a);
  }
  for (const [key, a] of cells) add(key, a);
  return groups;
}

/** Restatements whose digits are another mention's with two swapped, in reading order. */
export function swappedRestatements(doc: ReportDocument): SwappedRestatement[] {
  const cached = CACHE.get(doc);
  if (cached) return cached;
  const projectReport = isProjectReport(doc);
  const groups = groupsByLooseName(doc);
  const out: SwappedRestatement[] = [];
  // How often each value is written in the draft, tables included: made when a pair is found.
  let written: Map<string, number> | undefined;
  const count = (a: Amount) => {
    if (!written) {
      written = new Map();
      for (const b of doc.amounts) if (b.kind === 'money') written.set(wanKey(b), (written.get(wanKey(b)) ?? 0) + 1);
    }
    return written.get(wanKey(a)) ?? 0;
  };
  const odd = new Set<Amount>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Each value's first mentions, looked up by the values two swapped digits make of a later one:
    // a group of thousands of mentions is not compared pair by pair.
    // (Two canonical names were compared as the quantities they are: a canonical mention is paired
    // only with a loosely named one, and an agreeing pair there is not this one's to undo.)
    const all = new Map<string, Amount[]>();
    const loose = new Map<string, Amount[]>();
    const moved = new Map<string, Amount[]>();
    const rescaled = new RescaledMentions();
    for (const b of group) {
      const canonical = canonicalLabel(b.labelCore) !== undefined;
      const peers = canonical ? loose : all;
      // (The point moved is read of a name of its own only, said in the text: a budget's words name
      // every project's figures, whose values may well differ tenfold.)
      // (In a project's own report, its 项目 figures are the report's: `项目实际支出1,026.48万元`, `本项目实际支出102.648万元`.)
      const own = !canonical && !b.cell && (ownName(b) || (projectReport && /^(?:本|该)?项目/.test(b.labelCore)));
      const a = (peers.size > (peers.has(wanKey(b)) ? 1 : 0) ? swappedPeer(peers, b) : undefined) ?? (own ? pointMovedPeer(moved, b) : undefined)
        ?? rescaled.visit(b);
      remember(all, b);
      if (!canonical) remember(loose, b);
      if (own) rememberDigits(moved, b);
      if (!a) continue;
      // The value written less often in the draft is the odd one; when as often, the text's
      // against a table's (the text copies the table), else the later.
      const ca = count(a);
      const cb = count(b);
      const pair = ca < cb || (ca === cb && !a.cell && b.cell) ? { said: a, first: b } : { said: b, first: a };
      if (!odd.has(pair.said)) {
        odd.add(pair.said);
        out.push(pair);
      }
    }
  }
  out.sort((x, y) => x.said.start - y.said.start);
  CACHE.set(doc, out);
  return out;
}
