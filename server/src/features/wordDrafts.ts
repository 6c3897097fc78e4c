import * as fs from 'fs';
import { readDocx, WordPlace } from '../model/docx';
import { pathOfUri } from './uri';

/**
 * Word drafts open in the editor as read-only text under the `jixiao-docx:` scheme (the client
 * makes the text from the .docx). Their findings say where they are in Word, and no edit is
 * offered: it would change a throwaway text, not the document.
 */
export const DOCX_SCHEME = 'jixiao-docx';

const cache = new Map<string, { mtime: number; places: WordPlace[] }>();

export function isWordDraft(uri: string): boolean {
  return uri.startsWith(`${DOCX_SCHEME}:`);
}

/** The paragraphs and table rows of the .docx behind a `jixiao-docx:` document (read from disk). */
export function wordPlaces(uri: string): WordPlace[] | undefined {
  if (!isWordDraft(uri)) return undefined;
  const file = pathOfUri(`file:${uri.slice(DOCX_SCHEME.length + 1)}`);
  if (!file) return undefined;
  try {
    const mtime = fs.statSync(file).mtimeMs;
    const hit = cache.get(file);
    if (hit && hit.mtime === mtime) return hit.places;
    const places = readDocx(fs.readFileSync(file)).places;
    if (places) cache.set(file, { mtime, places });
    return places;
  } catch {
    return undefined;
  }
}
