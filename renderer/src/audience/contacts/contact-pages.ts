/** Rows are fetched in pages this size as the table scrolls: one request covers a few screens. */
export const CONTACT_PAGE_SIZE = 200;

/** The pages (by index) that hold rows first..last, both inclusive. */
export function pagesCovering(first: number, last: number, pageSize = CONTACT_PAGE_SIZE): number[] {
  if (last < first || last < 0) return [];
  const pages: number[] = [];
  for (let page = Math.floor(Math.max(0, first) / pageSize); page <= Math.floor(last / pageSize); page += 1)
    pages.push(page);
  return pages;
}

/** Where a row lives: its page and its position within that page. */
export function locateRow(index: number, pageSize = CONTACT_PAGE_SIZE): { page: number; offset: number } {
  return { page: Math.floor(index / pageSize), offset: index % pageSize };
}
