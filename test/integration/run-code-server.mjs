// Runs the integration suite inside code-server (VS Code served to a browser) through headless
// Chromium, as ../shared/reference/vscode-in-sandbox.md describes. The extension host runs the
// suite's run(); the results come back through a file this launcher waits for, with a timeout.
//   node test/integration/run-code-server.mjs [--screenshots docs/images] [--timeout 600]
import { spawn, spawnSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'fs';
import { prepareWorkspace } from './workspace.mjs';
import { createServer } from 'net';
import { dirname, join, resolve } from 'path';
import { fileURLToPath } from 'url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const screenshots = opt('--screenshots') ? resolve(opt('--screenshots')) : undefined;
const timeoutSec = Number(opt('--timeout', process.env.JIXIAO_INTEGRATION_TIMEOUT ?? 600));
const OUT = join(ROOT, 'out');
const RESULTS = join(OUT, 'integration-results.json');
const WORKSPACE = join(OUT, 'integration-workspace');
const TMP = join(OUT, 'code-server-run');
const CODE_SERVER = join(ROOT, '.cache/code-server/package/out/node/entry.js');
const SHARED = resolve(ROOT, '../shared');

function fail(message) {
  console.error(`integration: ${message}`);
  writeFileSync(RESULTS, JSON.stringify({ passed: 0, failed: 1, failures: [{ title: 'launcher', message }] }));
  process.exitCode = 1;
}

function step(cmd, argv, what) {
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

/** Resolves when `check()` is true, looking again whenever `dir` changes; rejects after `ms`. */
function waitForFile(dir, check, ms, what) {
  return new Promise((res, rej) => {
    if (check()) return res();
    const watcher = watch(dir, () => {
      if (check()) finish();
    });
    // A watch can miss an event on some file systems; a slow re-check keeps the wait honest.
    const backstop = setInterval(() => check() && finish(), 2000);
    const timer = setTimeout(() => finish(new Error(`timed out after ${ms / 1000} s waiting for ${what}`)), ms);
    function finish(err) {
      clearTimeout(timer);
      clearInterval(backstop);
      watcher.close();
      if (err) rej(err);
      else res();
    }
  });
}

async function main() {
  rmSync(RESULTS, { force: true });
  step('bash', ['test/integration/install-code-server.sh', ...(screenshots ? ['--fonts'] : [])], 'installing code-server');
  if (!existsSync(join(ROOT, 'dist/client.js'))) step('node', ['scripts/build.mjs'], 'build');
  if (!existsSync(join(OUT, 'test/integration/suite/index.js'))) step('npx', ['tsc', '-p', 'tsconfig.test.json'], 'compiling tests');
  prepareWorkspace(ROOT, WORKSPACE, SHARED);
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(join(TMP, 'ud/User'), { recursive: true });
  writeFileSync(join(TMP, 'ud/User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false, 'workbench.tips.enabled': false,
    'update.mode': 'none', 'window.commandCenter': false, 'workbench.colorTheme': 'Default Light Modern', 'editor.hover.delay': 100,
    'workbench.secondarySideBar.defaultVisibility': 'hidden', 'chat.commandCenter.enabled': false,
    'git.enabled': false, 'git.openRepositoryInParentFolders': 'never', 'workbench.enableExperiments': false,
  }));
  if (screenshots) {
    mkdirSync(screenshots, { recursive: true });
    for (const f of readdirSync(screenshots)) if (/\.(request|done)$/.test(f)) rmSync(join(screenshots, f));
  }
  const port = await freePort();
  const env = {
    ...process.env,
    JIXIAO_INTEGRATION_RESULTS: RESULTS,
    JIXIAO_SHARED: SHARED,
    ...(screenshots ? { JIXIAO_SCREENSHOTS: screenshots } : {}),
  };
  const server = spawn(process.execPath, [CODE_SERVER, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', join(TMP, 'ud'), '--extensions-dir', join(TMP, 'ext'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', WORKSPACE], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  const listening = new Promise((res, rej) => {
    const t = setTimeout(() => rej(new Error(`code-server did not start within 60 s:\n${serverLog}`)), 60000);
    const check = () => /HTTP server listening/.test(serverLog) && (clearTimeout(t), res());
    server.stdout.on('data', check);
    server.stderr.on('data', check);
    server.on('exit', (code) => rej(new Error(`code-server exited (${code}):\n${serverLog}`)));
  });
  let browser;
  try {
    await listening;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, locale: 'zh-CN' });
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(join(OUT, 'test/integration/suite/index.js'))]];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(WORKSPACE)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    let shots = Promise.resolve();
    const shotWatcher = screenshots && watch(screenshots, () => {
      for (const f of readdirSync(screenshots).filter((x) => x.endsWith('.request'))) {
        const name = f.replace(/\.request$/, '');
        rmSync(join(screenshots, f));
        shots = shots.then(async () => {
          // Let the workbench lay out and paint what the suite just asked for: two animation frames.
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          await page.screenshot({ path: join(screenshots, `${name}.png`) });
          writeFileSync(join(screenshots, `${name}.png.done`), '');
          console.log(`integration: screenshot ${name}.png`);
        });
      }
    });
    await waitForFile(OUT, () => existsSync(RESULTS), timeoutSec * 1000, `the suite inside VS Code to finish (is VS Code hung? log:\n${serverLog.slice(-3000)})`);
    if (shotWatcher) shotWatcher.close();
    await shots;
    const r = JSON.parse(readFileSync(RESULTS, 'utf8'));
    for (const f of r.failures ?? []) console.error(`integration FAILED: ${f.title}\n${f.message}\n`);
    for (const m of r.measurements ?? []) console.log(`integration: measured: ${m}`);
    console.log(`integration (VS Code ${r.vscodeVersion} in code-server): ${r.passed} passed, ${r.failed} failed`);
    if (r.failed > 0) process.exitCode = 1;
    if (screenshots) for (const f of readdirSync(screenshots)) if (f.endsWith('.done')) rmSync(join(screenshots, f));
  } catch (e) {
    fail(e.message);
  } finally {
    await browser?.close().catch(() => undefined);
    server.kill('SIGTERM');
  }
}

main().catch((e) => fail(e.stack ?? String(e)));
