import type { ReactNode } from 'react';
import type { TgNode } from './telegram-format';

/** React elements for the parsed text: only these elements can ever appear, whatever was typed. */
function renderNodes(nodes: readonly TgNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    if (node.kind === 'text') return node.text;
    const children = renderNodes(node.children);
    switch (node.kind) {
      case 'bold':
        return <strong key={index}>{children}</strong>;
      case 'italic':
        return <em key={index}>{children}</em>;
      case 'underline':
        return <u key={index}>{children}</u>;
      case 'strike':
        return <s key={index}>{children}</s>;
      case 'spoiler':
        return (
          <span key={index} className="tg-spoiler" title="Spoiler">
            {children}
          </span>
        );
      case 'code':
        return <code key={index}>{children}</code>;
      case 'pre':
        return <pre key={index}>{children}</pre>;
      case 'blockquote':
        return <blockquote key={index}>{children}</blockquote>;
      case 'link':
        // Shown as a link but not followed: the preview must not navigate the app.
        return (
          <span key={index} className="tg-link" title={node.href}>
            {children}
          </span>
        );
    }
  });
}

export function TelegramText({ nodes }: { nodes: readonly TgNode[] }) {
  return <>{renderNodes(nodes)}</>;
}
