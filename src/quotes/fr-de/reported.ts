// Reported speech in French and German: "Le ministre a estimé que la
// situation était grave" (a speech verb and "que"), "Un troisième Français a
// été tué, a déclaré le ministre" (the attribution after the clause it
// reports), and German's Konjunktiv I, which marks reported speech by itself:
// "Müller sagte, die Lage sei ernst" / "Die Lage sei ernst, sagte Müller".

import type { Sentence } from '../sentences.js';
import { attributionIn, type Found, type Grammar } from './attribution.js';

const FINAL_PUNCTUATION = /[\s.!?…]+$/;

export function reportedSpeech(g: Grammar, text: string, sents: Sentence[], direct: readonly { start: number; end: number }[]): Found[] {
  const lx = g.words.lexicon;
  const mood = lx.reportedMoodVerbs.length ? new RegExp(String.raw`(?<![\p{L}])(?:${lx.reportedMoodVerbs.join('|')}|dass)(?![\p{L}])`, 'u') : null;
  const complementiser = lx.complementiser ? new RegExp(String.raw`^\s*,?\s*(?:${lx.complementiser}|qu['’])\s*`, 'iu') : null;
  const out: Found[] = [];
  for (const sentence of sents) {
    if (direct.some((q) => q.start < sentence.end && sentence.start < q.end)) continue;
    const attribution = attributionIn(g, text, sentence.start, sentence.end);
    if (!attribution) continue;
    const { cue, speaker } = attribution;
    const sentenceEnd = sentence.start + text.slice(sentence.start, sentence.end).replace(FINAL_PUNCTUATION, '').length;
    const attributionEnd = Math.max(cue.end, speaker.phraseEnd);
    const after = text.slice(attributionEnd, sentenceEnd);
    const before = text.slice(sentence.start, Math.min(cue.start, speaker.start));
    let content: { start: number; end: number } | null = null;
    const complement = complementiser?.exec(after);
    if (complement) content = { start: attributionEnd + complement[0].length, end: sentenceEnd };
    else if (/^\s*,\s*\S/.test(after) && mood?.test(after)) content = { start: attributionEnd + after.length - after.trimStart().replace(/^,\s*/, '').length, end: sentenceEnd };
    else if (/,\s*$/.test(before) && after.trim() === '' && (lx.complementiser !== null || mood?.test(before))) content = { start: sentence.start, end: sentence.start + before.replace(/[\s,]+$/, '').length };
    if (content && content.end - content.start > 10) out.push({ ...content, kind: 'indirect', attribution, continues: false });
  }
  return out;
}
