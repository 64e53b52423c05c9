// Drive Firefox ESR over WebDriver BiDi (puppeteer-core, from extension/node_modules): install
// the extension as a temporary add-on, point it at the API, open a page and the extension's
// popup for that page's tab, and print what the popup rendered as JSON on stdout.
//   node firefox.mjs <extension dir> <api url> <page url> <profile dir>
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

const [extensionDir, apiUrl, pageUrl, profileDir] = process.argv.slice(2);
const require = createRequire(join(extensionDir, 'package.json'));
const { default: puppeteer } = await import(require.resolve('puppeteer-core'));
const manifest = require('./manifest.json');
const geckoId = manifest.browser_specific_settings.gecko.id;
// Firefox gives each install a random moz-extension host; fixing it here lets the test open
// the extension's pages by URL (a page on the web never learns it)
const host = randomUUID();

const options = {
  browser: 'firefox',
  executablePath: process.env.WAL_FIREFOX || '/usr/bin/firefox-esr',
  headless: true,
  userDataDir: profileDir,
  extraPrefsFirefox: {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: host }),
  },
  // BiDi opens extension pages (moz-extension:) only with system access allowed
  args: ['--remote-allow-system-access'],
  protocolTimeout: 120000,
  timeout: 90000, // start-up (30 s by default)
};
// A cold Firefox on a busy machine sometimes misses puppeteer's start-up window: one more try
// (a launch, not an assertion, is retried).
async function launch() {
  try {
    return await puppeteer.launch(options);
  } catch (error) {
    process.stderr.write(`first launch failed: ${error}\n`);
    return puppeteer.launch(options);
  }
}
let browser;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A page of the extension in a new tab. Firefox loads moz-extension: pages in the extension's
 * process, and puppeteer loses track of the navigation (it waits for ever): wait for the
 * document instead.
 */
async function extensionPage(url, viewport) {
  const page = await browser.newPage();
  if (viewport) await page.setViewport(viewport);
  page.goto(url).catch(() => {});
  for (let i = 0; i < 300; i += 1) {
    const ready = await page.evaluate(() => [location.href, document.readyState]).catch(() => null);
    if (ready && ready[0] === url && ready[1] === 'complete') return page;
    await sleep(100);
  }
  throw new Error(`${url} did not load`);
}

const out = {};
try {
  out.step = 'launch';
  browser = await launch();
  out.version = await browser.version();
  out.id = await browser.installExtension(extensionDir);
  out.step = 'options';
  const base = `moz-extension://${host}`;
  const options = await extensionPage(`${base}/src/options/options.html`);
  await options.evaluate((api) => chrome.storage.local.set({ apiBaseUrl: api }), apiUrl);
  out.step = 'page';
  const page = await browser.newPage();
  await page.goto(pageUrl);
  const tabId = await options.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, pageUrl);
  out.tabId = tabId;
  out.step = 'popup';
  const popup = await extensionPage(`${base}/src/popup/popup.html?tab=${tabId}`, { width: 400, height: 600 });
  await popup.waitForSelector('body[data-state]:not([data-state=loading])', { timeout: 90000 });
  out.popup = await popup.evaluate(() => {
    const text = (selector) => Array.from(document.querySelectorAll(selector)).map((e) => e.textContent.trim());
    const visible = (e) => { const r = e.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; };
    return {
      state: document.body.dataset.state,
      verdict: text('.verdict')[0] || null,
      score: text('.head .score')[0] || null,
      title: text('h2.what')[0] || null,
      reasons: text('.top li'),
      reasonsInView: Array.from(document.querySelectorAll('.top li')).filter(visible).length,
      message: text('.message')[0] || null,
    };
  });
} catch (error) {
  out.error = String(error && error.stack || error);
} finally {
  if (browser) await browser.close().catch(() => {});
}
process.stdout.write(`${JSON.stringify(out)}\n`);
