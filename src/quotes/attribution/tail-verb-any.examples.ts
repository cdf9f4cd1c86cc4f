// Real sentences the tail-verb-any strategy (tail-verb-any.ts) must attribute, and ones it must not: run by strategies.test.ts,
// kept beside the rule and out of the content script's bundle.

import type { StrategyExamples } from './strategy.js';

export const tailVerbAnyExamples: StrategyExamples = {
  examples: [
    {
      text: "''Not only are they supporting Clinton, but they have been extremely critical of Bernie Sanders,'' Mr. Longabaugh said. ''That doesn't seem like the right way to go if we want to have a convention that is evenhanded.''",
      quote: 'Not only',
      speaker: 'Longabaugh',
    },
    {
      text: '"I have been warning throughout this campaign that North Korea is run by a lunatic," the Florida senator and Republican presidential candidate said in a statement.',
      quote: 'lunatic',
      speaker: 'the Florida senator and Republican presidential candidate',
    },
    {
      text: '"Sanders is himself filled with resentment, on edge, feeling like he gets no respect," Edward-Isaac Dovere and Gabriel Debenedetti wrote.',
      quote: 'resentment',
      speaker: 'Edward-Isaac Dovere and Gabriel Debenedetti',
    },
    {
      text: '“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as confetti fluttered.',
      quote: 'successful conventions',
      speaker: 'Bill Eastland',
    },
    {
      text: "''She'd look at me and say, 'What did he mean by that?''' Mr. Biden said, clutching the lectern with two hands.",
      quote: 'look at me',
      speaker: 'Biden',
    },
  ],
  counterExamples: [
    {
      text: 'Melania Trump tells Trump supporters that “he loves you.” She says they are going ahead to the next contest in Nevada and will see what happens.',
      quote: 'loves you',
    },
  ],
};
