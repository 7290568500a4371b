import { ApiError, type Contract, type ContractImpl } from '../../../shared/contract/index';
import type { ServiceContext } from '../context';
import type { SecretInfo } from './secret-store';

/** Secrets set from the channel settings carry dotted names (`provider.sms.authToken`). */
const isManaged = (name: string) => name.includes('.');

function view({ name, updatedAt }: SecretInfo) {
  return { name, updatedAt: new Date(updatedAt).toISOString(), managed: isManaged(name) };
}

/** Settings → Secrets: names and times in, values in only; a value never comes back out. */
export function createSecretsService(ctx: ServiceContext): ContractImpl<Contract>['secrets'] {
  return {
    list: () => ctx.secrets.list().map(view),
    set: ({ name, value }) => {
      if (value.trim() === '') throw new ApiError('BAD_INPUT', 'The value of a secret cannot be only spaces.');
      const info = view(ctx.secrets.set(name, value));
      ctx.events.emit('secretsChanged', { name, change: 'set' });
      return info;
    },
    delete: ({ name }) => {
      const deleted = ctx.secrets.delete(name);
      if (deleted) ctx.events.emit('secretsChanged', { name, change: 'deleted' });
      return { deleted };
    },
  };
}
