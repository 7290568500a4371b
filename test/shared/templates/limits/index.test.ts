import { describe, it, expect } from 'vitest';
import {
  checkChannelLimits,
  CONTENT_SCHEMAS,
  defaultContent,
  RenderDiagnosticSchema,
  type TemplateChannel,
} from '../../../../shared/templates/index';

const channels = Object.keys(CONTENT_SCHEMAS) as TemplateChannel[];

describe('checkChannelLimits', () => {
  it.each(channels)('%s: tolerates an empty output and returns valid diagnostics', (channel) => {
    for (const output of [{}, { body: 42, buttons: 'nope', parameters: null, fields: [null] }]) {
      for (const diagnostic of checkChannelLimits(channel, output)) {
        expect(RenderDiagnosticSchema.parse(diagnostic)).toEqual(diagnostic);
        expect(diagnostic.source === 'limit' || diagnostic.source === 'json').toBe(true);
      }
    }
  });

  it('a new template of each channel only lacks what the author must still write', () => {
    const errorsByChannel = Object.fromEntries(
      channels.map((channel) => [
        channel,
        checkChannelLimits(channel, defaultContent(channel))
          .filter((d) => d.severity === 'error')
          .map((d) => d.field),
      ]),
    );
    expect(errorsByChannel).toEqual({
      email: [],
      sms: ['body'],
      whatsapp: ['templateName', 'body'],
      push: ['body'],
      inapp: [],
      telegram: ['text'],
      wallet: [],
      marketing: [],
    });
  });
});
