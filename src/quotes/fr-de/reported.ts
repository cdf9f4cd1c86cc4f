// Reported speech in French and German: "Le ministre a estimé que la
// situation était grave" (a speech verb and "que"), "Un troisième Français a
// été tué, a déclaré le ministre" (the attribution after the clause it
// reports), and German's Konjunktiv I, which marks reported speech by itself:
// "Müller sagte, die Lage sei ernst" / "Die Lage sei ernst, sagte Müller", and
// goes on marking it in the sentences after ("Ein Gespräch sei nicht sinnvoll.").

import type { Sentence } from '../sentences.js';
import { attributionEnd, attributionIn, colonSubject, hasSpeechVerb, type Attribution, type Found, type Grammar } from './attribution.js';

const FINAL_PUNCTUATION = /[\s.!?…]+$/;

/** Where the sentence's words end: before the spaces and the punctuation that end it. */
export const wordsEnd = (text: string, sentence: Sentence) => sentence.start + text.slice(sentence.start, sentence.end).replace(FINAL_PUNCTUATION, '').length;

/** "dass", and "daß" as written before 1996. */
const DASS = /(?<![\p{L}])da(?:ss|ß)(?![\p{L}])/u;
/**
 * What may follow the speaker of "…, sagte Lucke am Samstag der Deutschen Presse-Agentur." or "…, a déclaré
 * le ministre lors d'une conférence de presse.": circumstances of the saying, no comma (a comma starts a clause
 * of its own), a few words.
 */
export const CIRCUMSTANCES = /^[^,;:«»„“”"]{0,80}$/u;

/**
 * "man habe", "er mache", "sie entziehe": a word in -e (the indicative ends in -t) after one of the lexicon's
 * subjunctive pronouns is a Konjunktiv I, unless the lexicon says the word is none ("er die Bäckerei", "es keine").
 */
function subjunctiveAfterPronoun(g: Grammar, sentence: string): boolean {
  if (!g.pronounThenSubjunctive) return false;
  return [...sentence.matchAll(g.pronounThenSubjunctive)].some((m) => !g.words.determiners.has(m[1]!) && !g.words.lexicon.notSubjunctive.includes(m[1]!));
}

/**
 * Where the report after a colon starts in `after` (the words after the attribution): at once when the colon is
 * the cue, after the colon that ends the attribution's clause ("Machtlinger veranschaulichte die Dynamik: …"),
 * else null.
 */
function colonBefore(text: string, cue: { start: number }, after: string): number | null {
  if (text[cue.start] === ':') return 0;
  const colon = /^[^,;:]*:(?=\s)/.exec(after);
  return colon ? colon[0].length : null;
}

/**
 * "Machtlinger veranschaulichte die Dynamik: Weltweit seien heuer bereits so viele Flugzeuge verkauft worden wie
 * im Vorjahr." (pubdates 094): a person opening the sentence, a verb of saying, and a colon before words in the
 * Konjunktiv I report what the person said. The colon is the cue, as for a quote (colonSubject).
 */
function colonReport(g: Grammar, text: string, sentence: Sentence): Attribution | null {
  if (!g.reportedMood) return null;
  // A colon that ends words, not one inside a score or a time ("nach dem 3:1", "um 12:30 Uhr").
  const colonAt = /:(?=\s)/.exec(text.slice(sentence.start, sentence.end))?.index;
  if (colonAt === undefined) return null;
  const colon = sentence.start + colonAt;
  // A verb of saying before the colon: "Hans Müller wird vorgeworfen:", "Müller bekam einen Brief:" report
  // someone else's words about the person.
  if (!hasSpeechVerb(g, text.slice(sentence.start, colon)) || !g.reportedMood.test(text.slice(colon, sentence.end).normalize('NFC'))) return null;
  return colonSubject(g, text, sentence.start, colon);
}

export function reportedSpeech(g: Grammar, text: string, sents: Sentence[], direct: readonly { start: number; end: number }[]): Found[] {
  const lx = g.words.lexicon;
  // The grammar's Konjunktiv I, or "dass", which opens a reported clause as the mood marks one. The lexicon's
  // words are composed (NFC); some pages write "könne" with a combining diaeresis.
  const mood = g.reportedMood ? { test: (clause: string) => g.reportedMood!.test(clause.normalize('NFC')) || DASS.test(clause) } : null;
  const complementiser = lx.complementiser ? new RegExp(String.raw`^\s*,?\s*(?:${lx.complementiser}|qu['’])\s*`, 'iu') : null;
  const out: Found[] = [];
  for (const sentence of sents) {
    // A sentence holding a quote is the quote's; one that only begins with the closing mark of the quote
    // before (the segmenter gives "» Selon le chercheur, …" to the next sentence) is not.
    if (direct.some((q) => Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start) > 2)) continue;
    const attribution = attributionIn(g, text, sentence.start, sentence.end) ?? colonReport(g, text, sentence);
    if (!attribution) continue;
    const { cue, speaker } = attribution;
    const sentenceEnd = wordsEnd(text, sentence);
    const saidEnd = attributionEnd(attribution);
    const after = text.slice(saidEnd, sentenceEnd);
    const before = text.slice(sentence.start, Math.min(cue.start, speaker.start));
    // "…, sagte Müller": German puts the verb before its subject after what was said, which then needs no
    // Konjunktiv to be reported speech; "…, Müller sagte" is not German word order.
    const inverted = cue.start < speaker.start;
    let content: { start: number; end: number } | null = null;
    const complement = complementiser?.exec(after);
    const reportAt = colonBefore(text, cue, after);
    // "Selon le chercheur, les rédactions s’en sont saisi …", "Laut Polizei, …": a sentence opening with its
    // source reports what follows the comma.
    const opensWithSource = before.trim() === '' && lx.accordingToBefore.includes(text.slice(cue.start, cue.end).toLowerCase()) && /^\s*,\s*\S/.test(after);
    if (complement) content = { start: saidEnd + complement[0].length, end: sentenceEnd };
    else if (reportAt !== null && mood?.test(after.slice(reportAt))) content = { start: saidEnd + reportAt + (after.slice(reportAt).length - after.slice(reportAt).trimStart().length), end: sentenceEnd };
    else if (opensWithSource) content = { start: saidEnd + after.length - after.replace(/^\s*,\s*/, '').length, end: sentenceEnd };
    else if (/^\s*,\s*\S/.test(after) && mood?.test(after)) content = { start: saidEnd + after.length - after.trimStart().replace(/^,\s*/, '').length, end: sentenceEnd };
    else if (/,\s*$/.test(before) && CIRCUMSTANCES.test(after) && (lx.complementiser !== null || inverted || mood?.test(before))) content = { start: sentence.start, end: sentence.start + before.replace(/[\s,]+$/, '').length };
    if (content && content.end - content.start > 10) out.push({ ...content, kind: 'indirect', attribution, continues: false });
  }
  return out;
}

/** At most this many words make a subheading. */
const MAX_SUBHEADING_WORDS = 8;

/** The sentence is a paragraph of its own, short and with no full stop, question mark or colon at its end: a subheading. */
function isSubheading(text: string, sents: Sentence[], index: number): boolean {
  const sentence = sents[index]!;
  const alone = sents[index - 1]?.paragraph !== sentence.paragraph && sents[index + 1]?.paragraph !== sentence.paragraph;
  const words = text.slice(sentence.start, sentence.end).trim();
  return alone && !/[.!?:;…]["“”»«]*$/u.test(words) && words.split(/\s+/).length <= MAX_SUBHEADING_WORDS;
}

/**
 * „…“, sagte Lucke. … ¶ Ein Gespräch sei auf dieser Basis nicht sinnvoll. «Wenn der AStA …»: German reported
 * speech goes on in the Konjunktiv I after its attribution, sentence after sentence, without naming the
 * speaker again. A sentence in that mood with no attribution of its own, in the paragraph of the last
 * attributed statement or opening the next one, is that speaker's: it becomes reported speech, and the quotes
 * in it that have no speaker are theirs. Only for a language with such a mood (German).
 */
export function subjunctiveContinuations(g: Grammar, text: string, sents: Sentence[], found: readonly Found[]): Found[] {
  const mood = g.reportedMood;
  if (!mood) return [];
  const out: Found[] = [];
  let last: { attribution: Attribution; paragraph: number } | null = null;
  sents.forEach((sentence, index) => {
    const inside = found.filter((f) => f.start < sentence.end && sentence.start < f.end);
    const attributed = inside.filter((f) => f.attribution).pop();
    if (attributed) {
      last = { attribution: attributed.attribution!, paragraph: sentence.paragraph };
      return;
    }
    if (!last) return;
    // A subheading between two paragraphs of the same report ("Zu 100% Luftfahrt") neither goes on with it nor
    // ends it.
    if (sentence.paragraph === last.paragraph + 1 && isSubheading(text, sents, index)) {
      last = { attribution: last.attribution, paragraph: sentence.paragraph };
      return;
    }
    // The first sentence of the paragraph right after the last statement's.
    const opensNextParagraph = sentence.paragraph === last.paragraph + 1 && sents[index - 1]?.paragraph === last.paragraph;
    if (sentence.paragraph > last.paragraph && !opensNextParagraph) {
      last = null;
      return;
    }
    // The mood is read outside the quotes: inside them it is the speaker's own grammar.
    // A quote may begin before its sentence (the segmenter cuts inside the marks): its mask starts at the sentence.
    let own = text.slice(sentence.start, sentence.end);
    for (const f of inside) {
      const from = Math.max(f.start, sentence.start) - sentence.start;
      const to = Math.min(f.end, sentence.end) - sentence.start;
      own = own.slice(0, from) + ' '.repeat(to - from) + own.slice(to);
    }
    // Composed, as the lexicon's words are.
    own = own.normalize('NFC');
    // "Tatsächlich warnen die Autoren …: … müsse sich das Land …": a colon introduces what someone else says.
    if (own.includes(':') || (!mood.test(own) && !subjunctiveAfterPronoun(g, own))) {
      // A sentence in another mood goes on within the paragraph, but does not carry the speaker into the next.
      if (opensNextParagraph) last = null;
      return;
    }
    last = { attribution: last.attribution, paragraph: sentence.paragraph };
    const unattributed = inside.filter((f) => !f.attribution);
    if (unattributed.length) for (const f of unattributed) f.attribution = last.attribution;
    else {
      const end = wordsEnd(text, sentence);
      out.push({ start: sentence.start + (text.slice(sentence.start, end).length - text.slice(sentence.start, end).trimStart().length), end, kind: 'indirect', attribution: last.attribution, continues: false });
    }
  });
  return out;
}
