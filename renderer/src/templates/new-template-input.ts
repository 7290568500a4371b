import type { Channel } from '../../../shared/model/index';
import { defaultContent, STARTER_LAYOUTS } from '../../../shared/templates/index';
import type { NewTemplate } from '../store/templates-slice';

/**
 * What the service needs for a new template. Only email carries content (its starter layout);
 * every other channel lets the service fill in its defaults, so they live in one place.
 */
export function newTemplateInput(name: string, channel: Channel, language: string, layoutId?: string): NewTemplate {
  if (channel !== 'email') {
    // The channel is one of the union's members; TS cannot narrow a spread literal to it.
    return { channel, name, language } as NewTemplate;
  }
  const layout = STARTER_LAYOUTS.find((l) => l.id === layoutId) ?? STARTER_LAYOUTS[0];
  return { channel, name, language, content: { ...defaultContent('email'), ...(layout ? { mjml: layout.mjml } : {}) } };
}
