import { describe, expect, it } from 'vitest';
import manifest from '../manifest.json' with { type: 'json' };
import { COMMAND_REQUESTS, runCommand, type TabsApi } from './commands.js';

function fakeTabs(activeTab: number | null, failing = false) {
  const sent: [number, unknown][] = [];
  const tabs: TabsApi = {
    query: async () => (activeTab === null ? [] : [{ id: activeTab }]),
    sendMessage: async (tabId, message) => {
      sent.push([tabId, message]);
      if (failing) throw new Error('Could not establish connection. Receiving end does not exist.');
    },
  };
  return { tabs, sent };
}

describe('keyboard commands', () => {
  it('Alt+Shift+R asks the active tab to open or close the reading view', async () => {
    const { tabs, sent } = fakeTabs(7);
    expect(await runCommand(tabs, 'toggle-reader')).toBe(7);
    expect(sent).toEqual([[7, { type: 'whosaid:toggle-reader' }]]);
    expect(manifest.commands['toggle-reader'].suggested_key.default).toBe('Alt+Shift+R');
  });

  it('Alt+Shift+H still toggles the highlights', async () => {
    const { tabs, sent } = fakeTabs(3);
    await runCommand(tabs, 'toggle-highlights');
    expect(sent).toEqual([[3, { type: 'whosaid:toggle-marks' }]]);
  });

  it('every command of the table is in the manifest, and every manifest command but the popup’s is in the table', () => {
    const declared = Object.keys(manifest.commands).filter((name) => name !== '_execute_action').sort();
    expect(Object.keys(COMMAND_REQUESTS).sort()).toEqual(declared);
  });

  it('does nothing without an active tab or for an unknown command, and survives a tab without a content script', async () => {
    const none = fakeTabs(null);
    expect(await runCommand(none.tabs, 'toggle-reader')).toBeNull();
    expect(await runCommand(fakeTabs(1).tabs, 'no-such-command')).toBeNull();
    const failing = fakeTabs(5, true);
    expect(await runCommand(failing.tabs, 'toggle-reader')).toBe(5);
  });
});
