import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startPagesServer } from './safety-browsers.js';
it('scratch', async () => {
  const server = await startPagesServer();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.goto(`${server.origin}/hostile/huge.html`);
  writeFileSync('/tmp/huge-static.html', await page.evaluate(() => '<!DOCTYPE html>' + document.documentElement.outerHTML.replace(/<script>[\s\S]*?<\/script>/, '')));
  for (const css of ['div{display:contents}', '', 'div{display:contents}']) {
    for (const depth of [5000, 2000, 1000]) {
      const p = await browser.newPage();
      let crashed = false;
      p.on('crash', () => { crashed = true; });
      try {
        await p.goto(`${server.origin}/hostile/injection.html`);
        await p.evaluate(([css, depth]) => { document.head.insertAdjacentHTML('beforeend', `<style>${css}</style>`); let n: Element = document.body; for (let i = 0; i < (depth as number); i++) { const d = document.createElement('div'); n.append(d); n = d; } n.textContent = 'deep'; return document.body.getBoundingClientRect().height; }, [css, depth] as const);
        await p.evaluate(() => new Promise(r => requestAnimationFrame(() => r(1))));
        console.log('RESULT', css, depth, 'ok');
      } catch (e) { console.log('RESULT', css, depth, crashed, String(e).slice(0, 80)); }
      await p.close().catch(() => {});
    }
    break;
  }
  await browser.close(); await server.close();
}, 120000);
