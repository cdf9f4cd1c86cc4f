// Names from the real pages of ../shared/corpus/quotes-pages and PolNeAR.
import { describe, expect, it } from 'vitest';
import { displayName, fullestName, isTitleOnly, nameTokens, samePerson, writesSurnameFirst } from './people.js';

describe('names', () => {
  it.each([
    ['Rep. Steny H. Hoyer', ['Steny', 'H.', 'Hoyer']],
    ['Capt. James Sarnicki', ['James', 'Sarnicki']],
    ['First Lady Michelle Obama', ['Michelle', 'Obama']],
    ['J. David Cox Sr.', ['J.', 'David', 'Cox']],
    ['Realtor Ghulam', ['Ghulam']],
  ])('"%s" is the name %j', (name, tokens) => {
    expect(nameTokens(name)).toEqual(tokens);
  });

  it('keeps a suffix in the name shown, and drops the title', () => {
    expect(displayName('Rep. J. David Cox Sr.')).toBe('J. David Cox Sr.');
  });

  it.each([
    ['Sarnicki', 'Capt. James Sarnicki'],
    ['Black Elk', 'Linda Black Elk'],
    ['De Iesu', 'Antonio De Iesu'],
    ['Robert M. Danin', 'Robert Danin'],
    ['J. Smith', 'John Smith'],
  ])('"%s" and "%s" can be one person', (a, b) => {
    expect(samePerson(a, b)).toBe(true);
  });

  it.each([
    ['Hillary Clinton', 'Bill Clinton'],
    ['George Bush Sr.', 'George Bush Jr.'],
    ['Shaun Cathcart', 'Shaun Ghulam'],
    ['Black Elk', 'Linda Elk'],
  ])('"%s" and "%s" are two people', (a, b) => {
    expect(samePerson(a, b)).toBe(false);
  });

  it('tells a title from a name', () => {
    expect(isTitleOnly('President-elect')).toBe(true);
    expect(isTitleOnly('the Sheriff')).toBe(true);
    expect(isTitleOnly('Rep. Hoyer')).toBe(false);
  });

  it('finds the fullest form of a name, without the words that open the sentence before it', () => {
    const text = 'Robert M. Danin, a senior fellow, spoke first. Though Danin said little, Danin left.';
    expect(fullestName(text, 'Danin')).toBe('Robert M. Danin');
    expect(fullestName('Though Trump won, Trump said nothing.', 'Trump')).toBe('Trump');
  });

  // nbc-korea-impeachment: the article writes Korean names family name first.
  const korea = 'A plan to impeach South Korean President Yoon Suk Yeol has failed. Yoon apologized on Saturday. ' +
    'Lee Jae-myung, leader of the opposition, said Yoon must go. Lee spoke to reporters. Trump Tower was quiet. Trump spoke. Donald Trump left.';

  it('knows a name written family name first by its first part standing alone and its last never', () => {
    expect(writesSurnameFirst(korea, 'Yoon Suk Yeol')).toBe(true);
    expect(writesSurnameFirst(korea, 'Lee Jae-myung')).toBe(true);
    expect(writesSurnameFirst(korea, 'Donald Trump')).toBe(false);
    expect(writesSurnameFirst(korea, 'Trump Tower')).toBe(false);
  });

  it('grows a family name written alone to the full name written family name first', () => {
    expect(fullestName(korea, 'Yoon')).toBe('Yoon Suk Yeol');
    expect(fullestName(korea, 'Lee')).toBe('Lee Jae-myung');
    expect(fullestName(korea, 'Trump')).toBe('Donald Trump');
    expect(fullestName('Trump Tower was quiet. Trump spoke.', 'Trump')).toBe('Trump');
  });
});
