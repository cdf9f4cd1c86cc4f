// Every strategy's examples by strategy name, for strategies.test.ts (tests only: no rule imports this).

import type { StrategyExamples } from './strategy.js';
import { accordingToLeadExamples } from './according-to-lead.examples.js';
import { accordingToTailExamples } from './according-to-tail.examples.js';
import { calledItExamples } from './called-it.examples.js';
import { colonHeadExamples } from './colon-head.examples.js';
import { colonParagraphExamples } from './colon-paragraph.examples.js';
import { colonSubjectExamples } from './colon-subject.examples.js';
import { invertedLeadExamples } from './inverted-lead.examples.js';
import { laterInversionExamples } from './later-inversion.examples.js';
import { leadVerbExamples } from './lead-verb.examples.js';
import { previousSentenceExamples } from './previous-sentence.examples.js';
import { signatureExamples } from './signature.examples.js';
import { tailVerbAnyExamples } from './tail-verb-any.examples.js';
import { tailVerbFirstExamples } from './tail-verb-first.examples.js';
import { unlistedTailVerbExamples } from './unlisted-tail-verb.examples.js';

export const EXAMPLES: Record<string, StrategyExamples> = {
  'according-to-lead': accordingToLeadExamples,
  'according-to-tail': accordingToTailExamples,
  'called-it': calledItExamples,
  'colon-head': colonHeadExamples,
  'colon-paragraph': colonParagraphExamples,
  'colon-subject': colonSubjectExamples,
  'inverted-lead': invertedLeadExamples,
  'later-inversion': laterInversionExamples,
  'lead-verb': leadVerbExamples,
  'previous-sentence': previousSentenceExamples,
  'signature': signatureExamples,
  'tail-verb-any': tailVerbAnyExamples,
  'tail-verb-first': tailVerbFirstExamples,
  'unlisted-tail-verb': unlistedTailVerbExamples,
};
