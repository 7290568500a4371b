import type { ConfigFormProps } from '../kind-ui';

export function ExitForm(_props: ConfigFormProps<'exit'>) {
  return (
    <p className="muted">
      Contacts who reach this step leave the journey. It has nothing to set up; add one at the end of every path.
    </p>
  );
}
