/**
 * Text encodings of drafts on disk: UTF-8 (with or without BOM) and GB18030, as WPS saves on
 * Chinese Windows. Node decodes GB18030 but has no encoder; the two-byte table is built once, on
 * the first GB18030 file, by decoding every two-byte code (the characters drafts use are there).
 */
import { isUtf8 } from 'buffer';

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text?: string;
  error?: string;
  encoding?: Encoding;
  /** The file starts with a byte-order mark (not part of `text`). */
  bom?: boolean;
  /** What the reader assumed where it could not be sure (printed, never silent). */
  warning?: string;
}

const BOMS: Array<[Encoding, number[]]> = [['utf-8', [0xef, 0xbb, 0xbf]], ['utf-16le', [0xff, 0xfe]], ['utf-16be', [0xfe, 0xff]]];

export function bomBytes(encoding: Encoding): Buffer {
  return Buffer.from(BOMS.find(([e]) => e === encoding)?.[1] ?? []);
}

function cjkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/** Characters a draft is made of: CJK, its punctuation and full-width forms, printable ASCII and white space. */
function draftLike(text: string): boolean {
  let usual = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) return false;
    if (c < 0x7f || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027)) usual++;
  }
  return text.length > 0 && usual >= text.length * 0.95;
}

/**
 * UTF-16 saved without its byte-order mark (some converters do): zero bytes in UTF-8 are binary,
 * but in UTF-16 every ASCII character has one. Read so only when one byte order gives Chinese text
 * made of what drafts are made of, and said.
 */
function utf16WithoutBom(buf: Buffer): Decoded | undefined {
  if (buf.length % 2 !== 0) return undefined;
  const readable = (['utf-16le', 'utf-16be'] as const).flatMap((encoding) => {
    try {
      const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(buf);
      return draftLike(text) && cjkCount(text) > 0 ? [{ text, encoding }] : [];
    } catch {
      return [];
    }
  });
  if (readable.length !== 1) return undefined;
  const [{ text, encoding }] = readable;
  return { text, encoding, bom: false, warning: `read as ${encoding.toUpperCase()} (no byte-order mark)` };
}

/**
 * Bytes → text. UTF-16 is known by its byte-order mark; otherwise UTF-8, else GB18030. A UTF-8
 * draft with a few corrupt bytes is read as UTF-8 with those bytes replaced, and said so: decoded
 * as GB18030 it would be mojibake that no check could read.
 */
export function decode(buf: Buffer): Decoded {
  for (const [encoding, bom] of BOMS) {
    if (encoding !== 'utf-8' && bom.every((b, i) => buf[i] === b)) {
      try {
        return { text: new TextDecoder(encoding, { fatal: true }).decode(buf), encoding, bom: true };
      } catch {
        return { error: `not readable as ${encoding.toUpperCase()} text` };
      }
    }
  }
  if (buf.includes(0)) return utf16WithoutBom(buf) ?? { error: 'not a text file (binary content)' };
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  // Checked, then converted, by Node's own UTF-8 code: twice as fast as a fatal TextDecoder, and
  // the same text (the BOM is not part of it).
  if (isUtf8(buf)) return { text: buf.toString('utf8', bom ? 3 : 0), encoding: 'utf-8', bom };
  const loose = new TextDecoder('utf-8').decode(buf);
  const bad = (loose.match(/\ufffd/g) ?? []).length;
  if (bad <= Math.max(3, loose.length / 1000) && cjkCount(loose) >= 20) {
    return { text: loose, encoding: 'utf-8', bom, warning: `read as UTF-8, but ${bad} byte sequence(s) are not valid UTF-8 and show as �` };
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(buf), encoding: 'gb18030', bom: false, warning: 'read as GB18030 (not UTF-8)' };
  } catch {
    return { error: 'not readable as UTF-8 or GB18030 text' };
  }
}

let gbTable: Map<string, Buffer> | undefined;

function gb18030Table(): Map<string, Buffer> {
  if (gbTable) return gbTable;
  const table = new Map<string, Buffer>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const bytes = Buffer.from([hi, lo]);
      try {
        const ch = decoder.decode(bytes);
        if (ch.length === 1 && !table.has(ch)) table.set(ch, bytes);
      } catch {
        // not a two-byte code
      }
    }
  }
  gbTable = table;
  return table;
}

/** Bytes of a text in an encoding; undefined when a character has no two-byte GB18030 code here. */
export function encode(text: string, encoding: Encoding): Buffer | undefined {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-16le') return Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16be') return Buffer.from(text, 'utf16le').swap16();
  const table = gb18030Table();
  const parts: Buffer[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) parts.push(Buffer.from(ch, 'latin1'));
    else {
      const b = table.get(ch);
      if (!b) return undefined;
      parts.push(b);
    }
  }
  return Buffer.concat(parts);
}
