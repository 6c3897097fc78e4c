import type { Lang } from '../rules/types';
import type { FileRecord, FindingRecord } from './record';
import { escapeXml } from './escape';

/**
 * `--format html`: one self-contained page for a batch of drafts — no network, no other file. A
 * row per draft (unit, year, outline, counts, the first findings), a bar chart of findings per rule
 * across the batch, each draft expandable to its findings with the line's text and, for Word
 * drafts, where they are in Word. Columns sort on a click.
 */
const esc = escapeXml;

const STYLE = `body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:24px;color:#222}
h1{font-size:20px}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}
th{cursor:pointer;background:#f4f6f8;user-select:none}th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
.n{text-align:right;font-variant-numeric:tabular-nums}.error{color:#c62828}.warning{color:#b26a00}.hint,.information{color:#546e7a}
details summary{cursor:pointer}ul.findings{margin:6px 0 0;padding-left:18px}ul.findings li{margin:3px 0}.where{color:#607d8b;font-size:12px}
.chart{margin:16px 0}.bar{fill:#5c6bc0}.chart text{font-size:12px}`;

const SCRIPT = `document.querySelectorAll('th[data-key]').forEach(function(th){th.addEventListener('click',function(){
var table=th.closest('table'),body=table.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th),desc=th.classList.contains('sorted-asc');
table.querySelectorAll('th').forEach(function(h){h.classList.remove('sorted-asc','sorted-desc')});th.classList.add(desc?'sorted-desc':'sorted-asc');
var rows=Array.prototype.slice.call(body.rows);rows.sort(function(a,b){var x=a.cells[i].dataset.v,y=b.cells[i].dataset.v;
var nx=parseFloat(x),ny=parseFloat(y),c=isNaN(nx)||isNaN(ny)?x.localeCompare(y,'zh'):nx-ny;return desc?-c:c});
rows.forEach(function(r){body.appendChild(r)})})});`;

function findingItem(f: FindingRecord, lang: Lang): string {
  const { start } = f.range;
  const where = f.location ?? `${lang === 'zh' ? '第' : 'line '}${start.line + 1}${lang === 'zh' ? '行' : ''}`;
  return `<li class="${f.severity}">${esc(f.message)} <code>${f.ruleId}</code><div class="where">${esc(where)}：${esc(f.lineText ?? '')}</div></li>`;
}

function chart(results: FileRecord[]): string {
  const byRule = new Map<string, number>();
  for (const fr of results) for (const f of fr.checked?.findings ?? []) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  const rows = [...byRule].sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...rows.map(([, n]) => n));
  const bars = rows.map(([rule, n], i) => `<text x="0" y="${i * 22 + 15}">${rule}</text><rect class="bar" x="180" y="${i * 22 + 3}" width="${Math.max(2, (n / max) * 400)}" height="16"/><text x="${186 + (n / max) * 400}" y="${i * 22 + 15}">${n}</text>`);
  return `<svg class="chart" width="640" height="${rows.length * 22 + 6}" role="img" aria-label="findings per rule">${bars.join('')}</svg>`;
}

export function formatHtml(results: FileRecord[], lang: Lang): string {
  const zh = lang === 'zh';
  const checked = results.filter((r) => r.checked);
  const rows = checked.map((fr) => {
    const { findings: fs, template, summary } = fr.checked!;
    const count = (s: string) => fs.filter((f) => (s === 'hint' ? f.severity === 'hint' || f.severity === 'information' : f.severity === s)).length;
    const unit = summary?.unit ?? fr.file;
    const cells = [
      [unit, `<details><summary>${esc(unit)}</summary><div class="where">${esc(fr.file)}</div><ul class="findings">${fs.map((f) => findingItem(f, lang)).join('')}</ul></details>`],
      [String(summary?.year ?? ''), String(summary?.year ?? '')],
      [template ?? '', esc(summary?.outlineTitle ?? (zh ? '未识别（通用检查）' : 'none (generic)'))],
      [String(count('error')), `<span class="error">${count('error')}</span>`],
      [String(count('warning')), `<span class="warning">${count('warning')}</span>`],
      [String(count('hint')), String(count('hint'))],
      ['', fs.filter((f) => f.severity === 'error').slice(0, 3).map((f) => esc(f.message)).join('<br>')],
    ];
    return `<tr>${cells.map(([v, html], i) => `<td data-v="${esc(v)}"${i >= 3 && i <= 5 ? ' class="n"' : ''}>${html}</td>`).join('')}</tr>`;
  });
  const heads = zh ? ['单位（报告）', '年度', '提纲', '错误', '警告', '提示', '主要问题'] : ['Unit (report)', 'Year', 'Outline', 'Errors', 'Warnings', 'Hints', 'Top findings'];
  const title = zh ? `绩效自评报告检查结果（${checked.length}份）` : `Self-evaluation report check (${checked.length} drafts)`;
  return `<!DOCTYPE html><html lang="${zh ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head><body>
<h1>${title}</h1><h2>${zh ? '各规则问题数' : 'Findings per rule'}</h2>${chart(checked)}
<table><thead><tr>${heads.map((h, i) => `<th${i < 6 ? ` data-key="${i}"` : ''}>${h}</th>`).join('')}</tr></thead><tbody>${rows.join('\n')}</tbody></table>
<script>${SCRIPT}</script></body></html>
`;
}
