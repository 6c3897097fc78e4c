/** Chinese numerals as used in heading numbers and counts (一 … 九十九). */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export function parseChineseNumeral(s: string): number | undefined {
  if (!s || s.length > 4) return undefined;
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? DIGITS[s] : undefined;
  const tens = ten === 0 ? 1 : DIGITS[s.slice(0, ten)];
  const ones = ten === s.length - 1 ? 0 : DIGITS[s.slice(ten + 1)];
  if (tens === undefined || ones === undefined || s.length - ten > 2) return undefined;
  return tens * 10 + ones;
}

const NAMES = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function toChineseNumeral(n: number): string {
  if (n <= 0 || n >= 100 || !Number.isInteger(n)) return String(n);
  if (n < 10) return NAMES[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : NAMES[tens]) + '十' + (ones ? NAMES[ones] : '');
}

/** A count written either way: `3`, `３`, `三`, `十一`. */
export function parseCount(s: string): number | undefined {
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
  if (/^\d{1,6}$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(s);
}
