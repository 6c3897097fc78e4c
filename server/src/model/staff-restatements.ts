import type { Amount } from './amounts';
import type { ReportDocument } from './report';
import type { SwappedRestatement } from './swapped-restatements';
import { saidAsItself } from './quantities';

/**
 * `截至2023年末…实有在职人员6人` in part 一, then `全会7名在职干部职工全员参加…` in part 三: the unit's
 * staff in post, counted once by a label before the figure and once by a noun after it — one number
 * said twice. Read only for the whole unit's count (`全会`, `全局`, `本单位`, or no subject at all),
 * never a part's (`局机关`, `其中…科室`, another year's), and only where the count is first said
 * by its label (the part 一 form): then each later count of the staff in post is that count again.
 */

/** `实有在职人员`, `在职人员`, `在职职工`, `其中在职`: the label of the staff in post. */
const IN_POST_LABEL = /^(?:实有|现有|年末实有)?在职(?:人员|职工|干部职工|干部)?(?:人数|总数)?$/;
/** `7名在职干部职工`, `118名在职职工`: the noun after the count. */
const IN_POST_NOUN = /^\s*(?:名|人)\s*在职(?:干部职工|职工|人员|干部)/;
/** The whole unit as the subject right before a count (nothing, or `全会`, `组织全局`, `本单位`…). */
const WHOLE_UNIT = /(?:^|全(?:会|局|馆|院|站|所|校|中心|委|办|队|社|部门|单位|体)|本(?:会|局|馆|院|站|所|校|中心|委|办|队|社|部门|单位)|我(?:会|局|馆|院|站|所|校|中心|委|办|队|社))$/;
/** How far back a count's clause is read for its subject. */
const CLAUSE_REACH = 60;
/** Words before a count, in its clause, that make it another moment's or a part's. */
const NOT_THE_UNITS = /上年|去年|年初|同期|退休|离休|编外|聘用|借调|机关|本级|下属|所属|二级|科室|股室|其中[^在]/;

export function staffRestatements(doc: ReportDocument): SwappedRestatement[] {
  if (!doc.text.includes('在职')) return [];
  let first: Amount | undefined;
  const out: SwappedRestatement[] = [];
  for (const a of doc.amounts) {
    if (a.kind !== 'people' || a.approximate || a.cell || !saidAsItself(a)) continue;
    const labelled = IN_POST_LABEL.test(a.labelCore);
    const named = !labelled && WHOLE_UNIT.test(a.labelCore) && IN_POST_NOUN.test(doc.text.slice(a.numberEnd, a.numberEnd + 8));
    if (!labelled && !named) continue;
    // (The clause's subject may stand well before: `5个二级单位核定事业编制146名，实有在职138人`.)
    const sentenceStart = doc.sentences[a.sentence]?.start ?? 0;
    const before = doc.text.slice(Math.max(sentenceStart, a.labelStart - CLAUSE_REACH), a.labelStart);
    if (NOT_THE_UNITS.test(before.slice(before.search(/[^；;]*$/)) + a.label)) continue;
    if (!first) {
      // (The count as part 一 says it, by its label, comes first; a noun's count before it is read no further.)
      if (!labelled) return [];
      first = a;
    } else if (a.valueText !== first.valueText) out.push({ said: a, first });
  }
  return out;
}
