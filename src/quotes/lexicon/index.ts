// The languages the speaker reader reads besides English (lexicon/en.ts and the rules in attribution/).
import { GERMAN } from './de.js';
import { FRENCH } from './fr.js';
import type { SpeechLexicon } from './speech-lexicon.js';

export const SPEECH_LEXICONS: Readonly<Record<string, SpeechLexicon>> = { fr: FRENCH, de: GERMAN };
