import { strToU8, zipSync } from 'fflate';

/**
 * Word drafts for the tests, made from XML written here and zipped (no Word needed): automatic
 * Chinese numbering at four levels, one of them through a style; a table; a _GoBack bookmark; a
 * field; a tracked change; a footnote. `BODY` is a Zhuzhou-outline draft whose second project row
 * does not add up.
 */
export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export const NUMBERING = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>
<w:style w:type="paragraph" w:styleId="Part"><w:name w:val="part"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="PartTitle"><w:basedOn w:val="Part"/></w:style></w:styles>`;

export const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
export const part = (text: string) => p(text, '<w:pStyle w:val="PartTitle"/>');
export const num = (ilvl: number, text: string) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`);
const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
export const row = (cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;

export const BODY = [
  p('某区档案馆2023年度部门整体支出绩效自评报告'),
  part('预算单位基本情况'),
  `<w:p><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:r><w:t>本馆实有人数6人，其中在编5人，聘用1人。</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>`,
  part('预算收支出情况（按单位预算口径）'),
  p('2023年预算收入120.50万元，其中年初预算98.20万元，调整追加12.30万元，其他资金来源10.00万元。'),
  `<w:p><w:r><w:t xml:space="preserve">2023年支出</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>999.99万元</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>120.50万元</w:t></w:r></w:ins><w:r><w:t>，其中基本支出85.40万元，项目支出30.10万元，结余结转5.00万元。</w:t></w:r></w:p>`,
  part('资金使用及绩效情况（包含单位管理的公共专项）'),
  num(1, '整体支出绩效情况'),
  `<w:p><w:r><w:t xml:space="preserve">完成扫描12万页，见第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`,
  num(1, '项目支出绩效情况'),
  p('单位：万元'),
  `<w:tbl>${row(['项目名称', '年初预算', '全年预算数', '全年执行数', '结余结转'])}${row(['档案数字化经费', '20.00', '25.00', '22.10', '2.90'])}${row(['馆藏修复经费', '10.00', '8.00', '8.00', '1.00'])}</w:tbl>`,
  num(2, '纸质档案扫描项目'),
  num(3, '扫描纸质档案3200卷，全部通过验收，群众满意度达98%。'),
  num(3, '建成档案数据库，实现在线查阅，全年提供利用服务1800人次。'),
  part('绩效管理存在的问题及下一步改进措施'),
  p('预算编制还不够精细。'),
  part('其他需要说明的情况'),
  p('无。'),
].join('');

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="${CT}.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="${CT}.footnotes+xml"/></Types>`;

const FOOTNOTES = `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:t>脚注：扫描数据来自档案管理系统，不计入正文。</w:t></w:r></w:p></w:footnote></w:footnotes>`;

export function docx(body: string, extra: Record<string, string> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${REL}/footnotes" Target="footnotes.xml"/></Relationships>`),
    'word/footnotes.xml': strToU8(FOOTNOTES),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    'word/numbering.xml': strToU8(NUMBERING),
    'word/styles.xml': strToU8(STYLES),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  });
}

