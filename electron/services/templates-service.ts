import { sampleFieldValue } from '../../shared/audience/sample-customer';
import { ApiError, type Contract, type ServiceImpl, type TemplateUsage } from '../../shared/contract/index';
import { formatZodIssues } from '../../shared/model/index';
import {
  defaultContent,
  parseContent,
  type ContentOf,
  type SampleProfileData,
  type Template,
  type TemplateChannel,
} from '../../shared/templates/index';
import type { ServiceContext } from './context';
import type { RenderRequest } from './rendering/render-pipeline';
import { nameForCopy } from './journeys-service';

type Services = Contract['services'];

/** Content is z.unknown() in the contract because its shape depends on the channel; checked here. */
export function requireContent<C extends TemplateChannel>(channel: C, content: unknown): ContentOf<C> {
  const parsed = parseContent(channel, content);
  if (parsed.success) return parsed.data as ContentOf<C>;
  const issues = formatZodIssues(parsed.error).map((issue) => ({
    path: issue.path === '' ? 'content' : issue.path.startsWith('[') ? `content${issue.path}` : `content.${issue.path}`,
    message: issue.message,
  }));
  throw new ApiError(
    'BAD_INPUT',
    `The content does not fit a ${channel} template: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
    issues,
  );
}

const RUNNING = new Set<TemplateUsage['status']>(['active', 'paused']);

/** `"Shipped SMS" is used by active journeys: Order shipped, Delivered. Stop them first.` */
export function deleteRefusal(templateName: string, running: readonly TemplateUsage[]): string {
  const statuses = [...new Set(running.map((usage) => usage.status))].sort();
  const state = statuses.join(' and ');
  const names = running.map((usage) => usage.journeyName).join(', ');
  if (running.length === 1) {
    const article = state === 'active' ? 'an' : 'a';
    return `"${templateName}" is used by ${article} ${state} journey: ${names}. Stop it first.`;
  }
  return `"${templateName}" is used by ${state} journeys: ${names}. Stop them first.`;
}

/**
 * A stored sample profile's data (the default profile's without an id), with an example value for
 * every custom field it lacks: one written before a field existed would otherwise preview that
 * field as nothing until its JSON was edited by hand. A key the profile has, even null, is kept.
 */
export function sampleProfileData(store: ServiceContext['store'], profileId: string | undefined): SampleProfileData {
  const profile = profileId !== undefined ? store.profiles.require(profileId) : store.profiles.defaultProfile();
  const data = profile?.data ?? { customer: {}, order: {}, event: {} };
  const customer = { ...data.customer };
  for (const field of store.fields.list())
    if (!Object.hasOwn(customer, field.key)) customer[field.key] = sampleFieldValue(field);
  return { ...data, customer };
}

export function createTemplatesService(ctx: ServiceContext): ServiceImpl<Services['templates']> {
  const { store, events } = ctx;
  const stamp = () => ctx.now().toISOString();

  // Data given with the request (a real contact, a test's own) is rendered as it is.
  function sampleData(profileId: string | undefined, data: SampleProfileData | undefined): SampleProfileData {
    return data ?? sampleProfileData(store, profileId);
  }

  return {
    list: () => {
      const usage = store.templates.usage();
      return store.templates.list().map((template) => ({ ...template, usedBy: usage.get(template.id) ?? [] }));
    },
    listUnreadable: () => store.templates.unreadable(),
    get: ({ id }) => store.templates.require(id),
    create: (input) => {
      const now = stamp();
      const template = store.templates.put({
        ...input,
        id: ctx.newId(),
        language: input.language ?? '',
        content: input.content ?? defaultContent(input.channel),
        createdAt: now,
        updatedAt: now,
      } as Template);
      events.emit('templateChanged', { id: template.id, change: 'created' });
      return template;
    },
    update: ({ id, name, language, content }) => {
      const current = store.templates.require(id);
      // The content was checked against current.channel, which TypeScript cannot relate to the union member.
      const template = store.templates.put({
        ...current,
        name: name ?? current.name,
        language: language ?? current.language,
        content: content === undefined ? current.content : requireContent(current.channel, content),
        updatedAt: stamp(),
      } as Template);
      events.emit('templateChanged', { id, change: 'updated' });
      return template;
    },
    duplicate: ({ id }) => {
      const source = store.templates.require(id);
      const now = stamp();
      const template = store.templates.put({
        ...structuredClone(source),
        id: ctx.newId(),
        name: nameForCopy(source.name, store.templates.names()),
        createdAt: now,
        updatedAt: now,
      });
      events.emit('templateChanged', { id: template.id, change: 'created' });
      return template;
    },
    delete: ({ id }) => {
      // One transaction, so a journey activated by another process between check and delete cannot slip through.
      store.transaction(() => {
        // By name only, so a template whose stored content is damaged can still be deleted.
        const name = store.templates.nameOf(id);
        const running = store.templates.usageOf(id).filter((usage) => RUNNING.has(usage.status));
        if (running.length) throw new ApiError('CONFLICT', deleteRefusal(name, running));
        store.templates.delete(id);
      });
      events.emit('templateChanged', { id, change: 'deleted' });
      return { ok: true as const };
    },
    render: ({ channel, content, profileId, data, strictVariables }) =>
      ctx.renderer.render({
        channel,
        content: requireContent(channel, content),
        data: sampleData(profileId, data),
        strictVariables: strictVariables ?? false,
        knownCustomerFields: ctx.knownCustomerFields(),
        // requireContent checked the content against this very channel; the pairing is sound.
      } as RenderRequest),
  };
}
