import {
  allFields,
  CustomFieldSchema,
  CustomFieldsSchema,
  fieldKeyProblem,
  type CustomField,
  type FieldDefinition,
} from '../../../shared/audience/index';
import { ApiError, type Contract, type ServiceImpl } from '../../../shared/contract/index';
import type { ServiceContext } from '../context';
import type { FieldUsage } from '../store/field-usage-repository';
import type { Store } from '../store/store';

type Listing = Awaited<ReturnType<ServiceImpl<Contract['services']['fields']>['create']>>;

export function toListing(field: FieldDefinition): Listing {
  return {
    key: field.key,
    label: field.label,
    description: field.description,
    type: field.type,
    ...(field.options ? { options: [...field.options] } : {}),
    builtIn: field.builtIn,
  };
}

/** Built-in fields followed by the project's own: what filters, imports and forms work with. */
export function currentFields(store: Store): FieldDefinition[] {
  return allFields(store.fields.list());
}

function describeUsers(users: readonly FieldUsage[]): string {
  const names = users.map((user) => `${user.kind} "${user.name}"`);
  return names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
}

function requireCustom(store: Store, key: string): CustomField {
  const field = store.fields.find(key);
  if (field !== undefined) return field;
  if (allFields([]).some((builtin) => builtin.key === key))
    throw new ApiError('CONFLICT', `"${key}" is a built-in field; built-in fields cannot be changed.`);
  throw new ApiError('NOT_FOUND', `There is no customer field "${key}".`);
}

/** Checks a new or changed field against the others (same key, or one too close to it). */
function checkAgainstOthers(store: Store, field: CustomField, replacing?: string): CustomField {
  const parsed = CustomFieldSchema.safeParse(field);
  if (!parsed.success) {
    throw new ApiError(
      'BAD_INPUT',
      parsed.error.issues[0]?.message ?? 'The field is not valid',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  const others = store.fields.list().filter((other) => other.key !== replacing);
  const set = CustomFieldsSchema.safeParse([...others, parsed.data]);
  if (!set.success) throw new ApiError('CONFLICT', set.error.issues[0]?.message ?? `The key "${field.key}" is taken`);
  return parsed.data;
}

function refuseIfUsed(store: Store, key: string, action: 'rename' | 'delete'): void {
  const users = store.fieldUsage.usage(key);
  if (users.length > 0) {
    throw new ApiError(
      'CONFLICT',
      `Cannot ${action} "${key}": it is used by ${describeUsers(users)}. Change ${users.length === 1 ? 'it' : 'them'} to stop using the field first.`,
    );
  }
}

export function createFieldsService(ctx: ServiceContext): ServiceImpl<Contract['services']['fields']> {
  const { store, events } = ctx;
  const stamp = () => ctx.now().toISOString();
  const changed = () => events.emit('contactsChanged', { reason: 'fields' });

  return {
    list: () => currentFields(store).map(toListing),
    create: (input) => {
      const field = checkAgainstOthers(store, input);
      store.fields.insert(field, stamp());
      changed();
      return toListing({ ...field, builtIn: false });
    },
    update: ({ key, label, description, options }) => {
      const current = requireCustom(store, key);
      const field = checkAgainstOthers(
        store,
        {
          ...current,
          ...(label !== undefined ? { label } : {}),
          ...(description !== undefined ? { description } : {}),
          ...(options !== undefined ? { options } : {}),
        },
        key,
      );
      store.fields.update(field, stamp());
      changed();
      return toListing({ ...field, builtIn: false });
    },
    rename: ({ key, newKey }) => {
      const current = requireCustom(store, key);
      if (newKey === key) return toListing({ ...current, builtIn: false });
      const problem = fieldKeyProblem(newKey);
      if (problem !== null) throw new ApiError('BAD_INPUT', problem, [{ path: 'newKey', message: problem }]);
      const renamed = checkAgainstOthers(store, { ...current, key: newKey }, key);
      refuseIfUsed(store, key, 'rename');
      store.fields.rename(key, renamed.key, stamp());
      changed();
      return toListing({ ...renamed, builtIn: false });
    },
    usage: ({ key }) => store.fieldUsage.usage(key),
    delete: ({ key }) => {
      requireCustom(store, key);
      refuseIfUsed(store, key, 'delete');
      store.fields.delete(key);
      changed();
      return { ok: true as const };
    },
  };
}
