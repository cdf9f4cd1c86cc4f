// The determiners that open a description in French and German ("le ministre", "die Sprecherin"), apart
// from the rest of the lexicons so that the popup and the reading view, which strip them from a shown role
// (src/present/role.ts), do not bundle the whole speech lexicons.

const words = (s: string) => s.trim().split(/\s+/);

export const FRENCH_DETERMINERS = words('le la l’ l\' les un une des ce cette son sa ses leur leurs plusieurs certains certaines quelques deux trois');
export const GERMAN_DETERMINERS = words('der die das den dem des ein eine einer einem eines sein seine ihr ihre unser unsere einige viele manche mehrere beide zwei drei');
