/**
 * The print view as it stands, as a page that needs no script to show it: the document without its scripts, module
 * preloads and `data-ready`, the rules a script inserted into an empty `<style>` (emotion's) written into it, and
 * `settle` (the saved page's own ready check) as its one script. Null when the view holds what a copy of the markup
 * loses: a canvas's pixels, a shadow root. Self-contained: the exporter hands it to the page as it is.
 */
export function serializePrintView(settle: string): string | null {
  const elements = [...document.querySelectorAll('*')];
  if (elements.some((element) => element instanceof HTMLCanvasElement || element.shadowRoot)) return null;
  const live = document.querySelectorAll('style');
  const root = document.documentElement.cloneNode(true) as HTMLElement;
  root.querySelectorAll('style').forEach((style, index) => {
    const rules = live[index]?.sheet?.cssRules;
    if (rules?.length && !style.textContent?.trim()) style.textContent = [...rules].map((rule) => rule.cssText).join('\n');
  });
  for (const element of root.querySelectorAll('script, link[rel="modulepreload"]')) element.remove();
  delete root.dataset.ready;
  const script = document.createElement('script');
  script.textContent = settle;
  // Last in the body: a script in the head would stop the parser until the stylesheet has loaded.
  (root.querySelector('body') ?? root).append(script);
  return `<!doctype html>\n${root.outerHTML}`;
}
