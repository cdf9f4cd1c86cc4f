// Speech and writing cues. A closed list instead of a part-of-speech tagger:
// no tagger small enough for a content script knows which verbs report
// speech, and news writing uses a few dozen of them over and over.

/** Verbs that introduce a direct quote next to it ("…," she said / said: "…"). */
const QUOTE_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks',
  'stated', 'states', 'announced', 'explained', 'explains', 'noted', 'notes', 'argued', 'argues',
  'claimed', 'claims', 'warned', 'warns', 'tweeted', 'tweets', 'insisted', 'insists', 'continued',
  'continues', 'replied', 'replies', 'responded', 'responds', 'recalled', 'recalls', 'acknowledged',
  'admitted', 'admits', 'declared', 'declares', 'suggested', 'suggests', 'predicted', 'remarked',
  'quipped', 'joked', 'jokes', 'observed', 'conceded', 'countered', 'complained', 'concluded',
  'emphasized', 'stressed', 'posted', 'texted', 'emailed', 'shouted', 'yelled', 'exclaimed',
  'boasted', 'confirmed', 'promised', 'vowed', 'pledged', 'agreed', 'cautioned', 'chimed',
  'mused', 'offered', 'opined', 'reasoned', 'recounted', 'reiterated', 'reminded', 'snapped',
  'scoffed', 'thundered', 'testified', 'wondered', 'lamented', 'griped', 'charged', 'declined',
  'began', 'went on', 'shot back', 'fired back', 'pointed out', 'summed up', 'put it', 'adding',
  'saying', 'telling', 'noting', 'asking', 'arguing', 'explaining', 'writing', 'tweeting',
  'fumed', 'boomed', 'reported', 'reports', 'wrote', 'joked', 'cracked', 'quipped', 'sighed', 'laughed',
  'marveled', 'gushed', 'raged', 'ranted', 'bragged', 'whispered', 'hollered', 'screamed', 'cried',
  'announces', 'declared', 'proclaimed', 'proclaims', 'demanded', 'pleaded', 'implored', 'conceded',
  'acknowledges', 'insists', 'observes', 'recounts', 'reflects', 'reflected', 'mused', 'muses', 'adding',
  'chanting', 'chanted', 'chant', 'shouting', 'yelling', 'screaming', 'sings', 'sang', 'reads', 'read',
  'write', 'urged', 'questioned', 'asserted', 'remembered', 'mocks', 'mocked', 'beamed', 'confessed', 'interjected', 'retorted', 'started', 'finished', 'responded', 'echoed', 'tweeted',
  'answered', 'answers', 'responds', 'points out', 'point out', 'cautions', 'elaborated', 'lectured', 'intoned', 'wrote back',
];

/** Verbs that introduce reported speech ("X said that …", "X told reporters …"). */
const REPORT_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'wrote', 'writes', 'stated',
  'announced', 'announces', 'explained', 'explains', 'noted', 'notes', 'argued', 'argues',
  'claimed', 'claims', 'claim', 'warned', 'warns', 'tweeted', 'tweets', 'insisted', 'insists',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'declared', 'suggested', 'suggests',
  'predicted', 'predicts', 'conceded', 'complained', 'confirmed', 'reported', 'reports',
  'argue', 'contended', 'contends', 'asserted', 'asserts', 'maintained', 'maintains', 'stressed',
  'emphasized', 'promised', 'promises', 'vowed', 'pledged', 'recalled', 'recalls', 'testified',
  'replied', 'responded', 'countered', 'agreed', 'estimated', 'estimates', 'speculated', 'indicated',
  'signaled', 'revealed', 'disclosed', 'alleged', 'alleges', 'charged', 'concluded', 'complains',
  'saying', 'adding', 'telling', 'noting', 'arguing', 'warning', 'claiming', 'insisting',
  'explaining', 'suggesting', 'writing', 'stating', 'acknowledging', 'predicting', 'declaring',
  'asked', 'asks', 'asking', 'note', 'emphasize', 'emphasizes', 'stress', 'insist', 'warn', 'contend', 'acknowledge', 'admit',
  'concede', 'tweet', 'write', 'recall', 'predict', 'suggest', 'agree', 'agree', 'announce',
  'announcing', 'promising', 'vowing', 'conceding', 'admitting', 'recalling', 'complaining',
  'asserting', 'contending', 'maintaining', 'tweeting', 'posting', 'confirming',
];

/** Verbs whose object is the listener ("told reporters"), not what was said. */
export const LISTENER_VERBS = new Set(['told', 'tells', 'tell', 'telling', 'warned', 'warns', 'reminded', 'assured', 'informed', 'promised', 'asked']);

const alt = (words: string[]) =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

/** Adverbs and auxiliaries that may stand between a speaker and the verb. */
export const AUX_WORD = String.raw`(?:has|have|had|also|later|then|previously|once|recently|repeatedly|reportedly|publicly|privately|earlier|again|often|frequently|would|will|has\s+also|had\s+also|has\s+long|flatly|simply|bluntly|quickly|subsequently|first|further|similarly|likewise|separately|initially|finally|only|even|still|always|never)`;
export const AUX = String.raw`(?:${AUX_WORD}\s+)*`;

export const QUOTE_VERB_RE = alt(QUOTE_VERBS);
export const REPORT_VERB_RE = alt(REPORT_VERBS);


/**
 * Verbs that as often take a plain object ("claimed the prize", "wrote the
 * introduction", "charged a fee") as a report; they count only with "that".
 */
export const NEEDS_THAT = new Set([
  'estimated', 'estimates', 'charged', 'maintained', 'maintains', 'maintaining', 'posted', 'posting',
  'disclosed', 'revealed', 'indicated', 'signaled', 'concluded',
]);
