// "Copy as Markdown": who said what and when, for notes and fact-checks.

import type { Analysis } from '../types.js';
import { shownRole } from './role.js';
import { rankedSpeakers, statementsOf } from './statements.js';
import { buildTimeline } from './timeline.js';

/** Markdown treats these as syntax; page text must not turn into links, emphasis or HTML. */
function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_{}[\]()<>#+!|~])/g, '\\$1');
}

export function analysisToMarkdown(analysis: Analysis, url: string): string {
  const lines: string[] = [`# ${escapeMarkdown(analysis.title ?? 'Untitled page')}`, ''];
  lines.push(`- Source: <${encodeURI(url)}>`);
  // Said plainly when unknown: the reader of the export should not take relative dates for resolved ones.
  lines.push(`- Published: ${analysis.published ?? 'date unknown'}`);
  lines.push('', '## Who said what', '');
  if (analysis.speakers.length === 0) lines.push('_No quotes with a speaker found._');
  for (const { speaker } of rankedSpeakers(analysis)) {
    const role = shownRole(speaker);
    lines.push(`### ${escapeMarkdown(speaker.name)}${role ? ` — ${escapeMarkdown(role)}` : ''}`, '');
    for (const statement of statementsOf(analysis, speaker)) {
      lines.push(`- ${statement.kind === 'indirect' ? '(reported) ' : ''}${escapeMarkdown(statement.text)}`);
    }
    lines.push('');
  }
  const timeline = buildTimeline(analysis);
  lines.push('## When', '');
  if (timeline.length === 0) lines.push('_No dated claims found._');
  for (const entry of timeline) {
    lines.push(`- **${escapeMarkdown(entry.when)}** (“${escapeMarkdown(entry.phrase)}”${entry.speaker ? `, ${escapeMarkdown(entry.speaker)}` : ''}): ${escapeMarkdown(entry.claim)}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
