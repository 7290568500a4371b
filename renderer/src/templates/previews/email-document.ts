/**
 * The policy the email preview document runs under. It is set in the document itself, so it holds
 * even where the page around it is more permissive: no scripts, no fetches, no forms, inline
 * styles only, and images only from data: unless the person asked to load remote images.
 */
export function previewCsp(allowRemoteImages: boolean): string {
  return `default-src 'none'; style-src 'unsafe-inline'; img-src data:${allowRemoteImages ? ' https: http:' : ''}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * Puts the CSP meta first in <head>, before any style or image can start loading. Without a head,
 * a leading meta lands in the implied one, which the HTML parser creates the same way.
 */
export function withPreviewCsp(html: string, allowRemoteImages: boolean): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(previewCsp(allowRemoteImages))}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  if (doctype) return doctype[0] + meta + html.slice(doctype[0].length);
  return meta + html;
}
