import { Amount, amountsBetween, baseValue, isTally } from './amounts';
import { Decimal } from './decimal';
import { fundRole } from './terms';
import { FUNCTION_CLASS, ITEM_BALANCE, SPENDING_KIND } from './spending-kinds';
import { SOME_UNITS } from './item-figures';

/**
 * Which of a list's figures are its parts: details of a part said after it, a carry-over said
 * beside the kinds of spending, and figures of the next sentence that may go on with the list.
 */

/** Words that continue a breakdown in the next sentence, by what the total is. */
export function continuationFits(total: Amount, a: Amount): boolean {
  if (/收入/.test(total.labelCore)) return /^(其他资金来源|其他收入|上年结转|上级补助)/.test(a.labelCore);
  if (/支出$/.test(total.labelCore)) return /^(结余结转|结转结余)/.test(a.labelCore);
  return false;
}

const CARRY_OVER = /^(年末|年终)?(结余结转|结转结余|结余|结转)(资金)?$/;

/**
 * `支出合计2284.75万元，其中基本支出1702.61万元，项目支出582.14万元，年末结转结余31.73万元`: the
 * carry-over after the kinds of spending may be one more part (a 支出 read as the funds' use) or
 * only said beside them; it holds either way, as the next sentence's carry-over does.
 */
export function carryOverAfterSpending(total: Amount, parts: Amount[]): { parts: Amount[]; carried: Amount[] } {
  let k = parts.length;
  while (k > 0 && CARRY_OVER.test(parts[k - 1].labelCore)) k--;
  if (k === parts.length || k < 2 || !/支出(合计|总额|总计)?$/.test(total.labelCore)) return { parts, carried: [] };
  return { parts: parts.slice(0, k), carried: parts.slice(k) };
}

/**
 * `乡镇22个，其中镇17个、乡2个、街道3个，每个乡镇设自然资源所1个`, `监控点36个，其中视频监控点24个、
 * 无人机起降点12个，巡查重点放在…9个行政村`: a list that adds up to its total exactly, two parts or
 * more, where a clause ends has ended there; what the next clause counts is something else.
 */
export function endsWhereItAddsUp(text: string, total: Amount, parts: Amount[]): Amount[] {
  if (parts.length < 3 || parts.length > MAX_DETAILED_PARTS || parts.some((p) => p.kind !== total.kind)) return parts;
  const want = baseValue(total);
  let sum = baseValue(parts[0]);
  for (let k = 1; k < parts.length - 1; k++) {
    sum = sum.plus(baseValue(parts[k]));
    if (sum.gt(want)) return parts;
    if (sum.eq(want) && CLAUSE_END.test(text.slice(parts[k].end, parts[k + 1].labelStart))) {
      // `…，因公出国（境）费0万元`: parts of nought after it change nothing and are parts still.
      return parts.slice(k + 1).every((p) => baseValue(p).isZero()) ? parts : parts.slice(0, k + 1);
    }
  }
  return parts;
}
const CLAUSE_END = /[，,；;]/;

/** More parts than a sentence lists: no run of them is looked for. */
const MAX_DETAILED_PARTS = 40;

/**
 * `区级配套资金45.50万元分两次拨付，6月拨付25.00万元，9月拨付20.50万元`: figures right after a part that
 * add up to it exactly detail that part, not the total. They are taken out only when that makes
 * the sum hold: a run that matches a part and leaves the total to the cent is no coincidence.
 */
export function withoutDetails(total: Amount, parts: Amount[]): Amount[] {
  if (parts.length < 3 || parts.length > MAX_DETAILED_PARTS || parts.some((p) => p.kind !== total.kind)) return parts;
  const values = parts.map(baseValue);
  const all = values.reduce((a, b) => a.plus(b));
  const want = baseValue(total);
  if (all.eq(want)) return parts;
  for (let k = 0; k < parts.length - 2; k++) {
    let run = values[k + 1];
    for (let j = k + 2; j < parts.length && run.lt(values[k]); j++) {
      run = run.plus(values[j]);
      if (!run.eq(values[k])) continue;
      if (all.minus(run).eq(want)) return [...parts.slice(0, k + 1), ...parts.slice(j + 1)];
      // `项目总投资1.35亿元，分两期建设。其中一期工程批复投资6200.00万元，…决算金额5986.42万元，一期结余资金
      // 213.58万元`: the one part and its details, no list of the total's parts.
      if (k === 0 && j === parts.length - 1) return [parts[0]];
      // `项目支出11.36万元，其中区级资金6.00万元已全部支出，省级资金8.00万元支出5.36万元、结转2.64万元`:
      // of a fund split into what was spent and what is carried over, a spending total takes the spent.
      const spentOfIt = parts.slice(k + 1, j + 1);
      if (spentAndCarried(total, spentOfIt) && all.minus(values[k]).minus(run).plus(values[k + 1]).eq(want)) {
        return [...parts.slice(0, k), parts[k + 1], ...parts.slice(j + 1)];
      }
    }
  }
  return parts;
}

/** A fund's use said right after it: what was spent of it, then what is carried over. */
function spentAndCarried(total: Amount, details: Amount[]): boolean {
  return /支出$/.test(total.labelCore) && details.length >= 2 && fundRole(details[0]) === 'spend'
    && details.slice(1).every((d) => CARRY_OVER.test(d.labelCore));
}

/** Spent, with no word of what: `实际支出`, `已支出`, `实际使用`. */
const BARE_SPENDING = /^(?:实际|已)(?:支出|使用|支付|执行)(?:数|金额|资金)?$/;

/**
 * `实际支出2,247.83万元。其中基本支出预算796.10万元，实际支出786.54万元`, `其中修缮项目预算240.00万元，
 * 实际支出215.40万元`: after 其中, one part's (or each part's) budget and spending — a fund line of
 * its own, not parts that add up to the figure before.
 */
export function budgetAndSpending(parts: Amount[]): boolean {
  // `其中项目资金278.90万元，实际支出235.78万元，项目资金执行率84.54%`: a later part that names no
  // kind of spending, only that it was spent, is the spending of the part before it.
  if (parts.slice(1).some((p) => BARE_SPENDING.test(p.labelCore))) return true;
  let budget = false;
  let spend = false;
  for (const p of parts) {
    const role = fundRole(p);
    budget ||= role === 'budget';
    spend ||= role === 'spend';
  }
  return budget && spend;
}

/**
 * `公用经费12.22万元。公用经费中办公费3.40万元、水电费2.18万元、…`: an office's running costs are
 * some twenty kinds of fee, of which a draft names the large ones; such a list may add up to less.
 */
const OFFICE_COSTS = /^(日常)?(公用经费|商品和服务支出)$/;

/** The unit's spending on projects, of which a draft may name the large ones. */
const PROJECT_SPENDING = /^项目支出(合计|总额)?$/;

const PROFESSION = /医师|医生|护士|药师|技师|检验|教师|会计/;

/** Words of a unit's own staff, whose 其中 lists (行政编制, 事业编制, 工勤) are the whole of them. */
const STAFF = /编制|在编|在职|在岗|实有|职工|干部|员工|教师|工作人员|退休|离休|人员总数|年末人数/;

/**
 * `收到作品312件，其中获省级奖项9件、市级奖项37件`: things counted by the piece (期, 场, 户, 件, 家),
 * and people other than the unit's staff (`持证残疾人9846人，其中肢体残疾5102人、视力残疾1187人`),
 * are listed in part far more often than money or staff are — the prize-winners among all entries;
 * so are the projects of 项目支出 (the large ones among many). A list that misses its total by more
 * than a tenth is read as such a list (it may add up to less);
 * one that comes within a tenth (`培训15期，其中线上6期、线下8期`) as the whole with a slip in it.
 */
export function namesSomeOnly(total: Amount, parts: Amount[]): boolean {
  const fees = OFFICE_COSTS.test(total.labelCore) && parts.every((p) => p.labelCore.endsWith('费'));
  // `选送12个参加市级以上比赛，其中获省级金奖1个、市级一等奖3个`: the prize-winners among them.
  const winners = parts.length > 0 && /^获/.test(parts[0].label.replace(/^[\s，,：:]*(其中)?[：:]?/, ''));
  const things = total.kind === 'count';
  // `卫生技术人员39人，其中执业（助理）医师14人、注册护士16人`: two professions of several (药师, 技师…).
  const professions = total.kind === 'people' && parts.every((p) => PROFESSION.test(p.labelCore));
  // `项目支出1878.68万元。项目支出中，生态护林员劳务补助386.00万元，…`: the large projects among many.
  const projects = PROJECT_SPENDING.test(total.labelCore) && parts.every((p) => !SPENDING_KIND.test(p.labelCore));
  // `本年支出合计3459.45万元，其中交通运输支出2465.62万元…；城乡社区支出640.00万元`: the main 类 of several;
  // `结余资金中，小额信贷贴息子项目结余100.00万元，原因是…`: the items' balances a report explains, the main ones.
  const classes = parts.every((p) => FUNCTION_CLASS.test(p.labelCore)) || parts.every((p) => ITEM_BALANCE.test(p.labelCore));
  if (!fees && !winners && !things && !projects && !professions && !classes && !isTally(total.kind) && !(total.kind === 'people' && !STAFF.test(total.label))) return false;
  const whole = baseValue(total);
  const sum = parts.reduce((s, p) => s.plus(baseValue(p)), whole.minus(whole));
  if (!sum.lessThan(whole)) return false;
  // Things counted by 个 (`更新数据图层37个，其中道路图层12个、水系图层5个`) are as often listed whole
  // (内设机构, 乡镇) as in part. A slip misses by a unit or a few (`承接测绘任务12个，其中政府投资项目7个、
  // 社会委托项目3个`); a list in part leaves out half, or five and more (`完成审计项目37个，其中政府投资
  // 项目审计21个、经济责任审计9个`: two kinds of several). Measured on the blind batches: the lists
  // in part there left out 7 of 37, 9 of 23 and 20 of 37.
  if (things && !fees && !winners) return sum.times(2).lessThanOrEqualTo(whole) || whole.minus(sum).greaterThanOrEqualTo(5);
  return fees || winners || whole.minus(sum).greaterThan(whole.dividedBy(10));
}

/** Verbs that open another act of counting: `…，评出一等奖18件`, `…，推荐12件作品参加…`. */
const TALLY_ACT = /(评出|评选|推荐|选送|报送|获得|发现|督促|整改|收到|受理|办结|完成|开展|组织|举办|接待|培训|新增|累计|推动|带动|促成)/;

/**
 * `共收到参赛作品216件，其中科技创新作品128件、科幻画88件，评出一等奖18件…`: a tally's list ends
 * where a later figure is counted by another act, unless the list's first part was counted so too.
 */
export function countsAnotherAct(first: Amount | undefined, a: Amount): boolean {
  if (!first || !(isTally(a.kind) || a.kind === 'count')) return false;
  const act = TALLY_ACT.exec(a.label);
  return act !== null && !first.label.includes(act[1]);
}

/** `甲、乙、丙各1个`, `…的乡镇各奖励0.50万元`, `第2、4项结余均为1.54万元`: a part that counts or gives to each of several, less than their sum. */
export const EACH_GIVEN = /各(?:为|有|奖励|补助|补贴|安排|拨付|下达)?$|均(?:为|是)$/;

const SET_ASIDE = /^\s*外/;
/** `除防疫员补助52.80万元外`: a figure set aside from what the sentence goes on to count. */
export const setAside = (text: string, a: Amount) => SET_ASIDE.test(text.slice(a.end, a.end + 2));
/**
 * `退休人员11人不计入在职人数`, `聘用社工34名，其工资由项目资金列支，不在上述实有人数内`: a figure said
 * to be outside the total, right after it or later in its clause, is not a part of it.
 */
const LEFT_OUT = /^\s*(不计入|未计入|不纳入|未纳入|不含在|不包括在|不列入|未列入)/;
const LEFT_OUT_LATER = /^[^。；;]{0,30}?[，,](?:均|也|亦)?(不计入|未计入|不纳入|未纳入|不包括在|不列入|未列入|(?:不在|未在)(?:上述|以上|前述)?[^，。；,;]{0,8}内)/;
export const leftOut = (text: string, a: Amount) => {
  const after = text.slice(a.end, a.end + 48);
  return LEFT_OUT.test(after) || LEFT_OUT_LATER.test(after);
};

const AND_SO_ON = /^\s*等(?![额级同于])/;
const NOTE_AFTER = /^[（(][^（()）]{0,40}[）)]/;

/**
 * `…办公费19.35万元等`, `…生活补贴60.00万元（50人，每人每月1,000元）等`: the list's last figure,
 * after a note on it, says the list names some of its parts only.
 */
export function andSoOn(text: string, a: Amount): boolean {
  const note = NOTE_AFTER.exec(text.slice(a.end, a.end + 44));
  const from = note ? a.end + note[0].length : a.end;
  return AND_SO_ON.test(text.slice(from, from + 4));
}

/** A percentage written after a list, in its clause's reach. */
const SHARE_AFTER = /(?<![0-9.])([0-9]{1,3}(?:\.[0-9]{1,4})?)\s*[%％]/;

/**
 * `毕业生1,042人，其中升入高职院校612人，就业397人，就业（含升学）率96.83%`: a share after the list
 * that its parts make of the total (or the rest does) says the list leaves some out.
 */
export function shareOfTheParts(text: string, total: Amount, parts: Amount[], from: number, to: number): boolean {
  const m = SHARE_AFTER.exec(text.slice(from, to));
  const whole = baseValue(total);
  if (!m || whole.isZero()) return false;
  const decimals = m[1].includes('.') ? m[1].split('.')[1].length : 0;
  const sum = parts.reduce((acc, p) => acc.plus(baseValue(p)), new Decimal(0));
  const percentOf = (v: Decimal) => v.times(100).div(whole).toDecimalPlaces(decimals, 4).toFixed(decimals);
  return percentOf(sum) === m[1] || percentOf(whole.minus(sum)) === m[1];
}

/**
 * `其中中央资金1200.00万元、…、县级配套资金600.00万元均已全额到位；受益群众自筹资金到位86.40万元，…`: the
 * figure of the clause after the `；` that ended a `、` list is its last part, when with it the list adds up.
 */
export function clauseAfterSemicolon(text: string, amounts: Amount[], total: Amount, parts: Amount[], sentenceEnd: number): Amount[] {
  const last = parts[parts.length - 1];
  // In a clause's reach on each side: a sentence without stops can run for megabytes.
  const stop = text.slice(last.end, Math.min(sentenceEnd, last.end + 60)).search(/[；;]/) + last.end;
  if (stop < last.end || /[0-9０-９]/.test(text.slice(last.end, stop))) return [];
  const reach = Math.min(sentenceEnd, stop + 120);
  const next = text.slice(stop + 1, reach).search(/[；;]/);
  const clauseEnd = next < 0 ? reach : stop + 1 + next;
  // (Found in the document's figures by position: a sentence may hold thousands.)
  const clause = amountsBetween(amounts, stop + 1, clauseEnd).filter((a) => a.insideOf === undefined);
  if (clause.length !== 1 || clause[0].kind !== total.kind) return [];
  // Only where it makes the list add up to the figure: otherwise the list as written is the reading shown.
  const sum = parts.reduce((acc, p) => acc.plus(baseValue(p)), baseValue(clause[0]));
  return sum.eq(baseValue(total)) ? clause : [];
}

/** `对不合格的8家`, `其中不合格的`: a part named again, by a word that points back to it. */
const SAID_AGAIN = /^(?:对|向|为|其中|上述|这|该)(.+?)的?$/;
/** `调增调减相抵后净增316.40万元`: the sum of the changes just listed, said once more. */
const NET_OF = /相抵|净增|净减|轧差/;

/** `年中追加35.60万元，即较年初预算调增35.60万元`: the part said again in other words, not one more. */
const RESTATED = /^[，,]?\s*(即|亦即|也即|也就是)/;

/**
 * How many parts at the end of a list a figure restates: a net change equal to the signed sum of
 * the changes before it (two at least). −1 for a part said again (after `即`, or by its own name
 * and value: `其中…不合格8家，对不合格的8家已责令…`), 0 when it restates none.
 */
export function restatedParts(text: string, parts: Amount[], a: Amount, sign: (p: Amount) => number): number {
  const last = parts[parts.length - 1];
  if (last !== undefined && a.valueText === last.valueText && RESTATED.test(text.slice(last.end, a.start))) return -1;
  const again = SAID_AGAIN.exec(a.labelCore)?.[1]; // (read once, not per part: a list may be thousands long)
  if (again !== undefined && parts.some((p) => p.valueText === a.valueText && p.labelCore === again)) return -1;
  // (`其中年初预算2865.40万元，年中追加736.18万元，调整后预算3601.58万元；…`: the year's budget sums the two before it.)
  if (!NET_OF.test(a.label) && !YEAR_BUDGET_OF.test(a.labelCore)) return 0;
  const value = baseValue(a);
  let sum = value.minus(value);
  for (let k = 1; k <= parts.length; k++) {
    const p = parts[parts.length - k];
    sum = sum.plus(baseValue(p).times(sign(p)));
    if (k >= 2 && sum.eq(value)) return k;
  }
  return 0;
}

const YEAR_BUDGET_OF = /^(?:调整后|全年)预算(?:数|收入)?$/;

/**
 * `其中中央资金支出2655.80万元，执行率98.36%，结余资金44.20万元；…`: a balance said after a part of
 * the spending and that part's own rate is what is left of that part, not a part of the spending
 * (`…项目支出52.10万元，结余结转3.20万元`, with no rate between, is one).
 */
export function balanceOfItem(text: string, total: Amount, parts: Amount[], a: Amount): boolean {
  const last = parts[parts.length - 1];
  return last !== undefined && fundRole(total) === 'spend' && fundRole(last) === 'spend' && fundRole(a) === 'carry'
    && ITEM_RATE.test(text.slice(last.end, a.start));
}

const ITEM_RATE = /率(?:为|达到?)?\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[%％]/;

/** The level of government a figure's words name (`中央财政下达…`, `县级财政安排…`), if any. */
const LEVEL = /中央|省级|市级|县级|区级|乡镇级/;

export const levelOf = (a: Amount): string | undefined => LEVEL.exec(a.label)?.[0];

/** `中央…资金2700.00万元，其中提前下达2100.00万元；县级财政安排…190.00万元`: money of another level is no part. */
export function otherLevel(total: Amount, a: Amount): boolean {
  const of = levelOf(total);
  const part = levelOf(a);
  return of !== undefined && part !== undefined && of !== part;
}

/**
 * `共支出1,350.90万元，其中护理补贴738.54万元，支出总额较上年…增长5.96%，年末结余18.30万元`: a clause
 * that speaks of the whole again ends the list of its parts.
 */
const OF_THE_WHOLE = /[，,；;]\s*(?:支出总额|总支出|资金总额|收入总额|预算总额|总额|总体|整体)/;

export function wholeSaidAgain(text: string, parts: Amount[], a: Amount): boolean {
  const last = parts[parts.length - 1];
  return last !== undefined && OF_THE_WHOLE.test(text.slice(last.end, a.start));
}

/**
 * `全校在校生3428人，其中一、二年级在籍学生2316人，受助学生1214人，占一、二年级在籍学生的52.42%`: a
 * figure said as a share of a part before it is inside that part, no sibling of it.
 */
const SHARE_OF_NAMED = /^[，,]\s*占([\u4e00-\u9fff、“”]{2,20}?)(?:的|总数|比例)/;

export function shareOfEarlierPart(text: string, parts: Amount[], a: Amount): boolean {
  const m = SHARE_OF_NAMED.exec(text.slice(a.end, a.end + 40));
  return m !== null && parts.some((p) => p.label.endsWith(m[1]) || (p.labelCore.length >= 2 && m[1].endsWith(p.labelCore)));
}

/**
 * `其中局机关本级“三公”经费支出11.45万元，为公务用车运行维护费9.60万元和公务接待费1.85万元`: after a part that
 * is some of the units, a kind of money (no other unit: `县疾病预防控制中心…`) is that part's own breakdown.
 */
export function afterSomeUnits(parts: Amount[], a: Amount): boolean {
  return parts.length > 0 && SOME_UNITS.test(parts[0].label) && !SOME_UNITS.test(a.label) && /(费|经费|支出|资金|补助)$/.test(a.labelCore);
}

/**
 * `年末结余结转33.61万元，即调整后预算1268.40万元减去实际支出1234.79万元，其中基本支出结余1.62万元…`:
 * parts that are balances break down the balance said before, not the spending just before 其中; and
 * `全年实际支出179.57万元，占调整后预算186.42万元的96.33%，其中基本支出…` splits the spending, not a share's whole.
 */
export function sameRoleTotal(total: Amount, first: Amount, seen: Amount[]): Amount {
  // (`年末结余90.63万元；其中基本支出…，项目支出…`: kinds of spending are the spending's parts, not the balance's.)
  const role = /^占/.test(total.label) ? 'share' : fundRole(first) ?? (/结余|结转/.test(first.labelCore) ? 'carry' : SPENDING_KIND.test(first.labelCore) && fundRole(total) === 'carry' ? 'spend' : undefined);
  const totalRole = fundRole(total);
  if (!role || (!totalRole && role !== 'share') || role === totalRole) return total;
  for (let i = seen.length - 1; i >= 0; i--) if (seen[i] !== total && seen[i].kind === first.kind && (role === 'share' || fundRole(seen[i]) === role)) return seen[i];
  return total;
}

/** The thing a count counts, right after its measure (`3个街道`). */
const COUNTED_NOUN = /^[\u4e00-\u9fff]{2,4}/;

/**
 * `分布在3个街道，其中东湖街道5个、向阳街道4个、铁西街道3个`: a part that is one of the things the total
 * counts (a 街道 of the 3) counts something else of it; the list is no sum of the total.
 */
function countsEachOne(text: string, total: Amount, first: Amount): boolean {
  if (total.kind === 'money' || total.kind !== first.kind) return false;
  const noun = COUNTED_NOUN.exec(text.slice(total.end, total.end + 4))?.[0];
  return noun !== undefined && first.labelCore.length > noun.length && first.labelCore.endsWith(noun);
}

/** `员额法官人均结案173.7件`: a figure per head, or an average, is no whole of parts. */
const AVERAGE = /人均|户均|平均|均$/;

/** Figures a 其中 cannot break down: an average, or a count whose parts are each one of its things. */
export function notAWhole(text: string, total: Amount, first: Amount): boolean {
  return AVERAGE.test(total.label) || countsEachOne(text, total, first);
}
