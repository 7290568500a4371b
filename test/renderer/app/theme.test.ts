import { describe, expect, it } from 'vitest';
import { followTheme, readThemeChoice, resolveTheme, THEME_KEY } from '../../../renderer/src/app/theme';

/** A media query list whose answer the test changes, announcing it as the browser does. */
class SystemSetting extends EventTarget {
  constructor(public matches: boolean) {
    super();
  }
  set(dark: boolean) {
    this.matches = dark;
    this.dispatchEvent(new Event('change'));
  }
}

function documentRoot() {
  return { dataset: {} as Record<string, string>, style: { colorScheme: '' } };
}

function follow(choice: Parameters<typeof followTheme>[0], system: SystemSetting, root = documentRoot()) {
  const stop = followTheme(choice, root as unknown as HTMLElement, system as unknown as MediaQueryList);
  return { root, stop };
}

describe('the colour theme', () => {
  it('reads the stored choice, with System for nothing or anything unknown', () => {
    const storage = (value: string | null) => ({ getItem: (key: string) => (key === THEME_KEY ? value : null) });
    expect(readThemeChoice(storage('dark'))).toBe('dark');
    expect(readThemeChoice(storage('light'))).toBe('light');
    expect(readThemeChoice(storage(null))).toBe('system');
    expect(readThemeChoice(storage('sepia'))).toBe('system');
  });

  it('resolves System by the operating system setting, and a choice regardless of it', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('with System, changes as the operating system setting does, until stopped', () => {
    const system = new SystemSetting(false);
    const { root, stop } = follow('system', system);
    expect(root.dataset.theme).toBe('light');
    system.set(true);
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.colorScheme).toBe('dark');
    stop();
    system.set(false);
    expect(root.dataset.theme).toBe('dark');
  });

  it('with a choice, ignores the operating system setting', () => {
    const system = new SystemSetting(true);
    const { root } = follow('light', system);
    expect(root.dataset.theme).toBe('light');
    system.set(false);
    system.set(true);
    expect(root.dataset.theme).toBe('light');
  });
});
