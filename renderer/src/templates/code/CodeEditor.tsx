import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { json } from '@codemirror/lang-json';
import { xml } from '@codemirror/lang-xml';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { Annotation, EditorSelection, EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';

export interface CodeEditorHandle {
  /** Puts the cursor at a 1-based line and column and focuses the editor (from the Problems list). */
  focusAt(line: number, column?: number): void;
}

export interface CodeEditorProps {
  value: string;
  onChange(value: string): void;
  language: 'xml' | 'json';
  /** The accessible name of the editing area: tests and screen readers find it by this. */
  label: string;
  describedBy?: string | undefined;
  invalid?: boolean;
  ref?: Ref<CodeEditorHandle>;
}

// Marks the transactions that bring in a new value from props, so they are not echoed back.
const fromProps = Annotation.define<true>();

const theme = EditorView.theme({
  '&': { fontSize: '13px', border: '1px solid var(--border)', borderRadius: 'var(--radius)', background: '#fff' },
  '&.cm-focused': { outline: 'none', boxShadow: 'var(--focus)' },
  '.cm-scroller': {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    minHeight: '320px',
    maxHeight: '60vh',
  },
  '.cm-gutters': { background: '#f6f7f9', borderRight: '1px solid var(--border)', color: '#868e96' },
});

/**
 * CodeMirror 6 in one React component: the view is created once; later values from props replace
 * the document only when they differ, so typing never round-trips through React state.
 */
export default function CodeEditor({ value, onChange, language, label, describedBy, invalid, ref }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    if (!host.current) return;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightSpecialChars(),
          drawSelection(),
          highlightActiveLine(),
          indentOnInput(),
          bracketMatching(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          history(),
          // The default keymap leaves Tab unbound, so keyboard users can move on from the editor.
          keymap.of([...defaultKeymap, ...historyKeymap]),
          language === 'xml' ? xml() : json(),
          EditorView.lineWrapping,
          theme,
          EditorView.contentAttributes.of({
            'aria-label': label,
            'aria-multiline': 'true',
            ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((tr) => tr.annotation(fromProps)))
              onChangeRef.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // Created once per mount; value changes are synced below, label and language do not change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const current = view.current;
    if (!current || current.state.doc.toString() === value) return;
    current.dispatch({
      changes: { from: 0, to: current.state.doc.length, insert: value },
      annotations: fromProps.of(true),
    });
  }, [value]);

  useImperativeHandle(ref, () => ({
    focusAt(line, column = 1) {
      const current = view.current;
      if (!current) return;
      const target = current.state.doc.line(Math.min(Math.max(line, 1), current.state.doc.lines));
      const pos = Math.min(target.from + Math.max(column - 1, 0), target.to);
      current.dispatch({ selection: EditorSelection.cursor(pos), scrollIntoView: true });
      current.focus();
    },
  }));

  return <div ref={host} className="code-editor" data-invalid={invalid ? 'true' : undefined} />;
}
