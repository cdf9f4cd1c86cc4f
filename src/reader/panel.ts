// The reading view's side panel (a drawer on a narrow window): one card per
// speaker with their statements, and the dated claims in date order, each
// entry a button that scrolls the view to it; and, for print only, the list
// of speakers that ends the printed article.

import { speakerColour } from '../highlight/palette.js';
import { shownRole } from '../present/role.js';
import { rankedSpeakers, statementsOf } from '../present/statements.js';
import { buildTimeline } from '../present/timeline.js';
import type { Steps } from '../steps.js';
import type { Analysis } from '../types.js';
import { element } from './element.js';

/** Entries (statements, dated claims) added per step: a long article has hundreds of dated claims. */
const ENTRIES_PER_STEP = 25;

export type Translate = (key: string, substitutions?: string | string[]) => string;
export type GoTo = (kind: 'quote' | 'date', index: number) => void;

/** Speakers with the most statements first, as in the popup, each with the role shown for them. */
function ranked(analysis: Pick<Analysis, 'speakers'>): { speakerIndex: number; name: string; role: string | null; quotes: number[] }[] {
  return rankedSpeakers(analysis).map(({ speaker, speakerIndex }) => ({ speakerIndex, name: speaker.name, role: shownRole(speaker), quotes: speaker.quotes }));
}


function entryButton(doc: Document, parts: { className: string; text: string }[], onClick: () => void): HTMLButtonElement {
  const button = element(doc, 'button', null);
  button.type = 'button';
  for (const part of parts) {
    const span = element(doc, 'span', part.className, part.text);
    span.setAttribute('dir', 'auto');
    button.append(span);
  }
  button.addEventListener('click', onClick);
  return button;
}

/** The panel (its element has the id `panelId`), empty at first; its cards and timeline fill as the steps run. */
export function buildPanelSteps(doc: Document, analysis: Pick<Analysis, 'text' | 'quotes' | 'speakers' | 'dates'>, t: Translate, goTo: GoTo, panelId: string): { panel: HTMLElement; steps: Steps<void> } {
  const panel = element(doc, 'aside', 'panel');
  panel.id = panelId;
  panel.setAttribute('aria-label', t('readerPanel'));
  return { panel, steps: fillPanel(doc, panel, analysis, t, goTo) };
}

function* fillPanel(doc: Document, panel: HTMLElement, analysis: Pick<Analysis, 'text' | 'quotes' | 'speakers' | 'dates'>, t: Translate, goTo: GoTo): Steps<void> {
  let entries = 0;
  panel.append(element(doc, 'h2', null, t('whoSaidWhat')));
  const speakers = ranked(analysis);
  if (speakers.length === 0) panel.append(element(doc, 'p', 'empty', t('noSpeakers')));
  const cards = element(doc, 'ul', 'speakers');
  for (const speaker of speakers) {
    const card = element(doc, 'li', 'card');
    card.style.setProperty('--whosaid-colour', speakerColour(speaker.speakerIndex));
    const name = element(doc, 'h3', null, speaker.name);
    name.setAttribute('dir', 'auto');
    card.append(name);
    if (speaker.role) card.append(element(doc, 'p', 'role', speaker.role));
    const statements = element(doc, 'ul', 'statements');
    statements.setAttribute('aria-label', t('statementsBy', speaker.name));
    for (const statement of statementsOf(analysis, speaker)) {
      const item = element(doc, 'li', null);
      const reported = statement.kind === 'indirect' ? [{ className: 'reported', text: `${t('reportedSpeech')} ` }] : [];
      item.append(entryButton(doc, [...reported, { className: 'statement-body', text: statement.text }], () => goTo('quote', statement.quotes[0]!)));
      statements.append(item);
      if (++entries % ENTRIES_PER_STEP === 0) yield;
    }
    card.append(statements);
    cards.append(card);
  }
  panel.append(cards);
  yield;

  panel.append(element(doc, 'h2', null, t('when')));
  const dated = buildTimeline(analysis);
  if (dated.length === 0) panel.append(element(doc, 'p', 'empty', t('noDates')));
  const timeline = element(doc, 'ol', 'timeline');
  panel.append(timeline);
  for (const entry of dated) {
    const item = element(doc, 'li', null);
    item.append(entryButton(doc, [{ className: 'when', text: entry.when }, { className: 'claim', text: entry.claim }], () => goTo('date', entry.dateIndex)));
    timeline.append(item);
    if (++entries % ENTRIES_PER_STEP === 0) yield;
  }
}

/** The list of speakers printed after the article (hidden on screen, where the panel shows them). */
export function buildPrintedSpeakers(doc: Document, analysis: Pick<Analysis, 'speakers'>, t: Translate): HTMLElement {
  const section = element(doc, 'section', 'print-only');
  section.append(element(doc, 'h2', null, t('whoSaidWhat')));
  const list = element(doc, 'ul', null);
  for (const speaker of ranked(analysis)) {
    const text = [speaker.name, speaker.role, t('statementCount', String(speaker.quotes.length))].filter(Boolean).join(' — ');
    list.append(element(doc, 'li', null, text));
  }
  section.append(list);
  return section;
}
