import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** Text copied out of a PDF: lines hard-wrapped anywhere, a figure's unit or a bracket's end on the next line. */

describe('shapes: a PDF copy whose wrap carried a figure\'s unit to the next line', () => {
  it('`…中央资金380.00` / `万元，省级资金…`: the figure is read with that unit, and its list adds up', () => {
    const lines = (total: string) => [
      '一、项目基本情况',
      '全县新建三格式户厕1240户，改造提质610户，覆盖泉交',
      '河镇、欧江岔镇、兰溪镇等12个乡镇（街道），项目由区农',
      '业农村局组织实施，按季度调度进度，年底前全部完成验收',
      `工作。项目总预算${total}万元，其中中央资金380.00`,
      '万元，省级资金185.00万元，区级配套资金108.50万元',
      '。截至年底，中央和省级资金全部到位，区级配套资金到位',
      '96.30万元，资金到位率98.19%，未到位资金已列入下',
      '年度预算。',
    ].join('\n');
    assert.deepStrictEqual(lint(lines('673.50')).findings.filter((f) => f.ruleId.startsWith('amount.')).map((f) => f.message.zh), []);
    const wrong = lint(lines('683.50')).findings.filter((f) => f.ruleId === 'amount.sum-mismatch');
    assert.match(wrong[0]?.message.zh ?? '', /683\.50万元与其组成之和673\.50万元（380\.00＋185\.00＋108\.50）/);
  });
});

describe('shapes: a PDF copy whose wrap carried a count\'s unit, or broke a range at its dash', () => {
  const lines = (staff: string) => [
    '一、部门基本情况',
    '本局内设综合股、业务股2个股室，下属区退役军人服务中心1个事业单位（财政未单独核算）。核定编制12',
    '名，其中行政编制7名，事业编制5名；截至2023年12月31日，实',
    '- 1 -',
    `有在职人员${staff}人，其中行政编制6人，事业编制4人，编外聘用1`,
    '人；另有退休人员3人，由区社保中心发放养老金，不在本单位',
    '支出中反映。本局参与制定涉及妇女儿童的政策措施，推动《安澜县妇女发展规划（2021—',
    '2030年）》和《安澜县儿童发展规划（2021—2030年）》落实；加强家庭家教家',
    '风建设，承担县妇女儿童工作委员会办公室日常工作，完成县委、县政府交办的',
    '其他事项。',
  ].join('\n');
  it('`编外聘用1` / `人；` is one of the staff, and `（2021—` / `2030年）》` closes on the next line', () => {
    assert.deepStrictEqual(lint(lines('11')).findings.map((f) => f.ruleId), []);
    const wrong = lint(lines('12')).findings.filter((f) => f.ruleId === 'amount.sum-mismatch');
    assert.match(wrong[0]?.message.zh ?? '', /12人与其组成之和11人（6＋4＋1）/);
  });
});

describe('shapes: a PDF copy wrapped between 万 and 元', () => {
  it('`231.02万` / `元，…` is money in 万元; `22.1万，` is still without its 元', () => {
    const body = (line: string) => ['一、一般公共预算支出情况', line, '二、部门整体支出绩效情况', '无。'].join('\n');
    const wrapped = lint(body('基本支出263.18万元，其中人员经费231.02万\n元，公用经费32.16万元。')).findings.map((f) => f.ruleId);
    assert.deepStrictEqual(wrapped, []);
    const unwrapped = lint(body('基本支出263.18万元，其中人员经费231.02万，公用经费32.16万元。')).findings.map((f) => f.ruleId);
    assert.deepStrictEqual(unwrapped, ['amount.unit']);
  });
});

describe('PDF copies: 目录 leaders, list items and labels cut by the wrap', () => {
  it('a 目录 with spaced dot leaders (`. . . . 1`) is a 目录, not headings', () => {
    const text = ['株洲市荷塘区城市管理和综合执法局', '2024年度部门整体支出绩效自评报告', '', '目 录',
      '一、预算单位基本情况 . . . . . . . . . . . . . . . . . . . . 1', '二、预算收支出情况（按单位预算口径） . . . . . . . . . . . . 1',
      '  一、预算单位基本情况', '  荷塘区城市管理和综合执法局为区人民政府工作部门。', '  二、预算收支出情况（按单位预算口径）', '  2024年预算收入2318.76万元。'].join('\n');
    assert.deepStrictEqual(lint(text).findings.filter((f) => f.ruleId.startsWith('section.')).map((f) => f.message.zh), []);
  });

  it('numbered duties whose sentences the wrap carried on are a list, the short last one too', () => {
    const text = ['一、基本情况', '（一）部门职能、机构及人员情况', '1.主要职能。', '  本单位主要职责是：',
      '  （1）贯彻执行党和国家档案工作的方针政策和法律法规，拟', '订全市档案事业发展规划并组织实施。',
      '  （2）负责收集、接收、整理、保管市级机关、团体、企事业', '单位和其他组织的档案及有关资料，做好馆藏档案的安全保管和', '抢救保护工作。',
      '  （3）负责馆藏档案的开放鉴定和开发利用，编研出版档案史', '料，为社会各界查阅利用档案提供服务。',
      '  （4）负责全市重大活动、重点工程项目档案的收集和业务指', '导工作，参与重大建设项目档案验收。',
      '  （5）承担市委、市政府交办的其他任务。', '2.机构情况。', '  本单位内设办公室、接收征集股、保管利用股、编研股、信息', '技术股5个股室，无下属二级单位，为醴陵市一级预算单位。'].join('\n');
    assert.deepStrictEqual(lint(text).findings.filter((f) => f.ruleId === 'section.empty').map((f) => f.message.zh), []);
  });

  it('a project\'s 年初预算 cut from its figure after the project\'s quoted name', () => {
    const text = (carry: string) => ['（一）整体支出绩效情况', '　　2024年，本社围绕服务“三农”的中心任务，持续推进基层组织体系建设，',
      '主要用于“湘农荟”农产品展销中心运营补助和基层社网点提质', '改造。全年指导新建和改造提质基层供销社2个，新增农村综合',
      '服务社6个，全年实现农资销售额1.86亿元，同比增长8.6%，带动', '全县农产品线上线下销售持续增长，农民群众满意度进一步提升。',
      '（二）项目支出绩效情况', '　　1．项目“‘湘农荟’农产品展销中心运营补助”年初预算',
      `金额8万元，上级转移支付0万元，年中调增（减）0万元，追加`, `（减）0万元，实际支出7.15万元，结余结转${carry}万元。项目实`,
      '施及绩效情况如下：', '　　该项目主要用于展销中心场地租赁及水电费补助，全年组织农产品展销活动12场，带动销售额', '386万元，服务农户和合作社共计214户，较上年增加26户，群众满意度较高。'].join('\n');
    assert.deepStrictEqual(lint(text('0.85')).findings.filter((f) => f.ruleId === 'amount.sum-mismatch'), []);
    assert.strictEqual(lint(text('0.95')).findings.filter((f) => f.ruleId === 'amount.sum-mismatch').length, 1);
  });
});

describe('shapes: a PDF copy whose wrap put a list\'s 其中 on the line after its total', () => {
  it('`项目支出2,660.69万元，主要用于…` / `…等方面，其中上级专项转移支付资金` / `1,872.40万元，本级…`: the parts are the total\'s', () => {
    const lines = (local: string) => [
      '　　（二）项目支出情况',
      '　　项目支出2,660.69万元，主要用于农村供水保障工程、小型水库',
      '除险加固、水土保持及河湖管护等方面，其中上级专项转移支付资金',
      `1,872.40万元，本级财政安排${local}万元。全年完成农村供水保障工程`,
      '12处，新增和改善供水人口2.63万人，完成小型水库除险加固8座，',
      '治理水土流失面积12.6平方公里，河湖管护覆盖全市所有河段，全',
      '年未发生重大水事纠纷和安全责任事故，群众满意度持续提升，项目',
      '资金按进度拨付，财务核算规范，未发现挤占挪用等违规使用资金',
      '的情况。',
    ].join('\n');
    assert.deepStrictEqual(lint(lines('788.29')).findings.filter((f) => f.ruleId.startsWith('amount.')).map((f) => f.message.zh), []);
    const wrong = lint(lines('778.29')).findings.filter((f) => f.ruleId === 'amount.sum-mismatch');
    assert.match(wrong[0]?.message.zh ?? '', /2660\.69万元与其组成之和2650\.69万元/);
  });
});

describe('shapes: a PDF copy whose wrap split a number inside its digits', () => {
  it('`…资金2` / `,406.03万元` and `…结余结转2` / `.80万元`: neither half is a figure, and the list holding them is not summed', () => {
    const wrapped = (head: string, tail: string) => [
      '一、项目基本情况',
      '项目由县卫生健康局组织实施，县疾病预防控制中心负责技术指导，全县17个乡',
      '镇卫生院、2个社区卫生服务中心及所辖村卫生室具体实施，覆盖全县常住人',
      '口38.62万人。2023年人均基本公共卫生服务经费补助标准为89元，按全县常住人',
      `口测算，全年应安排资金3,437.18万元，其中中央补助资金${head}`,
      `${tail}万元、省级补助资金515.58万元、县级配套资金515.57万元。年初预算按上`,
      '年常住人口测算为3,380.00万元，年中根据统计部门公布的常住人口数进行了调',
      '整，全年资金全部到位，资金到位率100%，按季度拨付到各乡镇卫生院和社区卫',
      '生服务中心。',
    ].join('\n');
    const sums = (t: string) => lint(t).findings.filter((f) => f.ruleId === 'amount.sum-mismatch').map((f) => f.message.zh);
    assert.deepStrictEqual(sums(wrapped('2', ',406.03')), []);
    assert.deepStrictEqual(sums(wrapped('2,40', '6.03')), []);
  });
});

describe('shapes: a PDF copy whose table rows are lined up with spaces, the parts of a row indented under it', () => {
  const table = (cut: string) => [
    '（二）预算执行情况（单位：万元）：',
    '项目          年初预算    调整后预算  决算数      增减额      增减率',
    '基本支出      486.20      498.60      492.37      -6.23       -1.25%',
    '  人员经费    421.50      433.90      430.12      -3.78       -0.87%',
    `  公用经费    64.70       64.70       ${cut}       -2.45       -3.79%`,
    '项目支出      620.00      806.35      771.94      -34.41      -4.27%',
    '合计          1,106.20    1,304.95    1,264.31    -40.64      -3.11%',
    '决算数比调整后预算少40.64万元。',
  ].join('\n');
  const sums = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'amount.sum-mismatch').map((f) => f.message.zh);

  it('`  人员经费` two spaces in is under `基本支出`: the 合计 sums the rows of the top level', () => {
    assert.deepStrictEqual(sums(table('62.25')), []);
    // (The 增减额 is of which two columns, the header does not say: it is not read.)
    assert.deepStrictEqual(sums(table('63.25')), ['决算数492.37万元与其组成之和493.37万元（430.12＋63.25）不符，相差1.00万元']);
    // A row wrong against its parts, the 合计 holding with the parts in its place: one finding, on it.
    const parent = table('62.25').replace('498.60      492.37', '498.60      494.37');
    assert.deepStrictEqual(sums(parent), ['决算数494.37万元与其组成之和492.37万元（430.12＋62.25）不符，相差2.00万元']);
  });
});

describe('shapes: a PDF copy of a two-sided 收入支出决算总表 whose right side runs longer than its left', () => {
  const table = (health: string) => [
    '二、部门整体支出管理及使用情况',
    '（一）收支总体情况',
    '表1  收入支出决算总表',
    '                                                                   单位：元',
    '收入项目                                决算数     支出项目                        决算数',
    '一、一般公共预算财政拨款收入     18,236,540.12     一、一般公共服务支出      7,684,215.40',
    '二、政府性基金预算财政拨款收入    2,400,000.00     二、公共安全支出            386,500.00',
    '三、其他收入                        135,600.00     三、社会保障和就业支出    3,904,127.66',
    `                                                   四、卫生健康支出            ${health}`,
    '                                                   五、城乡社区支出          7,625,802.94',
    '                                                   六、住房保障支出            702,356.00',
    '本年收入合计                     20,772,140.12     本年支出合计             20,915,482.30',
    '年初结转和结余                      864,230.55     年末结转和结余              720,888.37',
    '总计                             21,636,370.67     总计                     21,636,370.67',
    '（二）基本支出情况',
    '基本支出全部用于机关运转。',
    '三、部门整体支出绩效情况',
    '各项工作均按计划完成。',
  ].join('\n');

  it('`                    四、卫生健康支出    612,480.30` is a row of the right side, no heading; the 本年支出合计 sums it', () => {
    const found = (text: string) => lint(text).findings.filter((f) => f.severity !== 'information').map((f) => `${f.ruleId} ${f.message.zh}`);
    assert.deepStrictEqual(found(table('612,480.30')), []);
    assert.deepStrictEqual(found(table('622,480.30')), ['amount.sum-mismatch 决算数20915482.30元与其组成之和20925482.30元（7684215.40＋386500.00＋3904127.66＋622480.30＋7625802.94＋702356.00）不符，相差10000.00元']);
  });
});
