// Quotes and their speakers in a French or German article: the same quoted
// spans and contexts as English (marks.ts with the language's marks,
// attribution/context.ts), read with the language's lexicon instead of the
// English strategies, whose rules are about English word order.

import type { SpeechLexicon } from '../lexicon/speech-lexicon.js';
import type { Steps } from '../../steps.js';
import type { Quote, Speaker } from '../../types.js';
import { quoteContexts, type QuoteContext } from '../attribution/context.js';
import { ENDS_SENTENCE, isTitleCase } from '../attribution/words.js';
import { findQuotedSpans, quoteMarksOf, type QuotedSpan } from '../marks.js';
import { lastStartingAtOrBefore, paragraphs, sentences, type Sentence } from '../sentences.js';
import { samePerson } from '../people.js';
import { attributionAfter, attributionEnd, attributionIn, bracketAroundQuote, colonSubject, grammarOf, hasSpeechVerb, subjectThenVerb, type Attribution, type Found, type Grammar } from './attribution.js';
import { castOf, fullNamesIn, type CastEntity } from './cast.js';
import { CIRCUMSTANCES, reportedSpeech, subjunctiveContinuations, wordsEnd } from './reported.js';
import { capitalisationOf, entryOf, isAcronym, isInflectedAdjective, lastPart, nounsOf, phraseWords, speakerAt, tokensOf, wordBefore, type Mention, type Token, type Nouns, type PhraseWords } from './speaker-phrase.js';

/**
 * The words that may be a name alone, which a capitalised word must be one of in German, where every noun is
 * capitalised: the words of the full names the article writes ("Jansen" for Marcell Jansen), and the
 * capitalised words it never writes as a noun, that is never after an article or an inflected adjective
 * ("Olivier", "Facebook"; not "die Geschichte", "eine fast unendliche Geschichte"), and writes inside a
 * sentence at least once: a word capitalised only where its sentence starts is an adverb or a conjunction
 * as often as a name ("Dahinter sei …", "Dagegen: „…“"). Unless it speaks there itself: "Gnisa sagte, …" is
 * a name, "Freilich sagt er" (a subject after the verb) is not.
 */
function namesIn(words: PhraseWords, text: string, fullNames: readonly { name: string }[], nouns: Nouns, onlyAtSentenceStart: ReadonlySet<string>): Set<string> {
  const names = new Set(fullNames.flatMap(({ name }) => name.split(/\s+/)));
  if (!words.lexicon.capitalisesNouns) return names;
  const speaking = speakingSubjects(words, text);
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}-]*/gu)) {
    const noun = nouns.afterArticle.has(m[0]) || nouns.afterAdjective.has(m[0]) || nouns.afterNumber.has(m[0]);
    if (!noun && (!onlyAtSentenceStart.has(m[0]) || isAcronym(m[0]) || speaking.has(m[0]))) names.add(m[0]);
  }
  return names;
}

/**
 * "Ursula von der Leyen" → "von der leyen": the surnames of the full names that start with a particle, after a
 * given name. Never with an article: "Wartung und Pflege der Stadt" is read as a full name, and "der Stadt" is
 * no one's surname.
 */
function particleSurnamesOf(words: PhraseWords, fullNames: readonly { name: string }[]): Set<string> {
  const surnames = new Set<string>();
  for (const { name } of fullNames) {
    const parts = name.toLowerCase().split(/\s+/);
    const first = parts.findIndex((part, i) => i > 0 && words.particles.has(part));
    if (words.determiners.has(parts[first] ?? '')) continue;
    if (first > 0 && first < parts.length - 1) surnames.add(parts.slice(first).join(' '));
  }
  return surnames;
}

/**
 * The capitalised words the text writes right before a speech verb and its comma or colon, where the word can
 * only be the verb's subject: "Gnisa sagte, …", "Lindner widersprach:"; not "Freilich sagt er", "Zuletzt
 * sagte ich ihm:", where the subject comes after the verb.
 */
function speakingSubjects(words: PhraseWords, text: string): Set<string> {
  const speaking = new Set<string>();
  const verbs = new Set(words.lexicon.verbs);
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}-]*)(?=[^\S\n]+(\p{Ll}+)[^\S\n]*[,:])/gu)) if (verbs.has(m[2]!)) speaking.add(m[1]!);
  return speaking;
}

/** Quoted words that start in lower case are a part of the sentence around them, not a sentence of their own. */
const isFragment = (inner: string) => /^[\s»«„“"‹‚]*\p{Ll}/u.test(inner);

/** Every word capitalised, short ones too: "Aachener Vertrag", "CNN" (isTitleCase reads words of four letters or more). */
const isCapitalised = (inner: string) => isTitleCase(inner) || /^\s*\p{Lu}{2,}\s*$/u.test(inner);

/**
 * „Leipziger Allerlei im neuen Gewand“, „Aufarbeitung sexualisierter Belästigung und Gewalt in Sportverbänden und
 * -vereinen“: German words in marks with no verb, every word in lower case an article, a preposition, a
 * conjunction or an adjective before a noun, are a title or a name, not someone's words. A word in lower case
 * before none ("„unerträgliches Leiden auf humane Weise beenden“") is a verb.
 */
function isNounPhrase(words: PhraseWords, inner: string): boolean {
  // „vom Metzger Hambel!“: an exclamation or a question is said.
  if (!words.lexicon.capitalisesNouns || /[!?]\s*\S?$/u.test(inner)) return false;
  const toks = inner.match(/-?[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*/gu) ?? [];
  const tiesNouns = (lower: string) => words.determiners.has(lower) || words.breaks.has(lower) || words.complement.has(lower) || words.coordinators.has(lower);
  return toks.length > 1 && toks.every((word, i) => {
    if (!/^\p{Ll}/u.test(word)) return true;
    const next = toks[i + 1];
    return tiesNouns(word) || (isInflectedAdjective(words, word) && !!next && /^[-\p{Lu}\p{N}]/u.test(next));
  });
}

/** Unattributed words in marks inside a sentence are a quote from this many words: shorter ones are names, titles and scare quotes. */
const MIN_UNATTRIBUTED_WORDS = 5;

const span = (text: string, start: number, end: number) => ({ start, end, text: text.slice(start, end) });

export function* quoteStepsIn(lexicon: SpeechLexicon, text: string, namingText = text): Steps<{ quotes: Quote[]; speakers: Speaker[] }> {
  const capitalisation = capitalisationOf(namingText);
  const { positional } = capitalisation;
  const namingWords = phraseWords(lexicon, { positional });
  const nouns = nounsOf(namingWords, namingText);
  const fullNames = fullNamesIn(namingWords, namingText, nouns);
  const people = namesIn(namingWords, namingText, fullNames, nouns, capitalisation.onlyAtSentenceStart);
  const words = phraseWords(lexicon, { people, particleSurnames: particleSurnamesOf(namingWords, fullNames), positional });
  const g = grammarOf(words);
  const paras = paragraphs(text);
  const sents = sentences(text, paras);
  yield;
  const spans = splitAtIncises(g, text, findQuotedSpans(text, paras, quoteMarksOf(text, lexicon.language)));
  const direct = directQuotes(g, text, sents, quoteContexts({ text, paras, sents, spans }));
  yield;
  const said = [...direct, ...reportedSpeech(g, text, sents, direct)].sort((a, b) => a.start - b.start);
  const shared = [...said, ...subjunctiveContinuations(g, text, sents, said)].sort((a, b) => a.start - b.start);
  shareAttributions(g, text, sents, shared);
  // The cast reads the whole text for every person again: a step of its own.
  yield;
  const found = shared.filter((f) => !f.needsSpeaker || f.attribution);
  const quoted = found.filter((f) => f.kind === 'direct');
  const { of, entities } = castOf(words, { text, namingText, fullNames, quoted }, found.map((f) => f.attribution?.speaker ?? null));
  const inferred = giveToMainSpeaker(found, of, entities);
  let statement = -1;
  const quotes: Quote[] = found.map((f, i) => {
    if (!f.continues || statement < 0) statement++;
    const entity = of[i];
    const mention = f.attribution?.speaker;
    const cue = f.attribution?.cue ?? null;
    return {
      ...span(text, f.start, f.end),
      kind: f.kind,
      cue: cue ? text.slice(cue.start, cue.end) : null,
      cueSpan: cue ? span(text, cue.start, cue.end) : null,
      speaker: !entity ? null : mention ? { name: entity.name, mention: span(text, mention.start, mention.end) } : inferred[i] ? { name: entity.name, mention: span(text, f.start, f.start), inferred: true } : null,
      statement,
    };
  });
  return { quotes, speakers: entities.map((e) => ({ name: e.name, role: e.role, quotes: e.quotes })) };
}

/**
 * A page's main speaker holds at least this many of its attributed quotes, … From 4, the interview with
 * Richard David Precht (pubdates 235, 3 attributed quotes and five more in marks) has none, and from 3 the
 * report on a handball club's president (pubdates 266, quoted twice by name and twice more in marks): 2 gives
 * the 61 German development pages 7 more right speakers than 4, no wrong one, and no quote on another page.
 */
const MAIN_SPEAKER_QUOTES = 2;
/** … and at least this share of them. At 0.5 the dev pages' narrated dialogues and institutions ("Hotel Fregehaus", "Facebook") qualify: 13 more wrong speakers for 6 more right. */
const MAIN_SPEAKER_SHARE = 0.6;

/**
 * A profile or an interview written up as a report quotes one person throughout, and its writer drops the
 * attribution once the reader knows whose words they are: "Über Gebote wie das Ehegebot dürfe man aber nicht
 * abstimmen. «Wir sollen verstehen, dass wir alle Geschöpfe Gottes sind.»", a subheading «Ich musste mal zur
 * Ruhe kommen» (pubdates 295, Birgit Kelle). The direct quotes with no attribution at all go to the page's main
 * speaker, a person named with a role (a person, not an organisation) who holds most of its attributed quotes.
 * Not words in marks whose own sentence has a speech verb ("Ricking erzählt von einem jungen Mann, der …
 * sagte: „…“"): someone speaks there whom no attribution could name. Nor a quote whose attribution names
 * someone the cast could not resolve („…“, sagt er), which may be anyone's. On the 61 German development
 * pages: speaker as shown 268 → 295 of 358, no new wrong speaker.
 *
 * Writes the main speaker into `of` and its `quotes` (in reading order; its first quote stays the same, and so
 * does the order of `entities`), and returns whether each quote was given so (`inferred`).
 */
function giveToMainSpeaker(found: Found[], of: (CastEntity | null)[], entities: CastEntity[]): boolean[] {
  const attributed = of.filter(Boolean).length;
  const top = entities.reduce<CastEntity | null>((most, e) => (!most || e.quotes.length > most.quotes.length ? e : most), null);
  const main = top?.named && top.role && top.quotes.length >= MAIN_SPEAKER_QUOTES && top.quotes.length >= MAIN_SPEAKER_SHARE * attributed ? top : null;
  const inferred: boolean[] = [];
  // „Das ist Unsinn“, sagte Wüthrich. ¶ „…“: words in marks right after someone else's quote or reported
  // speech (named, or a pronoun the cast could not resolve) may go on with theirs, and are nobody's rather than the main speaker's.
  // Not after words a speech verb gives no one ("Kelle erzählt von einer Leserin, die schrieb: «…»"): the main
  // speaker tells of them and goes on (pubdates 248).
  let afterOthersQuote = false;
  found.forEach((f, i) => {
    // „A“, sagte sie, „B“: B is the statement A opens, and goes to the main speaker only with A.
    // Only after the first quote the article attributes to them: before it, the reader cannot know whose words
    // they are (pubdates 365 opens with Chamberlain's „Peace for our time“, its main speaker is quoted at the end).
    const given = !!main && i > main.quotes[0]! && !of[i] && !f.attribution && f.kind === 'direct' && !f.voiced && (!f.continues || inferred[i - 1] === true) && !afterOthersQuote;
    inferred.push(given);
    if (given) {
      of[i] = main;
      main.quotes.push(i);
    }
    if (of[i] || f.attribution) afterOthersQuote = of[i] !== main;
  });
  main?.quotes.sort((a, b) => a - b);
  return inferred;
}

/** ", chargée de communication au Comité … Aquitaine. ": an apposition after a speaker, to the end of its sentence. */
const APPOSITION_TO_SENTENCE_END = String.raw`^\s*,\s+\p{Ll}[^.!?«»„“”]*[.!?]\s*`;
/** Where the quote resumes after the apposition, inside its marks. */
const RESUMES_AFTER_APPOSITION = new RegExp(`${APPOSITION_TO_SENTENCE_END}(?=\\S)`, 'u');
/** All that stands between the attribution's speaker and the quote that resumes. */
const ONLY_APPOSITION = new RegExp(`${APPOSITION_TO_SENTENCE_END}$`, 'u');

/**
 * The words after a named speaker's comma describe them ("…, explique Antony Fastier, toxicologue, ancien de
 * l’Anses."), not go on with the quote: a pronoun, a conjunction or "que" starts the quote's own clause
 * again (« Je pense, dit-il, que c’est faux. »).
 */
function isApposition(g: Grammar, speaker: Mention, after: string): boolean {
  const first = /^\s*,\s*([\p{L}\p{M}’']+)/u.exec(after)?.[1]?.toLowerCase();
  const lx = g.words.lexicon;
  return speaker.kind === 'name' && !!first && !g.words.breaks.has(first) && entryOf(lx.pronouns, first) === undefined && !g.words.coordinators.has(first) && first !== lx.complementiser;
}

/**
 * « Nous sommes prêts, a déclaré le ministre. Mais il faut agir. »: French often keeps its marks open around
 * the attribution. The words inside are two quotes, the attribution between them is not said.
 */
function splitAtIncises(g: Grammar, text: string, spans: QuotedSpan[]): QuotedSpan[] {
  return spans.flatMap((s) => {
    if (!s.closed || s.multiParagraph) return [s];
    const comma = /,\s+/g;
    comma.lastIndex = s.start;
    const inner = text.slice(0, s.end - 1);
    for (let m = comma.exec(inner); m; m = comma.exec(inner)) {
      const found = attributionAfter(g, text, m.index, s.end - 1);
      if (!found || found.cue.start > m.index + m[0].length + 1) continue;
      const end = attributionEnd(found);
      const rest = text.slice(end, s.end - 1);
      // « A, explique Alexandra Teixeira, chargée de communication au Comité … Arcachon Aquitaine. B »: words in
      // lower case after the speaker's comma are an apposition (read as a role or not), and the quote resumes at
      // the sentence after it.
      const resume = (isApposition(g, found.speaker, rest) ? RESUMES_AFTER_APPOSITION.exec(rest) : null) ?? /^\s*[,.]\s+(?=\S)/.exec(rest);
      if (!resume) continue;
      return [
        { ...s, end: m.index + 1 },
        { ...s, start: end + resume[0].length },
      ];
    }
    return [s];
  });
}

function directQuotes(g: Grammar, text: string, sents: Sentence[], contexts: QuoteContext[]): Found[] {
  const out: (Found | null)[] = [];
  contexts.forEach((ctx, i) => {
    const { span: s, lead } = ctx;
    const previous = out[i - 1];
    const colon = introducingColon(text, ctx);
    const tail = ctx.tailIsNextLead ? null : attributionAfter(g, text, s.end, ctx.tailEnd);
    // "spricht selbst Bundeskanzler Olaf Scholz vom »russischen Imperialismus«, fordern Aktivisten, Russland zu
    // dekolonisieren": words quoted in the middle of their sentence are the lead's speaker's when the verb after
    // them opens a clause that goes on after its subject; "la situation est « intenable », a estimé Valérie
    // Pécresse." ends with its attribution, which is the quote's.
    const embedded = tail && isFragment(ctx.inner) && CLAUSE_GOES_ON.test(text.slice(attributionEnd(tail), ctx.tailEnd)) ? attributionIn(g, text, ctx.leadStart, s.start) : null;
    const before = tail ? null : (bracketAroundQuote(g, text, ctx.leadStart, s, ctx.tailEnd) ?? attributionBefore(g, text, sents, ctx, colon));
    // „A“, sagte sie, „B“ / « A, a-t-il déclaré. B »: the lead is the previous quote's attribution.
    const said = previous?.attribution;
    const between = said ? text.slice(attributionEnd(said), s.start) : '';
    // Its own verb after it names someone else, read or not: « … », a regretté l’entourage du ministre.
    const verbAfter = !ctx.tailIsNextLead && g.verbAtStart.test(text.slice(s.end, ctx.tailEnd).replace(/^\s*,\s*/, ''));
    const resumes = !verbAfter && !!said && said.cue.start >= previous!.end && s.start >= said.speaker.phraseEnd && !between.includes('\n') && (/^[\s,.;:]*$/.test(between) || (isApposition(g, said.speaker, between) && ONLY_APPOSITION.test(between)));
    const ownSentence = endsSentence(ctx) && opensSentence(text, sents, s.start);
    const attribution =
      embedded ??
      tail ??
      (resumes ? previous!.attribution : before) ??
      ownerOfSaying(g, text, sents, s) ??
      attributionEndingSentence(g, text, sents, s) ??
      signatureAfterDash(g, text, s.end) ??
      (endsSentence(ctx) ? (signatureAfter(g, text, s.end) ?? nextSentenceSpeaker(g, text, sents, s.end)) : null) ??
      (ownSentence ? previousSentenceSpeaker(g, text, sents, s.start) : null);
    // Weaker than a quote's speaker shared by the quotes after it (shareAttributions): "Loriot habe das …
    // wiederbelebt. „Es ist …“" goes on with Hape Kerkeling's words, whom the sentence before reports.
    const fallback = !attribution && ownSentence ? previousSentenceOpening(g, text, sents, s.start) : null;
    const words = ctx.words;
    const standalone = lead.trim() === '' || /[:—–.!?]\s*$/.test(lead);
    // "im „Aachener Vertrag“", "dans « Le Monde »", "sagte in »CNN«", "der Journalist von «Schweiz Aktuell»": a
    // short name in marks after an article, a preposition or a complement's word is a title, and so is one opening
    // a parenthesis ("Peter Korig (»Jungle World« 35/2023)") or, in German, after a noun.
    const written = /(?<=\s)([\p{L}\p{M}\p{N}-]+)\s*$/u.exec(lead)?.[1] ?? '';
    const lastWord = written.toLowerCase().normalize('NFC');
    // German names a thing after its kind, a capitalised noun: "die ARD-Doku „Loriot 100“", "in der Talkshow „3 nach
    // 9“", "der 1970er-Jahre-Fernsehserie „Loriot“" (its last part is the noun); not after a person ("Trump nannte
    // Merkel „Mutti“").
    const afterNoun = g.words.lexicon.capitalisesNouns && /^\p{Lu}/u.test(lastPart(written)) && !g.words.people.has(written) && /^\s*[\p{Lu}\p{N}]/u.test(ctx.inner.replace(/^[»«„“"]/u, ''));
    // "nach dem Motto «Ich bin dann mal weg»", "un article intitulé « … »": words the lead names as a saying or a title.
    const named = g.words.lexicon.namingWords.includes(lastWord);
    const title = named || (words <= 3 && (isCapitalised(ctx.inner) || afterNoun) && (g.words.determiners.has(lastWord) || g.words.breaks.has(lastWord) || g.words.complement.has(lastWord) || /\(\s*$/.test(lead) || afterNoun));
    const quotation = title
      ? false
      : attribution
        ? words >= 1
        : !isNounPhrase(g.words, ctx.inner) && (standalone ? words >= 3 && (words >= 5 || ENDS_SENTENCE.test(ctx.quoted)) : words >= MIN_UNATTRIBUTED_WORDS && !isTitleCase(ctx.inner));
    const needsSpeaker = !quotation && !title && words >= 1 && !isTitleCase(ctx.inner);
    // "Ricking erzählt von einem jungen Mann, der gleich zur Begrüßung sagte: „…“": a speech verb before the
    // quote in its sentence, or after it before the sentence ends, says someone speaks whom no attribution named.
    const voiced = hasSpeechVerb(g, text.slice(introducingSentenceStart(sents, ctx, colon), s.start)) || (!endsSentence(ctx) && hasSpeechVerb(g, text.slice(s.end, ctx.tailEnd)));
    out.push(quotation || needsSpeaker ? { start: s.start, end: s.end, kind: 'direct', attribution, continues: resumes, needsSpeaker, ownSpeaker: colon >= 0 || verbAfter, fallback, voiced } : null);
  });
  return out.filter((q): q is Found => q !== null);
}

/**
 * The colon that introduces the quote, or -1: the end of its lead ("Jansen weiß: „…“"), or the end of the
 * paragraph before when the quote opens its own ("Dann schreibt Aron ihm: ¶ „Ok, wenn ich …“").
 */
function introducingColon(text: string, { lead, leadStart, span }: QuoteContext): number {
  if (/:\s*$/.test(lead)) return leadStart + lead.lastIndexOf(':');
  if (lead.trim() !== '') return -1;
  const windowStart = Math.max(0, span.start - 40);
  const before = /:[^\S\n]*\n\s*$/.exec(text.slice(windowStart, span.start));
  return before ? windowStart + before.index : -1;
}

/** Where the sentence that introduces a quote starts: the one its colon ends, in the paragraph before or its own. */
const introducingSentenceStart = (sents: Sentence[], { sentStart }: QuoteContext, colon: number) => (colon >= 0 ? sents[lastStartingAtOrBefore(sents, colon)]!.start : sentStart);

/**
 * The attribution in the words before a quote: the sentence a colon ends in the paragraph before, the quote's
 * own lead, or the subject of the sentence its colon ends.
 */
function attributionBefore(g: Grammar, text: string, sents: Sentence[], ctx: QuoteContext, colon: number): Attribution | null {
  const { leadStart, span } = ctx;
  const colonSentence = introducingSentenceStart(sents, ctx, colon);
  // "Ricking erzählt von einem jungen Mann, der gleich zur Begrüßung sagte: „…“" (pubdates 248): a relative
  // clause ends on the colon, and the person it is about speaks, not the sentence's subject.
  const relative = colon >= 0 ? relativeClauseBefore(g, text.slice(colonSentence, colon)) : -1;
  if (relative >= 0) return antecedentOf(g, text, colonSentence, colonSentence + relative, colon);
  const introducedBefore = colon >= 0 && colon < leadStart ? attributionIn(g, text, colonSentence, colon) : null;
  return introducedBefore ?? attributionIn(g, text, leadStart, span.start) ?? (colon >= 0 ? colonSubject(g, text, colonSentence, colon) : null);
}

/**
 * "Vor allem die Formulierungen von der Leyens, wonach die Ukraine „viele Etappenziele auf dem Weg zum
 * EU-Beitritt erreicht“ habe, bezeichnet Steger als realitätsfremd" (pubdates 160): words quoted in the clause
 * that opens on a noun of saying and its owner (in the genitive, or after "von") are the owner's, whatever the
 * sentence's own verb makes of them. The noun is the cue.
 */
function ownerOfSaying(g: Grammar, text: string, sents: Sentence[], quote: { start: number }): Attribution | null {
  const lx = g.words.lexicon;
  const sentence = sents[lastStartingAtOrBefore(sents, quote.start)];
  if (!lx.sayingNouns.length || !sentence) return null;
  const before = text.slice(sentence.start, quote.start);
  // The last content clause before the quote, still open at the quote: no full stop, semicolon or comma outside
  // marks closes it first ("Die Forderung von Scholz, dass die Länder mehr zahlen, stieß bei Söder auf „blankes
  // Entsetzen“" is Söder's reaction, not Scholz's words).
  const opened = [...before.matchAll(/,[^\S\n]*([\p{L}]+)[^\S\n]/gu)].filter((m) => lx.contentConjunctions.includes(m[1]!.toLowerCase())).pop();
  if (!opened || /[.;!?,]/.test(before.slice(opened.index + 1).replace(/[„«»"“][^„«»"“”]*[“”»«"]/gu, ''))) return null;
  const toks = tokensOf(text, sentence.start, sentence.start + opened.index).filter((t) => /^\p{L}/u.test(t.t)).slice(-4);
  const owner = toks[toks.length - 1];
  const nounAt = toks.findLastIndex((t) => lx.sayingNouns.includes(t.lower));
  if (!owner || nounAt < 0 || !/^\p{Lu}/u.test(owner.t)) return null;
  // "die Formulierungen von der Leyens", "die Aussage Merkels", "die Forderung von Scholz": the noun, perhaps
  // "von" and an article (or a name's particles), then the owner.
  const between = toks.slice(nounAt + 1, -1);
  const inName = (t: Token) => g.words.determiners.has(t.lower) || g.words.particles.has(t.lower) || g.words.people.has(t.t);
  if (between.length && (between[0]!.lower !== 'von' || !between.slice(1).every(inName))) return null;
  // The genitive's -s, where the article writes the name without it ("Leyens" for Ursula von der Leyen).
  const stem = owner.t.endsWith('s') && g.words.people.has(owner.t.slice(0, -1)) ? owner.t.slice(0, -1) : owner.t;
  if (!g.words.people.has(stem)) return null;
  const noun = toks[nounAt]!;
  // The mention runs from the owner's first name word ("Olaf Scholz"; "Leyen" alone, which the cast shows as
  // the full name the article writes) to the end of its stem.
  const first = between.findIndex((t) => g.words.people.has(t.t));
  const start = first >= 0 ? between[first]!.start : owner.start;
  const end = owner.start + stem.length;
  return { cue: { start: noun.start, end: noun.end }, speaker: { kind: 'name', start, end, name: text.slice(start, end), role: null, gender: null, phraseEnd: end } };
}

/**
 * "Die Luftfahrtindustrie entwickle sich als „eine der wenigen Branchen, die sich nicht über zu wenig Nachfrage
 * beschweren können“ sehr gut, so Machtlinger." (pubdates 094): words quoted inside a sentence that ends with
 * an attribution after its last comma, a verb or "so" before the speaker and at most the circumstances of the
 * saying after them, are that speaker's. No other quote between: it would be the attribution's own.
 */
function attributionEndingSentence(g: Grammar, text: string, sents: Sentence[], quote: { start: number; end: number }): Attribution | null {
  const sentence = sents[lastStartingAtOrBefore(sents, quote.start)];
  if (!sentence || sentence.end <= quote.end) return null;
  // "„…“, etwa wenn es ums Augenbrauehochziehen ging, sagt Stefan Lukschy, der maßgeblich an der Fernsehserie
  // „Loriot“ beteiligt war." (pubdates 127): a relative clause after the speaker describes them, titles and all.
  const sentenceEnd = wordsEnd(text, sentence);
  const lastClause = text.lastIndexOf(',', sentenceEnd);
  // Not an article opening reported speech: "…, sagte Hans Müller, die Lage sei ernst."
  const clause = text.slice(lastClause + 1, sentenceEnd);
  const describes = lastClause > quote.end && g.words.relativePronouns.has(/^\s*([\p{L}\p{M}]+)/u.exec(clause)?.[1] ?? '') && !g.reportedMood?.test(clause.normalize('NFC'));
  const end = describes ? lastClause : sentenceEnd;
  const rest = text.slice(quote.end, end);
  const comma = rest.lastIndexOf(',');
  if (comma < 0 || /[«»„“”"\n]/u.test(rest)) return null;
  // "Merz habe den Vorschlag als „völlig absurd“ bezeichnet, sagte Müller.": a speech verb of the quote's own
  // clause says whose words they are, and they are not the reporter's.
  if (hasSpeechVerb(g, rest.slice(0, comma)) || g.participleAtStart.test(rest.slice(0, comma))) return null;
  const found = attributionAfter(g, text, quote.end + comma, end);
  if (!found || found.cue.start > found.speaker.start) return null;
  // "Vor allem die Formulierungen von der Leyens, wonach die Ukraine „…“ habe, bezeichnet Steger (am Montag) als
  // realitätsfremd" (pubdates 160): what the verb calls the words is no saying of them.
  const circumstances = text.slice(attributionEnd(found), end);
  // From the verb on: a French description goes on in lower case ("le syndicat comme un mensonge").
  const calls = (text.slice(found.cue.end, end).toLowerCase().match(/[\p{L}’']+/gu) ?? []).some((word) => g.words.lexicon.predicativeWords.includes(word));
  return CIRCUMSTANCES.test(circumstances) && !calls ? found : null;
}

/**
 * Where the words' last clause starts (their last comma), when it is a relative clause whose speech verb ends
 * it (", der gleich zur Begrüßung sagte"), else -1. Not an article opening a clause of reported speech (", die
 * Hängepartie sei schlecht für die Unternehmen") nor an infinitive's object (", die Erinnerung … aktiv
 * wachzuhalten").
 */
function relativeClauseBefore(g: Grammar, words: string): number {
  const comma = words.lastIndexOf(',');
  if (comma < 0) return -1;
  const clause = words.slice(comma + 1).trim();
  const first = /^[\p{L}\p{M}]+/u.exec(clause)?.[0];
  const last = /[\p{L}\p{M}]+$/u.exec(clause)?.[0];
  return !!first && !!last && g.words.relativePronouns.has(first) && g.words.verbs.has(last) ? comma : -1;
}

/** At most this many words before a relative clause's comma hold the person it is about. */
const MAX_ANTECEDENT_WORDS = 8;

/**
 * "Es war Angela Merkel, die einst sagte: „…“", "C’est le cas de Marie Martin, infirmière, qui raconte : « … »":
 * the person the relative clause is about, named (or described with a role) right before its comma, is who
 * speaks; "von einem jungen Mann, der … sagte:" describes no one the popup can show. The colon is the cue.
 */
function antecedentOf(g: Grammar, text: string, sentenceStart: number, comma: number, colon: number): Attribution | null {
  const toks = tokensOf(text, sentenceStart, comma).filter((t) => /^\p{L}/u.test(t.t)).slice(-MAX_ANTECEDENT_WORDS);
  for (const tok of toks) {
    const speaker = speakerAt(g.words, text, tok.start, comma);
    if (!speaker || speaker.start !== tok.start || !(speaker.kind === 'name' || speaker.role) || !/^[\s,]*$/.test(text.slice(speaker.phraseEnd, comma))) continue;
    // The relative clause is the attribution, not the person's role: "Angela Merkel, die einst sagte".
    const ownRole = speaker.phraseEnd <= comma + 1;
    return { cue: { start: colon, end: colon + 1 }, speaker: ownRole ? speaker : { ...speaker, role: null, phraseEnd: comma } };
  }
  return null;
}

/** « … da hätt ich euch … »: words that trail off end their sentence too. */
const TRAILS_OFF = /…\s*\S$/u;

const endsSentence = ({ quoted, tail }: QuoteContext) => ENDS_SENTENCE.test(quoted) || TRAILS_OFF.test(quoted) || /^\s*[.!?]?\s*$/.test(tail);

/** Who signs a quote after their name's comma, in at most this many words: "c't", "Die Zeit". */
const MAX_SIGNED_AS_WORDS = 3;

/** A signature line under a quote is at most this long: a name, a role, a source and a day. */
const MAX_SIGNATURE_CHARS = 160;

/**
 * « Elle-même est responsable … » ¶ Olivier Truchot, journaliste, au sujet de Geneviève Legay, 25 mars 2019: a
 * quote signed below (or right after it) with a name and the person's role, as boxed quotes are; the name is
 * the cue, there is no verb.
 */
function signatureAfter(g: Grammar, text: string, end: number): Attribution | null {
  const gap = /^[^\S\n]*\n?[^\S\n]*/.exec(text.slice(end, end + 4))![0];
  const at = end + gap.length;
  const newline = text.indexOf('\n', at);
  const lineEnd = newline < 0 ? text.length : newline;
  // A signature is a short line with no verb of speech: "Marie Dupont, directrice du CNRS, a ensuite présenté
  // …" opening the next paragraph is its own sentence.
  if (lineEnd - at > MAX_SIGNATURE_CHARS) return null;
  // The verb is looked for in the line alone: from `at` in the whole text, the next verb is pages away.
  if (hasSpeechVerb(g, text.slice(at, lineEnd))) return null;
  const speaker = speakerAt(g.words, text, at, lineEnd);
  if (!speaker || speaker.kind !== 'name' || speaker.start !== at || !speaker.role || !/^\s*,/.test(text.slice(speaker.end, speaker.end + 2))) return null;
  return { cue: { start: speaker.start, end: speaker.end }, speaker };
}

/**
 * „Das Buch ist ein grandioser Rundumblick …“ – Kai Dörfner / „…“ – Maik Schmidt, c't: a quote signed after a
 * dash on its own line, as blurbs and boxed quotes are, by a name and, after a comma, who they are. "„…“ – das
 * war dann aber durchgestrichen" goes on with the sentence.
 */
function signatureAfterDash(g: Grammar, text: string, end: number): Attribution | null {
  const dash = /^[^\S\n]*[–—][^\S\n]*/.exec(text.slice(end, end + 8));
  if (!dash) return null;
  const at = end + dash[0].length;
  // Only a short line: the rest of the text is not searched for its end.
  const line = text.slice(at, at + MAX_SIGNATURE_CHARS + 1);
  const newline = line.indexOf('\n');
  if (newline < 0 && at + line.length < text.length) return null;
  const lineEnd = at + (newline < 0 ? line.length : newline);
  const speaker = speakerAt(g.words, text, at, lineEnd);
  // After the name, only who they are: a signature ends without a full stop, and "– Müller, der Vereinschef,
  // distanzierte sich davon." is a sentence going on.
  const rest = text.slice(speaker?.phraseEnd ?? at, lineEnd);
  if (!speaker || speaker.kind !== 'name' || speaker.start !== at || !/^\s*(?:,[^\n]*)?$/.test(rest) || /[.!?]\s*$/.test(rest)) return null;
  // What follows the comma is who they are, as a role: "– Maik Schmidt, c't"; not an age or a town ("45, aus Hamburg").
  const signedAs = /^\s*,\s*([^\d\n,]+?)\s*$/.exec(rest)?.[1] ?? null;
  const role = signedAs && signedAs.split(/\s+/).length <= MAX_SIGNED_AS_WORDS ? signedAs : null;
  return { cue: { start: speaker.start, end: speaker.end }, speaker: { ...speaker, role: speaker.role ?? role } };
}

/** After an attribution's speaker, a comma and at least three more words of the clause. */
const CLAUSE_GOES_ON = /^\s*,\s*\S+(?:\s+\S+){2,}/u;

/** A colon before an opening mark, or ending the sentence: the sentence introduces a quote of its own. */
const INTRODUCES_QUOTE = /:\s*(?:[«„“"»‹‚]|$)/u;

/**
 * « On en a très peu parlé à l’époque. » Il évoque alors les interpellations …: a quote that is a sentence of
 * its own, followed in its paragraph by a sentence whose subject is a person and whose verb speaks, is theirs.
 */
function nextSentenceSpeaker(g: Grammar, text: string, sents: Sentence[], end: number): Attribution | null {
  const next = sents[lastStartingAtOrBefore(sents, end) + 1];
  if (!next || next.start < end || text.slice(end, next.start).includes('\n')) return null;
  // "« … » Ivan Du Roy abonde: « … »": a sentence ending with a colon introduces the quote after it.
  if (INTRODUCES_QUOTE.test(text.slice(next.start, next.end))) return null;
  return aPerson(subjectThenVerb(g, text, next.start, next.end) ?? subjectInReportedMood(g, text, next.start, next.end));
}

/** The attribution, when its speaker is a person: a name, a pronoun or a description with a role, not "les enfants". */
const aPerson = (found: Attribution | null): Attribution | null => (found && (found.speaker.kind !== 'description' || found.speaker.role) ? found : null);

/**
 * Between `span`'s ends, someone other than `speaker` is the subject of a sentence or of a speech verb:
 * "Lindner lachte nur.", "Der Minister widersprach.", "…, Merz sprach von Versagen." A speech verb after a
 * pronoun goes on with the same speaker ("Il évoque alors les interpellations …"), and so does the speaker's
 * surname ("Habeck lachte." after Robert Habeck's quote).
 */
function namesSomeoneElse(g: Grammar, text: string, sents: Sentence[], span: { start: number; end: number }, speaker: string): boolean {
  const between = text.slice(span.start, span.end);
  const pronouns = g.words.lexicon.pronouns;
  for (const verb of between.matchAll(g.anyVerb)) if (entryOf(pronouns, wordBefore(between, verb.index).toLowerCase()) === undefined) return true;
  // The sentences that start between, found from the last one starting by the span's end (not by a scan of all).
  for (let i = lastStartingAtOrBefore(sents, span.end - 1); i >= 0 && sents[i]!.start >= span.start; i--) {
    const sentence = sents[i]!;
    const subject = speakerAt(g.words, text, sentence.start, Math.min(sentence.end, span.end));
    if (subject && subject.kind !== 'pronoun' && (subject.kind === 'name' || !!subject.role) && !samePerson(subject.name, speaker)) return true;
  }
  return false;
}

/** The quote's sentence opens, before it, on a person named other than `speaker` (never for a pronoun, which may be anyone's). */
function opensOnSomeoneElse(g: Grammar, text: string, sentence: Sentence, quote: { start: number }, speaker: Mention): boolean {
  if (speaker.kind === 'pronoun' || sentence.start >= quote.start) return false;
  const subject = speakerAt(g.words, text, sentence.start, quote.start);
  return !!subject && subject.kind === 'name' && !samePerson(subject.name, speaker.name);
}

/** The quote is a sentence of its own: it opens its sentence and ends it, or only punctuation follows it there. */
function isOwnSentence(text: string, sents: Sentence[], quote: { start: number; end: number }): boolean {
  const sentence = sents[lastStartingAtOrBefore(sents, quote.start)];
  return opensSentence(text, sents, quote.start) && (!sentence || /^[\s.!?…]*$/.test(text.slice(quote.end, Math.max(quote.end, sentence.end))));
}

/** The quote opens its sentence: nothing but spaces and opening punctuation between the sentence's start and its mark. */
function opensSentence(text: string, sents: Sentence[], start: number): boolean {
  const sentence = sents[lastStartingAtOrBefore(sents, start)];
  return !sentence || /^[\s(—–-]*$/.test(text.slice(sentence.start, start));
}

/**
 * Il évoque alors les interpellations … « On en a très peu parlé à l’époque. »: a quote that is a sentence of
 * its own, after a sentence of its paragraph whose subject is a person and whose verb speaks, is theirs.
 */
function previousSentenceSpeaker(g: Grammar, text: string, sents: Sentence[], start: number): Attribution | null {
  const previous = previousSentenceInParagraph(text, sents, start);
  return previous ? aPerson(subjectThenVerb(g, text, previous.start, previous.end)) : null;
}

/** The sentence before the one holding `start`, when it is in the same paragraph. */
function previousSentenceInParagraph(text: string, sents: Sentence[], start: number): Sentence | null {
  const previous = sents[lastStartingAtOrBefore(sents, start) - 1];
  return previous && !text.slice(previous.start, start).includes('\n') ? previous : null;
}

/** The sentence before the quote, in its paragraph, opens with a person and their verb (personOpening). */
function previousSentenceOpening(g: Grammar, text: string, sents: Sentence[], start: number): Attribution | null {
  const previous = previousSentenceInParagraph(text, sents, start);
  return previous ? personOpening(g, text, previous.start, previous.end) : null;
}

/**
 * "Co-Redaktionsleiter Gabriel schlägt sich überraschend schlecht. «Weisst du, …»", "Ivan Du Roy pense qu’il
 * faut donc documenter … “Le traitement par data …”": a sentence that opens with a person and their verb, whatever
 * the verb, introduces the quote that follows it as a sentence of its own. Only a name or a pronoun, or a
 * description with a role ("Ein junger Polizist wird knallrot, …"), and a verb in lower case right after it: "Die Vorfreude bei Bühlmann …" opens with no person. The person is the cue, as
 * in a signature: the word after them may be an adverb ("Sie selbst weise …").
 */
function personOpening(g: Grammar, text: string, start: number, end: number): Attribution | null {
  const speaker = speakerAt(g.words, text, start, end);
  if (!speaker || (speaker.kind === 'description' && !speaker.role)) return null;
  // After an apposition, its closing comma: "Ali Ertan Toprak, Präsident der Kurdischen Gemeinde Deutschland, drückte …".
  const phraseEnd = speaker.phraseEnd + (speaker.role && text[speaker.phraseEnd] === ',' ? 1 : 0);
  const after = /^[^\S\n]+(\p{Ll}[\p{L}\p{M}’']*)(?:[^\S\n]+(\p{Ll}[\p{L}\p{M}’']*))?/u.exec(text.slice(phraseEnd, end));
  const word = after?.[1];
  const w = g.words;
  if (!word || w.determiners.has(word) || w.breaks.has(word) || w.coordinators.has(word) || w.particles.has(word) || w.relativePronouns.has(word)) return null;
  // "Olaf Scholz wird von der Opposition kritisiert.", "Macron a été critiqué", "Il faut dire que …": the
  // subject is spoken of, or no one.
  const lx = w.lexicon;
  if ([word, after[2]].some((next) => next && lx.notSpeakingAfterSubject.includes(next.replace(/'/g, '’')))) return null;
  if (lx.passiveAuxiliaries.includes(word)) {
    const clause = /^[^.!?;:]*/u.exec(text.slice(phraseEnd, end))![0].split(/\s+/);
    if (clause.some((next) => lx.passiveAgents.includes(next))) return null;
  }
  return { cue: { start: speaker.start, end: speaker.end }, speaker };
}

/** „…“ Er sei früher täglich in Deutschland gewesen.: a subject and a Konjunktiv I report its speaker's words. */
function subjectInReportedMood(g: Grammar, text: string, start: number, end: number): Attribution | null {
  if (!g.reportedMood) return null;
  const speaker = speakerAt(g.words, text, start, end);
  if (!speaker || speaker.kind === 'description') return null;
  const verb = /^\s+([\p{L}\p{M}]+)/u.exec(text.slice(speaker.phraseEnd, end));
  if (!verb || !g.reportedMood.test(verb[1]!.normalize('NFC'))) return null;
  const cueStart = speaker.phraseEnd + verb[0].length - verb[1]!.length;
  return { cue: { start: cueStart, end: cueStart + verb[1]!.length }, speaker };
}

/**
 * « les plus éprouvés » par la catastrophe et les « plus vulnérables », selon le ministère: an attribution
 * covers the quotes of its sentence that have none; a sentence of quoted words with no attribution of its own
 * right after an attributed sentence of the same paragraph is that speaker's ("…, a déclaré jeudi le
 * ministre. Les autorités sont sans nouvelles « d’encore plus de 200 » personnes.").
 */
function shareAttributions(g: Grammar, text: string, sents: Sentence[], quotes: Found[]): void {
  quotes.forEach((q, i) => {
    if (q.attribution) return;
    if (q.ownSpeaker) {
      const previous = quotes[i - 1];
      if (previous?.attribution && continuesBefore(g, text, sents, previous, previous.attribution, q)) q.attribution = previous.attribution;
      return;
    }
    if (!inheritAttribution(g, text, sents, quotes, i) && q.fallback) q.attribution = q.fallback;
  });
}

/**
 * »…«, heißt es in der Risikobewertung des RKI. Und weiter: »…« / « … », a-t-il dit, et d’ajouter : « … »: the
 * colon before the quote ends words that go on with the quote before it (the lexicon's continuation cues), in
 * its paragraph or the one before, with no one else the subject of a sentence or a speech verb between.
 */
function continuesBefore(g: Grammar, text: string, sents: Sentence[], previous: Found, said: Attribution, q: Found): boolean {
  const cues = g.words.lexicon.continuationCues;
  if (!cues.length || text.slice(previous.end, q.start).split('\n').length - 1 > 1) return false;
  const leadStart = sents[lastStartingAtOrBefore(sents, q.start)]!.start;
  const clause = /(?:^|[,;])\s*([^,;:]*?)\s*:\s*$/u.exec(text.slice(leadStart, q.start))?.[1]?.toLowerCase().replace(/\s+/g, ' ').replace(/'/g, '’');
  if (!clause || !cues.includes(clause)) return false;
  return !namesSomeoneElse(g, text, sents, { start: Math.max(previous.end, attributionEnd(said)), end: leadStart }, said.speaker.name);
}

/** Gives quotes[i] the attribution of a quote of its sentence or of the quote before it; whether it did. */
function inheritAttribution(g: Grammar, text: string, sents: Sentence[], quotes: Found[], i: number): boolean {
  const q = quotes[i]!;
  const sentenceOf = (at: number) => lastStartingAtOrBefore(sents, at);
  const own = sentenceOf(q.start);
  const sameSentence = quotes.find((o, j) => j !== i && o.attribution && sentenceOf(o.start) === own);
  if (sameSentence) {
    q.attribution = sameSentence.attribution;
    return true;
  }
  // Words in marks that no one said are passed over: "la toute récente loi dite « anti casseurs » de 2019" between
  // David Dufresne's quote and the next one in his paragraph (pubdates 048).
  let before = i - 1;
  while (before >= 0 && !quotes[before]!.attribution && quotes[before]!.needsSpeaker) before--;
  const previous = quotes[before];
  if (!previous?.attribution) return false;
  const between = text.slice(previous.end, q.start);
  const prevSentence = sents[own - 1];
  // The sentence before, in the same paragraph, reported or quoted someone, and the quote's own sentence does
  // not open on someone else ("Friedrich Merz forderte, … Auch der Kanzler Olaf Scholz (SPD) sprach bei seiner
  // Rede … vom »russischen Imperialismus«" is no Merz's).
  if (prevSentence && sentenceOf(previous.start) >= own - 1 && !between.includes('\n') && !opensOnSomeoneElse(g, text, sents[own]!, q, previous.attribution.speaker)) {
    q.attribution = previous.attribution;
    return true;
  }
  // „Ich bin auch nicht zufrieden damit.“ Vielleicht würden die Beratungen … Klarheit schaffen. „Aber
  // versprechen kann ich das auch nicht.“: a quote that is a sentence of its own, later in the paragraph of
  // a quote, with no one else named and no other speech verb between them, goes on with it.
  const saidEnd = Math.max(previous.end, attributionEnd(previous.attribution));
  if (q.kind === 'direct' && previous.kind === 'direct' && !between.includes('\n') && isOwnSentence(text, sents, q) && !namesSomeoneElse(g, text, sents, { start: saidEnd, end: q.start }, previous.attribution.speaker.name)) {
    q.attribution = previous.attribution;
    return true;
  }
  // A quote opening the paragraph after one that ended with an attributed quote goes on with it.
  const afterAttribution = text.slice(saidEnd, q.start);
  if (q.kind === 'direct' && previous.kind === 'direct' && between.split('\n').length === 2 && /^[\s.,;!?]*$/.test(afterAttribution)) {
    q.attribution = previous.attribution;
    q.continues = true;
    return true;
  }
  return false;
}
