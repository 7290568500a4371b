import { describe, expect, it } from 'vitest';
import {
  channelProviderSettingKey,
  configuredChannels,
} from '../../../../electron/services/lifecycle/configured-channels';

describe('configuredChannels', () => {
  it('counts a channel once its provider setting holds anything but null', () => {
    const settings = {
      [channelProviderSettingKey('sms')]: 'local',
      [channelProviderSettingKey('email')]: { kind: 'smtp', host: '127.0.0.1' },
      [channelProviderSettingKey('push')]: null,
      [channelProviderSettingKey('whatsapp')]: false,
      'channels.telegram': 'local',
      'ui.theme': 'dark',
    };
    expect([...configuredChannels(settings)].sort()).toEqual(['email', 'sms', 'whatsapp']);
  });

  it('knows no channel without settings', () => {
    expect(configuredChannels({}).size).toBe(0);
    expect(channelProviderSettingKey('inapp')).toBe('channels.inapp.provider');
  });
});
