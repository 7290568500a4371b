import Papa from 'papaparse';
import { ApiError } from '../../shared/contract/index';

/**
 * A CSV of customers (a header row naming customer fields, one of them customerId) as the JSON
 * body of PUT /api/v1/customers, so both forms are checked and saved by the same path: a value
 * refused in row n is named customers[n-1].<field>. Empty cells are left out, not cleared.
 */
export function customersFromCsv(text: string): { customers: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const header = parsed.meta.fields ?? [];
  if (!header.includes('customerId'))
    throw new ApiError('BAD_INPUT', 'The CSV needs a header row with a customerId column.', [
      { path: 'customerId', message: 'No customerId column in the header row' },
    ]);
  const broken = parsed.errors[0];
  if (broken !== undefined)
    throw new ApiError('BAD_INPUT', `The CSV cannot be read at row ${(broken.row ?? 0) + 1}: ${broken.message}`, [
      { path: `customers[${broken.row ?? 0}]`, message: broken.message },
    ]);
  return {
    customers: parsed.data.map((row) =>
      Object.fromEntries(Object.entries(row).filter(([key, value]) => key !== '' && value !== '')),
    ),
  };
}
