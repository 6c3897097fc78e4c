import { Amount, baseValue } from './amounts';
import { Decimal } from './decimal';
import { fundRole, Term } from './terms';
import { RECEIVED } from './rate-words';

/** Figures in a list that are not its parts, though said among them. */

/**
 * `其中注入资本金1500.00万元，…撬动政策性银行贷款1.2亿元；…`: money a part drew in from others, more
 * than the whole, is what the part did, not a part of the whole.
 */
export const drawnIn = (total: Amount, a: Amount): boolean => a.kind === 'money' && DRAWN_IN.test(a.label) && baseValue(a).gt(baseValue(total));
const DRAWN_IN = /撬动|带动|拉动|吸引|引导|贷款|融资/;

/**
 * `实际到位558.05万元…。其中…；县级配套资金计划120.00万元，到位96.00万元`: of money received, what a part
 * was planned to bring is that part's aside, not a part received.
 */
export const plannedOfReceived = (total: Amount, a: Amount): boolean => a.kind === 'money' && RECEIVED.test(total.labelCore) && PLANNED.test(a.label);
const PLANNED = /(?:计划|应到位)(?:安排|下达)?(?:资金|数|金额)?$/;

/**
 * `其中县图书馆支出52.86万元，结余2.14万元；县文化馆支出48.60万元，结余6.40万元`: a bare balance after
 * the spending of a unit or an item named (not a kind, `项目支出…，结余结转…`) is what that one has left.
 */
export function balanceOfNamed(parts: Amount[], a: Amount): boolean {
  const last = parts[parts.length - 1];
  return last !== undefined && a.label === a.labelCore && BARE_BALANCE.test(a.labelCore) && NAMED_SPENDING.test(last.labelCore);
}
const BARE_BALANCE = /^(结余|结转|结余结转|结转结余)(资金)?$/;
const NAMED_SPENDING = /^(?!基本|项目|人员|公用|经营|事业|上缴|对附属|资本性|工资福利|商品和服务|对个人|财政|一般|政府性|其他|本年|全年|当年|实际|年度|部门|单位)[\u4e00-\u9fff]{2,16}支出$/;

/** `全县地区生产总值…，其中…；全县一般公共预算收入…`: past a `；`, the whole's scope named again opens another statement. */
const WHOLE_SCOPE = /^(?:(?:19|20)\d{2}年度?)?(全[县市区省国镇乡])/;
export function wholeScopeAgain(total: Amount, a: Amount): boolean {
  const m = WHOLE_SCOPE.exec(total.label);
  return (m !== null && WHOLE_SCOPE.exec(a.label)?.[1] === m[1]) || anotherOwnersWhole(total, a);
}

/**
 * `区疾病预防控制中心全年支出…，其中…；区妇幼保健计划生育服务中心全年支出…`: past a `；`, the total's measure
 * said of another owner named before it is that owner's whole, not a part.
 */
function anotherOwnersWhole(total: Amount, a: Amount): boolean {
  const m = OWNED_MEASURE.exec(total.labelCore);
  if (!m || m.index < 2) return false;
  const owner = a.labelCore.slice(0, a.labelCore.length - m[0].length);
  return a.labelCore.endsWith(m[0]) && owner.length >= 2 && owner !== total.labelCore.slice(0, m.index);
}
const OWNED_MEASURE = /(?:全年|本年|年度)(?:实际)?(?:支出|收入)(?:合计|总额)?$/;

/**
 * People counted in a list, and then people counted for something else in the same sentence:
 * `持证残疾人26318人，其中有康复需求的18740人，全年为17142名…提供服务` (what was done, and for how
 * many), `…；2024年末实有在职人员8人` (another moment), `在管高血压患者…，其中规范管理…；在管2型糖尿病
 * 患者…` (another whole of the same kind), `教职工…，其中专任教师…；局机关核定行政编制18名` (posts, not
 * people). The first part saying the same (`其中通过招聘录用5人，通过遴选3人`) keeps the list going.
 */
export function anotherCountOfPeople(text: string, total: Amount, first: Amount | undefined, a: Amount, pastSemicolon: boolean): boolean {
  if (!first || total.kind !== 'people' || a.kind !== 'people') return false;
  // (`实有在编人员51人，其中卫生专业技术人员44人；编外聘用人员9人`: staff outside the posts are no part of those in them.)
  if (/在编/.test(total.labelCore) && /编外/.test(a.labelCore)) return true;
  // (The clause's opening, which the label may not reach: `；通过高职单招、对口升学升入高等院校428人`.)
  const before = text.slice(Math.max(first.end, a.start - CLAUSE_WINDOW), a.start);
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf(',')) + 1);
  const opening = PEOPLE_ACT.exec(clause)?.[0] ?? MOMENT.exec(clause)?.[0]?.replace(/^(?:19|20)\d{2}/, '');
  if (opening !== undefined && !first.label.includes(opening)) return true;
  if (!pastSemicolon) return false;
  if (POSTS.test(a.labelCore) && !POSTS.test(total.labelCore) && !POSTS.test(first.labelCore)) return true;
  const head = total.labelCore.slice(-2);
  return head.length === 2 && a.labelCore.length > 2 && a.labelCore.endsWith(head) && !first.labelCore.endsWith(head);
}
const CLAUSE_WINDOW = 40;
const PEOPLE_ACT = /^(?:全年|年内|当年)?(?:为|通过|帮助|救助|资助|培训|服务|接待)/;
const MOMENT = /^(?:(?:19|20)\d{2}年度?[末底]|全年|年内|当年|年末|年底|截至|截止)/;
const POSTS = /编制|职数/;

/**
 * `其中专项债券资金8000.00万元、中央预算内投资2000.00万元全部到位；医院自筹资金计划1500.00万元，实际到位…`:
 * the items said received in full, at a `；`; the list goes on, in words it reads as another statement.
 */
export const receivedInFull = (text: string, last: Amount, at: number): boolean => ALL_RECEIVED.test(text.slice(last.end, at));
const ALL_RECEIVED = /^[^，,。；;0-9０-９]{0,4}(?:全部|均已?|已全部|均全部)(?:到位|拨付|下达)$/;

/** `，均纳入…管理，`: a clause said of all the parts before it (not `均为运行维护费`, what the last one is). */
const OF_THEM_ALL = /[，,][\s\u3000]*均(?!为|是|系|属)[^，,；;。（）()]*[，,]/;

/**
 * `其中执法执勤用车8辆，应急抢险用车3辆，一般公务用车1辆，均纳入…平台统一管理，本年新购置…1辆`: a clause
 * said of all the parts closes their list; a figure after it is another statement.
 */
export function afterAllOfThem(text: string, parts: Amount[], a: Amount): boolean {
  const last = parts[parts.length - 1];
  return parts.length >= 2 && OF_THEM_ALL.test(text.slice(last.end, a.labelStart));
}

/**
 * `新建收集点23个，其中已投入使用21个，投用率91.30%；收运体系覆盖全部13个行政村`: a figure said as all
 * of something (`全部`, `所有`, `全体`) is a whole of its own, not one more part of the list.
 */
export function allOfSomething(text: string, parts: Amount[], a: Amount): boolean {
  return parts.length > 0 && ALL_OF.test(text.slice(Math.max(0, a.start - 3), a.start));
}
const ALL_OF = /(?:全部|所有|全体)的?$/;

/**
 * `人员经费中工资总额186.45万元，按工资总额的2%计提工会经费3.73万元`: a figure worked out at a rate of
 * another is no part beside it.
 */
export const derivedAtRate = (a: Amount): boolean => AT_RATE.test(a.label);
const AT_RATE = /按[^，,。；;]{1,12}?的?\s*[0-9０-９.．]+\s*[%％]/;

/**
 * `公务接待16批次97人次，其中检查指导10批次63人次，考察学习4批次34人次`: each part says its second measure
 * right after its first, as the total did; the second measures are the parts' asides, not the list's end.
 */
const LEADING_FIGURE = /^[0-9０-９][0-9０-９.,]*/;

export function pairedMeasure(text: string, total: Amount, parts: Amount[], a: Amount): boolean {
  const last = parts[parts.length - 1];
  if (!last || a.label !== '' || text.slice(last.end, a.start).trim() !== '') return false;
  const after = text.slice(total.end, total.end + 12);
  const digits = LEADING_FIGURE.exec(after);
  return digits !== null && after.startsWith(a.unit, digits[0].length);
}

/** Money given to a project (`项目拨款`, `下达资金`, `到位资金`): what its spending and what is left come out of. */
const GIVEN = /拨款|下达|到位|预算/;

/**
 * `项目支出76.77万元（项目拨款82.24万元，年末结转5.47万元）`: spending said with the money given and what
 * is left of it: the spending is the one less the other, the balance taken away.
 */
export function lessWhatIsLeft(total: Amount, terms: Term[]): Term[] {
  if (fundRole(total) !== 'spend' || !terms.some((t) => GIVEN.test(t.amount.labelCore)) || !terms.some((t) => fundRole(t.amount) === 'carry')) return terms;
  return terms.map((t) => (fundRole(t.amount) === 'carry' ? { ...t, sign: -1 } : t));
}

/**
 * `中央财政衔接资金4312.00万元（含以工代赈任务资金380.00万元、少数民族发展任务资金215.00万元）`: what
 * `含` names may be some of the figure — read so where they come to less than half of it (a split
 * of the whole, `人员经费226.90万元（含在职人员198.45万元，退休人员28.45万元）`, comes to about all of it).
 */
export function someIncluded(text: string, total: Amount, rhs: Term[]): boolean {
  if (!/[（(](?:其中)?(?:含|包含|包括)/.test(text.slice(total.end, rhs[0].amount.start))) return false;
  const sum = rhs.reduce((acc, t) => acc.plus(baseValue(t.amount).times(t.sign)), new Decimal(0));
  return sum.times(2).lt(baseValue(total));
}
