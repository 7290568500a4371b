import { KindIcon } from '../KindIcon';
import { defineNodeView } from '../define-node-view';

export const exitView = defineNodeView({
  kind: 'exit',
  icon: <KindIcon kind="exit" />,
  Body: () => <div className="muted">Contacts leave the journey</div>,
});
