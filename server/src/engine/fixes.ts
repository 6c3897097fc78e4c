import { findPart } from '../model/outline';
import { headingInsertion, insertionPoint, presentParts } from '../model/sections';
import { sectionMissing } from '../rules/section-missing';
import { sectionNumbering } from '../rules/section-numbering';
import type { Fix, TextEdit } from '../rules/types';
import type { LintResult } from './types';
import { mayHaveMechanicalFix } from '../rules/lazy-fixes';

/**
 * Whole-document edits for fix-all, `--fix` and the commands, as offset edits on the text they were
 * computed for. Fixes whose edits overlap one already taken are left out, never merged.
 */
export function takeNonOverlapping(fixes: Fix[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const fix of fixes) {
    const clash = fix.edits.some((e) => taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && e.start === t.start)));
    if (!clash) taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Fix-all: the preferred mechanical fix of every finding that has one. Judgement fixes (a figure,
 * a unit, a sentence that states a fact) are never applied in bulk: they are offered one by one.
 */
export function fixAllEdits(result: LintResult): TextEdit[] {
  const fixes: Fix[] = [];
  for (const f of result.findings) {
    if (!mayHaveMechanicalFix(f)) continue;
    const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
    if (fix && fix.safety === 'mechanical') fixes.push(fix);
  }
  return takeNonOverlapping(fixes);
}

/** Every heading number the numbering rule would change, changed at once (the rule knows the whole sequence). */
export function renumberEdits(result: LintResult): TextEdit[] {
  return takeNonOverlapping(sectionNumbering.check(result.doc).flatMap((f) => f.fixes.slice(0, 1)));
}

/** Every missing part inserted; parts that go to the same place are joined in outline order. */
export function insertMissingEdits(result: LintResult): TextEdit[] {
  const byOffset = new Map<number, string[]>();
  for (const f of sectionMissing.check(result.doc)) {
    for (const e of f.fixes[0]?.edits ?? []) {
      const list = byOffset.get(e.start);
      if (list) list.push(e.newText);
      else byOffset.set(e.start, [e.newText]);
    }
  }
  const eol = result.doc.text.includes('\r\n') ? '\r\n' : '\n';
  return [...byOffset].sort((a, b) => a[0] - b[0]).map(([offset, texts]) => ({
    start: offset,
    end: offset,
    // Each insertion already carries its own line break at one end; joined, they keep one between.
    newText: texts.length === 1 ? texts[0] : joinInsertions(texts, eol),
  }));
}

function joinInsertions(texts: string[], eol: string): string {
  const leading = texts[0].startsWith(eol);
  const bare = texts.map((t) => (leading ? t.slice(eol.length) : t.slice(0, t.length - eol.length)));
  return leading ? eol + bare.join(eol) : bare.join(eol) + eol;
}

/** One missing part (from the 报告结构 view), inserted where the outline puts it. */
export function insertPartEdits(result: LintResult, path: string): TextEdit[] {
  const doc = result.doc;
  const part = doc.outline && findPart(doc.outline, path);
  if (!part || presentParts(doc).has(part)) return [];
  const { offset } = insertionPoint(doc, part);
  return [{ start: offset, end: offset, newText: headingInsertion(doc, part, offset) }];
}

/** Applies edits as an editor does: all against the original text, none overlapping. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    if (e.start < 0 || e.end > text.length || e.start > e.end) throw new Error(`edit out of range: ${JSON.stringify(e)}`);
    if (i > 0 && sorted[i - 1].end > e.start) throw new Error('overlapping edits');
  }
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}
