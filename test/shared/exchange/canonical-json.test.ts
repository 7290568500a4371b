import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/exchange/index';

describe('canonicalJson', () => {
  it('sorts keys at every level, integer-like keys included, with two-space indent and a final newline', () => {
    const text = canonicalJson({ b: 1, a: { z: [{ y: 1, x: 2 }], '10': 'ten', '2': 'two' }, A: null });
    expect(text).toBe(
      [
        '{',
        '  "A": null,',
        '  "a": {',
        '    "10": "ten",',
        '    "2": "two",',
        '    "z": [',
        '      {',
        '        "x": 2,',
        '        "y": 1',
        '      }',
        '    ]',
        '  },',
        '  "b": 1',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('gives the same text whatever order the keys were added in', () => {
    expect(canonicalJson({ one: 1, two: { c: 3, d: 4 } })).toBe(canonicalJson({ two: { d: 4, c: 3 }, one: 1 }));
  });

  it('writes empty containers inline, leaves out undefined properties and writes non-finite numbers as null, like JSON.stringify', () => {
    expect(canonicalJson({ list: [], map: {}, gone: undefined, inf: Infinity, holes: [undefined, 1] })).toBe(
      '{\n  "holes": [\n    null,\n    1\n  ],\n  "inf": null,\n  "list": [],\n  "map": {}\n}\n',
    );
  });

  it('reads back as the same data, escapes included', () => {
    const data = { text: 'line\nbreak "quoted" \u0007 <script>', emoji: '😀', nested: [[1.5, -0.25e-7, true, false]] };
    expect(JSON.parse(canonicalJson(data))).toEqual(data);
  });

  it('keeps a "__proto__" own key as data without touching any prototype', () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
    expect(canonicalJson(data)).toBe('{\n  "__proto__": {\n    "polluted": true\n  },\n  "a": 1\n}\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
