// The analysis WhoSaid produces for one page. The CLI prints it as JSON (one
// object per input file) and evaluation scripts read it, so these field names
// are a contract: add fields freely, never rename or drop one.

/** A span of the article text; `start`/`end` are UTF-16 offsets into `Analysis.text`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export type RemovalKind = 'ad' | 'prompt' | 'cookie-banner';

/** A piece of page clutter (ad, newsletter or subscription prompt, cookie banner) that WhoSaid hides. */
export interface Removal {
  kind: RemovalKind;
  text: string;
  /** A CSS selector that finds the element in the original page. */
  selector: string;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface SpeakerMention {
  /** The person (or unresolved description) the mention refers to. */
  name: string;
  mention: TextSpan;
  /** No words near the quote name its speaker: it is given to the article's main speaker (French and German), and `mention` is empty, at the quote's start. */
  inferred?: true;
}

/** What was said: the content span, without cue or speaker. */
export interface Quote extends TextSpan {
  kind: QuoteKind;
  /** The speech verb or phrase introducing it ("said", "told", "according to"), or null. */
  cue: string | null;
  cueSpan?: TextSpan | null;
  speaker: SpeakerMention | null;
  /**
   * Statement number, in reading order: a quotation interrupted by its attribution ("A," she said. "B.")
   * is two quotes, the words inside each pair of marks, sharing one statement number.
   */
  statement: number;
}

export interface Speaker {
  name: string;
  /** The role the article gives the speaker ("official representative of the Russian Foreign Ministry"), or null. */
  role: string | null;
  /** Indexes into `Analysis.quotes`. */
  quotes: number[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends TextSpan {
  type: TimexType;
  /** TIMEX3 value: 2019-01-23, 2018-12, 2019-W02, P2W, PAST_REF, XXXX-12-25 … */
  value: string;
}

/** Where relative dates were anchored: the page's publication date, the --published option, or nothing (no date known). */
export type AnchorSource = 'published' | 'option' | 'none';

export interface Analysis {
  file?: string;
  isArticle: boolean;
  title: string | null;
  byline: string | null;
  /** Publication date, YYYY-MM-DD, or null when the page states none. */
  published: string | null;
  /** Where the publication date was found: "option" (--published), the page's source of it ("JSON-LD", "meta", "markup", "time", "address", "date line", "date element", "updated line", "generic meta", "first date after headline", "page text", "modified"), or null. */
  publishedFrom: string | null;
  /** Where relative dates were anchored: "published" (the page's own date), "option" (--published) or "none" (no date known: relative dates keep X for what they would take from it, "XXXX-12"). */
  anchor: AnchorSource;
  /** The date relative expressions were resolved against, YYYY-MM-DD; null when anchor is "none". */
  anchorDate: string | null;
  /** The article body as plain text; every offset points into it. */
  text: string;
  removed: Removal[];
  quotes: Quote[];
  speakers: Speaker[];
  dates: DateMention[];
  /** Things the reader should know about this result (a text too long to analyse whole). */
  warnings: string[];
  /**
   * The article's language when the quote engine does not read it ("fr", "de", or "und" when the text is not
   * English but its language is not declared): its quotes then have no speakers. Null for English articles.
   */
  unreadLanguage: string | null;
}
