/** Bytes of `text` encoded as UTF-8 (a lone surrogate counts as U+FFFD), without encoding it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** "5 MiB", "6.2 MiB", "812 KiB": sizes as the limit is stated. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${trimmed(bytes / 1024)} KiB`;
  return `${trimmed(bytes / (1024 * 1024))} MiB`;
}

function trimmed(amount: number): string {
  return amount.toFixed(1).replace(/\.0$/, '');
}
