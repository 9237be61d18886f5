// A `deck` command spawned and its page opened as soon as it prints a URL: how long until a text shows, and the
// server's CPU time (user + system, from /proc: the figure the machine's load moves least) when it listened and then.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

/**
 * In the page, every frame: the text of the current slide's first heading, first seen when (epoch ms), kept in
 * sessionStorage so a reload does not lose it; and when slide 1's title (or the static one) first showed.
 */
const WATCH = `
  (() => {
    const seen = JSON.parse(sessionStorage.getItem('bench-seen') || '{}');
    sessionStorage.setItem('bench-loads', String(Number(sessionStorage.getItem('bench-loads') || 0) + 1));
    const check = () => {
      const heading = document.querySelector('[data-deck] .slide-current h1, [data-deck] .slide-current h2, #title');
      const text = heading && heading.getBoundingClientRect().height > 0 ? heading.textContent : '';
      // A frame where the deck shows its slide without a title: a swap that blanked the slide while its module loaded.
      if (!text && document.querySelector('[data-deck]')) sessionStorage.setItem('bench-blank', String(Number(sessionStorage.getItem('bench-blank') || 0) + 1));
      if (text && !(text in seen)) {
        seen[text] = performance.timeOrigin + performance.now();
        sessionStorage.setItem('bench-seen', JSON.stringify(seen));
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;

/** Clock ticks per second of /proc's CPU times (Linux's USER_HZ). */
const TICKS_PER_SECOND = 100;

/** A process's CPU time so far, in ms (NaN where /proc is not there). */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** Resolves with the time (epoch ms) `text` was first seen in the page. */
export async function waitSeen(page, text, timeout = 30_000) {
  const handle = await page.waitForFunction((wanted) => JSON.parse(sessionStorage.getItem('bench-seen') || '{}')[wanted], text, { timeout, polling: 50 });
  return handle.jsonValue();
}

/**
 * Spawns `node bin/deck.mjs <commandArgs> --port <port>` in `cwd`, opens its URL as soon as it prints one, and
 * resolves when `text` first shows: seconds from the spawn to the URL and to the text, the server's CPU ms at both.
 */
export async function startAndShow(browser, { cwd = '.', commandArgs, port, text }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  const spawned = Date.now();
  const child = spawn(process.execPath, ['bin/deck.mjs', ...commandArgs, '--port', String(port)], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const look = (chunk) => {
      output += chunk;
      const found = /http:\/\/(?:localhost|127\.0\.0\.1):\d+\/\S*/.exec(stripVTControlCharacters(output));
      if (found) resolve(found[0]);
    };
    child.stdout.on('data', look);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', () => reject(new Error(`deck ${commandArgs[0]} exited:\n${output}`)));
  });
  const listening = Date.now();
  const cpuListening = cpuMs(child.pid);
  // Not waiting for the load event, which comes after every module: the CPU time is read when the text shows.
  await page.goto(url, { waitUntil: 'commit' });
  const shownAt = await waitSeen(page, text);
  const cpuShown = cpuMs(child.pid);
  return { page, context, child, seconds: (shownAt - spawned) / 1000, listening: (listening - spawned) / 1000, cpuListening, cpuShown };
}

/** Closes the page and stops the server. */
export async function stop({ context, child }) {
  await context.close();
  child.kill();
  await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
}
