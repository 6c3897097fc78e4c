import { fileURLToPath } from 'url';

/** A file: URI as a path; other schemes (virtual workspaces) have none. */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
