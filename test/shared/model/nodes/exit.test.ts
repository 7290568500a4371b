import { describe, it, expect } from 'vitest';
import { exitNodeKind } from '../../../../shared/model/nodes/exit';
import { issuesOf } from '../issues-of';

describe('exit node kind', () => {
  it('has an empty config and no outputs', () => {
    expect(exitNodeKind.config.parse(exitNodeKind.defaults())).toEqual({});
    expect(exitNodeKind.outputs({})).toEqual([]);
    expect(exitNodeKind.group).toBe('exit');
  });

  it('summarises as the end of the journey', () => {
    expect(exitNodeKind.summary({})).toBe('End of journey');
  });

  it('rejects any config key, since an exit has nothing to configure', () => {
    expect(issuesOf(exitNodeKind.config, { next: 'n1' })).toEqual([
      { path: 'next', message: 'Unrecognized key: "next"' },
    ]);
  });
});
