// Speaker phrases from the PolNeAR train split.
import { describe, expect, it } from 'vitest';
import { classifyPhrase, speakerAfter, speakerBefore } from './mentions.js';

const before = (text: string, verb: string) => speakerBefore(text, 0, text.indexOf(verb));
const after = (text: string, verb: string) => speakerAfter(text, text.indexOf(verb) + verb.length, text.length);

describe('speaker phrases', () => {
  it('reads a name with apposition after the verb', () => {
    const t = '"We are not doing very well," said Soe Min, a USDP member who ran against Suu Kyi in a 2012 parliamentary by-election and lost.';
    const m = after(t, 'said');
    expect(m?.kind).toBe('name');
    expect(m?.name).toBe('Soe Min');
    expect(m?.role).toMatch(/^USDP member who ran against Suu Kyi/);
  });

  it('reads "X, ROLE, told" and "ROLE, X, said"', () => {
    const a = before('Htay Oo, its acting chairman, told the Reuters news agency simply', 'told');
    expect(a?.name).toBe('Htay Oo');
    expect(a?.role).toBe('its acting chairman');
    const b = before('The official representative of the Russian Foreign Ministry, Maria Zakharova, said on Wednesday', 'said');
    expect(b?.name).toBe('Maria Zakharova');
    expect(b?.role).toBe('official representative of the Russian Foreign Ministry');
  });

  it('splits a title before a name', () => {
    const t = 'In December, US President Donald Trump announced';
    const m = classifyPhrase(t, t.indexOf('US'), t.indexOf(' announced'));
    expect(m?.name).toBe('Donald Trump');
    expect(m?.role).toBe('US President');
  });

  it('keeps honorifics out of the name and reads pronouns and descriptions', () => {
    expect(before("''We're offering our community the chance,'' Ms. White said.", 'said')?.name).toBe('White');
    expect(before('But this was the first time it was activated for something like this, she said.', 'said')?.kind).toBe('pronoun');
    const d = before('although the military still remain in the country, an anonymous source told AFP news agency.', 'told');
    expect(d?.kind).toBe('description');
    expect(d?.name).toBe('an anonymous source');
  });

  it('reads an office of a place as a description, and an organisation\'s long name whole', () => {
    // bug-1255978 of ../shared/corpus/pages: "of London" with the role "Lord Mayor"; "Manufacturer Association".
    const mayor = before('The Lord Mayor of London says the City does not employ enough disabled people.', 'says');
    expect(mayor).toMatchObject({ kind: 'description', name: 'The Lord Mayor of London' });
    const t = 'UK sales were up 6.1 per cent, according to the European Automobile Manufacturer Association.';
    expect(after(t, 'according to')?.name).toBe('European Automobile Manufacturer Association');
  });

  it('keeps the particles of a name ("Ursula von der Leyen", "Laurence des Cars")', () => {
    // News pages of ../shared/corpus/pubdates: shown as "Leyen" and "Cars".
    expect(before('Recently, Ursula von der Leyen stated that the goal is a 55% cut', 'stated')?.name).toBe('Ursula von der Leyen');
    expect(after('said Laurence des Cars, the museum’s president and director.', 'said')?.name).toBe('Laurence des Cars');
  });
});
