/**
 * A made-up draft for warming up an analysis worker before any large draft reaches it: V8 compiles
 * the engine's hot functions only once they have run on many lines, and a worker's first analyses
 * of a 300 KB draft take 3–6 times as long as later ones. The draft has what the rules read in real
 * ones — parts and sub-parts, a cover and title, sums with 其中 (some that hold, some that fail),
 * rates, counted lists, a pipe table and a tab table, 元 beside 万元, placeholders, a template
 * instruction, stray spaces and doubled characters — with figures that change with `round`, so
 * that no two rounds read alike. Nobody sees it: its findings are dropped.
 */

// The Hunan outline's first parts, one reworded (section.title) and its 五 left out (section.missing).
const PARTS = ['基本情况', '一般公共预算收支情况', '政府性基金预算支出情况', '国有资本经营预算支出情况', '资金使用及绩效情况', '存在的问题及原因分析'];
const SUBS = ['主要职能', '机构人员', '收入情况', '支出情况', '项目实施情况', '整体绩效情况'];
const ITEMS = ['小型水库除险加固', '农村饮水安全巩固', '档案数字化加工', '科普场馆运行', '基层卫生人员培训', '森林防火巡护'];
const CN_NUMBERS = '一二三四五六七八九十';

/** A figure in 万元 with two decimals, made from the two numbers (deterministic: no randomness is needed). */
function wan(a: number, b: number): string {
  const cents = ((a * 7919 + b * 104729) % 900000) + 10000;
  return (cents / 100).toFixed(2);
}

/** Two parts and their total (which holds unless `broken`), as text. */
function sumParts(a: number, b: number, broken: boolean): [string, string, string] {
  const x = Number(wan(a, b));
  const y = Number(wan(b + 3, a + 11));
  const total = (Math.round((x + y) * 100) + (broken ? 100 : 0)) / 100;
  return [total.toFixed(2), x.toFixed(2), y.toFixed(2)];
}

function paragraph(round: number, part: number, k: number): string {
  const n = round * 31 + part * 7 + k;
  const [total, basic, project] = sumParts(n, part + k, n % 5 === 0);
  const [income, fiscal, other] = sumParts(n + 1, k + 2, n % 7 === 0);
  const budget = Number(total) + Number(wan(n, 5)) / 10;
  const rate = ((Number(total) / budget) * 100 + (n % 3 === 0 ? 1.5 : 0)).toFixed(2);
  const staff = 20 + (n % 30);
  const admin = 5 + (n % 9);
  const item = ITEMS[n % ITEMS.length];
  const lines = [
    `${2023 + (n % 2)}年收入合计${income}万元，其中财政拨款收入${fiscal}万元，其他收入${other}万元。`,
    `全年支出${total}万元，其中基本支出${basic}万元，项目支出${project}万元；预算${budget.toFixed(2)}万元，执行率${rate}%。`,
    `年末实有人员${staff}人，其中行政人员${admin}人，事业人员${staff - admin - (n % 4 === 0 ? 1 : 0)}人。`,
    `${item}项目年初预算${wan(n, 9)}万元（含上级补助${wan(n, 2)}万元），累计支付${Math.round(Number(wan(n, 4)) * 10000)}元，完成率达到${80 + (n % 20)}%。`,
  ];
  if (n % 4 === 1) lines.push(`本年开展巡查${n % 50}次，发现问题X处，整改 ${n % 9}处，整改率的的达到100%。`);
  if (n % 4 === 2) lines.push(`全年实施项目共${3 + ((n >> 1) % 2)}个，其中：${ITEMS[0]}经费${wan(n, 1)}万元；${ITEMS[1]}经费${wan(n, 3)}万元；${ITEMS[2]}经费${wan(n, 8)}万元。`);
  if (n % 6 === 2) lines.push('对应年初预算申报及年中预算调整的子项目分别描述绩效情况，格式如下：如没有请写明“无”。');
  if (n % 6 === 4) lines.push(`工资福利支出${wan(n, 12)}万元，对个人和家庭的补助${(n % 90) + 0.5}万，实际支出${wan(n, 13)}元。`);
  if (n % 5 === 3) lines.push(`“${item}”的资金按进度拨付，结余${wan(n, 6)}万元结转下年使用。`);
  return lines.join('');
}

function pipeTable(round: number): string[] {
  const rows = ['| 项目 | 预算数（万元） | 支出数（万元） | 执行率 |', '| --- | --- | --- | --- |'];
  let budgets = 0;
  let spent = 0;
  for (let i = 0; i < 5; i++) {
    const b = Number(wan(round + i, 17));
    const s = Number(wan(round + i, 23)) % b;
    budgets += Math.round(b * 100);
    spent += Math.round(s * 100);
    const rate = ((s / b) * 100 + (i === round % 5 ? 0.7 : 0)).toFixed(2);
    rows.push(`| ${ITEMS[i]} | ${b.toFixed(2)} | ${s.toFixed(2)} | ${rate}% |`);
  }
  rows.push(`| 合计 | ${(budgets / 100).toFixed(2)} | ${((spent + (round % 2) * 100) / 100).toFixed(2)} | ${((spent / budgets) * 100).toFixed(2)}% |`);
  return rows;
}

function tabTable(round: number): string[] {
  const rows = ['科目\t年初预算\t调整预算\t决算数'];
  for (let i = 0; i < 4; i++) rows.push(`${SUBS[i]}\t${wan(round, i)}\t${wan(round + 1, i)}\t${wan(round + 2, i)}`);
  return rows;
}

/** The made-up draft of one round (about 13,000 characters). */
export function warmUpDraft(round: number): string {
  const out = [`某某县某某局${2023 + (round % 2)}年度部门整体支出绩效自评报告`, '', '某某县XX局（盖章）', `${2024 + (round % 2)}年3月`, ''];
  PARTS.forEach((title, part) => {
    out.push(`${CN_NUMBERS[part]}、${title}`);
    for (let k = 0; k < 4; k++) {
      out.push(`（${CN_NUMBERS[k]}）${SUBS[(part + k) % SUBS.length]}`);
      out.push(`${k + 1}.${ITEMS[(part + k) % ITEMS.length]}。${paragraph(round, part, k)}`);
      out.push(paragraph(round + 1, part, k + 4));
    }
    if (part === 1) out.push(...pipeTable(round), '', ...tabTable(round));
  });
  return out.join('\n');
}
