import { forEachMatch } from '../model/text';
import { FindingWithFixesLater } from './lazy-fixes';
import { Finding, Fix, msg, Rule } from './types';
import { Taken } from './util';
import { notReportWords } from '../model/layout';

/**
 * Function characters that Chinese never doubles, with the characters that, following the second
 * copy, make a word of it (`对对口帮扶` is 对 + 对口, `的的确确` an idiom). Reduplication is common
 * elsewhere (常常, 小小, 大大, 人人, 等等, 从从容容, 一把把), so only these are checked.
 */
const NEVER_DOUBLED: Record<string, string> = {
  的: '确', 与: '会', 及: '时格', 并: '购入举列', 被: '褥子', 于: '是', 而: '今已后', 或: '者许',
  之: '后前间中外', 和: '谐平睦美气蔼顺衷解', 在: '职校岗编任线建册场读押于', 将: '来军近领士',
  对: '口象接标照比话外应称岸联于待付策',
  // Suffixes: `科技工作者者`, `同志们们`.
  者: '', 们: '',
  // (`是是非非`; `问题是是否…`: 是 then 是否.)
  是: '非否',
  // (`为了了解`, `不了了之`.)
  了: '解结之如然却事',
};
const DOUBLE_CHAR = new RegExp(`([${Object.keys(NEVER_DOUBLED).join('')}])\\1`, 'g');
/**
 * Where a word of two to four Chinese characters is written twice in a row (`项目项目`), as
 * [index in the line, length]. A few verbs are said twice on purpose (`研究研究`, `讨论讨论`). Compared by character codes: a
 * regular expression with a back-reference was the slowest part of this rule. The line is read in
 * the document's own text: a line is a slice of it, and reading a slice costs twice as much.
 */
function doubledWords(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const cjk = (c: number) => c >= 0x4e00 && c <= 0x9fff;
  for (let i = from; i + 4 <= to; i++) {
    const first = text.charCodeAt(i);
    if (!cjk(first)) continue;
    for (let len = 4; len >= 2; len--) {
      // The first character decides most lengths: compared before anything else.
      if (i + 2 * len > to || text.charCodeAt(i + len) !== first) continue;
      let same = true;
      for (let k = 1; k < len && same; k++) {
        const c = text.charCodeAt(i + k);
        same = cjk(c) && c === text.charCodeAt(i + len + k);
      }
      if (same) {
        out.push([i - from, len]);
        i += 2 * len - 1;
        break;
      }
    }
  }
  return out;
}
// (`寄宿生每生每年300元`: 每 X 每 Y reads `生每` twice and is right; so does `412.5公里每公里每年`.)
const WORD_EXCEPTIONS = /^(一[\u4e00-\u9fff]|[\u4e00-\u9fff])$|^(哈哈|嘻嘻|呵呵|谢谢|妈妈|爸爸|哥哥|姐姐|弟弟|妹妹|宝宝|星星|天天|年年|层层|步步|时时|处处|事事|人人|家家|户户)$|^(研究|讨论|商量|考虑|琢磨|了解|交流|锻炼|休息|活动)$|^[\u4e00-\u9fff]{1,3}每$/;

/**
 * `小学教学教研`, `其余结余结转`: words side by side that read as a pair said twice (`学教学教`, `余结余结`),
 * the pair straddling them.
 */
const STRADDLES = /^(教学教研|教研教学|科学学科|结余结转|结转结余)/;

/** `经济普查普查员`, `环境监测监测点`: the second word opens a noun of who or where (`普查员`), not the first said again. */
const AGENT_OR_PLACE = '员点区站组队所室';

/** Characters that open both halves of a four-character phrase: `自立自强`, `一心一意`, `不骄不躁`, `边学边做`. */
const PHRASE_HEADS = '自一不全有无边越又半可大多亦相各非没';

/**
 * `树立自立自强`: the word before (树立) ends in the phrase's second character (立), so the
 * phrase's first three read as a word said twice (`立自立自`). The second character of the
 * pair opens a phrase `自X自Y` that goes on with a Chinese character.
 */
function idiomAfterWord(line: string, index: number, word: string): boolean {
  const after = line.charCodeAt(index + 4);
  return word.length === 2 && PHRASE_HEADS.includes(word[1]) && after >= 0x4e00 && after <= 0x9fff;
}

export const textDuplicateChar: Rule = {
  id: 'text.duplicate-char',
  defaultSeverity: 'warning',
  tags: ['text'],
  fixSafety: 'mechanical',
  description: msg('字词重复（如“的的”“项目项目”）', 'A doubled character or word (的的, 项目项目)'),
  check(doc) {
    const findings: Finding[] = [];
    // The second of the two goes; the finding covers both (made when first read).
    const removeSecond = (_: undefined, start: number, end: number): Fix[] => {
      const half = (end - start) / 2;
      const unit = doc.text.slice(start, start + half);
      return [{ title: msg(`删除重复的“${unit}”`, `Remove the repeated "${unit}"`), edits: [{ start: start + half, end, newText: '' }], preferred: true }];
    };
    for (const l of doc.lines.lines) {
      // A 目录 line is a heading written again with its leader and page, not text.
      if (notReportWords(doc.layout, l.index)) continue;
      const taken = new Taken(l.start, l.text.length);
      const add = (index: number, unit: string) => {
        const start = l.start + index + unit.length;
        const end = start + unit.length;
        if (taken.overlaps(start, end)) return;
        taken.add(start - unit.length, end);
        const message = msg(`“${unit}”重复了：“${unit}${unit}”`, `"${unit}" is written twice: "${unit}${unit}"`);
        findings.push(new FindingWithFixesLater(this.id, start - unit.length, end, message, undefined, undefined, removeSecond));
      };
      for (const [index, len] of doubledWords(doc.text, l.start, l.end)) {
        const word = l.text.slice(index, index + len);
        if (WORD_EXCEPTIONS.test(word) || new Set(word).size === 1 || idiomAfterWord(l.text, index, word) || STRADDLES.test(l.text.slice(index + 1, index + 5))
          || (word.length === 2 && index + 4 < l.text.length && AGENT_OR_PLACE.includes(l.text[index + 4]))) continue;
        add(index, word);
      }
      forEachMatch(DOUBLE_CHAR, l.text, (m) => {
        const next = l.text[m.index + 2];
        if (next !== undefined && NEVER_DOUBLED[m[1]].includes(next)) return;
        add(m.index, m[1]);
      });
    }
    return findings;
  },
};
