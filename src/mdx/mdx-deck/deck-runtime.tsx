import { Global, type Interpolation, type Theme } from '@emotion/react';
import { MDXProvider } from '@mdx-js/react';
import type { ComponentType } from 'react';
import { useChromeSlot } from '../chrome-slot.ts';
import { CodeStyleContext, type CodeStyle } from '../code-block/code-style.ts';
import { lazyPart } from '../../lazy/lazy-parts.ts';
import type { ContentModule } from '../../deck/deck-types.ts';
import { resolveDeckTheme, type MdxDeckFlavor } from './deck-theme.ts';
import { MdxDeckContext } from './deck-hooks.ts';

/** The highlighter chunks of mdx-deck's highlighting themes beside our Prism one: named here, so no other deck links them. */
const loadHljs = () => import('../code-block/highlighter-hljs.tsx');
const loadPrismDefault = () => import('../code-block/highlighter-prism-default.tsx');

/** The deck's code style with the chunk that draws it: highlight.js, or Prism in its default style when the theme names none. */
function withHighlighter(codeStyle: CodeStyle | undefined): CodeStyle | undefined {
  const load = codeStyle?.library === 'hljs' ? loadHljs : codeStyle && !codeStyle.style ? loadPrismDefault : undefined;
  // Warmed for offline with the rest, as Prism is for every deck.
  return load ? { ...codeStyle!, load: lazyPart(load, { print: false }) } : codeStyle;
}

/** Inline styles sized to the window (`100vw`, `100vh`) meant the whole slide in mdx-deck: here the 1280×720 frame. */
const WINDOW_SIZED = {
  '.deck .slide-body [style*="width: 100vw"]': { width: '1280px !important', maxWidth: 'none' },
  '.deck .slide-body [style*="height: 100vh"]': { height: '720px !important', maxHeight: 'none' },
  '.deck .mdx-deck-slide > .layout, .deck .mdx-deck-content > .layout': { alignSelf: 'stretch', flex: '1 1 auto', width: '100%', minHeight: 0 },
  // Our Invert and FullScreenCode reach over the frame's padding; an mdx-deck slide has none.
  '.deck .mdx-deck-slide .layout-invert, .deck .mdx-deck-slide .layout-code': { margin: 0 },
  // mdx-deck's Invert centred its content like a slide.
  '.deck .mdx-deck-slide .layout-invert': { padding: 0, alignItems: 'center', justifyContent: 'center' },
  // mdx-deck 2's was window-sized (100vw × 100vh), as a slide's own layout (`export default Invert`) too.
  '.deck .mdx-deck-content > .layout-invert': { width: '1280px', height: '720px', flex: 'none' },
  '.deck .slide-body img': { maxWidth: '100%' },
  '.deck .slide-body img[style*="height"]:not([style*="width"])': { width: 'auto' },
};

/**
 * A deck written for mdx-deck, as its mdx-deck showed it: the theme (and v2's `themes`) resolved, its `styles` as
 * global CSS for the slides, its `components` (code, pre, img, …), `Provider` and code style around each slide.
 */
export function mdxDeckRuntime(flavor: MdxDeckFlavor, theme: unknown, themes: unknown, length: number) {
  const resolved = resolveDeckTheme(flavor, theme, themes);
  const { Provider, components } = resolved;
  const codeStyle = withHighlighter(resolved.codeStyle);

  function Styles() {
    return useChromeSlot('head') ? (
      <>
        <Global styles={[WINDOW_SIZED, resolved.css] as Interpolation<Theme>} />
        {resolved.googleFont && <link rel="stylesheet" href={resolved.googleFont} />}
      </>
    ) : null;
  }

  const chrome = (Chrome: ComponentType) =>
    function MdxDeckChrome() {
      return (
        <>
          <Styles />
          <Chrome />
        </>
      );
    };

  const part = (load: () => Promise<ContentModule>, index: number) => async (): Promise<ContentModule> => {
    const { default: Content } = await load();
    const value = { index, length, theme: resolved.theme, flavor };
    return {
      default: function MdxDeckSlide() {
        // mdx-deck 2 drew a slide as a root box holding one content box (its theme's `Slide` styles say `& > div`);
        // mdx-deck 4's slide box holds the content directly. The theme's Provider wraps the slide.
        const content = (
          <div className="mdx-deck-slide">
            {flavor === 2 ? (
              <div className="mdx-deck-content">
                <Content />
              </div>
            ) : (
              <Content />
            )}
          </div>
        );
        return (
          <MdxDeckContext.Provider value={value}>
            <CodeStyleContext.Provider value={codeStyle}>
              <MDXProvider components={components}>
                {Provider ? (
                  <Provider index={index} length={length}>
                    {content}
                  </Provider>
                ) : (
                  content
                )}
              </MDXProvider>
            </CodeStyleContext.Provider>
          </MdxDeckContext.Provider>
        );
      },
    };
  };

  return { theme: resolved.theme, chrome, part };
}
