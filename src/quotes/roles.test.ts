// Roles from the real pages of ../shared/corpus/quotes-pages: each rule with the sentences it must read and
// the ones it must refuse.
import { describe, expect, it } from 'vitest';
import { descriptionRole, isRole, roleInArticle } from './roles.js';

describe('what reads as a role', () => {
  it.each(['deputy director of the National Center for Disaster Preparedness', 'a transportation expert and professor at DePaul University', 'SEIU spokesman', 'leading expert on housing', 'the second ranking Democrat in the House'])(
    '"%s" is a role',
    (phrase) => expect(isRole(phrase)).toBe(true),
  );

  it.each(['looking around the half-finished space', 'speaking Italian', 'Chicago', 'Only when his chief strategist', 'said the official', 'double the number in 2017', 'first', 'former'])(
    '"%s" is not a role',
    (phrase) => expect(isRole(phrase)).toBe(false),
  );
});

describe('the role the article gives a person', () => {
  it('reads an appositive where the person is introduced, not only at the quote', () => {
    const text =
      'The results, according to Jeff Schlegelmilch, deputy director of the National Center for Disaster Preparedness, were mixed.\n\n"It is all over the map," Schlegelmilch said.';
    expect(roleInArticle(text, 'Jeff Schlegelmilch', 'Schlegelmilch', null)).toBe('deputy director of the National Center for Disaster Preparedness');
  });

  it('skips an age before the appositive, and reads a "who is" clause', () => {
    expect(roleInArticle('said Diego Jeronimo, 36, the owner of a store near the scene.', 'Diego Jeronimo', 'Jeronimo', null)).toBe('owner of a store near the scene');
    expect(roleInArticle('said John David Wicker, who is SDSU’s director of athletics.', 'John David Wicker', 'Wicker', null)).toBe('SDSU’s director of athletics');
  });

  it('reads a title before the name, with its organisation after it', () => {
    expect(roleInArticle('It began when school board President Steve Zimmer received the email.', 'Steve Zimmer', 'Zimmer', null)).toBe('school board President');
    expect(roleInArticle('On Thanksgiving, Morton County sheriff Kyle Kirchmeier released a statement.', 'Kyle Kirchmeier', 'Kirchmeier', null)).toBe('Morton County sheriff');
    expect(roleInArticle('Capt. James Sarnicki of the Linden Police Department told reporters.', 'James Sarnicki', 'Sarnicki', 'Capt')).toBe('Capt., Linden Police Department');
  });

  it('prefers an appositive to a title read at the attribution', () => {
    const text = '"This raises concerns," said Rep. Steny H. Hoyer, Md., the second ranking Democrat in the House.';
    expect(roleInArticle(text, 'Steny H. Hoyer', 'Hoyer', 'Rep')).toBe('second ranking Democrat in the House');
  });

  it('takes no verb phrase, name list or verb before a title for a role', () => {
    expect(roleInArticle('"I don\'t think so," said Nathan Pensler, looking around the half-finished space.', 'Nathan Pensler', 'Pensler', null)).toBeNull();
    expect(roleInArticle('The call included Zimmer, King, Zipperman and others.', 'Steve Zimmer', 'Zimmer', null)).toBeNull();
    expect(roleInArticle('Guests at the Oval Office include President Barack Obama.', 'Barack Obama', 'Obama', null)).toBe('President');
  });

  it('gives an unnamed source its description as its role', () => {
    expect(descriptionRole('a spokeswoman for the Service Employees International Union')).toBe('spokeswoman for the Service Employees International Union');
    expect(descriptionRole('one close associate')).toBe('close associate');
    expect(descriptionRole('the report')).toBeNull();
  });

  it('stops a title before a name at a verb ("decided to send Captain William Hobson")', () => {
    // wikipedia-2 of ../shared/corpus/pages: the role read was "send Captain".
    const text = 'The British Government decided to send Captain William Hobson to New Zealand.\n\n"We have come in peace," Hobson said.';
    expect(roleInArticle(text, 'William Hobson', 'Hobson', null)).toBe('Captain');
  });
});
