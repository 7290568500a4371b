import Papa from 'papaparse';
import { columnNames } from './csv-text';
import { detectEncoding, readHead, type CsvEncoding } from './csv-encoding';

const HEAD_BYTES = 1024 * 1024;
export const PREVIEW_ROWS = 20;

export interface CsvHead {
  encoding: CsvEncoding;
  delimiter: string;
  columns: string[];
  rows: string[][];
}

/**
 * The header and first rows of a CSV, with the encoding and delimiter detected unless given.
 * Only the first megabyte is read; papaparse guesses the delimiter from it.
 */
export function readCsvHead(file: string, given: { encoding?: CsvEncoding; delimiter?: string } = {}): CsvHead {
  const head = readHead(file, HEAD_BYTES);
  const encoding = given.encoding ?? detectEncoding(head);
  const text = new TextDecoder(encoding).decode(head, { stream: true });
  const result = Papa.parse<string[]>(text, {
    preview: PREVIEW_ROWS + 1,
    skipEmptyLines: 'greedy',
    ...(given.delimiter ? { delimiter: given.delimiter } : {}),
  });
  const [header = [], ...rows] = result.data;
  // A file of one column has nothing to guess from; papaparse then says ",", which is right.
  return { encoding, delimiter: given.delimiter ?? result.meta.delimiter, columns: columnNames(header), rows };
}
