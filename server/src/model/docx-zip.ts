import { Unzip, UnzipInflate } from 'fflate';

/**
 * The parts of a .docx package we read, with caps enforced while inflating (a zip bomb can lie
 * about sizes in its headers): at most MAX_ENTRIES entries, MAX_PART bytes per part and MAX_TOTAL in
 * all. fflate (MIT, no dependencies) inflates; deciding what to read and when to stop is ours.
 */
const MAX_ENTRIES = 5000;
const MAX_PART = 64 * 1024 * 1024;
const MAX_TOTAL = 128 * 1024 * 1024;

export interface DocxParts {
  parts?: Map<string, string>;
  error?: string;
}

/** Every entry of a package, as bytes, under the same caps (for writing an annotated copy). */
export function readDocxEntries(data: Uint8Array): { entries?: Map<string, Uint8Array>; error?: string } {
  const read = inflateEntries(data, () => true);
  return read.error ? { error: read.error } : { entries: read.entries };
}

export function readDocxParts(data: Uint8Array, wanted: readonly string[]): DocxParts {
  const read = inflateEntries(data, (name) => wanted.includes(name));
  if (read.error) return { error: read.error };
  const parts = new Map<string, string>();
  const decoder = new TextDecoder('utf-8');
  for (const [name, bytes] of read.entries!) parts.set(name, decoder.decode(bytes));
  if (!parts.has('word/document.xml')) return { error: 'not a Word document (no word/document.xml), or a truncated file' };
  return { parts };
}

function inflateEntries(data: Uint8Array, wanted: (name: string) => boolean): { entries?: Map<string, Uint8Array>; error?: string } {
  if (data.length >= 4 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    return { error: 'a password-protected document or an old .doc/.wps file: open it in Word or WPS and save it as .docx without a password' };
  }
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) return { error: 'not a .docx file (not a zip package)' };
  const chunks = new Map<string, Uint8Array[]>();
  let count = 0;
  let total = 0;
  let error: string | undefined;
  const unzip = new Unzip((file) => {
    if (error) return;
    if (++count > MAX_ENTRIES) {
      error = `refused: more than ${MAX_ENTRIES} entries in the package`;
      return;
    }
    if (!wanted(file.name)) return;
    let size = 0;
    const list: Uint8Array[] = [];
    chunks.set(file.name, list);
    file.ondata = (err, chunk) => {
      if (error) return;
      if (err) {
        error = `a broken part ${file.name} (${err.message})`;
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > MAX_PART || total > MAX_TOTAL) {
        error = `refused: ${file.name} inflates to more than ${Math.round((size > MAX_PART ? MAX_PART : MAX_TOTAL) / 1048576)} MB`;
        file.terminate();
        return;
      }
      list.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(data, true);
  } catch (e) {
    return { error: `a damaged or truncated .docx (${(e as Error).message})` };
  }
  if (error) return { error };
  const entries = new Map<string, Uint8Array>();
  for (const [name, list] of chunks) {
    const all = new Uint8Array(list.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of list) {
      all.set(c, at);
      at += c.length;
    }
    entries.set(name, all);
  }
  return { entries };
}
