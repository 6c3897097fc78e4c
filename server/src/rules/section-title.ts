import { unfinishedEnd } from '../model/unfinished';
import { ownDivision } from '../model/sections';
import { Finding, msg, Rule } from './types';

/**
 * A part of the outline found by its number and place (`六、部门整体支出绩效情况` where the outline
 * has `六、资金使用及绩效情况`): the part is there, only worded otherwise. A hint, never "missing".
 */
export const sectionTitle: Rule = {
  id: 'section.title',
  defaultSeverity: 'hint',
  tags: ['structure'],
  fixSafety: 'judgement',
  description: msg('标题措辞与提纲不同（按编号和位置认定为提纲中的该部分）', 'A part\'s title is worded differently from the outline (recognised by its number and place)'),
  check(doc) {
    const findings: Finding[] = [];
    // A text that stops early may name the part after its end: a heading in its unfinished end
    // is that part by place only if nothing follows, which the text does not say.
    const unfinished = unfinishedEnd(doc)?.sectionFrom ?? Infinity;
    for (const e of doc.entries) {
      // Only a part's own title: sub-parts are worded freely (`（一）部门职能、机构及人员概况` for
      // 部门基本情况, which blind drafts wrote five ways), and a hint on each was noise.
      if (!e.titleDiffers || !e.part || e.part.parent || (e.parent && ownDivision(e.parent)) || e.start >= unfinished) continue;
      const path = e.part.id;
      findings.push({
        ruleId: this.id,
        start: e.titleStart,
        end: e.titleStart + e.title.length,
        message: msg(
          `“${e.title}”按编号和位置是提纲的第${path}部分，提纲中的标题为“${e.part.title}”`,
          `"${e.title}" is part ${path} of the outline by its number and place; the outline calls it "${e.part.title}"`,
        ),
        fixes: [],
      });
    }
    return findings;
  },
};
