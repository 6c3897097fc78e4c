import type { Amount } from './amounts';
import type { ReportDocument } from './report';
import { entryAt } from './sections';
import { wrapsInto, wrapWidth } from './text';
import { entryLines } from './wrapped';

/** Whose a figure is: an item's (a project, a fund, some of a department's units) or the unit's own. */

/**
 * `项目“X”`, `X经费：`, `该项目年初预算…`, a named project said before in the sentence
 * (`服务站运行补助项目上级资金于第四季度下达，…，结余结转7.45万元`; not `项目支出`): the figures after
 * are one project's (in a project's own report, `本项目` is the report's).
 */
const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
const at = (text: string, i: number, end: number, a: string, b: string) => i + 1 < end && text[i] === a && text[i + 1] === b;

/**
 * Whether `text[from, to)` names a project as the subject, read character by character: the
 * pattern `项目[“"《]|(?<=[\u4e00-\u9fff]{2})(?:经费|项目|专项|资金)[”"》]?[：:]|(?:该|此)项目|
 * (?<=[\u4e00-\u9fff]{4})项目(?!支出|经费)` tried at each of a window's characters for every figure
 * was a tenth of a long draft's time. Nothing outside the window is looked at, as with a slice.
 */
export function namesProject(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    const head = text[i];
    if (head !== '项' && head !== '经' && head !== '专' && head !== '资') continue;
    const project = at(text, i, to, '项', '目');
    if (!(project || at(text, i, to, '经', '费') || at(text, i, to, '专', '项') || at(text, i, to, '资', '金'))) continue;
    const next = i + 2 < to ? text[i + 2] : '';
    if (project && (next === '“' || next === '"' || next === '《')) return true;
    if (project && i - 1 >= from && (text[i - 1] === '该' || text[i - 1] === '此')) return true;
    if (i - 2 >= from && isHan(text.charCodeAt(i - 2)) && isHan(text.charCodeAt(i - 1))) {
      const k = next === '”' || next === '"' || next === '》' ? i + 3 : i + 2;
      if (k < to && (text[k] === '：' || text[k] === ':')) return true;
      // `档案编研及展陈经费受展厅改造进度影响，结余结转3.02万元`: the item is the clause's subject.
      if (k < to && (text[k] === '受' || text[k] === '因') && !project) return true;
    }
    if (project && i - 4 >= from && isHan(text.charCodeAt(i - 4)) && isHan(text.charCodeAt(i - 3)) && isHan(text.charCodeAt(i - 2)) && isHan(text.charCodeAt(i - 1))
      && !at(text, i + 2, to, '支', '出') && !at(text, i + 2, to, '经', '费')) return true;
  }
  return false;
}

/**
 * A line that opens with an enumerated item's name and a full stop (`三是全民阅读推广活动。`,
 * `2.农村供水工程维修养护项目。`, `（二）残疾儿童康复救助。`), or a project's or fund's name and a comma (`（1）供销社综合改革
 * 经费，预算10.00万元，支出10.00万元`): its figures are that item's. Items about the unit's own money
 * (`1.收入情况。`) are the unit's.
 */
// (`4.数字城管平台运行，预算72.26万元，支出72.26万元`: any name and a comma before its budget too.)
// (`（1）高标准农田建设：年初预算7,200.00万元…`: a name and a colon opens the item too; so does a name in
// quotes, `1．“小型水库除险加固及运行管护经费”年初预算…`; or a fund's name and its figure, `2、海外联谊经费6.36万元，…`.)
const ITEM_TITLE = /^[\s\u3000]*(?:[一二三四五六七八九十]+是|[（(]?[0-9０-９]{1,2}[)）.．、]|[（(][一二三四五六七八九十]{1,3}[)）])\s*(?:([^。，；:：]{2,30})[。:：]|([^。，；:：]{2,30}(?:经费|项目|专项|资金|工程|补助|补贴|贴息|奖补|救助|[^，,]{2}费)|[^。，；:：]{2,30}(?=[，,](?:项目)?(?:年初|全年|调整后)?预算(?:数|金额)?(?:为)?[0-9０-９]))[，,]|[“"]([^“”"。，；]{2,30})[”"]|([^。，；:：0-9０-９]{2,30}(?:经费|资金|专项|补助|补贴))(?=[0-9０-９][0-9０-９.,]*万?元[，,]))/;
/**
 * `- 耕地地力保护补贴：预算1520.60万元，支出…` (a Markdown list's item, read without its `- `): a name and
 * its budget, or its spending (`管网维修更换：支出128.46万元，用于…`).
 */
const LISTED_ITEM = /^[\s\u3000]*([^。，；:：0-9０-９]{2,24})[：:](?=(?:年初|全年|调整后)?预算(?:数|金额)?(?:为)?[0-9０-９]|(?:实际)?支出(?:金额)?(?:为)?[0-9０-９])/;
// (`2.支出情况。`, `1.收入情况`, not `3.危桥改造支出。`: a project's spending named by it.)
const UNIT_MONEY = /^(?:部门|单位|本单位|整体)?(?:收入|支出|预算|预算执行|结余|结转|结余结转|基本支出|项目支出|收支)(?:情况|执行情况)?$|三公|经费情况|^(?:机关)?(?:基本)?运转保障(?:情况)?$/;
const INDICATOR_KIND = /^(产出|效益|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|满意度)指标$/;

/** `4.殡葬惠民补助资金` on a line of its own, its figures below: the item's, not the unit's. */
const ITEM_HEADING = /(资金|经费|项目|专项|补助|补贴)$/;

/**
 * (`4.医疗设备购置` on its line, `年初预算48.00万元，…` below: under any item's heading of that depth, a
 * budget's own words — `anyTitle` — are the item's too.)
 */
export function underItemHeading(doc: ReportDocument, a: Amount, anyTitle = false): boolean {
  const e = entryAt(doc, a.start);
  // (`1.文物保护及非遗传承资金。` on its line, its sentences on the lines below: the full stop ends the name.)
  const title = e?.title.replace(/[。.．]$/, '');
  if (e === undefined || title === undefined || e.line === a.line || UNIT_MONEY.test(title)) return false;
  return (e.level >= 2 && ITEM_HEADING.test(title)) || (anyTitle && e.level >= 3 && !INDICATOR_KIND.test(title));
}

/** The title an enumerated line opens with (`2.“三公”经费执行情况。…`), whatever it is about. */
export function itemTitleOfLine(text: string): { name: string; end: number } | undefined {
  const m = ITEM_TITLE.exec(text) ?? LISTED_ITEM.exec(text);
  const name = m && (m[1] ?? m[2] ?? m[3] ?? m[4]);
  return m && name ? { name: name.trim(), end: m[0].length } : undefined;
}

/** The name an item line opens with (`三是临时救助资金。…` → 临时救助资金): an item of its own money, not the unit's. */
export function itemNameOfLine(text: string): { name: string; end: number } | undefined {
  const item = itemTitleOfLine(text);
  return item && !UNIT_MONEY.test(item.name) && !INDICATOR_KIND.test(item.name) ? item : undefined;
}

export function itemOfItsLine(doc: ReportDocument, a: Amount): boolean {
  const lines = doc.lines.lines;
  // In a hard-wrapped copy the item's name opens its paragraph, a few lines up.
  let first = a.line;
  if (!ITEM_TITLE.test(lines[first].text) && wrapWidth(lines) > 0) {
    // (Up to the item's line, not past it: the line before may end in a wrap too, `…如下：`.)
    for (let k = 0; k < 8 && first > 0 && !ITEM_TITLE.test(lines[first].text) && wrapsInto(lines, first - 1) === first; k++) first--;
  }
  // `4.成本指标。…基本支出1081.35万元控制在预算范围内`: a kind of indicator is no item with money of its own.
  const item = itemNameOfLine(lines[first].text);
  return item !== undefined && lines[first].start + item.end <= a.labelStart;
}

/**
 * Some of the units a department's report consolidates: its own office (`局机关本级`, `局本级预算收入`,
 * not a government's `县本级` or `本级财政`; `局机关`, the office itself), its subordinate units (`所属单位`, `其余8个所属单位`).
 */
export const SOME_UNITS = /[局委院厅办署]机关|[局委院厅办署]本级|(?<![省市州县区镇乡])本级(?!财政|资金|配套|政府|人民政府|预算)|(?:所属|下属|直属)(?:的)?(?:[0-9０-９]+个|各)?(?:二级)?(?:预算)?(?:单位|学校|医院|卫生院|事业单位|站所)|二级(?:预算)?单位|其[余他][0-9０-９]+[个家所]/;
/** `事业收入和其他收入安排的支出2868.06万元，其中…项目支出1559.91万元`: the spending of some of the money. */
const FROM_ONE_SOURCE = /(?:收入|资金|拨款|基金)安排的(?:支出|资金)/;
/** `局机关本级：` opening a line: the line's figures are that part's. */
const SOME_UNITS_LEAD = /^[\s\u3000]*([^：:，。；]{2,16})[：:]/;

/** The last word of a unit's name: `站`, `中心`, `院`… */
const UNIT_WORD = '(?:站|中心|院|所|馆|队|场|园|校)';
/** A unit's name (`区建设工程质量安全监督站`, `区社会福利院`), as a heading or a line's lead names the one its figures are of. */
const UNIT_NAME = new RegExp(`^[\\u4e00-\\u9fff（）()“”]{2,20}${UNIT_WORD}$`);
/** `…；县水土保持站基本支出53.05万元`: after a `；` or a `：`, a clause whose subject is a unit's name. */
const UNIT_CLAUSE = new RegExp(`[；;：:][\\s\\u3000]*[\\u4e00-\\u9fff]{2,16}?${UNIT_WORD}(?=基本|项目|年初|调整|预算|支出|收入|人员|公用|结余)[^；;：:]*$`);

export function ofSomeUnits(doc: ReportDocument, a: Amount, before: string): boolean {
  if (SOME_UNITS.test(before) || FROM_ONE_SOURCE.test(before) || UNIT_CLAUSE.test(before)) return true;
  const lead = SOME_UNITS_LEAD.exec(doc.lines.lines[a.line].text)?.[1];
  if (lead !== undefined && (SOME_UNITS.test(lead) || UNIT_NAME.test(lead))) return true;
  // `（二）局本级`, `（三）区社会福利院`: a heading naming one of the units; its figures are that unit's.
  const heading = entryAt(doc, a.start);
  if (heading?.isHeading && heading.line !== a.line && (SOME_UNITS.test(heading.title) || UNIT_NAME.test(heading.title))) return true;
  return underSomeUnitsLine(doc, a.line);
}

/** A line that is only a scope's name and a colon (`局机关本级：`, `全系统（含局机关本级及9个二级单位）：`). */
const SCOPE_LINE = /^[\s\u3000]*([^：:，。；]{2,30})[：:][\s\u3000]*$/;
/** How far below its scope line a figure is read as of that scope. */
const SCOPE_REACH = 6;

/**
 * `局机关本级：` on a line of its own, the lines after it (to the next such line or heading) its figures;
 * a scope of the whole (`全系统：`) ends it.
 */
function underSomeUnitsLine(doc: ReportDocument, line: number): boolean {
  const headingLines = entryLines(doc);
  for (let l = line - 1; l >= 0 && l >= line - SCOPE_REACH && !headingLines.has(l); l--) {
    const scope = SCOPE_LINE.exec(doc.lines.lines[l].text)?.[1];
    if (scope !== undefined) return SOME_UNITS.test(scope.replace(/[（(][^）)]*[）)]/g, ''));
  }
  return false;
}

