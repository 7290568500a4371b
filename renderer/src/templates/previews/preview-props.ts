import type { ContentOf, RenderResult, TemplateChannel } from '../../../../shared/templates/index';

export interface PreviewProps<C extends TemplateChannel> {
  /** The source, for what the render does not return (e.g. the parse mode). */
  content: ContentOf<C>;
  result: RenderResult | null;
}
