// Headless Debian Chromium for scripted checks (host sites, the packed package, the benchmark).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, requireChromium } from '../chromium.mjs';

export function launchChromium(extraArgs = []) {
  return puppeteer.launch({
    executablePath: requireChromium(),
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'ww-chromium-')),
    args: [...chromiumArgs, '--lang=en-US', ...extraArgs],
  });
}

/**
 * The rendered text of every workshop element on the page, shadow roots included, keyed by tag; waits
 * until none is still loading. Page errors are collected so a check can fail on them.
 */
export async function renderedWidgets(page, tags, timeout = 15000) {
  await page.waitForFunction(
    (names) =>
      names.every((tag) => {
        const elements = document.querySelectorAll(tag);
        return elements.length > 0 && [...elements].every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[part=loading]') && el.shadowRoot.textContent.trim() !== '');
      }),
    { timeout, polling: 100 },
    tags,
  );
  return page.evaluate(
    (names) => Object.fromEntries(names.map((tag) => [tag, [...document.querySelectorAll(tag)].map((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim())])),
    tags,
  );
}
