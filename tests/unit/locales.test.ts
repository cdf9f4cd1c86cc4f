// Every translation carries every string of the English one, with the same
// placeholders: a key left out shows English in the middle of a translated
// popup, and a placeholder left out drops the number it stands for.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const localesDir = join(import.meta.dirname, '..', '..', '_locales');
const read = (lang: string): Messages => JSON.parse(readFileSync(join(localesDir, lang, 'messages.json'), 'utf8'));
const english = read('en');
const translations = readdirSync(localesDir).filter((lang) => lang !== 'en');

/** The $NAME$ placeholders a message uses, in upper case as Chrome and Firefox match them. */
const placeholdersIn = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]!.toUpperCase()).sort();

describe('translations', () => {
  it('there are some', () => expect(translations.length).toBeGreaterThan(0));

  it.each(translations)('%s has every English key and no other', (lang) => {
    expect(Object.keys(read(lang)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(translations)('%s uses the placeholders of each English message', (lang) => {
    const messages = read(lang);
    for (const [key, { message, placeholders }] of Object.entries(english)) {
      const translated = messages[key];
      if (!translated) continue;
      expect(placeholdersIn(translated.message), `${lang}: ${key}`).toEqual(placeholdersIn(message));
      expect(translated.placeholders, `${lang}: ${key}`).toEqual(placeholders);
    }
  });
});
