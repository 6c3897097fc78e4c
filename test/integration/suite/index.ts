import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Mocha from 'mocha';

/**
 * Entry point the extension host calls (`extensionTestsPath`), under @vscode/test-electron and
 * under code-server alike. The host reports nothing back to a browser, so the counts and failures
 * go to a file the launcher waits for ($JIXIAO_INTEGRATION_RESULTS, or a known place in tmp).
 */
export function resultsFile(): string {
  return process.env.JIXIAO_INTEGRATION_RESULTS ?? path.join(os.tmpdir(), 'jixiao-integration-results.json');
}

/** Figures a test measured (printed by the launcher: the extension host's console goes nowhere). */
export const measurements: string[] = [];

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  const failures: Array<{ title: string; message: string }> = [];
  const passed: string[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failed) => {
      const result = { passed: passed.length, failed, failures, tests: passed, measurements, vscodeVersion: require('vscode').version, finishedAt: new Date().toISOString() };
      // Written whole and renamed into place: the launcher may look the moment the name appears.
      const file = resultsFile();
      fs.writeFileSync(`${file}.tmp`, JSON.stringify(result, null, 2));
      fs.renameSync(`${file}.tmp`, file);
      if (failed > 0) reject(new Error(`${failed} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => passed.push(t.fullTitle()));
    runner.on('fail', (t, err) => failures.push({ title: t.fullTitle(), message: String(err?.stack ?? err) }));
  });
}
