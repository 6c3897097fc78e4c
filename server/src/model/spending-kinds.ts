import type { Amount } from './amounts';

/** The kinds a budget or the spending is split into (`其中基本支出…，项目支出…`). */
export const SPENDING_KIND = /^(基本支出|项目支出|人员经费|公用经费)$/;

/** Kinds said side by side as the parts of one whole. */
const KIND_SETS = [['基本支出', '项目支出'], ['人员经费', '公用经费'], ['工资福利支出', '商品和服务支出', '对个人和家庭的补助']];

/** A kind of spending however worded: `基本经费支出`, `部门基本经费支出` are `基本支出`; `专项支出` is `项目支出`. */
function kindName(core: string): string {
  const k = core.replace(/^(部门|单位)/, '').replace(/经费支出$/, '支出');
  return k === '专项支出' ? '项目支出' : k;
}

/** Whether two figures are two kinds of one whole (`基本支出` and `项目支出`), not one inside the other. */
export function siblingKinds(a: Amount, b: Amount): boolean {
  const [ka, kb] = [kindName(a.labelCore), kindName(b.labelCore)];
  return ka !== kb && KIND_SETS.some((set) => set.includes(ka) && set.includes(kb));
}

/**
 * `基本经费支出405.26万元，其中人员经费…；项目经费支出207.22万元`, `…；基本支出年初预算200.00万元`: after a
 * list's parts, the kind beside the total, or the total's own kind said with more words, is no part.
 */
export function besideTheTotal(total: Amount, a: Amount): boolean {
  const k = kindName(total.labelCore);
  return SPENDING_KIND.test(k) && (siblingKinds(total, a) || (a.labelCore.length > k.length && a.labelCore.startsWith(k)));
}

/** The 类 of the budget classification's spending (`交通运输支出`, `210卫生健康支出`). */
export const FUNCTION_CLASS = /^(?:[0-9]{3})?(?:一般公共服务|公共安全|教育|科学技术|文化旅游体育与传媒|社会保障和就业|卫生健康|节能环保|城乡社区|农林水|交通运输|资源勘探工业信息等|商业服务业等|自然资源海洋气象等|住房保障|粮油物资储备|灾害防治及应急管理)支出$/;

/** An item's own balance (`冷链仓储设施子项目结余`), not a kind's or a source's. */
export const ITEM_BALANCE = /^(?!基本|项目支出|人员|公用|财政|非财政|一般公共|政府性|其他|上年|本年)[\u4e00-\u9fff“”]{2,24}(?:项目|子项目|经费|资金)(?:结余|结转)(?:资金)?$/;
