import * as vscode from 'vscode';
import { formatNumber } from '../../server/src/model/numbering';
import { BUILTIN_OUTLINES, Outline, OutlinePart } from '../../server/src/model/outline';
import { LANGUAGE_ID } from '../../server/src/protocol';

/**
 * 新建绩效自评报告: an untitled draft with every part of the chosen outline, numbered, and its fixed
 * sentences, as a snippet whose tab stops are the unit, the year and the figures.
 */
export function reportSnippet(outline: Outline, year: number): vscode.SnippetString {
  let stop = 2;
  const lines: string[] = [`\${1:单位名称}${year}年度部门整体支出绩效自评报告`, ''];
  const sentence = (s: string) =>
    s.replace(/\$\{year\}/g, String(year)).replace(/\$\{n\}/g, '1').replace(/\$\{\d+:([^}]*)\}/g, (_, v: string) => `\${${stop++}:${v}}`);
  const walk = (p: OutlinePart) => {
    lines.push(formatNumber(p.level, p.number) + p.title);
    for (const s of p.sentences) lines.push(sentence(s));
    p.children.forEach(walk);
  };
  outline.parts.forEach(walk);
  return new vscode.SnippetString(lines.join('\n').replace(/\$(?!\{\d)/g, '\\$') + '\n$0');
}

export async function newReport(name?: string): Promise<vscode.TextEditor | undefined> {
  const picked = name
    ? BUILTIN_OUTLINES.find((o) => o.name === name)
    : (await vscode.window.showQuickPick(BUILTIN_OUTLINES.map((o) => ({ label: o.title, description: o.name, outline: o })), { placeHolder: vscode.l10n.t('Which outline does the new report follow?') }))?.outline;
  if (!picked) return undefined;
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(reportSnippet(picked, new Date().getFullYear() - 1));
  return editor;
}
