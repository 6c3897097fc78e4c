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
