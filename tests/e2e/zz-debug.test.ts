import { it } from 'vitest';
import { chromiumDriver } from '/work/main/tests/e2e/chromium.js';
import { startServer } from '/work/main/tests/e2e/server.js';
import { PAGES_DIR } from '/work/main/tests/e2e/build.js';
import { openArticle } from '/work/main/tests/e2e/suite.js';
it('debug', async () => {
  const server = await startServer(PAGES_DIR);
  const session = await chromiumDriver.launch(server.origin);
  try {
    const { article, popup } = await openArticle(session, `${server.origin}/nbc-korea-impeachment.html`);
    const info = () => article.evaluate(() => {
      const m = document.querySelector('whosaid-quote[data-whosaid-quote="8"]')!;
      const b = m.getBoundingClientRect();
      const chain = []; let e: Element | null = m; while (e && chain.length < 12) { const cs = getComputedStyle(e); chain.push(`${e.tagName}.${e.className}`.slice(0,60) + ` ov=${cs.overflow} pos=${cs.position} h=${Math.round(e.getBoundingClientRect().height)} disp=${cs.display}`); e = e.parentElement; }
      return { top: b.top, height: b.height, w: b.width, scrollY: window.scrollY, sh: document.documentElement.scrollHeight, ih: innerHeight, visible: m.checkVisibility(), chain };
    }, null);
    console.log(JSON.stringify(await info(), null, 1));
    await popup.click('.speaker button.statement', 'You don’t and cannot');
    await new Promise(r => setTimeout(r, 3000));
    console.log(JSON.stringify(await info(), null, 1));
  } finally { await session.close(); await server.close(); }
}, 120000);
