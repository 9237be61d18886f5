// Main-thread CPU before first paint: the renderer's thread time (not wall time) from the document's commit to the end
// of the frame that first paints content, read from a Chromium trace. On a machine shared with other work, wall-clock
// figures swing with the load (the static page's title took 29–196 ms within one run at load 15); thread time counts
// only what the page itself made the main thread do, so a few milliseconds of difference can be seen.

const CATEGORIES = 'devtools.timeline,loading,toplevel,blink';

/** Thread-time milliseconds the page's main thread ran from commit to its first contentful frame. */
export async function mainThreadCpuOnce(browser, url, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (batch) => events.push(...batch.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  // The first paint's entry, then a moment for its frame's events to reach the trace.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 20_000 });
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  const parse = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url?.startsWith('http'));
  if (!parse) throw new Error(`${url}: no parse in the trace`);
  const onMain = (event) => event.pid === parse.pid && event.tid === parse.tid;
  const fcp = events.find((event) => event.name === 'firstContentfulPaint' && event.pid === parse.pid);
  const commit = events.filter((event) => onMain(event) && event.name === 'DocumentLoader::CommitNavigation' && event.ts <= parse.ts).at(-1);
  const paint = events.filter((event) => onMain(event) && event.name === 'Paint' && event.ts < (fcp?.ts ?? Infinity)).at(-1);
  if (!fcp || !commit || !paint) throw new Error(`${url}: no commit or first paint in the trace`);
  const frame = events.find((event) => onMain(event) && event.name === 'Commit' && event.ph === 'X' && event.ts >= paint.ts);
  const end = frame ? frame.ts + frame.dur : paint.ts;
  const tasks = events.filter(
    (event) => onMain(event) && event.name === 'ThreadControllerImpl::RunTask' && event.ph === 'X' && event.ts + event.dur >= commit.ts && event.ts <= end,
  );
  return tasks.reduce((total, task) => total + (task.tdur ?? 0), 0) / 1000;
}
