// The few extension APIs the content script uses, typed here and taken from
// the browser directly rather than through webextension-polyfill, which would
// be 10 KB of a bundle that runs on every page. Firefox's `browser` and
// Chrome's MV3 `chrome` both return promises from sendMessage and storage
// reads; they differ in replying to a message (Chrome ignores a promise
// returned by the listener), so replies go through sendResponse, which both take.

type MessageListener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => true | undefined;

export interface ContentScriptApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: MessageListener): void };
  };
  i18n: { getMessage(name: string, substitutions?: string | string[]): string };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
  };
}

type Globals = { browser?: ContentScriptApi; chrome: ContentScriptApi };

export const extension: ContentScriptApi = (globalThis as unknown as Globals).browser ?? (globalThis as unknown as Globals).chrome;
