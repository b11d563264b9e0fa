// Screenshots of demo pages in headless Chromium, to look at what a learner sees:
//   node scripts/screenshot.mjs <url> <out.png> [width] [steps]
// MEDIA="forced-colors:active,prefers-color-scheme:dark" emulates media features; ZOOM=2 renders
// at 200% (the CSS viewport is width ÷ zoom, as browser zoom makes it).
// steps: comma-separated actions run in the shadow root of the page's first <cite-quiz> or
// <cite-quiz-builder> before the shot:
//   start | click:<css selector> | set:<css selector>=<value> (a field, as if typed) | scroll:<css selector> | key:<key> | wait:<ms>
// VIEWPORT=1 shoots the viewport only (900 px high), not the whole page: with scroll:, one part of a long page.
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChrome } from './chrome.mjs';

const [url, out, width = '1280', steps = ''] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  const zoom = Number(process.env.ZOOM ?? 1);
  await page.setViewport({ width: Math.round(Number(width) / zoom), height: Math.round(900 / zoom), deviceScaleFactor: zoom });
  const media = (process.env.MEDIA ?? '').split(',').filter(Boolean).map((feature) => {
    const [name, value] = feature.split(':');
    return { name, value };
  });
  // Through CDP directly: puppeteer's own helper refuses forced-colors.
  if (media.length) await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: media });
  page.on('console', (message) => console.log(`[page] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await page.goto(url, { waitUntil: 'networkidle0' });
  for (const step of steps.split(',').filter(Boolean)) {
    const [action, ...rest] = step.split(':');
    const arg = rest.join(':');
    if (action === 'wait') await new Promise((r) => setTimeout(r, Number(arg)));
    else if (action === 'key') await page.keyboard.press(arg);
    else if (action === 'set') {
      const [selector, value] = arg.split('=');
      await page.evaluate((s, v) => {
        const field = document.querySelector('cite-quiz, cite-quiz-builder').shadowRoot.querySelector(s);
        field.value = v;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        field.dispatchEvent(new Event('change', { bubbles: true }));
      }, selector, value);
      await new Promise((r) => setTimeout(r, 100));
    } else if (action === 'scroll') await page.evaluate((s) => document.querySelector('cite-quiz, cite-quiz-builder').shadowRoot.querySelector(s).scrollIntoView(), arg);
    else {
      const selector = action === 'start' ? 'button.primary' : arg;
      await page.evaluate((s) => document.querySelector('cite-quiz, cite-quiz-builder').shadowRoot.querySelector(s).click(), selector);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await page.screenshot({ path: out, fullPage: process.env.VIEWPORT !== '1' });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
