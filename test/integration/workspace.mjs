// The workspace both launchers open: the sample drafts, a plain .txt draft whose name says
// nothing (recognised by its first lines), an unrelated text file that must stay plain text, a
// draft left unopened for the workspace check, a Word draft, and the seeds when ../shared is beside the repo.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { createRequire } from 'module';

export function prepareWorkspace(root, workspace, shared) {
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(workspace, { recursive: true });
  for (const f of readdirSync(join(root, 'samples'))) cpSync(join(root, 'samples', f), join(workspace, f));
  cpSync(join(root, 'test/fixtures/clean/zhuzhou-archive.txt'), join(workspace, 'plain-draft.txt'));
  cpSync(join(root, 'samples/衡阳市科技馆2024年度绩效自评报告.txt'), join(workspace, 'unopened-自评报告.txt'));
  writeFileSync(join(workspace, 'notes.txt'), '会议纪要\n一、会议时间\n周一上午九点。\n二、参加人员\n全体职工。\n');
  if (existsSync(join(shared, 'seeds'))) cpSync(join(shared, 'seeds'), join(workspace, 'seeds'), { recursive: true });
  // A Word draft (made by the test tools, compiled into out/): its second project row does not add up.
  const { docx, BODY } = createRequire(import.meta.url)(join(root, 'out/test/tools/docx.js'));
  writeFileSync(join(workspace, 'word-draft.docx'), docx(BODY));
}
