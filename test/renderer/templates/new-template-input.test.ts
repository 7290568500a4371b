import { describe, expect, it } from 'vitest';
import { newTemplateInput } from '../../../renderer/src/templates/new-template-input';
import { STARTER_LAYOUTS } from '../../../shared/templates/index';

describe('new template input', () => {
  it('starts an email from the chosen starter layout', () => {
    const layout = STARTER_LAYOUTS[0]!;
    expect(newTemplateInput('Welcome', 'email', 'en', layout.id)).toEqual({
      channel: 'email',
      name: 'Welcome',
      language: 'en',
      content: { subject: '', preheader: '', fromName: '', mjml: layout.mjml },
    });
  });

  it('leaves other channels to the service defaults', () => {
    expect(newTemplateInput('Shipped', 'sms', '')).toEqual({ channel: 'sms', name: 'Shipped', language: '' });
  });
});
