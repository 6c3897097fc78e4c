import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentOutlinesNotification } from '../../server/src/protocol';

const KEY = 'jixiao.documentOutlines';

/**
 * The outline chosen for single drafts, kept in the workspace state by document URI and sent to
 * the server; `jixiao.outline` stays the folder-wide default for every other draft.
 */
export class DocumentOutlines {
  constructor(private readonly state: vscode.Memento, private readonly client: LanguageClient) {}

  all(): Record<string, string> {
    return this.state.get<Record<string, string>>(KEY, {});
  }

  get(uri: string): string | undefined {
    return this.all()[uri];
  }

  /** Tells the server every remembered choice (after it starts). */
  async sendAll(): Promise<void> {
    await this.client.sendNotification(DocumentOutlinesNotification.type.method, { choices: this.all() });
  }

  async choose(uri: string, outline: string): Promise<void> {
    const all = { ...this.all() };
    if (outline === 'auto') delete all[uri];
    else all[uri] = outline;
    await this.state.update(KEY, all);
    await this.client.sendNotification(DocumentOutlinesNotification.type.method, { choices: { [uri]: outline } });
  }
}
