import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { tempDir } from '../harness/temp';

/**
 * The HTML overview in a real browser (Debian's Chromium through playwright-core): it renders with
 * nothing from the network, a draft expands to its findings, and a column sorts.
 */
const ROOT = path.resolve(__dirname, '../../..');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

(CHROMIUM || process.env.CI ? describe : describe.skip)('jixiao-lint --format html in a browser', function () {
  this.timeout(120000);
  it('renders offline, expands a draft, sorts by errors', async () => {
    assert.ok(CHROMIUM, 'Chromium is installed (the integration installer brings it)');
    const dir = tempDir('html');
    const seeds = path.resolve(ROOT, '../shared/seeds');
    const inputs = [path.join(ROOT, 'samples'), ...(fs.existsSync(seeds) ? [seeds] : [])];
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), '--format', 'html', ...inputs], { encoding: 'utf8' });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const file = path.join(dir, 'report.html');
    fs.writeFileSync(file, r.stdout);
    assert.doesNotMatch(r.stdout, /<(link|script|img)[^>]+(src|href)=/i, 'self-contained: no external file');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      page.on('request', (q) => !q.url().startsWith('file:') && requests.push(q.url()));
      await page.goto(`file://${file}`);
      const rows = page.locator('tbody tr');
      assert.strictEqual(await rows.count(), 2 + (fs.existsSync(seeds) ? 5 : 0));
      assert.ok((await page.locator('svg.chart rect').count()) >= 3, 'a bar per rule');
      const first = page.locator('tbody tr details').first();
      assert.strictEqual(await first.locator('ul.findings').isVisible(), false);
      await first.locator('summary').click();
      assert.strictEqual(await first.locator('ul.findings').isVisible(), true);
      assert.ok((await first.locator('ul.findings li').count()) > 0);
      await page.locator('th', { hasText: /^错误$/ }).click();
      await page.locator('th', { hasText: /^错误$/ }).click();
      const errors = await page.locator('tbody tr td:nth-child(4)').allTextContents();
      assert.deepStrictEqual(errors.map(Number), [...errors.map(Number)].sort((a, b) => b - a), 'sorted by errors, most first');
      assert.deepStrictEqual(requests, [], 'nothing fetched from the network');
      if (process.env.JIXIAO_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.JIXIAO_SCREENSHOTS, 'report-html.png'), fullPage: false });
    } finally {
      await browser.close();
    }
  });
});
