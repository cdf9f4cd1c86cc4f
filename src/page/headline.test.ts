// Headlines of real pages (corpus/pages), where the <h1>, the metadata and <title> disagree.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findHeadline, titleAgreement } from './headline.js';
import { metaTags } from './structured-data.js';

const headline = (html: string, siteName: string | null = null): string | null => {
  const doc = new JSDOM(html).window.document;
  return findHeadline(doc, null, metaTags(doc), siteName).title;
};

describe('findHeadline', () => {
  it('takes the printed <h1> that <title> holds, without the site name', () => {
    expect(headline('<title>Getting LEAN with Digital Ad UX | IAB</title><h1>Getting LEAN with Digital Ad UX</h1>')).toBe('Getting LEAN with Digital Ad UX');
  });

  it('takes the post title over a blog-name <h1> when the post title is the stated title', () => {
    const blogger = '<title>Silicon Exposed: Open Verilog flow for Silego GreenPak4 programmable logic devices</title><meta property="og:title" content="Open Verilog flow for Silego GreenPak4 programmable logic devices"><h1 class="title">Silicon Exposed</h1><h3 class="post-title">Open Verilog flow for Silego GreenPak4 programmable logic devices</h3>';
    expect(headline(blogger)).toBe('Open Verilog flow for Silego GreenPak4 programmable logic devices');
  });

  it('keeps the printed headline when og:title is an SEO variant', () => {
    expect(headline('<meta property="og:title" content="The Modern Ambitions Behind Neon"><h1>Why Neon Is the Ultimate Symbol of the 20th Century</h1>')).toBe('Why Neon Is the Ultimate Symbol of the 20th Century');
  });

  it('skips a logo <h1> and a section <h2> that is only part of the title', () => {
    expect(headline('<title>The Open Journalism Project: Better Student Journalism — Medium</title><meta property="og:title" content="The Open Journalism Project: Better Student Journalism"><h1><a href="/">Medium</a></h1><h2>Open Journalism Project:</h2>')).toBe('The Open Journalism Project: Better Student Journalism');
    expect(headline('<title>海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网</title>')).toBe('海外留学生看两会：出国前后关注点大不同');
  });

  it('takes <title> apart by the site name and its brackets when no heading agrees', () => {
    const pixnet = '<title>新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::</title><meta property="og:site_name" content="史蒂文的家_藍天"><h1 class="topbar__logo__title">痞客邦 PIXNET</h1>';
    expect(headline(pixnet, '史蒂文的家_藍天')).toBe('新竹尖石_美樹營地賞楓 (2)');
    expect(headline('<title>欲張りなイヌ　＜福娘童話集　きょうのイソップ童話＞</title>')).toBe('欲張りなイヌ');
    expect(headline('<title>Friday Facts #282 - 0.17 in sight | Factorio</title>', 'Factorio')).toBe('Friday Facts #282 - 0.17 in sight');
  });

  it('scores agreement: same headline, contained with coverage, or none', () => {
    expect(titleAgreement('Lorem', 'Lorem')).toBe(2);
    expect(titleAgreement('Videos', 'Embedded videos test')).toBe(0);
    expect(titleAgreement('These Weeks in Firefox: Issue 85', 'These Weeks in Firefox: Issue 85 – Firefox Nightly News')).toBeGreaterThan(1);
  });
});
