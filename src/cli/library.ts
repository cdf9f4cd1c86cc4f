// What the evaluation and benchmark scripts import from dist/cli/library.mjs:
// the same analysis the CLI and the extension run.
export { analyzePage, analyzePlainText } from '../pipeline.js';
export { parseSavedPage } from './saved-page.js';
export { readMetadata } from '../page/metadata.js';
export { readShippedLists, hidingRulesOfSavedPage } from './filter-lists.js';
export { writeWarc, serializeResponse } from './warc-writer.js';
