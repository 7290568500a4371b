import { describe, expect, it } from 'vitest';
import { findUnbalancedTags } from '../../../../electron/services/rendering/mjml-tag-balance';

describe('findUnbalancedTags', () => {
  it('accepts balanced MJML with self-closing tags, comments and HTML inside text', () => {
    const mjml = [
      '<mjml>',
      '  <mj-body>',
      '    <!-- <mj-section> in a comment does not count -->',
      '    <mj-section><mj-column>',
      '      <mj-image src="a/b.png" alt="x > y" />',
      '      <mj-text>Hi <b>there</b> <mj-section> as text </mj-text>',
      '      <mj-button href="#">Go</mj-button >',
      '    </mj-column></mj-section>',
      '  </mj-body>',
      '</mjml>',
    ].join('\n');
    expect(findUnbalancedTags(mjml)).toEqual([]);
  });

  it('points at the opening line of a tag left open before its parent closes', () => {
    const mjml = '<mjml>\n<mj-body>\n<mj-section>\n<mj-column>\n</mj-section>\n</mj-body>\n</mjml>';
    expect(findUnbalancedTags(mjml)).toEqual([
      { line: 4, message: '<mj-column> is not closed before </mj-section> on line 5.' },
    ]);
  });

  it('reports a closing tag that closes nothing, and tags never closed at all', () => {
    expect(findUnbalancedTags('<mjml>\n<mj-body>\n</mj-column>\n</mj-body>')).toEqual([
      { line: 1, message: '<mjml> is never closed. Add </mjml>.' },
      { line: 3, message: '</mj-column> closes nothing: there is no open <mj-column> before it.' },
    ]);
  });

  it('stops at an unclosed text tag, which swallows the rest', () => {
    expect(findUnbalancedTags('<mjml><mj-body>\n<mj-text>Hi\n</mj-body></mjml>')).toEqual([
      { line: 2, message: '<mj-text> is never closed, so everything after it becomes its content. Add </mj-text>.' },
    ]);
  });
});
