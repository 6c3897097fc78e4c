import * as assert from 'assert';
import { lint } from '../../server/src/engine';
import { applyEdits } from '../harness/edits';

/** Leftovers of templates and conversions, and slips of typing, against their look-alikes. */
const found = (text: string, rule: string) => lint(text).findings.filter((f) => f.ruleId === rule);
// Enough full-width marks for the draft's style to be full-width.
const STYLE = '本单位认真贯彻落实上级部署，加强预算管理，严格执行财经纪律；'.repeat(8);

describe('leftovers: template text, conversion debris, typing slips', () => {
  it('a paragraph opening with the template asking (`请根据…简要概述…，字数控制在500字以内。`) is an instruction, without brackets', () => {
    const text = '一、部门基本情况\n（一）部门职能概述\n请根据部门“三定”方案简要概述部门主要职能，字数控制在500字以内。本局主要负责全县水利工作。\n';
    const [f] = found(text, 'template.instruction');
    assert.ok(f, 'found');
    assert.strictEqual(applyEdits(text, f.fixes[0].edits), '一、部门基本情况\n（一）部门职能概述\n本局主要负责全县水利工作。\n', 'what the drafter wrote after it stays');
    assert.deepStrictEqual(found('请财政局在安排2025年预算时予以支持。\n请各股室根据自评结果抓好整改。\n', 'template.instruction'), [], 'a request the report makes is no instruction');
  });

  it('words side by side that read as a pair said twice (`小学教学教研`) are no doubled word', () => {
    assert.deepStrictEqual(found('承担区级小学教学教研示范和新教师跟岗培训任务。', 'text.duplicate-char'), []);
    assert.deepStrictEqual(found('项目结余结转1.06万元，其余结余结转4.79万元为基本支出结余。', 'text.duplicate-char'), []);
    assert.strictEqual(found('承担区级教学教学示范任务。', 'text.duplicate-char').length, 1);
  });

  it('a word before a noun of who or where that opens with it (`经济普查普查员`, `环境监测监测点`) is no doubled word', () => {
    assert.deepStrictEqual(found('主要用于经济普查普查员、普查指导员业务培训。新建环境监测监测点3个。', 'text.duplicate-char'), []);
    assert.strictEqual(found('主要用于经济普查普查工作。', 'text.duplicate-char').length, 1);
  });

  it('X between digits masks a number; X before a unit or alone is a placeholder', () => {
    const masked = '抽查对象刘某华，身份证号码4304261958XXXX2716，联系电话139XXXX6025，病例联系电话统一记为“138XXXX2256”样式。';
    assert.deepStrictEqual(found(masked, 'template.placeholder'), []);
    assert.strictEqual(found('项目计划投资XX万元，已完成1XX万元。', 'template.placeholder').length, 2);
  });

  it('a placeholder quoted as words spoken of (`保留了模板中的“XXX”字样`) is no placeholder left in', () => {
    const text = '一是上年自评报告编制较为仓促，个别项目名称保留了模板中的“XXX”字样、金额栏保留了“X万元”字样，被退回修改。';
    assert.deepStrictEqual(found(text, 'template.placeholder'), []);
    const more = '初稿中曾原样保留模板里的“XX项目”“X万元”字样。公开版本中养殖场户名称一律以“×××”代替。表头“XX村村务公开栏”中的“XX”由各村据实填写。避免再出现“XX馆”“X万元”之类未替换的模板字样。';
    assert.deepStrictEqual(found(more, 'template.placeholder'), []);
    assert.strictEqual(found('项目“XXX”年初预算金额X万元，实际支出XX万元。', 'template.placeholder').length, 3);
  });

  it('`说明：没有…的单位填写“无”。` asks the units without such funds, a note of the template with its head', () => {
    const text = '四、国有资本经营预算支出情况\n说明：没有国有资本经营预算支出的单位填写“无”。\n无。\n';
    const f = found(text, 'template.instruction');
    assert.deepStrictEqual(f.map((x) => text.slice(x.start, x.end)), ['说明：没有国有资本经营预算支出的单位填写“无”。']);
    assert.deepStrictEqual(found('四、国有资本经营预算支出情况\n本单位没有国有资本经营预算支出，按要求填写“无”。\n', 'template.instruction'), []);
  });

  it('a list number with one bracket opening its line (`1）`, `a)`) is no unbalanced bracket; a stray `）` in a sentence is', () => {
    const text = '主要职能：\n1）传染病防控：做好法定传染病监测。\n2）慢病防治：开展高血压管理。\na) 检验检测：承担水质检测。\n';
    assert.deepStrictEqual(found(text, 'text.unbalanced-quote'), []);
    assert.strictEqual(found('全年开展培训12期）。\n', 'text.unbalanced-quote').length, 1);
  });

  it('a Word field code shown as text is debris; a page\'s number line with one goes whole', () => {
    const text = 'TOC \\o "1-3" \\h \\z \\u HYPERLINK \\l "_Toc168021" 一、部门基本情况\n- PAGE \\* MERGEFORMAT 4 -\n水旱灾害防御〓应急演练。\n';
    const fs = found(text, 'template.artifact');
    assert.strictEqual(fs.length, 3);
    let fixed = text;
    for (const f of [...fs].reverse()) fixed = applyEdits(fixed, f.fixes[0].edits);
    assert.strictEqual(fixed, '一、部门基本情况\n\n水旱灾害防御应急演练。\n');
    // Words in capitals are no field: `PAGE`, `TOC` without a switch, a standard's code.
    assert.deepStrictEqual(found('按照GB/T 2260-2007标准，PAGE和TOC两个模块已上线，ISO 9001认证。\n', 'template.artifact'), []);
  });

  it('a blank left to write on and a unit\'s name never written are placeholders; a name with _ is not', () => {
    const fs = found('全年完成农村公路日常养护里程＿＿＿公里。\n（单位名称）\n2024年3月\n', 'template.placeholder');
    assert.deepStrictEqual(fs.map((f) => f.message.zh), ['“＿＿＿”是模板空白填写处，发布前应替换或删除', '“（单位名称）”是模板占位符，发布前应替换或删除']);
    assert.deepStrictEqual(found('文件见jixiao_report_2024.docx；表头为支出内容（项目名称）。\n', 'template.placeholder'), []);
  });

  it('是是 is a slip, but not before 否 or in 是是非非; a verb said twice on purpose is no slip', () => {
    assert.strictEqual(found('营养改善计划是是一项民生工程。\n', 'text.duplicate-char').length, 1);
    assert.deepStrictEqual(found('关键问题是是否按期完成，不搞是是非非。班子会议研究研究再定。\n', 'text.duplicate-char'), []);
    assert.deepStrictEqual(found('按县道412.5公里每公里每年1万元的标准安排养护资金。\n', 'text.duplicate-char'), []);
    assert.strictEqual(found('严格执行财务制度，做到了了专款专用。\n', 'text.duplicate-char').length, 1);
    assert.deepStrictEqual(found('为了了解群众需求，防止问题不了了之。\n', 'text.duplicate-char'), []);
  });

  it('half-width brackets round Chinese words in a full-width draft; not round figures, codes or numbering', () => {
    const brackets = '本局（含所属单位）收支情况（按单位预算口径）见附表（单位：万元）。';
    const text = `${STYLE}\n${brackets}\n一是部分偏远教学点(村小)食堂设施简陋。\n`;
    // Brackets are a style of their own: a draft that writes none full-width keeps its half-width ones.
    assert.deepStrictEqual(found(`${STYLE}\n一是部分偏远教学点(村小)食堂设施简陋(含村办幼儿园)。\n`, 'text.punctuation'), []);
    const [f, ...rest] = found(text, 'text.punctuation');
    assert.deepStrictEqual(rest, []);
    assert.ok(applyEdits(text, f.fixes[0].edits).includes('教学点（村小）食堂'));
    assert.deepStrictEqual(found(`${STYLE}\n(1)空气质量(PM2.5)达标，完成率(%)见表。\n`, 'text.punctuation'), []);
    // A comma before a figure is a slip too; a colon before one may be a telephone number's.
    assert.strictEqual(found(`${STYLE}\n工程于2024年3月开工,11月底前完成。\n`, 'text.punctuation').length, 1);
    assert.deepStrictEqual(found(`${STYLE}\n联系电话:07312345678。\n`, 'text.punctuation'), []);
  });
});

describe('counts and repeated figures', () => {
  it('a count whose list follows its sum (`共7个，项目支出合计…，分别为：`) is counted; a 及 inside an item with its own figure is its name', () => {
    const list = '农村公路建设项目8200.00万元，农村公路养护工程2865.40万元，危桥改造工程2318.60万元，农村客运补贴1426.15万元，交通安全生命防护工程1247.28万元，港航水运及渡口管理经费500.00万元。';
    const text = `2024年度实施项目共7个，项目支出合计16557.43万元，分别为：${list}`;
    assert.deepStrictEqual(found(text, 'amount.count-mismatch').map((f) => f.message.zh), ['写的是7个，但列出了6项']);
    assert.deepStrictEqual(found(text.replace('共7个', '共6个'), 'amount.count-mismatch'), []);
  });

  it('a count of projects over a table grouped by kind: the rows naming a group (`一 | 教育经费保障类`) and its 小计 are no projects', () => {
    const table = (n: number) => [
      `2023年度本部门共实施项目${n}个，分为两类，具体执行情况见下表。`,
      '单位：万元',
      '序号\t项目名称\t调整后预算\t实际支出\t执行率',
      '一\t教育经费保障类\t\t\t',
      '1\t公办幼儿园生均公用经费\t420.00\t416.35\t99.13%',
      '2\t教师培训经费\t165.00\t158.72\t96.19%',
      '\t小计\t585.00\t575.07\t98.30%',
      '二\t学生资助类\t\t\t',
      '3\t学前教育幼儿资助资金\t112.40\t112.40\t100.00%',
      '4\t营养改善计划\t684.20\t671.58\t98.16%',
      '\t小计\t796.60\t783.98\t98.42%',
      '合计\t\t1381.60\t1359.05\t98.37%',
      '各项目均按计划实施。',
    ].join('\n');
    assert.deepStrictEqual(found(table(4), 'amount.count-mismatch'), []);
    assert.deepStrictEqual(found(table(5), 'amount.count-mismatch').map((f) => f.message.zh), ['写的是5个，但列出了4项']);
  });

  it('the 三公 money said as 实际支出 or 决算支出 is the 三公 money said as 支出', () => {
    const text = '2023年“三公”经费支出14.58万元，其中公务接待费4.71万元，公务用车运行维护费9.87万元。\n坚持厉行节约，2023年“三公”经费实际支出15.48万元，控制在年初预算以内。\n';
    assert.strictEqual(found(text, 'amount.inconsistent').length, 1);
    assert.deepStrictEqual(found(text.replace('15.48', '14.58'), 'amount.inconsistent'), []);
  });
  it('a count whose table the next sentence, or 具体如下：, points to is counted by the table\'s rows', () => {
    const table = ['序号\t项目名称\t预算数\t实际支出', '1\t甲项目\t10.00\t9.00', '2\t乙项目\t20.00\t19.00', '合计\t\t30.00\t28.00', '各项目均按期完成。', ''].join('\n');
    assert.deepStrictEqual(found(`2024年度项目支出28.00万元，共3个项目，项目预算30.00万元。各项目执行情况如下表：\n${table}`, 'amount.count-mismatch').map((f) => f.message.zh), ['写的是3个项目，但列出了2项']);
    assert.deepStrictEqual(found(`本单位2024年实施项目共3个，项目支出28.00万元，具体如下：\n${table}`, 'amount.count-mismatch').map((f) => f.message.zh), ['写的是3个，但列出了2项']);
    assert.deepStrictEqual(found(`本单位2024年实施项目共2个，项目支出28.00万元，具体如下：\n${table}`, 'amount.count-mismatch'), []);
  });
  it('a count right before a colon (`…5家：`) is counted by the names joined by `、` after it, to the first stop', () => {
    const counts = (t: string) => found(t, 'amount.count-mismatch').map((f) => f.message.zh);
    assert.deepStrictEqual(counts('全年评定优秀人民调解委员会5家：桂湖社区调委会、沙洲村调委会、望江社区调委会、区医疗纠纷调委会、区道路交通纠纷调委会、城关镇调委会。'), ['写的是5家，但列出了6项']);
    assert.deepStrictEqual(counts('局机关内设股室4个：办公室、优抚安置股、权益维护股、思想政治和褒扬纪念股；下属事业单位2个。'), []);
    assert.deepStrictEqual(counts('开展主题活动5场：读书分享会、亲子共读等。'), []);
    assert.deepStrictEqual(counts('主要职责包括政策落实、优抚褒扬、服务保障等5个方面：贯彻落实退役军人政策、管理保障等工作；组织实施安置工作。'), []);
    const below = (n: number) => `二、绩效情况\n全年主要完成以下${n}项工作：\n（1）优抚政策落实到位。全年发放优抚金。\n（2）安置工作平稳有序。\n（3）就业创业扶持有力。\n（4）英烈褒扬氛围浓厚。\n三、存在的问题\n无。`;
    assert.deepStrictEqual(counts(below(4)), []);
    assert.deepStrictEqual(counts(below(5)), ['写的是5项工作，但列出了4项']);
    assert.deepStrictEqual(counts('本部门项目共4个，其中本级项目2个、上级专项2个：\n一是甲项目。\n二是乙项目。\n三是丙项目。\n四是丁项目。'), []);
  });
  it('a count whose items follow `，包括` or `，即` is counted by them; `等` still ends a partial list', () => {
    const counts = (t: string) => found(t, 'amount.count-mismatch').map((f) => f.message.zh);
    assert.deepStrictEqual(counts('2022年度项目支出71.25万元，共5个项目，包括食品安全抽检经费31.20万元、特种设备安全监管经费18.60万元、知识产权保护专项经费12.00万元、消费维权及12315平台运行经费9.45万元。'), ['写的是5个项目，但列出了4项']);
    assert.deepStrictEqual(counts('组织“科技活动周”系列活动共4项，即科普大篷车巡展、科学家精神报告会、青少年机器人竞赛、科普剧展演。'), []);
    assert.deepStrictEqual(counts('全年共开展培训5期，包括电商直播、家政服务等。'), []);
  });
  it('a count of projects said before its table, past the year\'s figures (`共实施项目5个，…，具体执行情况见下表：`), is counted by its rows; `其他项目（7个）` counts 7', () => {
    const table = ['表4  2023年度项目支出执行情况表', '单位：万元', '序号\t项目名称\t调整后预算\t实际支出', '1\t甲项目\t10.00\t9.00', '2\t乙项目\t20.00\t19.00', '3\t其他项目（3个）\t5.00\t4.00', '合计\t\t35.00\t32.00', '各项目均按期完成。', ''].join('\n');
    const said = (n: number) => `2023年我会共实施项目${n}个，项目资金调整后预算35.00万元，实际支出32.00万元，具体执行情况见下表：\n${table}`;
    assert.deepStrictEqual(found(said(5), 'amount.count-mismatch'), []);
    assert.deepStrictEqual(found(said(6), 'amount.count-mismatch').map((f) => f.message.zh), ['写的是6个，但列出了5项']);
    const after = `2024年共实施项目4个，全年预算35.00万元，实际支出32.00万元。各项目执行情况如下：\n${table.replace('其他项目（3个）', '丙项目')}`;
    assert.deepStrictEqual(found(after, 'amount.count-mismatch').map((f) => f.message.zh), ['写的是4个，但列出了3项']);
  });
  it('an item line\'s name (`三是临时救助资金。`) names the project of the sentence after it, against the table\'s row', () => {
    const text = ['表2  2023年度项目支出情况表（单位：万元）', '项目名称\t调整后预算\t实际支出\t执行率', '城乡低保资金\t3860.00\t3842.16\t99.54%',
      '临时救助资金\t320.00\t296.85\t92.77%', '合计\t4180.00\t4139.01\t99.02%',
      '三是临时救助资金。调整后预算320.00万元，实际支出269.85万元，全年实施临时救助1863人次。部分资金未支出的23.15万元结转下年。', ''].join('\n');
    assert.deepStrictEqual(found(text, 'amount.inconsistent').map((f) => f.message.zh), ['实际支出269.85万元与第4行的实际支出296.85万元不一致']);
    assert.deepStrictEqual(found(text.replace('269.85', '296.85'), 'amount.inconsistent'), []);
  });
  it('an item about how the work went speaks of the unit\'s money; a 三公 item\'s 年初预算 is the 三公 money\'s', () => {
    const text = '2023年支出793.31万元，其中基本支出205.63万元，项目支出561.27万元，结余结转26.41万元。\n1.基本运转保障有力。2023年基本支出205.36万元，足额保障了人员工资。\n2.“三公”经费执行情况。全年“三公”经费支出3.12万元。与年初预算3.50万元相比节约0.38万元。\n2023年年初预算256.40万元。\n';
    assert.deepStrictEqual(found(text, 'amount.inconsistent').map((f) => f.message.zh), ['基本支出205.36万元与第1行的基本支出205.63万元不一致']);
  });

  it('a project line with a source of no role read before its spending states no fund line', () => {
    const text = '1．项目“人道救助经费”年初预算金额5万元，上级转移支付0万元，年中调增（减）0万元，追加（减）0万元，使用社会捐赠资金35.10万元，实际支出33.76万元，结余结转6.34万元。\n';
    assert.deepStrictEqual(found(text, 'amount.sum-mismatch'), []);
    const fund = '1．项目“城市建设支出（政府性基金）”年初预算金额0万元，上级转移支付0万元，年中调增0万元，追加0万元，政府性基金安排420.00万元，实际支出420.00万元，结余结转0万元。\n';
    assert.deepStrictEqual(found(fund, 'amount.sum-mismatch'), []);
  });
  it('items named by a project\'s spending (`3.危桥改造支出。`) are that project\'s, not the unit\'s 支出', () => {
    const text = '2.生命安全防护工程支出。完成安防设施32.6公里，支出104.32万元。\n3.危桥改造支出。完成危桥改造3座，支出73.30万元。\n';
    assert.deepStrictEqual(found(text, 'amount.inconsistent'), []);
  });
  it('a count\'s names joined by 、 end at the first `，` even with a `；` later; a row\'s kind is not the row', () => {
    assert.deepStrictEqual(found('全年接收进馆档案共4类，分别为文书档案、会计档案、基建档案和声像档案，合计2316卷（件）；征集实物资料137件。\n', 'amount.count-mismatch'), []);
    const text = ['单位\t年初预算\t调整后预算\t实际支出\t执行率', '局机关本级\t1,906.20\t2,318.45\t2,271.46\t97.97%', '所属单位\t959.20\t1,094.31\t1,085.46\t99.19%',
      '全系统项目支出2,138.55万元，其中局机关本级项目支出1,792.56万元，占全系统项目支出的83.82%。', ''].join('\n');
    assert.deepStrictEqual(found(text, 'amount.inconsistent'), []);
  });

  it('a fund line whose sentence adds to what was said before (`加上年结转…`) is not stated', () => {
    const text = '2023年全系统本年收入12,684.27万元。加上年结转146.80万元，本年支出12,702.55万元，年末结转128.52万元。\n';
    assert.deepStrictEqual(found(text, 'amount.sum-mismatch'), []);
  });

  it('a bracket in a spaced table\'s name wrapped onto the line below closes there', () => {
    const text = ['单位：万元', '序号  项目名称                调整后预算   实际支出   执行率', '1     中小河流治理项目（沩水    1,320.00   1,286.40   97.45%', '      支流白石段）',
      '2     小型水库除险加固项目        760.00     742.15   97.65%', '以上为重点项目。'].join('\n') + '\n';
    assert.deepStrictEqual(found(text, 'text.unbalanced-quote').map((f) => f.message.zh), []);
  });
});
