/**
 * Text encodings of drafts on disk: UTF-8 (with or without BOM) and GB18030, as WPS saves on
 * Chinese Windows. Node decodes GB18030 but has no encoder; the two-byte table is built once, on
 * the first GB18030 file, by decoding every two-byte code (the characters drafts use are there).
 */
export type Encoding = 'utf-8' | 'gb18030';

export interface Decoded {
  text?: string;
  error?: string;
  encoding?: Encoding;
  /** The file starts with a UTF-8 byte-order mark (not part of `text`). */
  bom?: boolean;
}

export function decode(buf: Buffer): Decoded {
  if (buf.includes(0)) return { error: 'not a text file (binary content)' };
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8', bom };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(buf), encoding: 'gb18030', bom: false };
    } catch {
      return { error: 'not readable as UTF-8 or GB18030 text' };
    }
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
