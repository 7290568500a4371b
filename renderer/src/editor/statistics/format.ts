/** "72%" for a share in [0, 1]; "–" when there is none. */
export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 1000) / 10}%`;
}

export function count(value: number): string {
  return value.toLocaleString('en-US');
}
