import { Amount } from './amounts';

/** Which of a list of people are of the staff its total counts: serving or retired, posts or people, overlapping attributes. */

/**
 * `教职工198人，其中专任教师164人、“双师型”教师92人`: people counted by attributes that overlap (a
 * 双师型 teacher is also a 专任 one) add up to nothing in particular.
 */
const ATTRIBUTE = /党员|双师|职称|学历|研究生|本科|专科|硕士|博士|少数民族|退役|岁以[上下]|骨干|高级|中级|初级/;

export function overlappingPeople(text: string, open: { total: Amount; parts: Amount[] }): boolean {
  if (open.total.kind !== 'people') return false;
  const between = text.slice(open.total.end, open.parts[open.parts.length - 1].start);
  return ATTRIBUTE.test(between) || COUNTED_TWICE.test(between);
}

/** `…，同时患有两种疾病的148人分别计入两类人数`: the list says its parts overlap. */
const COUNTED_TWICE = /同时患有|同时属于|分别计入|重复计算|重复统计/;

const SERVING = /在编|在职|在岗/;
const RETIRED = /退休|离休/;

/**
 * `年末实有在编人员5,046人，其中专任教师4,718人；离退休人员2,287人`: the retired are no part of those
 * serving. Read past a `；` only: `在职50人，其中行政20人，事业28人，退休2人` counts them in, if loosely.
 */
export function retiredAfterServing(total: Amount, a: Amount): boolean {
  return total.kind === 'people' && SERVING.test(total.labelCore) && !RETIRED.test(total.labelCore) && RETIRED.test(a.labelCore);
}

/**
 * `实有人数29人，其中在职29人，退休人员14人`: beside a part that is the staff serving, the retired may
 * be counted in the total or not (units say 实有 of both); a list adds up read either way.
 */
export function retiredBesideServing(total: Amount, parts: Amount[]): { parts: Amount[]; retired: Amount[] } {
  if (total.kind !== 'people' || RETIRED.test(total.labelCore) || !parts.some((p) => SERVING.test(p.labelCore) && !RETIRED.test(p.labelCore))) return { parts, retired: [] };
  const retired = parts.filter((p) => RETIRED.test(p.labelCore));
  return retired.length ? { parts: parts.filter((p) => !retired.includes(p)), retired } : { parts, retired };
}

/** The staff counted: posts (编制) or people (实有, 在编, 在职), serving or retired. */
const STAFF_WORD = /编制|实有|在编|在职|退休|离休/;

/**
 * `实有人数251人，其中局机关本级编制45人、实有42人，5个所属单位编制223人、实有209人`: each part gives
 * its posts and its people; the total's are the parts that say the total's word (实有), when some
 * do and others say another (编制). With one such part only (the list read stops at `5个`), `some`: they cannot be summed.
 */
export function partsOfTheTotalsWord(total: Amount, parts: Amount[]): { parts: Amount[]; some: boolean } {
  const word = total.kind === 'people' ? STAFF_WORD.exec(total.labelCore)?.[0] : undefined;
  if (!word || !parts.some((p) => !p.labelCore.includes(word) && STAFF_WORD.test(p.labelCore))) return { parts, some: false };
  const own = parts.filter((p) => p.labelCore.includes(word));
  // `实有在编人员38人，其中行政编制人员17人…`: kinds of staff, none of them said by the total's word.
  if (own.length === 0) return { parts, some: false };
  return own.length >= 2 ? { parts: own, some: false } : { parts, some: true };
}
