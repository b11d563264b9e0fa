// The demo's pages are plain HTML on purpose (a course site can copy one whole), so each repeats
// its head and its navigation: this keeps those copies from drifting apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const DEMO = new URL('../../demo/', import.meta.url);
const pages = readdirSync(DEMO).filter((file) => file.endsWith('.html')).sort();
const html = (page: string) => readFileSync(new URL(page, DEMO), 'utf8');
/** The navigation's links, in order. */
function navOf(page: string): { href: string; text: string; current: boolean }[] {
  const nav = html(page).match(/<nav aria-label="Demo pages">([\s\S]*?)<\/nav>/)?.[1] ?? '';
  return [...nav.matchAll(/<a href="([^"]+)"( aria-current="page")?>([^<]+)<\/a>/g)]
    .map(([, href = '', current, text = '']) => ({ href, text, current: Boolean(current) }));
}
const fileOf = (href: string) => (href === './' ? 'index.html' : href);

test('every demo page links every demo page, in the same order, and marks itself as the current one', () => {
  const order = navOf('index.html').map(({ href, text }) => ({ href, text }));
  assert.deepEqual(order.map(({ href }) => fileOf(href)).sort(), pages, 'the navigation lists each page once');
  for (const page of pages) {
    const nav = navOf(page);
    assert.deepEqual(nav.map(({ href, text }) => ({ href, text })), order, `${page}: the same links as the practice page`);
    assert.deepEqual(nav.filter(({ current }) => current).map(({ href }) => fileOf(href)), [page], `${page}: marked as the current page`);
  }
});

test('every demo page has the favicon (a browser otherwise asks the server for /favicon.ico)', () => {
  for (const page of pages) assert.match(html(page), /<link rel="icon" href="favicon\.svg" type="image\/svg\+xml">/, page);
});
