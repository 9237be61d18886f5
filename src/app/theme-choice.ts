/** What the theme switch offers: follow the system, or always light or dark. */
export type ThemeChoice = 'auto' | 'light' | 'dark';

/** The order `t` steps through. */
export const THEME_CHOICES: readonly ThemeChoice[] = ['auto', 'light', 'dark'];

/** Where the choice is kept (localStorage), shared by every window and deck of this site. */
export const THEME_KEY = 'deck-theme';

/** Narrows a stored string to a choice (anything else is `auto`). */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return (THEME_CHOICES as readonly string[]).includes(value ?? '') ? (value as ThemeChoice) : 'auto';
}

/** The choice after `choice` in the order `t` steps through. */
export function nextThemeChoice(choice: ThemeChoice): ThemeChoice {
  return THEME_CHOICES[(THEME_CHOICES.indexOf(choice) + 1) % THEME_CHOICES.length]!;
}

/** The stored choice; `auto` where storage is unavailable. */
export function storedThemeChoice(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(THEME_KEY));
  } catch {
    return 'auto';
  }
}

/** Shows `choice` (data-theme on <html>; none follows the system) and keeps it for the next visit and the other windows. */
export function applyThemeChoice(choice: ThemeChoice, { store = true } = {}): void {
  if (choice === 'auto') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
  if (!store) return;
  try {
    if (choice === 'auto') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Private windows may refuse storage: the choice still holds in this page.
  }
}
