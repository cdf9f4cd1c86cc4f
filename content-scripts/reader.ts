// The reading view's bundle (reader.js): run in the page's isolated world by
// the background the first time the reader opens the view, it registers the
// view for the content script (reader-hook.ts).

import { extension } from './extension-api.js';
import { registerReadingView } from './reader-hook.js';
import { createReadingView } from './reading-view.js';

registerReadingView(createReadingView(extension, document));
