// The role the article gives a speaker, from its own words: an appositive
// ("Martin Indyk, executive vice president of the Brookings Institution, said"),
// a "who is" clause ("John David Wicker, who is SDSU’s director of athletics"),
// a title before the name ("school board President Steve Zimmer", "Morton
// County sheriff Kyle Kirchmeier"), or else a "who" clause kept whole. Every
// occurrence of the name in the article is read, not only the attribution:
// news introduces a person once and quotes them later by surname. A role must
// name a role (a noun of lexicon ROLE_NOUNS or a title): never a verb phrase
// ("looking around the half-finished space"), a place ("Chicago") or a date.

import { endsWithAbbreviation, sentenceEndAfter } from '../text/abbreviations.js';
import { HONORIFICS, NAME_TITLES, ROLE_NOUNS, TITLE_QUALIFIERS } from './lexicon/en.js';
import { nameTokens, notGivenName, occurrences, wordStartBefore } from './people.js';

const MAX_ROLE_WORDS = 25;
/** -ing words that open a role as adjectives ("leading expert", "ranking Democrat"), not as verbs ("speaking Italian"). */
const ING_ADJECTIVES = new Set(['leading', 'founding', 'ranking', 'acting', 'managing', 'presiding', 'visiting', 'outgoing', 'incoming', 'sitting', 'governing', 'ruling', 'longstanding', 'reigning', 'supervising', 'consulting', 'retiring']);
/** Words a role never opens with: a role is a noun phrase, not a clause ("Only when his chief strategist …"). */
const NOT_ROLE_START = /^(?:only|when|if|but|and|or|so|because|while|as|then|than|though|also|even|just|not|now|speaking|said|says|told|after|before|during|on|in|at|from|to|with|by|for|which|that|send|sent|says)$/i;
const DETERMINER_START = /^(?:a|an|the|his|her|its|their|one|another|now|also|then|once|both|former|\d.*)$/i;
/** A phrase cut before its object is no role: "staff writer David Emery posted to". */
const ENDS_CUT = /\s(?:to|of|by|for|with|at|in|on|from|the|a|an|and|or|as)$/i;
const SPEECH_WORD = /\b(?:said|says|told|tells|asked|added|wrote)\b/;
/** Chunks between commas that belong to a name, not a role: an age, a state, a party ("36", "Md.", "D-Calif.", "(R-Texas)"). */
const NAME_DETAIL = /^(?:\d{1,3}|(?:[A-Z][a-z]{0,4}\.)+|[A-Z]{2}|\(?[DRI]-[A-Za-z. ]+\)?|Jr\.?|Sr\.?)$/;

const wordsOf = (s: string) => s.match(/[\p{L}\d][\p{L}\d'’.-]*/gu) ?? [];
const asNoun = (word: string) => word.toLowerCase().replace(/[’']s?$/, '').replace(/\.$/, '');
const singular = (word: string) => word.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, '');

/** Whether a word names a role: "director", "spokeswoman", "officials", "CEO", "Supt.". */
export function isRoleNoun(word: string): boolean {
  const noun = asNoun(word);
  return ROLE_NOUNS.has(noun) || ROLE_NOUNS.has(singular(noun)) || NAME_TITLES.has(noun);
}

/** Whether a phrase reads as a role: a noun phrase of at most 25 words holding a role noun. */
export function isRole(phrase: string): boolean {
  const words = wordsOf(phrase);
  if (!words.length || words.length > MAX_ROLE_WORDS || SPEECH_WORD.test(phrase) || ENDS_CUT.test(phrase.trim().replace(/[,;:.]+$/, ''))) return false;
  const first = words[0]!;
  if (NOT_ROLE_START.test(first)) return false;
  // "first", "former", "vice" qualify a title and are none on their own ("New Zealand's first …").
  if (words.every((word) => TITLE_QUALIFIERS.has(word.toLowerCase()))) return false;
  if (/^\p{Ll}+ing$/u.test(first) && !ING_ADJECTIVES.has(first)) return false;
  // Without an article, a role names its noun early ("deputy director of …", "interest rate strategist at …");
  // a role noun far into a phrase that opens in lower case is in a clause ("cease the bombing … with agents").
  const bare = /^\p{Ll}/u.test(first) && !DETERMINER_START.test(first);
  return (bare ? words.slice(0, 4) : words).some(isRoleNoun);
}

/** A role as shown: without the article before it or punctuation after it ("a department spokesman," → "department spokesman"). */
export function cleanRole(phrase: string): string {
  const role = phrase.trim().replace(/^(?:the|a|an|one(?!\s+of\b))\s+/i, '').replace(/[\s,;:]+$/, '');
  return role.endsWith('.') && !endsWithAbbreviation(role) ? role.slice(0, -1).trim() : role;
}

/** A role as read at an attribution, or null when nothing but an article or an honorific is left ("the", "Mr."). */
export function roleOrNull(phrase: string): string | null {
  const role = cleanRole(phrase);
  return role === '' || HONORIFICS.has(role.toLowerCase().replace(/\.$/, '')) ? null : role;
}

type Found = { role: string; rank: number };

/** After "Name": "of the Linden Police Department", the organisation a title before the name belongs to. */
const OF_ORGANISATION = /^\s+(?:of|at|with)\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’&.-]*))*)/u;

/** After "Name": ", ROLE," or ", who is ROLE" or ", who …" — skipping an age, a state or a party tag before the role. */
function roleAfter(text: string, end: number): Found | null {
  const sentence = text.slice(end, sentenceEndAfter(text, end, Math.min(text.length, end + 300)));
  if (!/^\s*,/.test(sentence)) return null;
  const chunks = sentence.replace(/^\s*,/, '').split(/[,;]|\s[—–]\s|\s-\s|[“"]/);
  for (const raw of chunks) {
    const chunk = raw.trim();
    if (NAME_DETAIL.test(chunk)) continue;
    const copula = /^who\s+(?:is|was|has been|had been|serves as|served as|became)\s+(.+)$/.exec(chunk);
    if (copula && isRole(copula[1]!)) return { role: cleanRole(copula[1]!), rank: 1 };
    if (/^(?:who|whose)\s/.test(chunk)) return wordsOf(chunk).length <= MAX_ROLE_WORDS ? { role: chunk, rank: 3 } : null;
    // Capitalised words alone are more names or a place, not a role: "Zimmer, King, Zipperman and …", "Mandan, North Dakota".
    if (wordsOf(chunk).every((w) => /^\p{Lu}/u.test(w))) return null;
    return isRole(chunk) ? { role: cleanRole(chunk), rank: 0 } : null;
  }
  return null;
}

/** Words a title before a name never holds: articles, prepositions, conjunctions and the commonest verbs ("the Oval Office include President Barack Obama"). */
const STOP_BEFORE_TITLE =
  /^(?:the|a|an|and|or|but|when|while|where|as|said|says|say|told|tells|by|for|of|to|with|from|in|on|at|that|which|who|than|including|include|includes|included|like|after|before|if|is|was|are|were|be|been|has|had|have|do|does|did|met|meet|meets|joined|join|thanked|called|named|praised|urged|asked|against|versus|vs|his|her|their|its|our|my|your|he|she|they|it|we|i|you|believes|thinks|says|send|sends|sent|appoint|appoints|nominate|nominates|elect|elects|hire|hires|fire|fires|replace|replaces|invite|invites|visit|visits|defeat|defeats|beat|beats|succeed|succeeds|interview|interviews|introduce|introduces|pick|picks|choose|chose|chooses)$/i;

/** Before "Name": a title ending in a role noun ("NTEU President", "L.A. schools Supt.", "defense attorney", "billionaire"). */
function roleBefore(text: string, start: number): Found | null {
  // Most names have no title before them: look at the adjacent word first, the whole run only after a role noun.
  if (text[start - 1] !== ' ') return null;
  if (!isRoleNoun(text.slice(wordStartBefore(text, start - 1), start - 1))) return null;
  const before = text.slice(Math.max(0, start - 100), start);
  if (!/\S\s$/.test(before)) return null;
  const tokens = before.trimEnd().split(/\s+/);
  const adjacent = tokens[tokens.length - 1]!;
  if (!isRoleNoun(adjacent) || /[,;:]$/.test(adjacent)) return null;
  const kept = [adjacent];
  let lowercase = 0;
  for (let i = tokens.length - 2; i >= 0 && kept.length < 6; i--) {
    const token = tokens[i]!;
    // A period ends the sentence before the title, unless it ends an abbreviation ("L.A.", "Asst.").
    if (/[,;:)"“”]$/.test(token) || (/\.$/.test(token) && !/^(?:\p{Lu}\.)+$|^\p{Lu}\p{Ll}{0,4}\.$/u.test(token)) || STOP_BEFORE_TITLE.test(token)) break;
    if (/^\p{Ll}/u.test(token)) {
      if (++lowercase > 2 || /(?:ed|ing|ly)$/.test(token)) break;
    } else if (!/^[\p{Lu}\d]/u.test(token)) break;
    kept.unshift(token);
  }
  // A capitalised word opening the sentence is not part of the title ("Realtor Ghulam said": the title is "Realtor").
  return { role: kept.join(' ').replace(/^[(“"]/, ''), rank: 2 };
}

/** "Bill Clinton, her husband," read for Hillary Clinton: the surname at `at` follows a given name that is not hers. */
function namesSomeoneElse(text: string, at: number, name: string): boolean {
  const given = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  return !!given && !notGivenName(given) && !name.split(/\s+/).includes(given);
}

/**
 * The role the article gives the person named `name`: the best of every occurrence of the name (full, then
 * surname), an appositive or "who is" clause first, a title before the name next, a "who" clause last.
 * `mentionRole` is the role read at a quote's attribution, which ranks as an appositive when it is one.
 */
export function roleInArticle(text: string, name: string, surname: string, mentionRole: string | null): string | null {
  // A title read at the attribution ("said Rep. Steny H. Hoyer") ranks as a title: an appositive elsewhere says more.
  const titleOnly = (role: string) => wordsOf(role).every((w) => NAME_TITLES.has(asNoun(w)));
  let best: Found | null = mentionRole && isRole(mentionRole) ? { role: cleanRole(mentionRole), rank: titleOnly(mentionRole) ? 2 : 0 } : null;
  // The surname, which every full mention ends with, read where the full name is written first: "President
  // Obama" may be another Obama than the Michelle Obama the card is about.
  const core = nameTokens(name).join(' ');
  const givenNames = core.endsWith(surname) ? core.slice(0, core.length - surname.length) : '';
  const isFull = (surnameAt: number) => givenNames !== '' && text.startsWith(givenNames, surnameAt - givenNames.length);
  const surnames = occurrences(text, surname);
  for (const surnameAt of [...surnames.filter(isFull), ...surnames.filter((at) => !isFull(at))]) {
    const full = isFull(surnameAt);
    if (!full && namesSomeoneElse(text, surnameAt, name)) continue;
    const at = full ? surnameAt - givenNames.length : surnameAt;
    // After the surname, a generational suffix is still the name: "J. David Cox Sr., who …".
    const end = surnameAt + surname.length + (/^\s+(?:Jr|Sr|II|III|IV)\.?/.exec(text.slice(surnameAt + surname.length, surnameAt + surname.length + 6))?.[0].length ?? 0);
    const title = roleBefore(text, at);
    const organisation = title ? OF_ORGANISATION.exec(text.slice(end, end + 120)) : null;
    // A title with its organisation says as much as an appositive: "Capt., Linden Police Department".
    if (title && organisation) Object.assign(title, { role: `${title.role}, ${organisation[1]!.replace(/^the\s+/, '').replace(/\s+(?:of|for|and|the)$/, '')}`, rank: 1 });
    for (const found of [roleAfter(text, end), title]) {
      if (found && (!best || found.rank < best.rank)) best = found;
    }
    // The first appositive is the answer: no later occurrence ranks higher.
    if (best?.rank === 0) return best.role;
  }
  return best?.role ?? null;
}

/** An unnamed source's role is its description: "a spokeswoman for the union" → "spokeswoman for the union". */
export function descriptionRole(description: string): string | null {
  const role = cleanRole(description.replace(/^(?:another|other|some|several|two|three|four|many)\s+/i, ''));
  return isRole(role) ? role : null;
}
