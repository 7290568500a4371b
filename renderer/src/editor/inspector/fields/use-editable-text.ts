import { useState } from 'react';
import { editableText, type TextCodec } from './editable-text';

/** Local text for an input whose value is not a string; see editableText. */
export function useEditableText<T>(value: T, codec: TextCodec<T>): [string, (text: string) => void] {
  const [text, setText] = useState(() => codec.format(value));
  // Adjusted during render, not in an effect, so an outside change never shows a stale frame.
  const shown = editableText(text, value, codec);
  if (shown !== text) setText(shown);
  return [shown, setText];
}
