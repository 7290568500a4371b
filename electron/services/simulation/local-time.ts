/** `2026-01-05 13:00 (Europe/Madrid)`: a moment as the contact's clock shows it. */
export function localTime(at: number, timeZone: string): string {
  try {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(at)
        .map((part) => [part.type, part.value]),
    );
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} (${timeZone})`;
  } catch {
    return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} (UTC)`;
  }
}
