import { Amount, isCompared } from './amounts';

/**
 * The vocabulary of relations between figures: terms with signs, the relation kinds, and what a
 * figure's words make it (a subtraction, a comparison, a role in a fund line).
 */
export interface Term {
  amount: Amount;
  sign: 1 | -1 | 0;
}

/**
 * The figures of each sentence, by sentence index (sentences are numbered 0…n−1: an array, not a
 * map); a sentence without figures has none.
 */
export type FiguresBySentence = Array<Amount[] | undefined>;

export type RelationKind = 'breakdown' | 'fund' | 'children' | 'projects' | 'change';

/**
 * An identity the text relies on: Σ lhs = Σ rhs (or ≥ when the rest went back to the treasury).
 * - breakdown: `A，其中B，C` (lhs [A], rhs [B, C]); `（含…）` likewise;
 * - fund: a project's budget + adjustments (lhs) = spending + carry-over (rhs);
 * - children: a project's spending = the spending of its numbered sub-items;
 * - projects: 项目支出 of the summary part = the projects' spending listed later;
 * - change: a table's 增减 = its row's later figure − the earlier one (lhs [增减], rhs [later, −earlier]).
 */
export interface Relation {
  kind: RelationKind;
  /** The figure the relation is about: the total of a breakdown, the spending of a fund line. */
  anchor: Amount;
  lhs: Term[];
  rhs: Term[];
  /** Components that may belong to the rhs (the next sentence's `其他资金来源`): it holds either way. */
  optional: readonly Term[];
  /** `剩余资金财政收回`: what is not spent or carried over went back; lhs ≥ rhs is enough. */
  atLeast: boolean;
  /** Project name or other words that say what the relation is about. */
  subject?: string;
}

/** No optional components: one empty list shared by every relation that has none (most of them). */
export const NO_TERMS: readonly Term[] = Object.freeze([]);

/** `change = plus − minus`: a stated change against its two figures. */
export function changeRelation(change: Amount, plus: Amount, minus: Amount, subject?: string): Relation {
  return {
    kind: 'change', anchor: change, lhs: [{ amount: change, sign: 1 }], rhs: [{ amount: plus, sign: 1 }, { amount: minus, sign: -1 }],
    optional: NO_TERMS, atLeast: false, subject,
  };
}

/** `共11个项目` / `4个，分别是…` and the items the text lists for it. */
export interface CountClaim {
  start: number;
  end: number;
  line: number;
  claimed: number;
  /** The item counts the text supports (figures listed, list entries); the claim holds if it matches one. */
  found: number[];
  /** The measure word written: 个, 项 or 类. */
  measure: string;
  noun: string;
  /** The list in the same sentence, when the items follow there (`共11个项目，其中：A27万元；B18万元…`). */
  list?: { start: number; end: number };
}

const SUBTRACT_WORDS = '追减|调减|核减|减少|缩减|退出';
const SUBTRACT = new RegExp(SUBTRACT_WORDS);
const SUBTRACT_SAID_LAST = new RegExp(`(?:${SUBTRACT_WORDS})(?:资金|金额|数|了)?$`);
const EITHER = /[增加][（(]减[）)]/;
const NET = /净(?:调)?(增|减)/;

export function signOf(a: Amount): 1 | -1 | 0 {
  // `年中调增调减相抵后净增2.20万元`: what is left of both, said last.
  const net = NET.exec(a.label);
  if (net) return net[1] === '增' ? 1 : a.valueText.startsWith('-') ? 0 : -1;
  if (EITHER.test(a.label)) return 0;
  // `调减-5万元`: the minus says the decrease again, or takes it back; either reading is the text's.
  // (`因作业面积减少结余9.60万元`: a cause's 减少 is not the figure's; `因政策调整调减…` still is.)
  if (a.label.includes('因') ? SUBTRACT_SAID_LAST.test(a.label) : SUBTRACT.test(a.label)) return a.valueText.startsWith('-') ? 0 : -1;
  return 1;
}

/**
 * A figure that is never a total or a part of one: a comparison (`比上年减少0.45万元`, `同比增长3万元`,
 * `比2023年增加270.87万元`)
 * or a rate per head or per unit (`按每亩1500元`, `人均0.35万元`, `8.6万元/人`).
 */
export function standsApart(a: Amount): boolean {
  return a.perUnit === true || a.changeCompared === true || isCompared(a) || SAVED.test(a.label) || TARGET.test(a.label);
}

// Patterns of the functions asked of every figure, compiled once (not at each call).

// `比年初预算7.00万元节约0.65万元`: what a comparison saved or overspent, never a part of a sum; so
// is a difference from a target or a budget, or a threshold (`超过年度目标6人`, `超出年初预算8.40万元`).
const SAVED = /^(节约|节省|节支|超支|超过|超出|超额)/;
// `年度目标值为不少于18,000人`, `≥95%`: a target set, not what was done.
// (So is a bound: `支出金额在100万元以上的项目5个`, `控制在3.00万元以内`.)
const TARGET = /目标值?(?:为|是)?(?:不少于|不低于|不超过|不高于|不多于|[≥≤])?$|(?:不少于|不低于|不超过|不高于|不多于|[≥≤]|在)$/;

export type FundRole = 'budget' | 'prior' | 'transfer' | 'adjust' | 'spend' | 'carry' | 'recall';

/** What a figure is in a project's fund line, from its words. */
export function fundRole(a: Amount): FundRole | undefined {
  const l = a.labelCore;
  if (ROLE.categoryBudget.test(l)) return 'budget';
  if (ROLE.budgetSpending.test(l)) return 'spend';
  if (ROLE.none.test(l)) return undefined;
  // `年中追加后预算总额702.16万元`, `全年预算调整为702.15万元`, `年中调减后为195.35万元`: the budget
  // after the year's changes, not a change.
  if (ROLE.afterChanges.test(l) || CHANGED_TO.test(a.label)) return 'budget';
  if (ROLE.prior.test(l)) return 'prior';
  if (ROLE.transfer.test(l) || ROLE.otherSource.test(l)) return 'transfer';
  if (ROLE.budget.test(l)) return 'budget';
  if (EITHER.test(a.label) || ROLE.adjust.test(l)) return 'adjust';
  if (ROLE.recall.test(l)) return 'recall';
  // `剔除结余结转后实际使用资金180.30万元`: what was spent, the balance taken out of it.
  if (ROLE.netOfCarry.test(l)) return 'spend';
  if (ROLE.carry.test(l)) return 'carry';
  if (ROLE.spend.test(l)) return 'spend';
  return undefined;
}

/** A change's words saying what the figure became, not by how much (`调整为`, `调减后为`, `追加至`). */
// (`8月压减会议费4.10万元后为35.90万元`: what is left after the change the figure before states.)
const CHANGED_TO = /(?:调整|调增|调减|追加|追减|压减|核减)(?:后?[为至到]|后)$|(?:增加|减少)[至到]$|^后[为至]$/;

const ROLE = {
  // `基本支出预算数`: the budget of a kind of spending, whose own 实际支出 and 执行率 follow it.
  categoryBudget: /^(基本支出|人员经费|公用经费)(全年|年初|调整后)?预算(数|金额)?$/,
  // `一般公共预算支出664.71万元`, `转移支付资金支出98.60万元`: what was spent out of a budget or a
  // transfer, not a budget or a transfer.
  // (`中央和省级转移支付资金安排的项目支出1428.60万元`: spending of that money, too.)
  budgetSpending: /(一般公共|政府性基金|国有资本经营|社会保险基金)预算(财政拨款)?支出(合计|总额)?$|(转移支付|上级补助)(资金)?(安排的)?(项目|基本)?支出(合计|总额)?$/,
  none: /收入|基本支出|人员经费|公用经费|三公/,
  prior: /上年(度)?(结转|结余)/,
  // (`加上上级转移支付及年中调整后项目资金总额826.10万元`: the money after the changes too.)
  afterChanges: /(?:调整|追加|调增)后的?(?:项目)?(?:预算(?:数|总额|金额)?|资金(?:总额|总计|合计))$/,
  transfer: /转移支付|上级补助/,
  // `其他资金8万元` in a project's fund line (the outline's 年初预算, 上级转移支付, 追加… and one more).
  otherSource: /^(其他资金(来源)?|其他来源(资金)?|自筹资金|单位自筹(资金)?)$/,
  budget: /年初预算|年初安排|预算(金额|资金|支出|数|安排)?$/,
  adjust: /调增|调减|追加|追减|核减|增加|减少|调整/,
  recall: /财政收回|收回/,
  carry: /结余结转|结转结余|结余|结转/,
  netOfCarry: /(剔除|扣除|不含|除去)(结余结转|结转结余|结余|结转)(资金)?后?的?(实际)?(使用|支出|执行)/,
  spend: /支出|执行数|全年执行$|实际执行$/,
};

export function terms(amounts: Amount[]): Term[] {
  return amounts.map((amount) => ({ amount, sign: signOf(amount) }));
}

/**
 * The parts of a total, signed as the total reads them: of a total that is itself a decrease
 * (`追减业务性专项经费3.00万元、日常公用经费2.12万元，合计追减5.12万元`) each part is one, its own 追减 or not.
 */
export function partsOf(total: Amount, parts: Amount[]): Term[] {
  const out = terms(parts);
  // `基本支出减少1.38万元，其中公用经费减少2.03万元、人员经费增加0.65万元`: a part that rose takes from the fall.
  return signOf(total) === -1 ? out.map((t) => (t.sign === -1 ? { ...t, sign: 1 } : ROSE.test(t.amount.label) ? { ...t, sign: -1 } : t)) : out;
}

const ROSE = /(?:增加|增长|上升|提高|调增|追加)(?:了)?$/;

/** By report (its relations): the total of the list each figure is a part of, the lists' totals, and those with the balance in, made when first asked. */
const LISTS = new WeakMap<readonly Relation[], Lists>();
interface Lists { totalOf: Map<number, Amount>; totals: Set<number>; withCarry: Set<number> }

function listsOf(doc: { relations: readonly Relation[] }): Lists {
  let lists = LISTS.get(doc.relations);
  if (!lists) {
    lists = { totalOf: new Map(), totals: new Set(), withCarry: new Set() };
    for (const r of doc.relations) {
      if (r.kind !== 'breakdown') continue;
      lists.totals.add(r.anchor.id);
      for (const t of r.rhs) if (!lists.totalOf.has(t.amount.id)) lists.totalOf.set(t.amount.id, r.anchor);
      if (/支出$/.test(r.anchor.labelCore) && [...r.rhs, ...r.optional].some((t) => fundRole(t.amount) === 'carry')) lists.withCarry.add(r.anchor.id);
    }
    LISTS.set(doc.relations, lists);
  }
  return lists;
}

/** The total of the list a figure is a part of (the first list read with it), if it is one. */
export function listTotalOf(doc: { relations: readonly Relation[] }, a: Amount): Amount | undefined {
  return listsOf(doc).totalOf.get(a.id);
}

/** Whether a figure is the total of a list read. */
export function isListTotal(doc: { relations: readonly Relation[] }, a: Amount): boolean {
  return listsOf(doc).totals.has(a.id);
}

/**
 * `支出394.39万元，其中基本支出…，项目支出…，结余结转7.81万元` (as an outline asks for it): spending with
 * the balance in, another quantity than `当年支出386.58万元` or a share's `实际支出`, though named alike.
 */
export function holdsCarry(doc: { relations: readonly Relation[] }, a: Amount): boolean {
  return listsOf(doc).withCarry.has(a.id);
}
