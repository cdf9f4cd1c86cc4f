import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractText, locateOffset } from './text.js';

function bodyOf(html: string): HTMLElement {
  return new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document.body;
}

describe('extractText', () => {
  it('separates blocks with a blank line and collapses whitespace as a browser renders it', () => {
    const body = bodyOf('<p>  One\n   two </p><p>Three <em>four</em>  five</p><div>Six<br>seven</div>');
    expect(extractText([body]).text).toBe('One two\n\nThree four five\n\nSix\nseven');
  });

  it('reads two line breaks in a row as a paragraph break, whatever whitespace stands between them', () => {
    const body = bodyOf('<div>One<br>two<br><br>Three<br>\n  <br>\n<br>Four</div>');
    expect(extractText([body]).text).toBe('One\ntwo\n\nThree\n\nFour');
  });

  it('leaves out the TeX source that MathML carries for a formula', () => {
    const body = bodyOf('<p>If <math><semantics><mi>A</mi><annotation encoding="application/x-tex">{\\displaystyle A}</annotation></semantics></math> is Hermitian</p>');
    expect(extractText([body]).text).toBe('If A is Hermitian');
  });

  it('leaves out scripts, styles, form controls and excluded elements', () => {
    const body = bodyOf('<p>Kept</p><script>var x = 1;</script><style>p{}</style><aside class="share">Share</aside><p>Also kept <button>Click</button></p>');
    const text = extractText([body], (element) => element.classList.contains('share')).text;
    expect(text).toBe('Kept\n\nAlso kept');
  });

  it('maps every character back to its text node', () => {
    const body = bodyOf('<p>Hello   <a href="#">big</a> world</p>');
    const articleText = extractText([body]);
    const start = articleText.text.indexOf('big');
    const location = locateOffset(articleText, start);
    expect(location?.node.data).toBe('big');
    expect(location?.offset).toBe(0);
    const worldLocation = locateOffset(articleText, articleText.text.indexOf('world'));
    expect(worldLocation?.node.data.slice(worldLocation.offset)).toBe('world');
  });

  it('leaves out soft hyphens, mapping the characters after them to their place in the node', () => {
    // pubdates 347 (Rogue ESR) hyphenates its words with U+00AD.
    const body = bodyOf('<p>des finan\u00adce\u00adments récurrents</p>');
    const articleText = extractText([body]);
    expect(articleText.text).toBe('des financements récurrents');
    const location = locateOffset(articleText, articleText.text.indexOf('ments'));
    expect(location?.node.data.slice(location.offset)).toBe('ments récurrents');
    // Next to a space and between blocks (the review of 2026-12-02).
    const trailing = extractText([bodyOf('<p>finan\u00ad <b>x</b></p>')]);
    expect(trailing.text).toBe('finan x');
    const space = locateOffset(trailing, trailing.text.indexOf(' '));
    expect(space?.node.data[space.offset]).toBe(' ');
    expect(extractText([bodyOf('<p>Wort</p>\u00ad<p>Satz</p>')]).text).toBe('Wort\n\nSatz');
    expect(extractText([bodyOf('<p>Wort <span>\u00ad</span> Satz</p>')]).text).toBe('Wort Satz');
  });

  it('keeps text outside the roots out', () => {
    const document = new JSDOM('<body><header>Site</header><article><p>Body text.</p></article><footer>Foot</footer></body>').window.document;
    expect(extractText([document.querySelector('article')!]).text).toBe('Body text.');
  });
});

describe('extractText and inline styles', () => {
  it('leaves out what an inline style hides (Wikipedia’s “[update]” tag and MathML source, wikipedia-2 and wikipedia-3)', () => {
    const doc = new JSDOM(`<!DOCTYPE html><body><p>As at 2017<sup class="plainlinks noprint asof-tag update" style="display:none;"><a href="#">[update]</a></sup>, the economy grew.
      If a matrix <span style="display: none;"><math><mi>A</mi></math></span><img alt="A"> is square, <span style="visibility: hidden">hidden</span>it has a trace.</p></body>`).window.document;
    expect(extractText([doc.body]).text).toBe('As at 2017, the economy grew. If a matrix is square, it has a trace.');
  });
});
