// What the scenarios need from a browser, so the same scenarios run in
// Chromium (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi).

/** A document the tests read and click in: the article tab, or the popup. */
export interface Surface {
  /** Runs `fn` in the document; `arg` and the result cross as JSON. */
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** A real (input-event) click on the first `selector` element whose text contains `text`. */
  click(selector: string, text?: string): Promise<void>;
  // Optional extras (a driver that cannot do one leaves it out, and the scenarios needing it are skipped):
  /** Runs a classic script's source in the document, past the page's CSP (extension pages forbid eval and inline scripts). */
  runScript?(source: string): Promise<void>;
  /** Raises this document's tab and window, so that it gets focus events (a background window gets none). */
  bringToFront?(): Promise<void>;
  /** Presses a key as the keyboard would ("Tab", "Enter"), in the focused element of this document. */
  press?(key: string): Promise<void>;
  /** Makes the document match `prefers-color-scheme: <scheme>`. */
  setColorScheme?(scheme: ColorScheme): Promise<void>;
  /** Reads the system clipboard's text. */
  readClipboard?(): Promise<string>;
  /** Saves a PNG of what the viewport shows. */
  screenshot?(path: string): Promise<void>;
}

export type ColorScheme = 'light' | 'dark';

/** One running browser with the extension installed, on a fresh profile. */
export interface BrowserSession {
  openPage(url: string): Promise<Surface>;
  /** The popup as a page of its own, reporting on the tab at `forUrl` (popup.html?for=…). */
  openPopup(forUrl: string): Promise<Surface>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

export interface Driver {
  name: string;
  executable: string;
  /** `origin` is the test server's, where the extension is allowed to run. */
  launch(origin: string): Promise<BrowserSession>;
}

/** Polls `read` until `done` holds; page state changes asynchronously (idle callbacks, smooth scrolling). */
export async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}
