import { formatCommaList, parseCommaList } from '../comma-list';
import { sameJsonValue } from '../same-json-value';
import type { TextCodec } from './editable-text';

export const commaListCodec: TextCodec<readonly string[]> = {
  format: formatCommaList,
  parse: parseCommaList,
  same: sameJsonValue,
};
