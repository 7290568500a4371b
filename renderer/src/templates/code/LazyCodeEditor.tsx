import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './CodeEditor';

// CodeMirror is only needed once a template is open, so it stays out of the startup bundle.
const CodeEditor = lazy(() => import('./CodeEditor'));

export type { CodeEditorHandle, CodeEditorProps } from './CodeEditor';

export function LazyCodeEditor(props: CodeEditorProps) {
  return (
    <Suspense
      fallback={
        <div className="code-editor loading" role="status">
          Loading editor…
        </div>
      }
    >
      <CodeEditor {...props} />
    </Suspense>
  );
}
