import { useId, useState } from 'react';
import { chooseTheme, readThemeChoice, THEME_CHOICES, type ThemeChoice } from '../app/theme';

const LABELS: Readonly<Record<ThemeChoice, string>> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

/** Settings → Appearance: light, dark, or whatever the operating system is set to. Kept on this computer. */
export function AppearanceSection() {
  const [choice, setChoice] = useState<ThemeChoice>(() => readThemeChoice(window.localStorage));
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Appearance</h2>
      <fieldset className="settings-choice">
        <legend>Theme</legend>
        {THEME_CHOICES.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="theme"
              value={option}
              checked={choice === option}
              onChange={() => {
                setChoice(option);
                chooseTheme(option);
              }}
            />
            {LABELS[option]}
          </label>
        ))}
      </fieldset>
      <p className="field-hint">System follows the light or dark setting of your computer and changes with it.</p>
    </section>
  );
}
