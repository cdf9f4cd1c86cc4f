// The popup: who said what on the page, when, and what was hidden.

import { useEffect, useState } from 'preact/hooks';
import { speakerColour } from '../src/highlight/palette.js';
import type { ContentRequest, PageState } from '../src/messages.js';
import { shownRole } from '../src/present/role.js';
import { rankedSpeakers, statementsOf, type Statement } from '../src/present/statements.js';
import { buildTimeline } from '../src/present/timeline.js';
import type { SiteOverride } from '../src/settings.js';
import type { Analysis, Removal, RemovalKind } from '../src/types.js';
import { copyMarkdown, downloadJson } from './export.js';
import { languageName, t } from './i18n.js';
import { setSiteOverride } from './site-settings.js';
import { NoContentScriptError, reportsOnNamedTab, TabClosedError, type TabConnection } from './tab-connection.js';

type ViewState = { status: 'loading' } | { status: 'no-content-script' } | PageState;

const ANALYZING_RETRY_MS = 300;
const SETTINGS_SETTLE_MS = 150;
const NO_CONTENT_SCRIPT_RETRIES = 5;

/** What the popup says when talking to the tab failed. */
function failureState(error: unknown): ViewState {
  if (error instanceof NoContentScriptError) return { status: 'no-content-script' };
  if (error instanceof TabClosedError) return { status: 'error', message: t('tabClosed') };
  return { status: 'error', message: error instanceof Error ? error.message : String(error) };
}

/** Asks the content script and shows its answer, or what went wrong. */
function ask(connection: TabConnection, request: ContentRequest, show: (state: ViewState) => void): Promise<void> {
  return connection.request(request).then(show, (error: unknown) => show(failureState(error)));
}

/** Scrolls the page to a statement or a dated claim. */
type GoTo = (kind: 'quote' | 'date', index: number) => void;

/** Reported speech reads as a statement of its own: "that the US had…" → "The US had…". */
function StatementEntry({ statement, goTo }: { statement: Statement; goTo: GoTo }) {
  const reported = statement.kind === 'indirect';
  return (
    <li>
      <button type="button" class="statement" onClick={() => goTo('quote', statement.quotes[0]!)}
        title={t('scrollToStatement')}>
        <span class="statement-text">
          {reported ? <span class="reported">{t('reportedSpeech')} </span> : null}
          <span class="statement-body" dir="auto">{statement.text}</span>
        </span>
      </button>
    </li>
  );
}

/** Lists stay short so the whole article's cast fits the popup; the rest is one click away. */
const STATEMENTS_SHOWN = 3;
const SPEAKERS_SHOWN = 12;
const DATES_SHOWN = 20;

function ShowAll({ hidden, onClick }: { hidden: number; onClick: () => void }) {
  return <button type="button" class="show-all" onClick={onClick}>{t('showAll', String(hidden))}</button>;
}

function SpeakerCard({ analysis, speakerIndex, goTo }: { analysis: Analysis; speakerIndex: number; goTo: GoTo }) {
  const speaker = analysis.speakers[speakerIndex]!;
  const [expanded, setExpanded] = useState(false);
  const statements = statementsOf(analysis, speaker);
  const role = shownRole(speaker);
  const shown = expanded ? statements : statements.slice(0, STATEMENTS_SHOWN);
  return (
    <li class="speaker" style={{ '--speaker-colour': speakerColour(speakerIndex) }}>
      <h3 class="speaker-name" dir="auto">{speaker.name}</h3>
      {role ? <p class="speaker-role" dir="auto">{role}</p> : null}
      <ul class="statements" aria-label={t('statementsBy', speaker.name)}>
        {shown.map((statement) => <StatementEntry key={statement.quotes[0]} statement={statement} goTo={goTo} />)}
      </ul>
      {shown.length < statements.length ? <ShowAll hidden={statements.length - shown.length} onClick={() => setExpanded(true)} /> : null}
    </li>
  );
}

function Speakers({ analysis, goTo }: { analysis: Analysis; goTo: GoTo }) {
  const [expanded, setExpanded] = useState(false);
  const ranked = rankedSpeakers(analysis);
  if (ranked.length === 0) return <p class="empty">{t('noSpeakers')}</p>;
  const shown = expanded ? ranked : ranked.slice(0, SPEAKERS_SHOWN);
  return (
    <>
      <ul class="speakers">
        {shown.map(({ speakerIndex }) => <SpeakerCard key={speakerIndex} analysis={analysis} speakerIndex={speakerIndex} goTo={goTo} />)}
      </ul>
      {shown.length < ranked.length ? <ShowAll hidden={ranked.length - shown.length} onClick={() => setExpanded(true)} /> : null}
    </>
  );
}

function Timeline({ analysis, goTo }: { analysis: Analysis; goTo: GoTo }) {
  const [expanded, setExpanded] = useState(false);
  const entries = buildTimeline(analysis);
  if (entries.length === 0) return <p class="empty">{t('noDates')}</p>;
  const shown = expanded ? entries : entries.slice(0, DATES_SHOWN);
  return (
    <>
      <ol class="timeline">
        {shown.map((entry) => (
          <li key={entry.dateIndex}>
            <button type="button" class="timeline-entry" onClick={() => goTo('date', entry.dateIndex)}>
              <span class="when">{entry.when}</span>
              <span class="phrase" dir="auto">“{entry.phrase}”{entry.speaker ? ` — ${entry.speaker}` : ''}</span>
              <span class="claim" dir="auto">{entry.claim}</span>
            </button>
          </li>
        ))}
      </ol>
      {shown.length < entries.length ? <ShowAll hidden={entries.length - shown.length} onClick={() => setExpanded(true)} /> : null}
    </>
  );
}

/** The order and label of each kind of hidden item, so the reader sees what was taken away and why. */
const REMOVAL_KINDS: { kind: RemovalKind; label: string }[] = [
  { kind: 'ad', label: 'hiddenAds' },
  { kind: 'prompt', label: 'hiddenPrompts' },
  { kind: 'cookie-banner', label: 'hiddenCookieBanners' },
];
/** An ad slot is often an empty box; its first words are enough to recognise the rest. */
const HIDDEN_TEXT_SHOWN = 90;

function hiddenText(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim();
  if (!words) return t('hiddenEmptyBox');
  return words.length > HIDDEN_TEXT_SHOWN ? `${words.slice(0, HIDDEN_TEXT_SHOWN - 1)}…` : words;
}

/** What was hidden, by kind, folded away: most readers only want the count. */
function HiddenList({ removed }: { removed: Removal[] }) {
  if (removed.length === 0) return null;
  return (
    <details class="hidden-list">
      <summary>{t('hiddenListSummary')}</summary>
      {REMOVAL_KINDS.map(({ kind, label }) => {
        const items = removed.filter((removal) => removal.kind === kind);
        if (items.length === 0) return null;
        return (
          <div key={kind}>
            <h3>{t(label, String(items.length))}</h3>
            <ul>{items.map((removal, index) => <li key={index} dir="auto">{hiddenText(removal.text)}</li>)}</ul>
          </div>
        );
      })}
    </details>
  );
}

function Switch({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label class="switch">
      <input type="checkbox" role="switch" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} /> {label}
    </label>
  );
}

/** Opens the reading view over the tab; the toolbar popup then closes, so that the view is what the reader sees. */
function ReadingViewButton({ connection }: { connection: TabConnection }) {
  const [failed, setFailed] = useState(false);
  const open = () => void connection.toggleReader().then((shown) => {
    setFailed(!shown);
    if (shown && !reportsOnNamedTab()) window.close();
  }, () => setFailed(true));
  return (
    <>
      <button type="button" class="reading-view" title={t('readingViewHint')} onClick={open}>{t('readingView')}</button>
      {failed ? <p class="error" role="alert">{t('readerNoArticle')}</p> : null}
    </>
  );
}

function Report({ state, connection, onState, pageChanged, onPageChanged }: {
  state: Extract<PageState, { status: 'done' }>;
  connection: TabConnection;
  onState: (state: ViewState) => void;
  /** Whether a statement chosen in this popup had left the page (which the content script then read again). */
  pageChanged: boolean;
  onPageChanged: () => void;
}) {
  const { analysis, settings } = state;
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const counts = t('counts', [String(analysis.speakers.length), String(analysis.quotes.length), String(analysis.dates.length), String(analysis.removed.length)]);
  const act = (request: ContentRequest) => ask(connection, request, onState);
  // A statement whose mark is gone means the page changed under the analysis: show the page's current state instead.
  const goTo: GoTo = (kind, index) => void connection.scrollTo(kind, index).then(async (found) => {
    if (found) return;
    onPageChanged();
    await act({ type: 'whosaid:get' });
  }, (error: unknown) => onState(failureState(error)));
  // The content script re-applies itself when storage changes; ask for its new state once it has.
  const switchSite = async (change: SiteOverride) => {
    await setSiteOverride(state.host, change);
    setTimeout(() => void act({ type: 'whosaid:get' }), SETTINGS_SETTLE_MS);
  };
  return (
    <main>
      <header class="page-header">
        <h1 class="title" dir="auto">{analysis.title ?? t('untitled')}</h1>
        <p class="meta">{[state.siteName, analysis.published ?? t('dateUnknown')].filter(Boolean).join(' · ')}</p>
        <p class="counts">{counts}</p>
        {pageChanged ? <p class="notice" role="status">{t('pageChanged')}</p> : null}
        <ReadingViewButton connection={connection} />
      </header>
      <section aria-labelledby="who-heading">
        <h2 id="who-heading">{t('whoSaidWhat')}</h2>
        {analysis.unreadLanguage ? <p class="notice" role="note">{t('speakersInEnglishOnly', languageName(analysis.unreadLanguage))}</p> : null}
        <Speakers analysis={analysis} goTo={goTo} />
      </section>
      <section aria-labelledby="when-heading">
        <h2 id="when-heading">{t('when')}</h2>
        {analysis.anchor === 'none' && analysis.dates.some((date) => date.type === 'DATE' && date.value.startsWith('XXXX')) ? <p class="notice" role="note">{t('relativeDatesUnresolved')}</p> : null}
        <Timeline analysis={analysis} goTo={goTo} />
      </section>
      <section aria-labelledby="hidden-heading">
        <h2 id="hidden-heading">{t('hiddenItems')}</h2>
        <p>{t('hiddenCount', String(analysis.removed.length))}</p>
        <HiddenList removed={analysis.removed} />
        {analysis.removed.length > 0 && settings.clean ? (
          <button type="button" class="toggle" aria-pressed={state.hiddenShown} onClick={() => void act({ type: 'whosaid:show-hidden', show: !state.hiddenShown })}>
            {state.hiddenShown ? t('hideAgain') : t('showHidden')}
          </button>
        ) : null}
      </section>
      <section aria-labelledby="site-heading">
        <h2 id="site-heading">{t('siteSettings')}</h2>
        <Switch label={t('cleanThisSite')} checked={settings.clean} onChange={(clean) => void switchSite({ clean })} />
        <Switch label={t('highlightThisSite')} checked={settings.quotes || settings.dates} onChange={(highlight) => void switchSite({ highlight })} />
        <Switch label={t('showHighlights')} checked={state.marksShown} onChange={() => void act({ type: 'whosaid:toggle-marks' })} />
      </section>
      <section aria-labelledby="export-heading" class="export">
        <h2 id="export-heading">{t('export')}</h2>
        <button type="button" class="toggle" onClick={async () => {
          try {
            await copyMarkdown(analysis, state.url);
            setCopyStatus('copied');
          } catch {
            setCopyStatus('failed');
          }
        }}>{copyStatus === 'copied' ? t('copied') : t('copyMarkdown')}</button>
        <button type="button" class="toggle" onClick={() => downloadJson(analysis, state.url)}>{t('downloadJson')}</button>
        {copyStatus === 'failed' ? <p class="error" role="alert">{t('copyFailed')}</p> : null}
      </section>
    </main>
  );
}

export function App({ connection }: { connection: TabConnection }) {
  const [state, setState] = useState<ViewState>({ status: 'loading' });
  const [pageChanged, setPageChanged] = useState(false);

  // The content script may be mid-analysis (page load, a re-read after the page changed): ask again shortly.
  useEffect(() => {
    if (state.status !== 'analyzing') return undefined;
    const timer = setTimeout(() => {
      void ask(connection, { type: 'whosaid:get' }, setState);
    }, ANALYZING_RETRY_MS);
    return () => clearTimeout(timer);
  }, [state, connection]);

  useEffect(() => {
    let cancelled = false;
    let attempts = 0;
    const load = async () => {
      try {
        const next = await connection.request({ type: 'whosaid:get' });
        if (cancelled) return;
        setState(next ?? { status: 'no-content-script' });
      } catch (error) {
        if (cancelled) return;
        // A page still loading may not have its content script listening yet: give it a moment before saying there is none.
        if (error instanceof NoContentScriptError && ++attempts < NO_CONTENT_SCRIPT_RETRIES) {
          setTimeout(() => void load(), ANALYZING_RETRY_MS);
          return;
        }
        setState(failureState(error));
      }
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [connection]);

  switch (state.status) {
    case 'loading':
    case 'analyzing':
      return <p class="status" role="status">{t('loading')}</p>;
    case 'no-content-script':
      return <p class="status">{t('noContentScript')}</p>;
    case 'error':
      return <p class="status error" role="alert">{state.message}</p>;
    case 'done':
      if (!state.analysis.isArticle && state.analysis.text === '') {
        return (
          <main class="status">
            <p>{state.analysis.warnings[0] ?? t('notAnArticle')}</p>
            <button type="button" onClick={() => void ask(connection, { type: 'whosaid:analyze-anyway' }, setState)}>
              {t('analyzeAnyway')}
            </button>
          </main>
        );
      }
      return <Report state={state} connection={connection} onState={setState} pageChanged={pageChanged} onPageChanged={() => setPageChanged(true)} />;
  }
}
