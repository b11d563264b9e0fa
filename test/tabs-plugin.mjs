// A web-test-runner plugin that gives a browser test more pages ("tabs") in the same browser
// context as its own, so they share localStorage and hear each other's `storage` events, as a
// learner's two tabs do. From a test: executeServerCommand('tab-open', { name, path }), then
// 'tab-eval' { name, script } (an expression evaluated in that page; a promise is awaited;
// answers { value }),
// 'tab-reload' { name } (a real page reload) and 'tab-close' { name }.
export function tabsPlugin() {
  /** Open tabs by test session, then by name. */
  const tabs = new Map();
  const tabOf = (session, name) => {
    const tab = tabs.get(session.id)?.get(name);
    if (!tab) throw new Error(`no tab "${name}" is open`);
    return tab;
  };
  return {
    name: 'tabs',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('tab-')) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('tabs need the Chrome launcher');
      if (command === 'tab-open') {
        const page = session.browser.getPage(session.id);
        const tab = await page.browserContext().newPage();
        await tab.goto(new URL(payload.path, page.url()).href);
        // The test's own page stays in front, so its timers are not throttled as a background tab's.
        await page.bringToFront();
        if (!tabs.has(session.id)) tabs.set(session.id, new Map());
        tabs.get(session.id).set(payload.name, tab);
        return true;
      }
      // Wrapped: a command that returns undefined counts as not handled.
      if (command === 'tab-eval') return { value: await tabOf(session, payload.name).evaluate(payload.script) };
      if (command === 'tab-reload') {
        await tabOf(session, payload.name).reload();
        return true;
      }
      if (command === 'tab-close') {
        await tabOf(session, payload.name).close();
        tabs.get(session.id).delete(payload.name);
        return true;
      }
      return undefined;
    },
  };
}
