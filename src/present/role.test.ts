import { describe, expect, it } from 'vitest';
import { shownRole } from './role.js';

describe('shownRole', () => {
  it('leaves out a role that only repeats the name', () => {
    expect(shownRole({ name: 'a senior administration official', role: 'senior administration official' })).toBeNull();
    expect(shownRole({ name: 'Police', role: 'Police' })).toBeNull();
    expect(shownRole({ name: 'une source du Quai d’Orsay', role: 'source du Quai d’Orsay' })).toBeNull();
    expect(shownRole({ name: 'ein Mitarbeiter des Innenministeriums', role: 'Mitarbeiter des Innenministeriums' })).toBeNull();
    expect(shownRole({ name: 'l’élu', role: 'élu' })).toBeNull();
  });

  it('shows a role that says more than the name', () => {
    expect(shownRole({ name: 'Martin Indyk', role: 'executive vice president of the Brookings Institution' })).toBe('executive vice president of the Brookings Institution');
    expect(shownRole({ name: 'one close associate', role: null })).toBeNull();
  });
});
