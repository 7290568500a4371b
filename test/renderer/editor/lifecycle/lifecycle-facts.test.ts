import { describe, expect, it } from 'vitest';
import { createEmptyJourney, createNode, type Journey } from '../../../../shared/model/index';
import { lifecycleFacts } from '../../../../renderer/src/editor/lifecycle/lifecycle-facts';

function journeyOf(nodes: Journey['nodes']): Journey {
  return { ...createEmptyJourney({ id: 'j1', name: 'Welcome', now: '2026-01-01T00:00:00.000Z' }), nodes };
}

const at = { x: 0, y: 0 };

describe('lifecycleFacts', () => {
  it('counts each entry step’s audience, or says why it cannot be counted', () => {
    const everyone = createNode('entry', { id: 'all', position: at, label: 'Everyone' });
    const listed = createNode('entry', { id: 'list', position: at, label: 'VIPs' });
    listed.config = { audience: { type: 'list', listId: 'lst-1' } };
    const unchosen = createNode('entry', { id: 'none', position: at, label: 'Pick a list' });
    unchosen.config = { audience: { type: 'list', listId: null } };
    const onEvent = createNode('entry', { id: 'event', position: at, label: 'Signed up' });
    onEvent.config = { audience: { type: 'customEvent', eventName: 'signed_up', propertyRules: [] } };
    const facts = lifecycleFacts(journeyOf([everyone, listed, unchosen, onEvent]), []);
    expect(facts.entries.map(({ stepName, request, note }) => ({ stepName, request, note }))).toEqual([
      { stepName: 'Everyone', request: { all: true }, note: null },
      { stepName: 'VIPs', request: { listId: 'lst-1' }, note: null },
      { stepName: 'Pick a list', request: null, note: 'No list chosen yet.' },
      {
        stepName: 'Signed up',
        request: null,
        note: 'Contacts enter when “signed_up” happens; no count ahead of time.',
      },
    ]);
  });

  it('names every channel, fallbacks included, and lists warnings and counts errors', () => {
    const message = createNode('message', { id: 'm', position: at, label: 'Hello' });
    message.config = { ...message.config, channel: 'email', fallbacks: [{ channel: 'sms', templateId: null }] };
    const facts = lifecycleFacts(journeyOf([message]), [
      { severity: 'warning', message: 'No provider for SMS.' },
      { severity: 'error', message: 'No entry step.' },
    ]);
    expect(facts.channels).toBe('Email, SMS');
    expect(facts.warnings).toEqual(['No provider for SMS.']);
    expect(facts.errors).toBe(1);
    expect(lifecycleFacts(journeyOf([]), []).channels).toBeNull();
  });
});
