import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { installTooltip, LABEL_ATTRIBUTE, TOOLTIP_TAG, type Tooltip } from './tooltip.js';

const PAGE = `<p>Before. <whosaid-quote tabindex="0" ${LABEL_ATTRIBUTE}="Quote: Maria Zakharova">“We are not withdrawing”</whosaid-quote>
  and <whosaid-date tabindex="0" ${LABEL_ATTRIBUTE}="Date: Wednesday, 23 January 2019">on <b>Wednesday</b></whosaid-date>.
  <a href="#x" id="link">a link</a> <span ${LABEL_ATTRIBUTE}="&lt;img src=x onerror=alert(1)&gt;" tabindex="0" id="hostile">x</span></p>`;

describe('installTooltip', () => {
  let tooltip: Tooltip | undefined;
  afterEach(() => tooltip?.remove());

  const setUp = () => {
    const { window } = new JSDOM(`<!DOCTYPE html><body>${PAGE}</body>`);
    tooltip = installTooltip(window.document);
    const doc = window.document;
    const shown = () => doc.querySelector(TOOLTIP_TAG)?.textContent ?? null;
    return { window, doc, shown };
  };

  it('shows the label of a mark that takes keyboard focus, and hides it when focus leaves', () => {
    const { doc, shown } = setUp();
    (doc.querySelector('whosaid-date') as HTMLElement).focus();
    expect(shown()).toBe('Date: Wednesday, 23 January 2019');
    expect(doc.querySelector(TOOLTIP_TAG)?.getAttribute('role')).toBe('tooltip');
    (doc.querySelector('#link') as HTMLElement).focus();
    expect(shown()).toBeNull();
  });

  it('shows on hover over any part of a mark, and not for the page’s own elements', () => {
    const { window, doc, shown } = setUp();
    doc.querySelector('whosaid-date b')!.dispatchEvent(new window.MouseEvent('mouseover', { bubbles: true }));
    expect(shown()).toBe('Date: Wednesday, 23 January 2019');
    doc.querySelector('whosaid-date')!.dispatchEvent(new window.MouseEvent('mouseout', { bubbles: true, relatedTarget: doc.querySelector('#link') }));
    expect(shown()).toBeNull();
    doc.querySelector('#link')!.dispatchEvent(new window.MouseEvent('mouseover', { bubbles: true }));
    expect(shown()).toBeNull();
  });

  it('Escape dismisses it', () => {
    const { window, doc, shown } = setUp();
    (doc.querySelector('whosaid-quote') as HTMLElement).focus();
    expect(shown()).toBe('Quote: Maria Zakharova');
    doc.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(shown()).toBeNull();
  });

  it('puts the label in as text, never as markup', () => {
    const { doc, shown } = setUp();
    (doc.querySelector('#hostile') as HTMLElement).focus();
    expect(shown()).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector(`${TOOLTIP_TAG} *`)).toBeNull();
  });

  it('remove() stops listening and takes the tooltip out', () => {
    const { doc, shown } = setUp();
    (doc.querySelector('whosaid-quote') as HTMLElement).focus();
    tooltip!.remove();
    expect(shown()).toBeNull();
    (doc.querySelector('whosaid-date') as HTMLElement).focus();
    expect(shown()).toBeNull();
  });
});
