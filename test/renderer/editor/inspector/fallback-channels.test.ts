import { describe, expect, it } from 'vitest';
import type { Channel } from '../../../../shared/model/index';
import {
  firstUnusedChannel,
  repeatedFallbackChannels,
} from '../../../../renderer/src/editor/inspector/fallback-channels';

const fallbacks = (...channels: Channel[]) => channels.map((channel) => ({ channel }));

describe('repeatedFallbackChannels', () => {
  it('finds nothing when every channel is different', () => {
    expect(repeatedFallbackChannels('whatsapp', fallbacks('sms', 'email'))).toEqual([null, null]);
  });

  it('flags a fallback on the primary channel', () => {
    expect(repeatedFallbackChannels('sms', fallbacks('email', 'sms'))).toEqual([null, { by: 'primary' }]);
  });

  it('flags a later fallback repeating an earlier one, pointing at the first use', () => {
    expect(repeatedFallbackChannels('whatsapp', fallbacks('sms', 'email', 'sms', 'sms'))).toEqual([
      null,
      null,
      { by: 'fallback', index: 0 },
      { by: 'fallback', index: 0 },
    ]);
  });

  it('handles no fallbacks', () => {
    expect(repeatedFallbackChannels('email', [])).toEqual([]);
  });
});

describe('firstUnusedChannel', () => {
  it('suggests the first channel not tried yet', () => {
    expect(firstUnusedChannel('email', [])).toBe('sms');
    expect(firstUnusedChannel('whatsapp', fallbacks('email', 'sms'))).toBe('push');
  });

  it('falls back to the primary when every channel is used', () => {
    const all: Channel[] = ['email', 'sms', 'whatsapp', 'push', 'inapp', 'telegram', 'wallet', 'marketing'];
    expect(firstUnusedChannel('email', fallbacks(...all.slice(1)))).toBe('email');
  });
});
