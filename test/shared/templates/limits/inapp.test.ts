import { describe, it, expect } from 'vitest';
import { checkChannelLimits } from '../../../../shared/templates/index';

const button = (label: string) => ({ label, action: 'https://example.com' });
const check = (output: Record<string, unknown>) =>
  checkChannelLimits('inapp', { title: 'Welcome', body: 'Hi', imageUrl: '', buttons: [], ...output });

describe('in-app limits', () => {
  it('accepts a message with two buttons', () => {
    expect(check({ buttons: [button('Yes'), button('Later')] })).toEqual([]);
  });

  it('refuses a third button', () => {
    expect(check({ buttons: [button('a'), button('b'), button('c')] })).toEqual([
      { severity: 'error', source: 'limit', field: 'buttons', message: 'Buttons: 3; the limit is 2.' },
    ]);
  });

  it('accepts a title of 80 characters and refuses 81', () => {
    expect(check({ title: 't'.repeat(80) })).toEqual([]);
    expect(check({ title: 't'.repeat(81) })).toEqual([
      { severity: 'error', source: 'limit', field: 'title', message: 'The title is 81 characters; the limit is 80.' },
    ]);
  });

  it('refuses a button without a label', () => {
    expect(check({ buttons: [button('ok'), button(' ')] })).toEqual([
      { severity: 'error', source: 'limit', field: 'buttons[1].label', message: 'Button 2 has no label.' },
    ]);
  });

  it('checks the image URL when given', () => {
    expect(check({ imageUrl: 'https://example.com/a.png' })).toEqual([]);
    expect(check({ imageUrl: 'a.png' })[0]).toMatchObject({ severity: 'error', field: 'imageUrl' });
  });
});
