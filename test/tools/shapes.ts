/**
 * Inputs that once cost the square of their size, for the bench (timed at five sizes) and for the
 * unit test that no shape hangs. Each is grown to a file of that many UTF-8 bytes.
 */

/** Lines made by `line(i)` until they fill `bytes` of UTF-8 (the file a user would have), after `head`. */
function filled(bytes: number, head: string, line: (i: number) => string, joiner = '\n'): string {
  const out = [head];
  let size = Buffer.byteLength(head);
  for (let i = 0; size < bytes; i++) {
    const l = line(i);
    out.push(l);
    size += Buffer.byteLength(l) + Buffer.byteLength(joiner);
  }
  return out.join(joiner);
}

/**
 * Pieces of drafts (headings, figures, labels, leftovers, table marks) strung together in an order
 * drawn from a fixed seed: every run times the same text, and no hand-written shape decides which
 * readings meet.
 */
const FRAGMENTS = ['一、', '（二）', '3.', '第一部分', '1.1 ', '其中：', '合计', '小计', '预算收入58.59万元，', '年初预算50.36万元，',
  '实际支出', '执行率92.35%', '占比12.3%', '同比增长5.6%', '，', '。', '；', '、', '“', '”', '（', '）', 'XX', '××', '（此处填写项目概况）',
  '等', '主要包括', '×', '12人', '5个', '2024年', '全年预算数', '万元', '元', '%', '个百分点', '……………3', '\t', '|', '  ', '\u3000',
  '其余', '部分', '满意度', '1,234.56', '的的', '〔2024〕12号', '3—5月', '-3.2%', '÷'];

function randomFragments(): (i: number) => string {
  let seed = 20261123;
  const next = () => (seed = (seed * 48271) % 2147483647);
  return () => Array.from({ length: 1 + (next() % 12) }, () => FRAGMENTS[next() % FRAGMENTS.length]).join('');
}

/** The bench's four shapes besides normal drafts (which it makes from the drafts at hand). */
export const SHAPES: Array<[string, (bytes: number) => string]> = [
  ['one long line', (n) => filled(n, '一、基本情况\n', () => '预算收入58.59万元，其中年初预算50.36万元，', '')],
  ['many headings', (n) => filled(n, '', (i) => `（${(i % 9) + 1}）第${i}项工作\n内容。`)],
  ['a wide table', (n) => filled(n, '项目名称\t年初预算\t全年预算数\t全年执行数\t结余结转\t执行率', (i) => `${i + 1}、项目经费${i}\t8.00\t8.00\t7.60\t0.40\t95.00%`)],
];
/**
 * Shapes the command line is also timed on, harder than the four above: figures that differ from
 * row to row (nothing repeats for a cache to find), a finding on every line, headings of every style.
 */
export const HARDER_SHAPES: Array<[string, (bytes: number) => string]> = [
  ['a table of varied figures', (n) => filled(n, '项目名称\t年初预算\t全年预算数\t全年执行数\t结余结转\t执行率', (i) => {
    const budget = 10 + (i % 90);
    const spent = Math.round(budget * ((i % 50) + 50)) / 100;
    return [`项目${i}`, `${budget}.00`, `${budget}.00`, spent.toFixed(2), (budget - spent).toFixed(2), `${((spent / budget) * 100).toFixed(2)}%`].join('\t');
  })],
  ['a pipe table, every rate wrong', (n) => filled(n, '| 项目 | 年初预算 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|---|',
    (i) => `| 项目${i} | ${i % 97}.00 | ${(i % 97) + 1}.00 | ${i % 89}.50 | ${i % 100}.00% |`)],
  // Each clause's 支出合计 misses its two parts by 1.00, and 基本支出 mostly misses its own. (Its
  // lists once had one part each: the sums that failed were a misreading, a 支出合计 taking the
  // clause before the `；` for its parts.)
  ['nested 其中, sums that fail', (n) => filled(n, '一、基本情况', (i) => `支出合计${i}.00万元，其中：基本支出${i}.00万元，其中人员经费${i % 7}.00万元、公用经费${i % 5}.00万元，项目支出1.00万元；`, '')],
  ['headings of five styles', (n) => filled(n, '', (i) => `${['一、', '（二）', '3.', '（4）', '①'][i % 5]}第${i}部分`)],
  ['spaces and leftovers per line', (n) => filled(n, '一、基本情况', (i) => `预算  收入 ${i} 万 元 ， 的的 XX年 ＿＿ 【请填写】`)],
  // One line without a full stop: partial lists, spaced-out words and fill-in notes, each read
  // within a bounded window (a sentence-long window made this 27.8 s once).
  ['one line of partial lists and notes', (n) => filled(n, '一、基本情况\n', (i) => `支出${i}万元，其中主要包括A经费${i % 60}万元、B经费${i % 30}万元等，其余为零星支出，联 系 人 （请填写本单位情况），`, '')],
  // A rate read against every figure before it on the line, and 的的 checked against every pair
  // before it, were found square by the random line below (2 MB: 3.1 s and 2.9 s).
  ['one line of rates and doubled words', (n) => filled(n, '一、基本情况\n', (i) => `预算收入${i}万元，支出${i % 90}万元，执行率${i % 100}.5%，的的`, '')],
  // A comparison read against every figure before it in its sentence, a count's list read to the
  // end of its sentence, and a placeholder looked for to the sentence's end were square (2 MB:
  // 57 s, over a minute, and 59 s).
  ['one line of comparisons', (n) => filled(n, '一、基本情况\n', (i) => `支出${i}.00万元，较上年的${i + 3}.00万元下降1.5%，较上年增加${i % 50}.00万元，同比增长6.5%，`, '')],
  ['one line of counts and their lists', (n) => filled(n, '一、基本情况\n', (i) => `共3个项目，分别为甲${i}、乙、丙，共${(i % 9) + 2}人，其中在职${i % 5}人，`, '')],
  ['one line of lists with placeholders', (n) => filled(n, '一、基本情况\n', (i) => `预算收入58.59万元，其中年初预算50.36万元，中央补助××万元，县级配套${i}.00万元，`, '')],
  // A share read its figure from every figure before it in the sentence, and looked back to the
  // text's start for 其中, ； and the clause naming its whole (400 KB: 2.5 s).
  ['one line of shares', (n) => filled(n, '一、基本情况\n', (i) => `支出合计${i}.00万元，在编人员中党员${i % 40}人，党员占比${i % 100}.00%，基本支出${i % 70}.00万元，占${i % 90}.50%，`, '')],
  // Products (a count × a rate per thing) look for their count and total in a reach around the rate,
  // never along the whole sentence; guarded as the other one-line readings are.
  ['one line of products', (n) => filled(n, '一、项目情况\n', (i) => `改造户厕${(i % 900) + 100}户，每户补助1,500元，共兑付${i % 97}.00万元；新建公厕${i % 9}座，每座6.00万元，计${i % 50}.00万元，`, '')],
  ['one line of report fragments in random order', (n) => filled(n, '', randomFragments(), '')],
  // A count over the items numbered below it looked down the whole text for a first item, for each
  // count (700 KB of either: 27 s and 34 s).
  ['lines of counts over no items', (n) => filled(n, '一、基本情况', (i) => (i % 2 ? `全年主要完成以下${(i % 7) + 2}项工作：` : `专项资金共${(i % 5) + 2}个，其中：`))],
  // A table noted in 元 under one 万元 figure said over and over: the list of its mentions was copied
  // for each one (2 MB: 12 s).
  ['a table noted in 元 and one figure said again and again', (n) => filled(n, '表1 项目支出明细表（单位：元）\n项目名称\t年初预算\t实际支出\n业务工作经费\t58.59\t50.36\n维权服务经费\t58.59\t50.36\n合计\t117.18\t100.72', () => '业务工作经费58.59万元，其中年初预算50.36万元，', '')],
  // A column headed in 元 among 万元 ones, every row's rate holding in 万元 only: each row's cell was
  // looked for among all the table's cells (2 MB: 3.4 s; 4 MB: 10.3 s).
  ['a table whose 元 column header is wrong on every row', (n) => filled(n, '项目名称\t年初预算数（万元）\t全年预算数（元）\t实际支出（万元）\t执行率', (i) => `项目${i}\t45.00\t52.60\t50.85\t96.67%`)],
  // One sentence about the general budget, of parts said again and again: each part was compared with
  // every part before it, and each figure's sentence read for other budgets (512 KB: 2.2 s; 2 MB: 25 s).
  ['one sentence of the general budget\'s parts', (n) => filled(n, '2024年一般公共预算支出100.00万元中，', () => '基本支出60.00万元，项目支出40.00万元，一般公共预算基本支出60.00万元，', '')],
  // An item that says what went wrong, followed by thousands of the unit's figures: each figure read the
  // line from its start for a second item (2 MB: 10.7 s).
  ['one item line of the unit\'s figures', (n) => filled(n, '一是项目支出进度不均衡。', () => '全年项目支出40.00万元，基本支出60.00万元，', '')],
  // Totals after their parts, one sentence of them: each total read the sentence's every figure for
  // a 合计 it adds to (2 MB: 33 s).
  ['one sentence of totals after their parts', (n) => filled(n, '二、收入情况', () => '使用非财政拨款结余1.00万元，年初结转和结余2.00万元，收入总计5.00万元，', '')],
  // 分别 lists in one sentence: each list's first figure was looked for from the line's start, and
  // each list of shares read every figure back to the sentence's start (2 MB: 30 s).
  ['one line of 分别 lists and their shares', (n) => filled(n, '三、绩效情况', () => '项目支出共计300.00万元，甲项目、乙项目两个项目分别为100.00万元、200.00万元，分别占项目支出的33.33%、66.67%，', '')],
  // A 决算 table of many 本年收入合计 rows, each a 小计 of the rows above it: each one's rows were picked
  // from the whole table (2 MB: 29 s).
  ['a 决算 table of many 本年收入合计 rows', (n) => filled(n, '收入\t行次\t金额\t支出\t行次\t金额\n栏次\t\t1\t栏次\t\t2',
    (i) => `一、收入${i}\t${i}\t1.00\t一、支出${i}\t${i}\t1.00\n本年收入合计\t${i}\t1.00\t本年支出合计\t${i}\t1.00`)],
  // Shares of totals named as table rows, each name its own: the text was searched once per name.
  ['one line of shares of totals named anew', (n) => filled(n, '本年支出合计\t100.00', (i) => `支出合计${i}.00万元，基本支出30.00万元，占${String.fromCharCode(0x4e00 + (i % 2000), 0x4e00 + (Math.floor(i / 2000) % 2000))}本年支出合计的25.00%，`, '')],
  // Sub-parts numbered again from （一） under one part, over and over: each restart looked for its place among the part's sub-parts.
  ['sub-parts numbered again and again under one part', (n) => filled(n, '一、部门（单位）基本情况\n（一）部门职能概述\n文字。\n二、一般公共预算支出情况', () => '（一）基本支出情况\n（二）项目支出情况')],
  // Readings added later, linear when added and kept so: a budget-classification table whose 类 and 款
  // codes Word merged down; one line of changes said with no base figure; an indicator table whose
  // rows the text says again with two digits swapped.
  ['a classification table of merged-down codes', (n) => filled(n, '类\t款\t项\t科目名称\t决算数', (i) => `${200 + (i % 700)}\t\t\t类\t30.00\n\t01\t\t款\t30.00\n\t\t01\t项\t20.00\n\t\t02\t项\t10.00`)],
  ['one line of changes with no base figure', (n) => filled(n, '二、一般公共预算支出情况', (i) => `支出${i + 100}.00万元，比上年增加${(i % 50) + 1}.00万元，增长9.99%；`, '')],
  ['an indicator table and its rows said again', (n) => filled(n, '指标类别\t具体指标\t年度目标值\t实际完成值\t完成率', (i) => `产出指标\t服务事项${i}号\t≥1000人次\t1017人次\t101.70%\n全年提供服务事项${i}号1071人次。`)],
  // Accountants' negatives in a table's every row; one line of procurement savings and net values.
  ['a table of bracketed negatives', (n) => filled(n, '单位：万元\n项目\t预算数\t决算数\t差额\t差异率', (i) => `项目${i}\t24.70\t22.87\t(1.83)\t(7.41%)`)],
  ['one line of savings and net values', (n) => filled(n, '五、资产和采购', (i) => `采购预算${420 + (i % 50)}.00万元，中标金额391.50万元，节约资金28.50万元，节约率6.79%，车辆原值386.50万元，累计折旧212.35万元，净值174.15万元，`, '')],
  // Rows nested by their indent, each level's parts under it, one wrong in five; and a procurement table.
  ['a table of rows nested by their indent', (n) => filled(n, '单位：万元\n科目名称\t决算数', (i) => `支出${i}\t${i % 5 ? 30 : 31}.00\n\u3000人员经费\t20.00\n\u3000\u3000工资\t12.00\n\u3000\u3000津贴\t8.00\n\u3000公用经费\t10.00`)],
  ['a procurement table of savings', (n) => filled(n, '单位：万元\n序号\t项目名称\t采购预算\t中标金额\t节约资金\t节约率', (i) => `${i}\t采购${i}\t${100 + (i % 7)}.00\t95.00\t${5 + (i % 7)}.00\t${i % 3 ? '5.00' : '6.00'}%`)],
  // Counts said after what they count: numbered items closed by `以上N项`, names before their count on
  // one line, `以下三个方面…：一是…` on one line; and funds' own rates on one line.
  ['numbered items each closed by 以上N项', (n) => filled(n, '（二）专项资金支出绩效情况', (i) => `1.甲资金。预算10.00万元。\n2.乙资金。预算20.00万元。\n3.丙资金。预算30.00万元。\n以上${i % 2 ? '三' : '四'}项专项资金均按规定使用。`)],
  ['one line of names counted after them', (n) => filled(n, '一、部门基本情况', (i) => `内设办公室、财务股、业务${String.fromCharCode(0x4e00 + (i % 2000))}股${i % 2 ? '3' : '4'}个股室，`, '')],
  ['one line of ordinals after a few words and a colon', (n) => filled(n, '四、下一步改进措施', (i) => `从以下${i % 2 ? '三' : '四'}个方面加以改进：一是甲；二是乙；三是丙。`, '')],
  // The staff in post said once by its label, then again and again by a noun after the count.
  ['one line of staff counts said again', (n) => filled(n, '年末实有在职人员20人。', (i) => `全局${i % 2 ? 20 : 21}名在职干部职工参加第${i}期培训，`, '')],
  // A figure of its own name said again and again, now and then with its point moved.
  ['one line of a figure restated with its point moved', (n) => filled(n, '非遗保护与展演经费12.50万元。', (i) => `又说非遗${String.fromCharCode(0x4e00 + (i % 2000))}保护经费${i % 3 ? '12.50万元' : '1.25万元'}。`, '')],
  // Grades against the bands said once at the top: every grade looks back for its score.
  ['one line of grades after the bands', (n) => filled(n, '评分标准为：90分（含）以上为优、80分（含）-90分为良、60分（含）-80分为中、60分以下为差。', (i) => `第${i}项自评得分${i % 2 ? '88.5' : '92'}分，自评等级为“优”；`, '')],
  ['one line of funds\' own rates', (n) => filled(n, '（二）项目支出情况', (i) => `上级下达资金250.00万元，已支出243.18万元，执行率${i % 2 ? '97.27' : '97.72'}%；`, '')],
  // A table of three hundred projects, then items naming them shortened, each with its budget and spending.
  ['project rows said again by shortened items', (n) => {
    const rows = Array.from({ length: 290 }, (_, i) => `${String.fromCharCode(0x4e00 + i * 3)}${String.fromCharCode(0x4e01 + i * 3)}建设工作经费\t${10 + i}.00\t${9 + i}.50`);
    const head = ['表1 项目支出情况表（单位：万元）', '项目名称\t预算数\t实际支出', ...rows, '合计\t1.00\t1.00', '六、项目情况'].join('\n');
    return filled(n, head, (i) => `${(i % 9) + 1}.${String.fromCharCode(0x4e00 + (i % 290) * 3)}建设经费。该项目预算${10 + (i % 290)}.00万元，实际支出${9 + (i % 290)}.50万元。`);
  }],
  // A score table's levels, then one line of their scores said again and again, some differing.
  ['one line of level scores after a score table', (n) => filled(n, '一级指标\t指标分值\t自评得分\n决策\t15\t14\n过程\t20\t18.5\n产出\t40\t39\n效益\t25\t23.5\n合计\t100\t95',
    (i) => `第${i}项：决策方面得${i % 2 ? 14 : 15}分，过程指标（20分）共得分18.5分；`, '')],
  // The total score said again and again on one line after a score table, no word of the unit as a whole among them.
  ['one line of total scores after a score table', (n) => filled(n, '一级指标\t分值\t得分\n决策\t15\t14\n过程\t20\t18.5\n产出\t40\t39\n效益\t25\t23.5\n合计\t100\t95',
    (i) => `第${i}项自评得分${i % 2 ? 95 : 96}分，`, '')],
  // Tables of 190 rows whose 合计 is wrong: the rows are tried as parents and their parts.
  ['tables whose totals do not add up', (n) => filled(n, '二、部门支出情况', (t) => {
    const rows = Array.from({ length: 190 }, (_, i) => `项目${i}\t${1000 + ((i * 7 + t) % 777)}.25`);
    return [`表${t}`, '单位：元', '项目\t金额', ...rows, '合计\t1.00'].join('\n');
  })],
  // Figures of a thousand names, each said in 万元 and again in 亿元, rounded, some with two digits swapped.
  ['names said in 万元 and again in 亿元', (n) => filled(n, '二、部门收支情况', (i) => {
    const name = `${String.fromCharCode(0x4e00 + (i % 1000))}专项经费`;
    return `${name}${1000 + (i % 9000)}.${10 + (i % 89)}万元，${name}0.${1000 + (i % 8999)}亿元。`;
  })],
  // Each year's money, its spending's list and the balance said apart after it, the balance off by a digit now and then.
  ['balances said apart after the spending', (n) => filled(n, '二、预算收支出情况', (i) => `${2000 + (i % 25)}年中心预算资金382.64万元，其中年初预算326.47万元，上年结转12.50万元，年中追加48.67万元，年中调减5.00万元。全年实际支出368.76万元，其中基本支出218.47万元，项目支出150.29万元；年末结转结余1${i % 10}.88万元。`)],
  // Rates with their base in brackets after, and another year's rate in the clause after a ；, on one line.
  ['one line of rates over bases in brackets', (n) => filled(n, '一、基本情况\n', (i) => `实际支出131.25万元，结余结转14.44万元，项目执行率9${i % 10}.16%（本年下达136.49万元）；${2000 + (i % 25)}年预算数1336.08万元，执行率97.51%，`, '')],
  // One line listing figures with a 、 between them and their 合计 at the end: each figure's words up to
  // the total were sliced again (square), and taking the parts spread them into a call (a stack overflow past ~120,000).
  ['one line of listed figures and their total', (n) => filled(n, '一、基本情况\n', (i) => `甲${(i % 9) + 1}.00万元、`, '') + '，合计900000.00万元。'],
];

