import { classifyPhrase, PERSON_HEAD, sentenceSubject, type ParsedMention } from '../mentions.js';
import { wordCount } from './words.js';

/** Words that head a colon lead without naming its subject ("Here's Clinton in 1992:", "More from Jones:"). */
const COLON_HEAD = /^\s*(?:(?:Continued|Stated|Added|Said|Wrote|Asked|Concluded|Explained|Noted|Tweeted|Replied|Responded|More from|Here[’']s|Here is|From|Enter|Per)\s+)(.*?)(?:[’']s?\s+[^:]{1,40}|\s+(?:in|on|at|during)\s+[^:]{1,40})?:\s*$/;

/**
 * The speaker a lead ending in a colon announces: "More from Jones:", a
 * HuffPollster-style "… - Pew Research:", or the sentence's subject when it is a
 * person ("Cruz called them on it:"), never a thing ("The scheduling was so odd …:").
 */
export function colonSpeaker(text: string, from: number, end: number): ParsedMention | null {
  const lead = text.slice(from, end);
  const asName = (match: RegExpExecArray | null, group: number) => {
    if (!match || !match[group] || wordCount(match[group]!) > 5) return null;
    const offset = from + match.index + match[0].indexOf(match[group]!);
    const speaker = classifyPhrase(text, offset, offset + match[group]!.length);
    return speaker && speaker.kind === 'name' ? speaker : null;
  };
  const named = asName(COLON_HEAD.exec(lead), 1) ?? asName(/\s[-–—]\s*(?:More from\s+)?([^-–—:]{2,50}):\s*$/.exec(lead), 1);
  if (named) return named;
  const subject = sentenceSubject(text, from, end);
  if (!subject) return null;
  if (subject.kind === 'description') {
    const words = subject.name.split(/\s+/);
    if (!PERSON_HEAD.test(words[words.length - 1]!.toLowerCase())) return null;
  }
  return subject;
}
