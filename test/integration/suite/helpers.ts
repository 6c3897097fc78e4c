import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const WORKSPACE = () => vscode.workspace.workspaceFolders![0].uri;

export function fileUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(WORKSPACE(), name);
}

/** Resolves when `test` holds, re-checking on every event that could change it; rejects after `ms`. */
export function waitUntil<T>(what: string, test: () => T | undefined | false, events: Array<vscode.Event<unknown>>, ms = 20000): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = test();
    if (first) return resolve(first);
    const subs: vscode.Disposable[] = [];
    const done = (value?: T, error?: Error) => {
      clearTimeout(timer);
      for (const s of subs) s.dispose();
      if (error) reject(error);
      else resolve(value!);
    };
    const timer = setTimeout(() => done(undefined, new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    for (const e of events) {
      subs.push(e(() => {
        try {
          const v = test();
          if (v) done(v);
        } catch (err) {
          done(undefined, err as Error);
        }
      }));
    }
  });
}

export function jixiaoDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'jixiao');
}

/**
 * Opens a file and waits until it is a jixiao document with at least `atLeast` diagnostics from
 * the server (with 0: until the server has answered for it at all).
 */
export async function openDraft(uri: vscode.Uri, atLeast = 0): Promise<{ doc: vscode.TextDocument; diags: vscode.Diagnostic[] }> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const doc = await waitUntil('the draft to become a jixiao document', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'jixiao'),
    [vscode.workspace.onDidOpenTextDocument, vscode.window.onDidChangeActiveTextEditor]);
  const diags = await waitUntil(`diagnostics for ${path.basename(uri.path)}`, () => {
    const d = jixiaoDiagnostics(uri);
    if (atLeast > 0) return d.length >= atLeast ? d : undefined;
    return diagnosticsArrived.has(uri.toString()) ? d : undefined;
  }, [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>]);
  return { doc, diags };
}

/** Documents for which the client has published diagnostics at least once (even an empty list). */
export const diagnosticsArrived = new Set<string>();
vscode.languages.onDidChangeDiagnostics((e) => e.uris.forEach((u) => diagnosticsArrived.add(u.toString())));

export function sharedReference(): { seeds: string; findings: string } | undefined {
  const candidates = [process.env.JIXIAO_SHARED, path.resolve(__dirname, '../../../../../shared')].filter((x): x is string => !!x);
  for (const c of candidates) {
    const findings = path.join(c, 'reference/seed-findings.json');
    if (fs.existsSync(findings)) return { seeds: path.join(c, 'seeds'), findings };
  }
  return undefined;
}

/** Screenshot mode: ask the launcher for a picture of the window and wait until it is taken. */
export async function screenshot(name: string): Promise<void> {
  const dir = process.env.JIXIAO_SCREENSHOTS;
  if (!dir) return;
  const done = path.join(dir, `${name}.png.done`);
  await new Promise<void>((resolve, reject) => {
    const watcher = fs.watch(dir, () => fs.existsSync(done) && finish());
    const timer = setTimeout(() => finish(new Error(`the launcher did not take screenshot ${name} within 30 s`)), 30000);
    function finish(err?: Error) {
      clearTimeout(timer);
      watcher.close();
      if (err) reject(err);
      else resolve();
    }
    fs.writeFileSync(path.join(dir, `${name}.request`), '');
  });
}
