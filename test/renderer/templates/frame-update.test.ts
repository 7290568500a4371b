import { describe, expect, it } from 'vitest';
import { frameUpdate } from '../../../renderer/src/templates/previews/frame-update';

describe('how the email frame shows the next document', () => {
  it('loads the first document as srcdoc', () => {
    expect(frameUpdate({ shown: null, loaded: false }, '<p>a</p>')).toBe('load');
    expect(frameUpdate({ shown: null, loaded: true }, '<p>a</p>')).toBe('load');
  });

  it('writes later documents into the loaded one instead of navigating', () => {
    expect(frameUpdate({ shown: '<p>a</p>', loaded: true }, '<p>ab</p>')).toBe('write');
  });

  it('replaces a frame still loading an older document, and leaves one showing this document alone', () => {
    expect(frameUpdate({ shown: '<p>a</p>', loaded: false }, '<p>ab</p>')).toBe('replace');
    expect(frameUpdate({ shown: '<p>a</p>', loaded: false }, '<p>a</p>')).toBe('none');
    expect(frameUpdate({ shown: '<p>a</p>', loaded: true }, '<p>a</p>')).toBe('none');
  });
});
