import { describe, expect, it } from 'vitest';
import { articleLanguage, isEnglishText, nonEnglishLanguage } from './language.js';

const english = 'The official representative of the Russian Foreign Ministry said on Wednesday that the United States had not yet taken concrete steps to withdraw its troops from Syria, and that the coalition was still carrying out air strikes in the east of the country, where it operates without the consent of the government.';
const spanish = 'Abdullah Ocalan, el líder independentista kurdo, desembarcó en Italia en noviembre de 1998 y pidió asilo político. Arrastraba un pedido de captura de Turquía, donde era acusado por terrorismo. El ex comunista Massimo D’Alema, entonces primer ministro, no quiso entregarlo ni concederle el asilo.';
const french = 'Un troisième Français a été tué dans le tremblement de terre samedi au Népal, emporté par une avalanche, a déclaré jeudi le ministre des Affaires étrangères. Les autorités françaises sont toujours sans nouvelles de plusieurs ressortissants.';

describe('article language', () => {
  it('tells English prose from Spanish, French and Chinese', () => {
    expect(isEnglishText(english)).toBe(true);
    expect(isEnglishText(spanish)).toBe(false);
    expect(isEnglishText(french)).toBe(false);
    expect(isEnglishText('谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识的计算机。')).toBe(false);
  });

  it('trusts what the page declares, and reads the text only when it declares nothing', () => {
    expect(nonEnglishLanguage('en-us', spanish)).toBeNull();
    expect(nonEnglishLanguage('fr', english)).toBe('fr');
    expect(nonEnglishLanguage(null, spanish)).toBe('und');
    expect(nonEnglishLanguage(null, english)).toBeNull();
    expect(nonEnglishLanguage(null, 'Short note.')).toBeNull();
  });

  it('tells French and German by their text, even against a wrong declaration, and keeps the declaration otherwise', () => {
    const german = 'Die Bundesregierung hat am Montag angekündigt, dass die Grenzen zu Frankreich wieder geöffnet werden. Das ist für die Menschen in der Region eine gute Nachricht, sagte der Bürgermeister, und auch die Händler sind froh.';
    expect(articleLanguage('en', french)).toBe('fr');
    expect(articleLanguage(null, german)).toBe('de');
    expect(articleLanguage('fr', english)).toBe('en');
    expect(articleLanguage('es', spanish)).toBe('es');
    expect(articleLanguage(null, spanish)).toBe('und');
    expect(articleLanguage('de-DE', 'Kurz.')).toBe('de');
  });
});
