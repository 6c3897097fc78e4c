import { strToU8, zipSync } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import type { WordPlace } from '../model/docx';
import { readDocxEntries } from '../model/docx-zip';
import { escapeXml } from './escape';

/**
 * `--annotate <dir>`: a copy of each Word draft whose findings are Word comments on the paragraph
 * or table cell they concern (author 绩效自评检查), so the drafter can act on them in Word. The
 * original is never modified; the copy is written atomically and stays a valid package:
 * word/comments.xml, its relationship, its content type, and comment ranges in the body.
 */
export interface Annotation {
  line: number;
  character: number;
  message: string;
}

const AUTHOR = '绩效自评检查';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';


/** The XML offset of the paragraph a finding concerns: the paragraph, or the cell's first paragraph. */
function targetOf(places: readonly WordPlace[], lines: readonly string[], a: Annotation): number | undefined {
  const place = places[a.line];
  if (!place) return undefined;
  if (place.paragraph !== undefined) return place.xml[0];
  const column = (lines[a.line] ?? '').slice(0, a.character).split('\t').length;
  return place.xml[column - 1] ?? place.xml.find((x) => x !== undefined);
}

/** Where a paragraph's content starts (after `<w:p …>` and its `<w:pPr>`) and where it ends (before `</w:p>`). */
function paragraphBounds(xml: string, start: number): { open: number; close: number } | undefined {
  const tagEnd = xml.indexOf('>', start);
  if (tagEnd < 0 || xml[tagEnd - 1] === '/') return undefined;
  let open = tagEnd + 1;
  if (xml.startsWith('<w:pPr', open)) {
    const end = xml.indexOf('</w:pPr>', open);
    if (end > 0) open = end + '</w:pPr>'.length;
  }
  const re = /<w:p[\s>]|<\/w:p>/g;
  re.lastIndex = tagEnd + 1;
  let depth = 1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    depth += m[0] === '</w:p>' ? -1 : 1;
    if (depth === 0) return { open, close: m.index };
  }
  return undefined;
}

function commentsXml(existing: string | undefined, comments: Array<{ id: number; text: string }>, date: string): string {
  const body = comments.map((c) => `<w:comment w:id="${c.id}" w:author="${AUTHOR}" w:initials="JX" w:date="${date}"><w:p><w:r><w:t xml:space="preserve">${escapeXml(c.text)}</w:t></w:r></w:p></w:comment>`).join('');
  if (existing && existing.includes('</w:comments>')) return existing.replace('</w:comments>', `${body}</w:comments>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W_NS}">${body}</w:comments>`;
}

function withRelationship(rels: string | undefined): string {
  const base = rels ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  if (base.includes(REL_TYPE)) return base;
  return opened(base, 'Relationships').replace('</Relationships>', `<Relationship Id="rIdJixiaoComments" Type="${REL_TYPE}" Target="comments.xml"/></Relationships>`);
}

/** `<Types …/>` written as an empty element gets a closing tag to insert into. */
function opened(xml: string, element: string): string {
  return xml.replace(new RegExp(`<${element}\\b([^>]*?)\\s*/>`), `<${element}$1></${element}>`);
}

function withContentType(types: string): string {
  if (types.includes('/word/comments.xml')) return types;
  return opened(types, 'Types').replace('</Types>', `<Override PartName="/word/comments.xml" ContentType="${CONTENT_TYPE}"/></Types>`);
}

/** The annotated package's bytes, and how many comments it holds. */
export function annotateDocx(data: Uint8Array, places: readonly WordPlace[], lines: readonly string[], annotations: readonly Annotation[], date = new Date()): { bytes?: Uint8Array; count: number; error?: string } {
  const { entries, error } = readDocxEntries(data);
  if (!entries) return { count: 0, error };
  const dec = new TextDecoder('utf-8');
  let xml = dec.decode(entries.get('word/document.xml')!);
  const existing = entries.has('word/comments.xml') ? dec.decode(entries.get('word/comments.xml')!) : undefined;
  let id = Math.max(-1, ...[...(existing ?? '').matchAll(/<w:comment\b[^>]*w:id="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const inserts: Array<{ at: number; text: string }> = [];
  const comments: Array<{ id: number; text: string }> = [];
  for (const a of annotations) {
    const target = targetOf(places, lines, a);
    const bounds = target === undefined ? undefined : paragraphBounds(xml, target);
    if (!bounds) continue;
    comments.push({ id, text: a.message });
    inserts.push({ at: bounds.open, text: `<w:commentRangeStart w:id="${id}"/>` });
    inserts.push({ at: bounds.close, text: `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>` });
    id++;
  }
  // From the back, so that every offset still points where it did; at one offset, the order of arrival.
  inserts.sort((x, y) => y.at - x.at);
  for (const ins of inserts) xml = xml.slice(0, ins.at) + ins.text + xml.slice(ins.at);
  const files: Record<string, Uint8Array> = Object.fromEntries(entries);
  files['word/document.xml'] = strToU8(xml);
  files['word/comments.xml'] = strToU8(commentsXml(existing, comments, date.toISOString().replace(/\.\d+Z$/, 'Z')));
  const rels = 'word/_rels/document.xml.rels';
  files[rels] = strToU8(withRelationship(entries.has(rels) ? dec.decode(entries.get(rels)!) : undefined));
  files['[Content_Types].xml'] = strToU8(withContentType(dec.decode(entries.get('[Content_Types].xml') ?? strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>'))));
  return { bytes: zipSync(files, { level: 6 }), count: comments.length };
}

/** Writes the copy into `dir` under the original's name, atomically; never over the original. */
export function writeAnnotated(original: string, dir: string, bytes: Uint8Array): { file?: string; error?: string } {
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, path.basename(original));
  if (path.resolve(target) === path.resolve(original)) return { error: 'not annotated: --annotate needs another folder than the original\'s' };
  const temp = path.join(dir, `.${path.basename(original)}.jixiao-${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    return { error: `not annotated: cannot write ${target} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  return { file: target };
}
