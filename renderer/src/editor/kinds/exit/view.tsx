import type { KindBody } from '../kind-ui';

export const ExitBody: KindBody<'exit'> = () => <div className="muted">Contacts leave the journey</div>;
