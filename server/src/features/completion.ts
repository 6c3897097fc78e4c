import { CompletionItem, CompletionItemKind, InsertTextFormat, Position } from 'vscode-languageserver';
import { entryAt, Entry } from '../model/document';
import { formatNumber } from '../model/numbering';
import type { OutlinePart } from '../model/outline';
import type { LintResult } from '../engine';
import type { Lang } from '../rules/types';

/** The part a draft is in at a line: the nearest outline part at or above the entry there. */
function partAt(result: LintResult, line: number): OutlinePart | undefined {
  const doc = result.doc;
  const lineStart = doc.lines.lines[line]?.start ?? doc.text.length;
  for (let e: Entry | undefined = entryAt(doc, Math.max(0, lineStart - 1)); e; e = e.parent) if (e.part) return e.part;
  return undefined;
}

/** Parts in outline order after the one the cursor is in (its sub-parts first), not yet written. */
function nextParts(result: LintResult, line: number): OutlinePart[] {
  const outline = result.doc.outline!;
  const present = new Set(result.doc.entries.map((e) => e.part).filter(Boolean));
  const current = partAt(result, line);
  const from = current ? outline.all.indexOf(current) + 1 : 0;
  return outline.all.slice(from).filter((p) => !present.has(p) && (p.level === 1 || !p.parent || present.has(p.parent) || p.parent === current));
}

function snippetOf(template: string, year: number | undefined, n: number): string {
  return template.replace(/\$\{year\}/g, String(year ?? new Date().getFullYear())).replace(/\$\{n\}/g, String(n));
}

/**
 * At the start of a line: the next heading the outline expects, numbered as the outline numbers
 * it, then the other missing parts. Inside a part with fixed sentences (part 二 of the Zhuzhou
 * outline), those sentences as snippets with tab stops for the figures.
 */
export function completions(result: LintResult, pos: Position, lang: Lang): CompletionItem[] {
  const doc = result.doc;
  const lineText = doc.lines.lines[pos.line]?.text ?? '';
  const before = lineText.slice(0, pos.character);
  if (before.length > 12 || /[。，；]/.test(before)) return [];
  const items: CompletionItem[] = [];
  const replace = { start: { line: pos.line, character: 0 }, end: pos };
  if (doc.outline) {
    nextParts(result, pos.line).forEach((p, i) => {
      const heading = formatNumber(p.level, p.number) + p.title;
      items.push({
        label: heading,
        kind: CompletionItemKind.Module,
        detail: lang === 'zh' ? `${doc.outline!.title}的${p.level === 1 ? '部分' : '子部分'}` : `part of ${doc.outline!.titleEn}`,
        sortText: String(i).padStart(3, '0'),
        filterText: `${before}${heading}`,
        preselect: i === 0,
        textEdit: { range: replace, newText: heading },
      });
    });
    const part = partAt(result, pos.line);
    if (part) {
      const projects = doc.entries.filter((e) => e.parent?.part === part && e.level === 3).length;
      part.sentences.forEach((s, i) => {
        const text = snippetOf(s, doc.year, projects + 1);
        items.push({
          label: text.replace(/\$\{\d+:([^}]*)\}/g, '$1').slice(0, 40) + '…',
          kind: CompletionItemKind.Snippet,
          detail: lang === 'zh' ? '提纲规定的固定句式' : 'fixed sentence of the outline',
          sortText: `1${i}`,
          filterText: `${before}${text.replace(/\$\{\d+:([^}]*)\}/g, '$1')}`,
          insertTextFormat: InsertTextFormat.Snippet,
          textEdit: { range: replace, newText: text },
        });
      });
    }
  }
  return items;
}
