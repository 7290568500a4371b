function isControl(unit: number): boolean {
  return unit < 0x20 || unit === 0x7f;
}

/**
 * A name as it may be stored: ASCII control characters removed (tabs and line breaks become
 * spaces), so a file cannot smuggle terminal escapes or invisible characters into lists and logs.
 * Markup such as <script> stays as plain text; the interface escapes whatever it shows.
 */
export function cleanName(name: string): string {
  let firstControl = -1;
  for (let i = 0; i < name.length && firstControl === -1; i++) if (isControl(name.charCodeAt(i))) firstControl = i;
  if (firstControl === -1) return name.trim();
  const kept: string[] = [name.slice(0, firstControl)];
  let runStart = firstControl;
  for (let i = firstControl; i <= name.length; i++) {
    const unit = i < name.length ? name.charCodeAt(i) : -1;
    if (unit !== -1 && !isControl(unit)) continue;
    kept.push(name.slice(runStart, i));
    if (unit === 0x09 || unit === 0x0a || unit === 0x0d) kept.push(' ');
    runStart = i + 1;
  }
  return kept.join('').trim();
}
