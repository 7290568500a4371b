/** The colour theme the user chose in Settings; "system" follows the operating system's setting. */
export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
export const THEME_KEY = 'journey-studio.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function readThemeChoice(storage: Pick<Storage, 'getItem'>): ThemeChoice {
  const stored = storage.getItem(THEME_KEY);
  return THEME_CHOICES.find((choice) => choice === stored) ?? 'system';
}

export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  return choice === 'system' ? (systemPrefersDark ? 'dark' : 'light') : choice;
}

/**
 * Puts the theme on the document as `data-theme`, which the style sheets' colour variables key on,
 * and keeps it there: with "system", it changes when the operating system's setting does.
 */
export function followTheme(
  choice: ThemeChoice,
  root: HTMLElement = document.documentElement,
  media: MediaQueryList = window.matchMedia(DARK_QUERY),
): () => void {
  const apply = () => {
    const theme = resolveTheme(choice, media.matches);
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
  };
  apply();
  if (choice !== 'system') return () => {};
  media.addEventListener('change', apply);
  return () => media.removeEventListener('change', apply);
}

let stopFollowing: () => void = () => {};

/** Applies the stored choice when the app starts. */
export function startTheme(): void {
  stopFollowing = followTheme(readThemeChoice(window.localStorage));
}

/** Keeps a new choice and applies it at once. */
export function chooseTheme(choice: ThemeChoice): void {
  window.localStorage.setItem(THEME_KEY, choice);
  stopFollowing();
  stopFollowing = followTheme(choice);
}
