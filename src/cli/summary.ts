// The readable (non-JSON) output of `whosaid analyze`.

import { shownRole } from '../present/role.js';
import { buildTimeline } from '../present/timeline.js';
import type { Analysis } from '../types.js';

const MAX_STATEMENT_CHARS = 160;

function shorten(text: string, limit = MAX_STATEMENT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}

export function formatSummary(analysis: Analysis): string {
  const lines: string[] = [];
  lines.push(`== ${analysis.file ?? 'page'}`);
  lines.push(`Title:     ${analysis.title ?? '(none found)'}`);
  const anchorNote = analysis.anchor === 'none' ? ' (no publication date found; relative dates left unresolved)' : '';
  lines.push(`Published: ${analysis.published ?? 'date unknown'}${analysis.publishedFrom && analysis.publishedFrom !== 'option' ? ` (from ${analysis.publishedFrom})` : ''}${anchorNote}`);
  if (!analysis.isArticle) {
    lines.push('Not an article: nothing to analyse (use --force to analyse it anyway).');
    return lines.join('\n');
  }
  lines.push(`Article:   ${analysis.text.split(/\s+/).filter(Boolean).length} words`);
  for (const warning of analysis.warnings) lines.push(`Note:      ${warning}`);

  lines.push('', `Removed (${analysis.removed.length}):`);
  for (const removal of analysis.removed) lines.push(`  [${removal.kind}] ${shorten(removal.text, 90) || '(empty slot)'}  — ${removal.selector}`);

  lines.push('', `Speakers (${analysis.speakers.length}):`);
  for (const speaker of analysis.speakers) {
    const role = shownRole(speaker);
    lines.push(`  ${speaker.name}${role ? ` — ${role}` : ''}`);
    for (const index of speaker.quotes) {
      const quote = analysis.quotes[index];
      if (!quote) continue;
      const label = quote.kind === 'indirect' ? 'reported' : quote.kind;
      lines.push(`    • (${label}, ${quote.cue ?? 'no cue'}) ${shorten(quote.text)}`);
    }
  }
  const unattributed = analysis.quotes.filter((quote) => quote.speaker === null);
  if (unattributed.length > 0) {
    lines.push(`  (no speaker found for ${unattributed.length} quote${unattributed.length === 1 ? '' : 's'})`);
  }

  const timeline = buildTimeline(analysis);
  lines.push('', `Dated claims (${timeline.length} of ${analysis.dates.length} time expressions):`);
  for (const entry of timeline) {
    const date = analysis.dates[entry.dateIndex]!;
    lines.push(`  ${date.value.padEnd(10)} ${entry.when} — "${entry.phrase}"${entry.speaker ? ` (${entry.speaker})` : ''}`);
  }
  const undated = analysis.dates.filter((date) => date.type !== 'DATE');
  if (undated.length > 0) lines.push(`  Other: ${undated.map((date) => `"${date.text}" ${date.type} ${date.value}`).join('; ')}`);
  return lines.join('\n');
}
