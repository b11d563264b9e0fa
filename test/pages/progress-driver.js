// What a browser test does in a tab opened on progress.html (through the tabs plugin's
// 'tab-eval'): press buttons by their text, choose answers, read text and the saved state.
const quiz = () => document.querySelector('cite-quiz');
const root = () => quiz().shadowRoot;
const fold = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function settled() {
  await customElements.whenDefined('cite-quiz');
  await quiz().updateComplete;
  await quiz().updateComplete;
}

window.driver = {
  /** Resolves once the quiz shows its start screen. */
  async ready() {
    await customElements.whenDefined('cite-quiz');
    for (let i = 0; i < 200 && !root()?.querySelector('#start-heading'); i++) await new Promise((r) => setTimeout(r, 25));
    await settled();
    return fold(root().querySelector('#start-heading'));
  },
  async click(label) {
    const target = [...root().querySelectorAll('button')].find((b) => fold(b) === label);
    if (!target) throw new Error(`no button "${label}" in: ${[...root().querySelectorAll('button')].map(fold).join(' | ')}`);
    target.click();
    await settled();
  },
  /** Clicks the radio or checkbox with this value. */
  async choose(value) {
    root().querySelector(`input[value="${value}"]`).click();
    await settled();
  },
  text(selector) {
    return fold(root().querySelector(selector));
  },
  state() {
    return quiz().getState();
  },
};
