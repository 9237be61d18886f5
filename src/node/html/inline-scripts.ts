/**
 * Runs before first paint (inline, hashed in the CSP): sizes the prerendered slide to the window and hides it
 * when the URL asks for another slide or view, so nobody sees slide 1 flash before the right one.
 */
export const BOOT_SCRIPT = `(function(){var d=document.documentElement,w=innerWidth,h=innerHeight;d.style.setProperty('--deck-scale',String(Math.min(w/1280,h/720)));var m=/[?&]mode=([a-z]+)/.exec(location.search);var other=m?m[1]!=='audience':(w<700&&h>w);if(other||!/^(#\\/?(1(\\/0?)?)?)?$/.test(location.hash))d.setAttribute('data-prerender-stale','')})();`;
