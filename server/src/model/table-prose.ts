import { Amount, amountsBetween } from './amounts';
import { itemNameOfLine, SOME_UNITS } from './item-figures';
import type { ReportDocument } from './report';
import { fundRole, standsApart } from './relations';
import { PROJECT_ROLES, ProjectRole, TableProject, tableProjects } from './table-facts';
import { ofTheYear } from './years';
import { OTHER_FUND } from './budget-scopes';

/**
 * A project's row in a table and its figures said again in the text, paired as one quantity each.
 */

const ROLE_IN_PROSE: Record<ProjectRole, (a: Amount) => boolean> = {
  initial: (a) => /^年初(预算|安排)/.test(a.labelCore),
  full: (a) => /^(全年预算|调整后预算)/.test(a.labelCore),
  spend: (a) => fundRole(a) === 'spend',
};

/**
 * `该项目预算18.00万元`: the project's budget with no word of which, the row's one budget where its table
 * has no opening one. (Not `全年预算66.00万元` beside a table of some kinds of cost, whose 全年预算数 is theirs.)
 */
const PLAIN_BUDGET = /^(?:该|本)项目预算(?:数|金额)?(?:为)?$/;

/**
 * A project in a table and the same project in the text (`业务工作经费实际支出7.90万元` against the
 * table's 7.60): one quantity. Paired only where the sentence names the project and states that
 * figure once.
 */
const MAX_PROJECTS = 300;
const NAME_REACH = 400;
/** A name that goes on past a row's name: a CJK character that starts none of a project's own words. */
const NAME_GOES_ON = /^(?!项目|经费|资金|专项|工作|方面|年初|全年|预算|实际|支出|执行|结余|结转|共|的|和|与|及|等|为|已|按)[\u4e00-\u9fff]/;
const COUNTED = /[0-9０-９一二两三四五六七八九十]+\s*(?:个|项)/;
/** Two words' characters right before a row's name: a longer name (`大气` of `大气污染防治`), not a subject (`2023年`, `项目`, `的`). */
const LONGER_NAME = /[\u4e00-\u9fff](?![年的为是于对由在中项目本级全])[\u4e00-\u9fff]$/;
/** `局机关本级项目支出1,792.56万元` beside a row `局机关本级`: a kind of the row's spending, not all of it. */
const A_KIND_OF_IT = /基本支出|项目支出|人员经费|公用经费|三公/, ADDED_FOR = /^(?:项目)?(?:追加|调增|调减|追减|核减|增加|安排)/;

export function tableAndProse(doc: ReportDocument): Map<string, Amount[]> {
  const out = new Map<string, Amount[]>();
  const projects = tableProjects(doc.layout, doc.tableFigures, doc.lines.lines, MAX_PROJECTS);
  // Each name is looked for in each sentence: past a few hundred rows this is not a report's table.
  if (projects.length === 0 || projects.length > MAX_PROJECTS) return out;
  const shortened = shortenedNames(projects);
  // Each line's item, read once (not once a project).
  const items = new Map<number, ReturnType<typeof itemNameOfLine>>();
  const itemOf = (line: number) => {
    if (!items.has(line)) items.set(line, itemNameOfLine(doc.lines.lines[line].text));
    return items.get(line);
  };
  for (const p of projects) {
    // (`公共文化服务体系建设项目` for the row `公共文化服务体系建设经费`: the name with another word for a project's money.)
    const core = GENERIC_END.exec(p.name)?.[1];
    const asProject = core && core.length >= 4 ? `${core}项目` : undefined;
    for (let si = 0; si < doc.sentences.length; si++) {
      const s = doc.sentences[si];
      if (doc.layout.kinds.has(s.line)) continue;
      const shown = s.text.includes(p.name) ? p.name : asProject && s.text.includes(asProject) ? asProject : undefined;
      // `三是临时救助资金。调整后预算320.00万元，实际支出269.85万元`: the line's item names the sentence's project
      // (or shortens its name: `四是普法经费。该项目预算…` for the row `普法依法治理经费`).
      const item = shown ? undefined : itemOf(s.line);
      // (Only the sentence right after the name: a later one may speak of what was left, `未支出的1.30万元`.)
      const ofItem = item !== undefined && (item.name === p.name || shortened(item.name) === p) && doc.text.slice(doc.lines.lines[s.line].start + item.end, s.start).trim() === '';
      if (!ofItem && !shown) continue;
      const name = shown ?? p.name;
      // `农村人居环境整治提升资金`, `基层动物防疫员补助`: a longer name, another thing than the row's;
      // and money of 政府性基金, which a table of the general budget does not hold.
      const named = ofItem ? 0 : s.text.indexOf(name);
      if ((!ofItem && NAME_GOES_ON.test(s.text.slice(named + name.length, named + name.length + 4))) || OTHER_FUND.test(s.text)) continue;
      // `年中追加文联第八次代表大会经费等，全年调整后预算612.80万元`: a name in a list, or what was added, is
      // no subject of the figures after it.
      // So is the last name of a list, a wrap before it or not (`…开放利用经费、` / `专项档案接收进馆经费，…实际支出62.12万`).
      const before = doc.text.slice(Math.max(0, s.start + named - 6), s.start + named).replace(/\s/g, '');
      // (`其他城乡社区管理事务` is another item than the row `城乡社区管理事务`.)
      // (Nor `项目“车辆购置税农村公路建设”` the row `公路建设`: a quoted name that begins before the row's.)
      // (Nor `大气污染防治资金` the row `污染防治`: a name of more words, of which the row's is the end.)
      // (Nor `年中为X项目追加4.20万元，调整后预算…`: added for it; nor `项目“…经费”（看守所）`: the unit that ran it.)
      const rest = s.text.slice(named + name.length, named + name.length + 6);
      if (!ofItem && (/^[、等和及与]/.test(rest) || (/[（(]$/.test(before) && /^[）)]/.test(rest)) || /(追加|新增|增加|其他|其它|[、和及与])$/.test(before) || (before.endsWith('为') && ADDED_FOR.test(rest))
        || LONGER_NAME.test(before) || quotedFrom(s.text, named) < named)) continue;
      // A sentence about this project only (`…分别是耕地保护经费、不动产登记经费…` names them all, and
      // its 项目支出 is theirs together), with the figure after the name.
      if (projects.some((q) => q !== p && s.text.includes(q.name))) continue;
      const after = s.start + named;
      const nameEnd = ofItem ? after : after + name.length;
      // (`2023年一般公共预算支出1,395.62万元`: another year's figure, which a table of the report's year does not hold.)
      // (Within a clause's reach of the name: a line of a megabyte names it once and holds thousands of figures.)
      const figures = amountsBetween(doc.amounts, after, Math.min(s.end, after + NAME_REACH)).filter((a) => a.kind === 'money' && !a.approximate && !standsApart(a) && ofTheYear(doc, a));
      const pair = (role: ProjectRole, said: Amount) => {
        const key = `项目|${p.name}|${role}`;
        const list = out.get(key) ?? [p.figures[role]!];
        list.push(said);
        out.set(key, list.sort((x, y) => x.start - y.start));
      };
      let paired = false;
      for (const role of PROJECT_ROLES) {
        const cell = p.figures[role];
        // In the name's own clause: `…上年结转资金68.40万元；年初预算数1,648.20万元` is the unit's.
        // Nor `上表仅列示局机关本级…，其余8个所属单位年初预算…`: other units' figure.
        // Nor `年中新增知识产权保护专项经费1个，全年共实施项目7个，调整后预算349.50万元`: the name counted, the figure all the projects'.
        const said = figures.filter((a) => (ROLE_IN_PROSE[role](a) || (role === 'full' && !p.figures.initial && PLAIN_BUDGET.test(a.label))) && !/[；;]/.test(doc.text.slice(after, a.start)) && !SOME_UNITS.test(doc.text.slice(nameEnd, a.start))
          && !COUNTED.test(doc.text.slice(nameEnd, a.start)) && !A_KIND_OF_IT.test(a.labelCore.replace(name, '')));
        if (!cell || said.length !== 1) continue;
        pair(role, said[0]);
        paired = true;
      }
      const bare = paired ? undefined : swappedFromRow(p, figures, after);
      if (bare) pair(bare.role, bare.said);
    }
  }
  return out;
}

/** A row's name ending in a word for a project's money, and the name before it. */
const GENERIC_END = /^(.+?)(?:专项资金|专项经费|经费|资金)$/;

/**
 * Names an item may shorten a row's to (`食品抽检经费` of `食品安全抽检经费`, `普法经费` of
 * `普法依法治理经费`): its characters in the row's order, the first two and the last two the row's —
 * kept only for a name that shortens one row of the table alone. Read once a name.
 */
function shortenedNames(projects: TableProject[]): (name: string) => TableProject | undefined {
  const read = new Map<string, TableProject | undefined>();
  const shortens = (short: string, long: string) => {
    if (short.length < 4 || short.length >= long.length || short.slice(0, 2) !== long.slice(0, 2) || short.slice(-2) !== long.slice(-2)) return false;
    let k = 0;
    for (const ch of long) if (ch === short[k]) k++;
    return k === short.length;
  };
  return (name) => {
    if (!read.has(name)) {
      const rows = projects.filter((p) => shortens(name, p.name));
      read.set(name, rows.length === 1 ? rows[0] : undefined);
    }
    return read.get(name);
  };
}

/** Where the quoted name holding `at` begins (after its `“`), or `at` when it is in no quotes. */
function quotedFrom(text: string, at: number): number {
  // (Looked for in the 40 characters before: a sentence may be megabytes.)
  const before = text.slice(Math.max(0, at - 40), at);
  const open = before.lastIndexOf('“');
  return open >= 0 && !before.slice(open).includes('”') ? at - before.length + open + 1 : at;
}

/** `阅读推广活动经费37.58万元`: the project's name and no more, which says neither budget nor spending. */
const BARE_NAME_REST = /^(项目)?(经费|资金|专项资金|专项经费)?$/;

/**
 * `阅读推广活动经费37.58万元` against the row's 预算 36.00 and 支出 35.78: a figure named by the project
 * alone is the row's figure whose digits it has with two swapped — the commonest slip in copying
 * a figure. Another value (a figure of some other kind, or year) is left alone.
 */
function swappedFromRow(p: TableProject, figures: Amount[], after: number): { role: ProjectRole; said: Amount } | undefined {
  const bare = figures.filter((a) => a.labelStart >= after && a.labelCore.startsWith(p.name) && BARE_NAME_REST.test(a.labelCore.slice(p.name.length)));
  if (bare.length !== 1) return undefined;
  const said = bare[0];
  const cells = PROJECT_ROLES.flatMap((role) => (p.figures[role] ? [{ role, cell: p.figures[role]! }] : []));
  if (cells.some(({ cell }) => cell.unit === said.unit && cell.valueText === said.valueText)) return undefined;
  const swapped = cells.filter(({ cell }) => cell.unit === said.unit && swapsOf(cell.valueText).includes(said.valueText));
  return swapped.length === 1 ? { role: swapped[0].role, said } : undefined;
}

/** The values `v` makes with two of its digits (and only two) changing places (`35.78` makes `37.58`). */
export function swapsOf(v: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < v.length; i++) {
    for (let k = i + 1; k < v.length; k++) {
      if (v[i] === v[k] || !/\d/.test(v[i]) || !/\d/.test(v[k])) continue;
      out.push(v.slice(0, i) + v[k] + v.slice(i + 1, k) + v[i] + v.slice(k + 1));
    }
  }
  return out;
}
