import type { ContentOf, RenderDiagnostic, TemplateChannel } from '../../../../shared/templates/index';
import type { CodeEditorHandle } from '../code/LazyCodeEditor';
import type { Ref } from 'react';

export interface ChannelFormProps<C extends TemplateChannel> {
  content: ContentOf<C>;
  onChange(content: ContentOf<C>): void;
  /** From the newest render: shown under the fields they name. */
  diagnostics: readonly RenderDiagnostic[];
  /** The code editor of the channel (email, marketing), so the Problems list can jump to a line. */
  codeRef?: Ref<CodeEditorHandle>;
}
