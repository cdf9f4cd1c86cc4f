// The chrono instance WhoSaid tags with: chrono's casual English parsers for
// calendar dates, weekdays and clock times, plus our grammar rules as custom
// parsers, so that chrono's overlap removal picks the longest span among all
// of them. Our rules are placed first: on equal spans, ours win (chrono's
// instant-valued reading of "last week" is the wrong TIMEX3 granularity).
// Only the English locale: the whole package would add every language to the content script.
import * as chrono from 'chrono-node/en';
import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { Rule } from './rule.js';
import { looksLikeTitle, trimChronoSpan } from './spans.js';

export interface RuleHit {
  rule: Rule;
  match: RegExpExecArray;
  /** Where the rule matched in the parsed chunk (chrono's refiners may move the result). */
  index: number;
}

/** Which rule produced a chrono result (results created by chrono's own parsers are absent). */
export const ruleHits = new WeakMap<object, RuleHit>();

function ruleParser(rule: Rule): chrono.Parser {
  return {
    pattern: () => rule.pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const index = match.index ?? 0;
      if (index > 0 && /[A-Za-z0-9]/.test(context.text[index - 1]!)) return null;
      const m = match as RegExpExecArray;
      if (looksLikeTitle(match[0])) return null;
      if (rule.accept && !rule.accept(m, context.text, index)) return null;
      // Year and hour certain, day not: no chrono refiner merges such a
      // result with its neighbours (weekday + date, date + time, date + year).
      const result = context.createParsingResult(index, match[0], { year: context.refDate.getFullYear(), hour: 12 });
      result.addTag(`whosaid/${rule.name}`);
      ruleHits.set(result, { rule, match: m, index });
      return result;
    },
  };
}

const overlaps = (a: ParsingResult, b: ParsingResult): boolean =>
  a.index < b.index + b.text.length && b.index < a.index + a.text.length;

/**
 * Runs before chrono's overlap removal: strips chrono's prepositions so that
 * "for two weeks" (chrono) and "two weeks" (ours) compete as equals.
 */
const trimRefiner: chrono.Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (ruleHits.has(r)) {
        // "Eight trading days after Oct. 12": TIMEX3 tags the duration and the
        // date apart, so chrono's relative-date merger must not see the signal
        // word (it would merge them, or throw on a duration it cannot parse).
        r.text = r.text.replace(/\s+(?:before|after|since|from)$/i, '');
        continue;
      }
      const span = trimChronoSpan(context.text, { start: r.index, end: r.index + r.text.length });
      r.index = span.start;
      r.text = context.text.slice(span.start, span.end);
    }
    // Our duration and relative-date rules cover chrono's relative readings
    // ("in just a few minutes", "in the day") with TIMEX3 spans and values.
    const hits = results.filter((r) => ruleHits.has(r));
    const kept = results.filter(
      (r) => r.text.length > 0 && (ruleHits.has(r) || !r.tags().has('result/relativeDate') || !hits.some((h) => overlaps(h, r))),
    );
    return kept.sort((a, b) => a.index - b.index || Number(ruleHits.has(b)) - Number(ruleHits.has(a)) || b.text.length - a.text.length);
  },
};

/**
 * Chrono's filters drop results that are only digits ("1984") or carry no
 * real date; our rule hits are validated by their own rules, so a hit may
 * only be lost to a competing span that overlaps it.
 */
function protectRuleHits(refiner: chrono.Refiner): chrono.Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      let out: ParsingResult[];
      try {
        out = refiner.refine(context, results);
      } catch {
        // A refiner that trips over unusual text must not cost the article its other dates.
        return results;
      }
      const kept = new Set(out);
      const lost = results.filter((r) => ruleHits.has(r) && !kept.has(r) && !out.some((o) => overlaps(o, r)));
      return lost.length ? [...out, ...lost].sort((a, b) => a.index - b.index) : out;
    },
  };
}

/**
 * TIMEX3 tags both ends of "from 1990 to 1995" separately; chrono's range
 * refiner would merge them. It is recognised by what it merges across (the
 * extension bundle is minified, so its class name cannot be relied on).
 */
function isRangeMerger(refiner: chrono.Refiner): boolean {
  const between = (refiner as { patternBetween?: () => unknown }).patternBetween;
  if (typeof between !== 'function') return false;
  const pattern = between.call(refiner);
  return pattern instanceof RegExp && pattern.test(' through ');
}

export function buildTagger(rules: Rule[]): chrono.Chrono {
  const tagger = chrono.casual.clone();
  tagger.refiners = tagger.refiners.filter((r) => !isRangeMerger(r)).map(protectRuleHits);
  tagger.parsers.unshift(...rules.map(ruleParser));
  tagger.refiners.unshift(trimRefiner);
  return tagger;
}
