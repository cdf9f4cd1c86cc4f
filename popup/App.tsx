// The popup: who said what on the page, when, and what was hidden.

import { useEffect, useState } from 'preact/hooks';
import { speakerColour } from '../src/highlight/palette.js';
import type { ContentRequest, PageState } from '../src/messages.js';
import { buildTimeline } from '../src/present/timeline.js';
import type { SiteOverride } from '../src/settings.js';
import type { Analysis, Quote } from '../src/types.js';
import { copyMarkdown, downloadJson } from './export.js';
import { t } from './i18n.js';
import { setSiteOverride } from './site-settings.js';
import { NoContentScriptError, type TabConnection } from './tab-connection.js';

type ViewState = { status: 'loading' } | { status: 'no-content-script' } | PageState;

const ANALYZING_RETRY_MS = 300;
const SETTINGS_SETTLE_MS = 150;
const NO_CONTENT_SCRIPT_RETRIES = 5;

/** Reported speech reads as a statement of its own: "that the US had…" → "The US had…". */
function asStatement(quote: Quote): string {
  if (quote.kind !== 'indirect') return quote.text;
  const text = quote.text.replace(/^that\s+/i, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function Statement({ quote, index, connection }: { quote: Quote; index: number; connection: TabConnection }) {
  const reported = quote.kind === 'indirect';
  return (
    <li>
      <button type="button" class="statement" onClick={() => void connection.scrollTo('quote', index)}
        title={t('scrollToStatement')}>
        <span class="statement-text">
          {reported ? <span class="reported">{t('reportedSpeech')} </span> : null}
          <span class="statement-body">{asStatement(quote)}</span>
        </span>
      </button>
    </li>
  );
}

/** Lists stay short so the whole article's cast fits the popup; the rest is one click away. */
const STATEMENTS_SHOWN = 3;
const SPEAKERS_SHOWN = 12;

function ShowAll({ hidden, onClick }: { hidden: number; onClick: () => void }) {
  return <button type="button" class="show-all" onClick={onClick}>{t('showAll', String(hidden))}</button>;
}

function SpeakerCard({ analysis, speakerIndex, connection }: { analysis: Analysis; speakerIndex: number; connection: TabConnection }) {
  const speaker = analysis.speakers[speakerIndex]!;
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? speaker.quotes : speaker.quotes.slice(0, STATEMENTS_SHOWN);
  return (
    <li class="speaker" style={{ '--speaker-colour': speakerColour(speakerIndex) }}>
      <h3 class="speaker-name">{speaker.name}</h3>
      {speaker.role ? <p class="speaker-role">{speaker.role}</p> : null}
      <ul class="statements" aria-label={t('statementsBy', speaker.name)}>
        {shown.map((quoteIndex) => (
          <Statement key={quoteIndex} quote={analysis.quotes[quoteIndex]!} index={quoteIndex} connection={connection} />
        ))}
      </ul>
      {shown.length < speaker.quotes.length ? <ShowAll hidden={speaker.quotes.length - shown.length} onClick={() => setExpanded(true)} /> : null}
    </li>
  );
}

function Speakers({ analysis, connection }: { analysis: Analysis; connection: TabConnection }) {
  const [expanded, setExpanded] = useState(false);
  const ranked = analysis.speakers
    .map((speaker, speakerIndex) => ({ speaker, speakerIndex }))
    .sort((a, b) => b.speaker.quotes.length - a.speaker.quotes.length);
  if (ranked.length === 0) return <p class="empty">{t('noSpeakers')}</p>;
  const shown = expanded ? ranked : ranked.slice(0, SPEAKERS_SHOWN);
  return (
    <>
      <ul class="speakers">
        {shown.map(({ speakerIndex }) => <SpeakerCard key={speakerIndex} analysis={analysis} speakerIndex={speakerIndex} connection={connection} />)}
      </ul>
      {shown.length < ranked.length ? <ShowAll hidden={ranked.length - shown.length} onClick={() => setExpanded(true)} /> : null}
    </>
  );
}

function Timeline({ analysis, connection }: { analysis: Analysis; connection: TabConnection }) {
  const entries = buildTimeline(analysis);
  if (entries.length === 0) return <p class="empty">{t('noDates')}</p>;
  return (
    <ol class="timeline">
      {entries.map((entry) => (
        <li key={entry.dateIndex}>
          <button type="button" class="timeline-entry" onClick={() => void connection.scrollTo('date', entry.dateIndex)}>
            <span class="when">{entry.when}</span>
            <span class="phrase">“{entry.phrase}”{entry.speaker ? ` — ${entry.speaker}` : ''}</span>
            <span class="claim">{entry.claim}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

function Switch({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label class="switch">
      <input type="checkbox" role="switch" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} /> {label}
    </label>
  );
}

function Report({ state, connection, onState }: {
  state: Extract<PageState, { status: 'done' }>;
  connection: TabConnection;
  onState: (state: ViewState) => void;
}) {
  const { analysis, settings } = state;
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const counts = t('counts', [String(analysis.speakers.length), String(analysis.quotes.length), String(analysis.dates.length), String(analysis.removed.length)]);
  const act = async (request: ContentRequest) => onState(await connection.request(request));
  // The content script re-applies itself when storage changes; ask for its new state once it has.
  const switchSite = async (change: SiteOverride) => {
    await setSiteOverride(state.host, change);
    setTimeout(() => void act({ type: 'whosaid:get' }), SETTINGS_SETTLE_MS);
  };
  return (
    <main>
      <header class="page-header">
        <h1 class="title">{analysis.title ?? t('untitled')}</h1>
        <p class="meta">{[state.siteName, analysis.published].filter(Boolean).join(' · ')}</p>
        <p class="counts">{counts}</p>
      </header>
      <section aria-labelledby="who-heading">
        <h2 id="who-heading">{t('whoSaidWhat')}</h2>
        <Speakers analysis={analysis} connection={connection} />
      </section>
      <section aria-labelledby="when-heading">
        <h2 id="when-heading">{t('when')}</h2>
        <Timeline analysis={analysis} connection={connection} />
      </section>
      <section aria-labelledby="hidden-heading">
        <h2 id="hidden-heading">{t('hiddenItems')}</h2>
        <p>{t('hiddenCount', String(analysis.removed.length))}</p>
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

  useEffect(() => {
    let cancelled = false;
    let attempts = 0;
    const load = async () => {
      try {
        const next = await connection.request({ type: 'whosaid:get' });
        if (cancelled) return;
        setState(next ?? { status: 'no-content-script' });
        if (next?.status === 'analyzing') setTimeout(() => void load(), ANALYZING_RETRY_MS);
      } catch (error) {
        if (cancelled) return;
        // A page still loading may not have its content script listening yet: give it a moment before saying there is none.
        if (error instanceof NoContentScriptError && ++attempts < NO_CONTENT_SCRIPT_RETRIES) {
          setTimeout(() => void load(), ANALYZING_RETRY_MS);
          return;
        }
        setState(error instanceof NoContentScriptError
          ? { status: 'no-content-script' }
          : { status: 'error', message: error instanceof Error ? error.message : String(error) });
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
            <button type="button" onClick={async () => setState(await connection.request({ type: 'whosaid:analyze-anyway' }))}>
              {t('analyzeAnyway')}
            </button>
          </main>
        );
      }
      return <Report state={state} connection={connection} onState={setState} />;
  }
}
