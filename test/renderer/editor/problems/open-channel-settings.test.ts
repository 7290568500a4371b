import { describe, expect, it } from 'vitest';
import { createEmptyJourney, createNode, type JourneyNode } from '../../../../shared/model/index';
import { validateJourney } from '../../../../shared/validation/index';
import { channelNamedBy } from '../../../../renderer/src/editor/problems/quick-fix-runner';
import { hrefFor, parseRoute } from '../../../../renderer/src/app/route';

describe('"Set up a channel in Settings"', () => {
  it("leads from a message step's warning to the provider of the channel it names, its own or a fallback's", () => {
    const message = createNode('message', { id: 'msg', position: { x: 0, y: 0 } }) as JourneyNode & { kind: 'message' };
    const journey = {
      ...createEmptyJourney({ id: 'j1', name: 'J', now: '2026-01-01T00:00:00.000Z' }),
      nodes: [
        {
          ...message,
          config: { ...message.config, channel: 'email', fallbacks: [{ channel: 'sms', templateId: null }] },
        } as JourneyNode,
      ],
    };
    const warnings = validateJourney(journey, { configuredChannels: new Set() }).filter(
      (diagnostic) => diagnostic.code === 'CHANNEL_NOT_CONFIGURED',
    );
    expect(warnings.map((warning) => [warning.fix?.label, channelNamedBy(journey, warning)])).toEqual([
      ['Set up Email in Settings', 'email'],
      ['Set up SMS in Settings', 'sms'],
    ]);
    expect(channelNamedBy(journey, { ...warnings[0]!, nodeId: 'gone' })).toBeNull();
  });

  it("has an address of its own: Settings → Channels at the channel's provider", () => {
    expect(hrefFor({ page: 'settings', channel: 'sms' })).toBe('#/settings/channels/sms');
    expect(parseRoute('#/settings/channels/sms')).toEqual({ page: 'settings', channel: 'sms' });
    expect(parseRoute('#/settings/channels/fax')).toEqual({ page: 'dashboard' });
    expect(parseRoute('#/settings')).toEqual({ page: 'settings' });
  });
});
