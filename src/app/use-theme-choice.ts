import { useCallback, useEffect, useRef, useState } from 'react';
import { applyThemeChoice, nextThemeChoice, parseThemeChoice, storedThemeChoice, THEME_KEY, type ThemeChoice } from './theme-choice.ts';

/** This window's theme choice, with a setter and the `t` key's step to the next one; in step with the deck's other windows (storage events). */
export function useThemeChoice(): { theme: ThemeChoice; chooseTheme: (choice: ThemeChoice) => void; cycleTheme: () => void } {
  const [theme, setTheme] = useState<ThemeChoice>(storedThemeChoice);
  const current = useRef(theme);
  useEffect(() => {
    current.current = theme;
    applyThemeChoice(theme, { store: false });
  }, [theme]);
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === THEME_KEY || event.key === null) setTheme(parseThemeChoice(event.newValue));
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);
  const chooseTheme = useCallback((choice: ThemeChoice) => {
    applyThemeChoice(choice);
    setTheme(choice);
  }, []);
  const cycleTheme = useCallback(() => chooseTheme(nextThemeChoice(current.current)), [chooseTheme]);
  return { theme, chooseTheme, cycleTheme };
}
