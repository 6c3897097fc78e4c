import { FIELD_CODE, isFieldCode, mayHoldFieldCode } from '../model/field-codes';
import { forEachMatch } from '../model/text';
import { FindingWithFixesLater } from './lazy-fixes';
import { Finding, Fix, msg, Rule } from './types';
import { appendAll } from '../model/arrays';

/**
 * Debris that Word/WPS conversions leave in plain text; a run of entities (`&nbsp;&nbsp;&nbsp;&nbsp;`, a
 * web page's indent) is one; so is a cross-reference whose target was deleted (`错误！未找到引用源。`).
 */
const ARTIFACT =
  /\[(?:bookmark|image|page|footnote)[^\]\n]{0,80}\]|<\/?(?:w|o|v):[^>\n]{0,80}>|(?:&(?:nbsp|amp|lt|gt|quot);)+|\{\\rtf|错误！未找到引用源。|错误!未找到引用源。|Error! Reference source not found\.|[\u0000-\u0008\u000b\u000e-\u001f\u200b-\u200d\u2060\u3013\ufeff\ufffd]+/gi;

/** What a page's number line holds besides its field: `- 4 -`, `第 4 页`. */
const PAGE_LINE_REST = /^[\s\-－—–·•第页共0-9]*$/;

/**
 * A zero-width joiner between two emoji (👨‍👩‍👧, ❤️‍🔥) or after a variation selector is part of
 * the picture, not debris.
 */
function joinsEmoji(text: string, start: number, end: number): boolean {
  if (text.slice(start, end) !== '\u200d') return false;
  const before = text.codePointAt(start - 1) ?? 0;
  const beforePair = start >= 2 ? text.codePointAt(start - 2) ?? 0 : 0;
  const after = text.codePointAt(end) ?? 0;
  const pictograph = (c: number) => c >= 0x1f000 || (c >= 0x2600 && c <= 0x27bf) || c === 0xfe0f;
  return (pictograph(before) || pictograph(beforePair)) && pictograph(after);
}

/**
 * The fix of debris: it goes (made when first read), from the finding's start or from `from` (a field
 * code's spaces before it) to its end.
 */
const removeDebris = (from: number | undefined, start: number, end: number): Fix[] => [{ title: msg('删除转换残留', 'Remove the debris'), edits: [{ start: from ?? start, end, newText: '' }], preferred: true }];

export const templateArtifact: Rule = {
  id: 'template.artifact',
  defaultSeverity: 'warning',
  tags: ['template'],
  fixSafety: 'mechanical',
  unnecessary: true,
  description: msg('文档转换残留（如 [bookmark: _GoBack]）', 'Conversion debris such as [bookmark: _GoBack]'),
  check(doc) {
    const findings: Finding[] = [];
    for (const l of doc.lines.lines) {
      if (mayHoldFieldCode(l.text)) appendAll(findings, fieldCodes(this.id, l.text, l.start));
      forEachMatch(ARTIFACT, l.text, (m) => {
        let start = l.start + m.index;
        const end = start + m[0].length;
        // A byte-order mark that opens the file is an encoding mark, not debris.
        if (start === 0 && doc.text.charCodeAt(0) === 0xfeff) start = 1;
        if (start >= end || joinsEmoji(doc.text, start, end)) return;
        const shown = /^[\u0000-\u001f\u200b-\u200d\u2060\ufeff\ufffd]/.test(m[0]) ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : m[0];
        const message = msg(`“${shown}”是文档转换留下的残留内容，应删除`, `"${shown}" is debris left by a document conversion; remove it`);
        findings.push(new FindingWithFixesLater(this.id, start, end, message, undefined, undefined, removeDebris));
      });
    }
    return findings;
  },
};

/** Field codes on a line; on a page's number line (`- PAGE \* MERGEFORMAT 4 -`) the whole line is debris. */
function fieldCodes(ruleId: string, text: string, lineStart: number): Finding[] {
  const out: Finding[] = [];
  forEachMatch(FIELD_CODE, text, (m) => {
    if (!isFieldCode(m[0])) return;
    const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
    const whole = PAGE_LINE_REST.test(rest);
    const lead = whole ? text.length - text.trimStart().length : m.index + (m[0].length - m[0].trimStart().length);
    // (With the spaces after it: removed, the entry's words start the line again.)
    const end = whole ? text.trimEnd().length : m.index + m[0].length;
    const shown = text.slice(lead, end).trim();
    const message = msg(`“${shown}”是Word域代码，是文档转换留下的残留内容，应删除`, `"${shown}" is a Word field code left by a document conversion; remove it`);
    // (In a sentence, `…门户网站 HYPERLINK "http://…" 公布…`: the spaces on both sides go with it.)
    const from = !whole && m.index > 0 && text.slice(0, m.index).trim() !== '' ? m.index : lead;
    out.push(new FindingWithFixesLater(ruleId, lineStart + lead, lineStart + end, message, undefined, lineStart + from, removeDebris));
  });
  return out;
}
