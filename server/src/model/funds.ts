import { toHalfWidthDigits } from './text';
import { continuationsOf } from './wrapped';
import { Amount, amountsBetween, baseValue } from './amounts';
import { holds } from './arith';
import type { Entry } from './entries';
import type { ReportDocument, Sentence } from './report';
import { entryAt, headingOfPart } from './sections';
import { FiguresBySentence, fundRole, FundRole, NO_TERMS, Relation, signOf, standsApart, Term, terms } from './terms';

const RETURNED = /财政收回|收回财政|上缴财政|交回财政|缴回财政/;
/** The words of a reason or a purpose a figure is said in (`主要是`, `原因是`, `主要用于`). */
const REASON = /(?:主要(?:是|系|原因是|用于)|原因是|由于)[^，,。；;]*$/;
/** Words of money that may be a source the roles do not read (`使用社会捐赠资金`, `单位自筹`). */
const UNREAD_SOURCE = /资金|捐赠|收入|自筹|配套|拨款|基金|安排$/;
/** The year's whole budget, after the changes (not the opening one). */
const YEAR_BUDGET = /^(项目)?(调整后|全年|(?:年中)?追加后)预算(数|金额|总额)?$|^预算(合计|总额)$/;

/**
 * The text that tells what became of a project's money: its line, and what follows it up to the
 * next numbered item or heading (`项目完工后剩余0.20万元，已由县财政收回。` a line below).
 */
function describedAfter(doc: ReportDocument, s: Sentence): string {
  const line = doc.lines.lines[s.line];
  const e = entryAt(doc, line.end);
  const next = doc.entries.find((x) => x.start > line.start);
  const end = Math.min(next ? next.start : doc.text.length, e && e.line !== s.line ? e.sectionEnd : doc.text.length, line.start + 800);
  return doc.text.slice(line.start, Math.max(end, line.end));
}

interface FundLine {
  relation: Relation;
  spend: Amount;
  sentence: Sentence;
}

/** `其余由区级追加和年初预算安排`, `其余资金由单位自筹`: sources beyond those said, in words only. */
const REST_IN_WORDS = /(?:其余|剩余|不足部分)(?:资金|部分)?(?:由|为|通过|从)[\u4e00-\u9fff]/;

export function fundLinesOf(doc: ReportDocument, bySentence: FiguresBySentence, inBreakdown: Set<number>): FundLine[] {
  const out: FundLine[] = [];
  let continued = -1;
  for (let index = 0; index < bySentence.length; index++) {
    if (index <= continued || !bySentence[index]) continue;
    const s = doc.sentences[index];
    // A table's row is read as a row (table-facts), never carried on into the prose under it.
    if (doc.layout.kinds.get(s.line) === 'table') continue;
    // A line cut in mid-sentence (a PDF copied to text): the fund line goes on at the next lines' start.
    let all = bySentence[index]!;
    for (const next of s.end >= doc.lines.lines[s.line].end - 1 ? continuationsOf(doc, s) : []) {
      all = [...all, ...(bySentence[next.index] ?? [])];
      continued = next.index;
    }
    // A fund line has two figures at least: a table's cell has one.
    if (all.length < 2) continue;
    let main = all.filter((a) => a.insideOf === undefined && !inBreakdown.has(a.id) && a.kind === 'money' && !standsApart(a));
    if (main.length < 2) continue;
    // (`…提高3.43个百分点，主要是上级下达…转移支付资金8.00万元`: money given as a reason is no source here.)
    let roles = main.map((a) => (REASON.test(doc.text.slice(Math.max(s.start, a.start - 40), a.start)) ? undefined : fundRole(a)));
    // (`工资福利支出年中调增24.30万元…；对个人和家庭的补助年初预算18.20万元，…实际支出17.64万元`: the clause
    // with the spending that opens with its own budget is the fund line; the clauses before are other items'.)
    const from = ownBudgetClause(doc.text, main, roles);
    if (from > 0) [main, roles] = [main.slice(from), roles.slice(from)];
    // `年初预算项目：…五项合计582.90万元`: the sentence says what the first figure is.
    if (roles[0] === undefined && /年初预算/.test(doc.text.slice(s.start, main[0].start))) roles[0] = 'budget';
    const count = (r: FundRole) => roles.filter((x) => x === r).length;
    if (count('budget') > 1 || count('spend') !== 1) continue;
    const sources = count('budget') + count('prior') + count('transfer');
    if (sources === 0) continue;
    if (count('carry') + count('adjust') + count('prior') + count('transfer') + count('recall') === 0) continue;
    if (main.some((a) => a.approximate)) continue;
    // `…本年收入12,684.27万元，…。加上年结转146.80万元，本年支出…，年末结转…`: the sources began before.
    if (/^[，,\s]*(?:加|加上|另加|再加|连同)/.test(s.text)) continue;
    // `以上5个项目年初预算合计134.00万元，实际支出合计156.84万元，结余结转合计4.28万元`: a sum of the items'
    // opening budgets only; what was added to them during the year is not said, so no fund line.
    if (SUMS_UP.test(s.text) && count('transfer') + count('adjust') + count('prior') === 0) continue;
    let lhs: Term[] = [];
    const rhs: Term[] = [];
    main.forEach((a, i) => {
      const r = roles[i];
      if (r === 'budget' || r === 'prior' || r === 'transfer') lhs.push({ amount: a, sign: 1 });
      else if (r === 'adjust') lhs.push({ amount: a, sign: signOf(a) });
      else if (r === 'spend' || r === 'carry' || r === 'recall') rhs.push({ amount: a, sign: 1 });
    });
    // `上级转移支付3600.00万元，县级配套1250.00万元，调整后预算4850.00万元，实际支出…`: the year's budget
    // said after its sources is their sum: the sources are its parts, not more money.
    const year = lhs.findIndex((t, i) => i > 0 && fundRole(t.amount) === 'budget' && YEAR_BUDGET.test(t.amount.labelCore));
    const yearAt = year > 0 ? lhs[year].amount.start : -1;
    if (year > 0) lhs = [lhs[year]];
    const spend = main[roles.indexOf('spend')];
    // `项目支出215.36万元，其中上级补助资金126.00万元，…其余由区级追加和年初预算安排`: the sources said are
    // some of the spending's, the rest named only in words.
    const firstSource = main.find((a, i) => roles[i] === 'budget' || roles[i] === 'prior' || roles[i] === 'transfer')!;
    // (`项目支出12,338.49万元，…共5个项目：…，上级补助道路交通安全专项资金2,715.90万元`: items counted, not sources.)
    if (firstSource.start > spend.end && /其中|共[0-9０-９一二三四五六七八九十]{1,3}个项目/.test(doc.text.slice(spend.end, firstSource.start))) continue;
    if (REST_IN_WORDS.test(s.text)) continue;
    // `…追加（减）0万元，使用社会捐赠资金35.10万元，实际支出…`: money of no role read before the spending (and
    // after the year's budget, which sums what comes before it) may be a source: the line is not complete as read.
    if (main.some((a, i) => roles[i] === undefined && a.start > yearAt && a.start < spend.start && UNREAD_SOURCE.test(a.labelCore))) continue;
    const subject = /项目[“"]([^”"]{1,40})[”"]/.exec(s.text)?.[1];
    const relation: Relation = {
      kind: 'fund', anchor: spend, lhs, rhs, optional: NO_TERMS,
      // No balance said (`年初预算6.00万元，年中追加2.00万元，实际支出7.37万元，主要用于…`): what was
      // left is not stated, so the spending may fall short of the sources, never exceed them.
      atLeast: count('recall') === 0 && (count('carry') === 0 || RETURNED.test(describedAfter(doc, s))), subject,
    };
    out.push({ relation, spend, sentence: s });
  }
  return out;
}

/** Where the fund line starts among a sentence's figures: past the `；` before a budget of the spending's own clause. */
function ownBudgetClause(text: string, main: Amount[], roles: Array<FundRole | undefined>): number {
  const spend = roles.indexOf('spend');
  if (spend <= 0) return 0;
  // (Within the sentence's figures: a `；` before the first is none of this line's.)
  const words = text.slice(main[0].start, main[spend].start);
  const cut = main[0].start + Math.max(words.lastIndexOf('；'), words.lastIndexOf(';'));
  if (cut < main[0].start) return 0;
  const first = main.findIndex((a) => a.start > cut);
  return roles.slice(first, spend).includes('budget') ? first : 0;
}

/** Money figures that say what was spent, outside any breakdown, in a range of text. */
function spendsIn(doc: ReportDocument, start: number, end: number, inBreakdown: Set<number>): Amount[] {
  return amountsBetween(doc.amounts, start, end).filter(
    (a) => a.kind === 'money' && !a.cell && a.insideOf === undefined && !inBreakdown.has(a.id) && fundRole(a) === 'spend' && !standsApart(a),
  );
}

/** The first fund line of each line of text: what a numbered project item says about its money. */
export function fundLinesByLine(fundLines: FundLine[]): Map<number, FundLine> {
  const byLine = new Map<number, FundLine>();
  for (const f of fundLines) if (!byLine.has(f.sentence.line)) byLine.set(f.sentence.line, f);
  return byLine;
}

/** `以上4个项目合计实际支出2538.17万元`: a line that sums up what came before it belongs to no item. */
const SUMS_UP = /^[ \t\u3000]*(以上|上述|综上|合计|总计|共计)/;

/** Where an item's own text ends: its section, up to a line that sums up the items. */
function beforeSummary(doc: ReportDocument, e: Entry): number {
  for (let l = e.line + 1; l <= e.endLine && l < doc.lines.lines.length; l++) {
    if (SUMS_UP.test(doc.lines.lines[l].text)) return doc.lines.lines[l].start;
  }
  return e.sectionEnd;
}

export function childrenRelations(doc: ReportDocument, byLine: Map<number, FundLine>, inBreakdown: Set<number>, relations: Relation[]): void {
  entries: for (const e of doc.entries) {
    if (e.children.length === 0) continue;
    const own = byLine.get(e.line);
    if (!own) continue;
    const spends: Amount[] = [];
    for (const c of e.children) {
      const found = spendsIn(doc, c.start, beforeSummary(doc, c), inBreakdown);
      if (found.length !== 1 || found[0].approximate) continue entries;
      spends.push(found[0]);
    }
    relations.push({
      kind: 'children', anchor: own.spend, lhs: [{ amount: own.spend, sign: 1 }], rhs: terms(spends), optional: NO_TERMS, atLeast: false,
      subject: own.relation.subject,
    });
  }
}

/** `共3个项目，其中：A60万元；B30.2万元；C20万元`: a list that says it is all the projects, with their figures. */
function listedProjects(doc: ReportDocument, projects: Entry, relations: Relation[]): Amount[] | undefined {
  // (A count inside one numbered project, `3．项目“一事一议财政奖补”…共3个…`, lists that project's works.)
  const inItem = (at: number) => projects.children.some((e) => at >= e.start && at < e.sectionEnd);
  const claim = doc.counts.find((c) => c.list && c.start >= projects.start && c.end <= projects.sectionEnd && !inItem(c.start));
  if (!claim?.list) return undefined;
  let figures = amountsBetween(doc.amounts, claim.list.start, claim.list.end).filter((a) => a.kind === 'money' && a.insideOf === undefined);
  // (`…国土绿化及造林补助资金214.80万元，其中中央财政资金150.00万元、…；天然林…`: an item's own 其中 is no item.)
  const listed = new Set(figures.map((a) => a.id));
  const ofAnItem = new Set<number>();
  for (const r of relations) if (r.kind === 'breakdown' && listed.has(r.anchor.id)) for (const t of r.rhs) ofAnItem.add(t.amount.id);
  if (ofAnItem.size) figures = figures.filter((a) => !ofAnItem.has(a.id));
  // `1.科普活动经费，年初预算12.00万元，追加3.00万元，实际支出14.26万元；2.…`: each item's fund line,
  // of which the spending is the project's; budgets alone say nothing of it.
  const roles = figures.map(fundRole);
  if (roles.some((r) => r !== undefined && r !== 'spend')) {
    const spent = figures.filter((_, i) => roles[i] === 'spend');
    return spent.length >= 2 ? spent : undefined;
  }
  return figures.length >= 2 ? figures : undefined;
}

/**
 * Money said to be the rest of the projects' (`其余86.00万元为…`), small projects not described, or
 * a part that says it tells of the main projects only (`主要项目实施情况如下`, `除上述项目外`).
 */
const REST_OF_PROJECTS = /(其余|剩余|余下)[^。；;]{0,12}?[0-9０-９][0-9０-９,.]*\s*万?元|零星(项目|支出)|(主要|重点|部分)项目|(较大|较多|突出)的[^。；;]{0,6}项目|除(上述|以上|前述)[^。；;]{0,8}外/;

/** `项目预算数合计350万元，实际支出335.36万元…`: the projects together, not one more project. */
const AGGREGATE = /合计|总计|总额|项目预算数|整体/;

/** The spending of each project the part describes: its numbered items, else its fund lines. */
function describedProjects(doc: ReportDocument, projects: Entry, fundLines: FundLine[], byLine: Map<number, FundLine>): Amount[] | undefined {
  const spends: Amount[] = [];
  if (projects.children.length > 0) {
    for (const c of projects.children) {
      const f = byLine.get(c.line);
      if (!f) return undefined;
      spends.push(f.spend);
    }
    return spends;
  }
  for (const f of fundLines) {
    if (f.sentence.start < projects.start || f.sentence.end > projects.sectionEnd) continue;
    if (f.relation.lhs.some((t) => AGGREGATE.test(t.amount.label))) continue;
    spends.push(f.spend);
  }
  // Two fund lines in one paragraph are one project told twice, not two projects.
  return new Set(spends.map((s) => s.line)).size === spends.length ? spends : undefined;
}

/** `2023年本部门共实施项目12个`: the unit says it has more projects than are described. */
const PROJECTS_COUNTED = /共(?:实施|安排|有|开展)?(?:项目)?\s*([0-9０-９]{1,3})\s*个项目|(?:实施|安排)项目(?:共)?\s*([0-9０-９]{1,3})\s*个/;

function moreProjectsSaid(summaryText: string, described: number): boolean {
  const m = PROJECTS_COUNTED.exec(summaryText);
  return m !== null && Number(toHalfWidthDigits(m[1] ?? m[2])) > described;
}

/**
 * `项目支出798.33万元。其中：村级组织运转经费218.40万元。…其他项目支出47.63万元。` (part 二), `项目支出286.52万元，
 * 主要包括…` (part 三): the text lists more items of its 项目支出, on that figure's line, than fund lines describe.
 */
function moreProjectsListed(doc: ReportDocument, from: number, to: number, total: Amount, described: number): boolean {
  for (const a of amountsBetween(doc.amounts, from, to)) {
    if (a.cell || a.labelCore !== total.labelCore || !baseValue(a).eq(baseValue(total))) continue;
    const line = doc.lines.lines[a.line];
    // (Within a list's reach: a line may be megabytes, and hold this figure many times.)
    const q = LISTS_ITEMS.exec(doc.text.slice(a.end, Math.min(line.end, a.end + 40)));
    if (q && amountsBetween(doc.amounts, a.end + q.index, Math.min(line.end, a.end + LIST_REACH)).filter((b) => b.kind === 'money' && !b.cell).length > described) return true;
  }
  return false;
}
const LISTS_ITEMS = /其中|包括/;
const LIST_REACH = 2000;

export function projectsRelation(doc: ReportDocument, fundLines: FundLine[], byLine: Map<number, FundLine>, relations: Relation[], inBreakdown: Set<number>): void {
  const summary = headingOfPart(doc, doc.outline?.summaryPart);
  const projects = headingOfPart(doc, doc.outline?.projectsPart);
  if (!summary || !projects) return;
  // The prose's 项目支出, not a table's column of it (`收入项目 | 合计 | 基本支出 | 项目支出`), which is one row's.
  const total = amountsBetween(doc.amounts, summary.start, summary.sectionEnd).find((a) => a.kind === 'money' && !a.cell && /^项目支出(合计)?$/.test(a.labelCore));
  if (!total) return;
  // A list that claims to be all the projects wins over fund lines that may describe only some.
  const spends = listedProjects(doc, projects, relations) ?? describedProjects(doc, projects, fundLines, byLine);
  // (One project is no list of them: `项目支出55.36万元` over a table's one row is some other figure's.)
  if (!spends || spends.length < 2) return;
  // A line that spends more than all the projects together is not one of them: the unit's own
  // (`全年预算数392.00万元，实际支出378.86万元` said under the projects).
  const whole = baseValue(total);
  if (spends.some((a) => baseValue(a).gt(whole))) return;
  // `项目支出2644.30万元，共5个项目，其中：…` already sums the list against its own total: once is
  // enough (a total that differs from part 二's is the same quantity stated twice).
  if (spends.every((a) => inBreakdown.has(a.id))) return;
  // `一般公共预算财政拨款项目支出292.42万元，共4个项目：…` beside `项目支出318.44万元` (all sources): the
  // projects described add up to the narrower figure, and are its.
  const addUpTo = (a: Amount) => holds({ kind: 'projects', anchor: a, lhs: [{ amount: a, sign: 1 }], rhs: terms(spends), optional: NO_TERMS, atLeast: false });
  // (`…，其中上级转移支付986.40万元，县本级安排项目资金225.45万元` / `县本级安排项目共5个：…`: so are the
  // projects of one source, the money named as the projects'.)
  const narrower = (a: Amount) => a !== total && a.kind === 'money' && !a.cell && /项目(支出|资金|经费)(合计)?$/.test(a.labelCore) && !baseValue(a).eq(whole);
  if (amountsBetween(doc.amounts, summary.start, projects.sectionEnd).some((a) => narrower(a) && addUpTo(a))) return;
  // `以上三个项目实际支出1284.52万元，其余86.00万元为…零星项目支出`: the part describes some projects only.
  const someOnly = REST_OF_PROJECTS.test(doc.text.slice(projects.start, projects.sectionEnd)) || moreProjectsSaid(doc.text.slice(summary.start, summary.sectionEnd), spends.length)
    || moreProjectsListed(doc, summary.start, projects.sectionEnd, total, spends.length);
  relations.push({ kind: 'projects', anchor: total, lhs: [{ amount: total, sign: 1 }], rhs: terms(spends), optional: NO_TERMS, atLeast: someOnly });
}

/** A fund named by where it came from or what it is for (`上级补助资金`, `中央衔接资金`), not a budget. */
const SOURCE_FUND = /(?:上级|中央|省级?|市级?|县级?|区级?|专项|转移支付|配套|衔接|债券)[\u4e00-\u9fff]{0,8}(?:资金|补助|经费|拨款)$|转移支付$/;
const ITS_SPENDING = /^(?:当年|全年|本年)?(?:已|累计|已累计)?(?:实际)?支出(?:数|金额)?$/;

/**
 * `上级补助资金535.60万元，当年支出497.82万元`: spending said right after a fund's money (a comma
 * between at most) is that fund's — not the unit's 支出, and what a rate after it may be over.
 */
export function fundSpentFrom(doc: ReportDocument, a: Amount): Amount | undefined {
  if (a.cell !== undefined || !ITS_SPENDING.test(a.labelCore)) return undefined;
  const before = doc.amounts[a.id - 1];
  if (!before || before.sentence !== a.sentence || before.kind !== 'money' || before.cell !== undefined || before.insideOf !== undefined) return undefined;
  if (!/^[，,]?$/.test(doc.text.slice(before.end, a.labelStart))) return undefined;
  // (`其中县级财政资金620.00万元、省级补助资金240.00万元，实际支出842.35万元`: the last part of a list, and
  // the spending after it the whole's.)
  const sentenceStart = doc.sentences[a.sentence]?.start ?? before.labelStart;
  if (/其中|、/.test(doc.text.slice(Math.max(sentenceStart, before.labelStart - 80), before.labelStart))) return undefined;
  return SOURCE_FUND.test(before.labelCore) && !/预算/.test(before.labelCore) ? before : undefined;
}
