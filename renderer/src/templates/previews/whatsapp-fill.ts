/** The body as the contact reads it: WhatsApp fills {{n}} with the values sent for them. */
export function fillWhatsAppParameters(body: string, values: Readonly<Record<string, unknown>>): string {
  return body.replace(/\{\{\s*(\d+)\s*\}\}/g, (whole, n: string) => {
    const value = values[n];
    return typeof value === 'string' && value !== '' ? value : whole;
  });
}
