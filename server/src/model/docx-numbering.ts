import { toChineseNumeral } from './numerals';
import { toFullWidthDigits } from './text';

/**
 * Word's automatic numbering, rendered as Word shows it (`一、` `（一）` `1.` `（1）`): the levels of
 * numbering.xml, numbering set on a paragraph or through its style (styles.xml, with `basedOn`),
 * counters per list that reset deeper levels when a shallower one advances, and start overrides.
 */
interface Level {
  start: number;
  format: string;
  text: string;
  /** What Word puts between the number and the text: a tab unless the level says a space or nothing. */
  suffix: string;
}

const SUFFIX: Record<string, string> = { tab: '\t', space: ' ', nothing: '' };

export interface Numbering {
  /** The number text of a paragraph with this numbering and what follows it, advancing the counters. */
  next(numId: string, ilvl: number): string;
  /** The numbering a paragraph style gives, following `basedOn`. */
  ofStyle(styleId: string): { numId: string; ilvl: number } | undefined;
}

const attr = (s: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(s)?.[1];

function levelsOf(body: string): Level[] {
  const levels: Level[] = [];
  for (const m of body.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
    const ilvl = Number(attr(m[1], 'w:ilvl') ?? 0);
    levels[ilvl] = {
      start: Number(attr(/<w:start\b[^>]*>/.exec(m[2])?.[0] ?? '', 'w:val') ?? 1),
      format: attr(/<w:numFmt\b[^>]*>/.exec(m[2])?.[0] ?? '', 'w:val') ?? 'decimal',
      text: attr(/<w:lvlText\b[^>]*>/.exec(m[2])?.[0] ?? '', 'w:val') ?? '',
      suffix: SUFFIX[attr(/<w:suff\b[^>]*>/.exec(m[2])?.[0] ?? '', 'w:val') ?? 'tab'] ?? '\t',
    };
  }
  return levels;
}

const CIRCLED = (n: number) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n));
const ROMAN: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) (out += s), (n -= v);
  return out;
}

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const DIGIT_NAMES = '〇一二三四五六七八九';
const LEGAL: Record<string, string> = { 一: '壹', 二: '贰', 三: '叁', 四: '肆', 五: '伍', 六: '陆', 七: '柒', 八: '捌', 九: '玖', 十: '拾' };

/** Word's East Asian counters that are not `一二三`: stems (`甲、乙、`), branches, digit by digit, capitals, circled. */
function eastAsian(n: number, format: string): string | undefined {
  if (n < 1) return undefined;
  switch (format) {
    case 'ideographTraditional': return STEMS[(n - 1) % 10];
    case 'ideographZodiac': return BRANCHES[(n - 1) % 12];
    case 'ideographZodiacTraditional': return STEMS[(n - 1) % 10] + BRANCHES[(n - 1) % 12];
    case 'ideographEnclosedCircle': return n <= 10 ? String.fromCharCode(0x3220 + n - 1) : String(n);
    case 'ideographDigital': case 'taiwaneseDigital': case 'japaneseDigitalTenThousand':
      return String(n).replace(/[0-9]/g, (d) => DIGIT_NAMES[Number(d)]);
    case 'chineseLegalSimplified': case 'ideographLegalTraditional':
      return toChineseNumeral(n).replace(/[一二三四五六七八九十]/g, (c) => LEGAL[c]);
    default: return undefined;
  }
}

export function formatCounter(n: number, format: string): string {
  const other = eastAsian(n, format);
  if (other !== undefined) return other;
  if (/^chinese|^ideograph|^taiwanese|^japaneseCounting/.test(format)) return toChineseNumeral(n);
  if (/^decimalEnclosedCircle/.test(format)) return CIRCLED(n);
  if (format === 'upperRoman') return roman(n);
  if (format === 'lowerRoman') return roman(n).toLowerCase();
  if (format === 'upperLetter') return String.fromCharCode(64 + (((n - 1) % 26) + 1));
  if (format === 'lowerLetter') return String.fromCharCode(96 + (((n - 1) % 26) + 1));
  if (format === 'decimalFullWidth') return toFullWidthDigits(String(n));
  return String(n);
}

export function readNumbering(numberingXml: string | undefined, stylesXml: string | undefined): Numbering {
  const abstracts = new Map<string, Level[]>();
  for (const m of (numberingXml ?? '').matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) abstracts.set(attr(m[1], 'w:abstractNumId') ?? '', levelsOf(m[2]));
  const nums = new Map<string, { levels: Level[]; starts: Map<number, number> }>();
  for (const m of (numberingXml ?? '').matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = attr(/<w:abstractNumId\b[^>]*>/.exec(m[2])?.[0] ?? '', 'w:val') ?? '';
    const starts = new Map<number, number>();
    for (const o of m[2].matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(/<w:startOverride\b[^>]*>/.exec(o[2])?.[0] ?? '', 'w:val');
      if (start !== undefined) starts.set(Number(attr(o[1], 'w:ilvl') ?? 0), Number(start));
    }
    nums.set(attr(m[1], 'w:numId') ?? '', { levels: abstracts.get(abstractId) ?? [], starts });
  }
  const styles = new Map<string, { basedOn?: string; numId?: string; ilvl?: number }>();
  for (const m of (stylesXml ?? '').matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2])?.[1] ?? '';
    styles.set(attr(m[1], 'w:styleId') ?? '', {
      basedOn: attr(/<w:basedOn\b[^>]*>/.exec(m[2])?.[0] ?? '', 'w:val'),
      numId: attr(/<w:numId\b[^>]*>/.exec(numPr)?.[0] ?? '', 'w:val'),
      ilvl: Number(attr(/<w:ilvl\b[^>]*>/.exec(numPr)?.[0] ?? '', 'w:val') ?? 0),
    });
  }
  const counters = new Map<string, number[]>();
  return {
    next(numId, ilvl) {
      const num = nums.get(numId);
      const level = num?.levels[ilvl];
      if (!num || !level || level.format === 'bullet' || level.format === 'none') return '';
      const c = counters.get(numId) ?? [];
      const startOf = (l: number) => num.starts.get(l) ?? num.levels[l]?.start ?? 1;
      c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl] + 1;
      c.length = ilvl + 1;
      counters.set(numId, c);
      const text = level.text.replace(/%(\d)/g, (_, d: string) => formatCounter(c[Number(d) - 1] ?? startOf(Number(d) - 1), num.levels[Number(d) - 1]?.format ?? 'decimal'));
      return text && text + level.suffix;
    },
    ofStyle(styleId) {
      for (let id: string | undefined = styleId, guard = 0; id && guard < 20; guard++) {
        const s = styles.get(id);
        if (!s) return undefined;
        if (s.numId !== undefined) return s.numId === '0' ? undefined : { numId: s.numId, ilvl: s.ilvl ?? 0 };
        id = s.basedOn;
      }
      return undefined;
    },
  };
}
