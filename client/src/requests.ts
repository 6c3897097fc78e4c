import type { LanguageClient } from 'vscode-languageclient/node';
import type { RequestSpec } from '../../server/src/protocol';

/** Sends a custom request of protocol.ts; its parameter and result types come from the spec. */
export function sendRequest<P, R>(client: LanguageClient, spec: RequestSpec<P, R>, params: P): Promise<R> {
  return client.sendRequest<R>(spec.method, params);
}
