// Export: the same JSON the CLI prints (so a researcher gets one format from
// the browser and the command line), and Markdown for notes.
import { analysisToMarkdown } from '../src/present/markdown.js';
import type { Analysis } from '../src/types.js';

export async function copyMarkdown(analysis: Analysis, url: string): Promise<void> {
  await navigator.clipboard.writeText(analysisToMarkdown(analysis, url));
}

export function downloadJson(analysis: Analysis, url: string): void {
  const blob = new Blob([`${JSON.stringify({ ...analysis, file: url }, null, 2)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `whosaid-${new URL(url).hostname || 'page'}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
