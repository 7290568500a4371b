/**
 * An edit the journey's rules refuse. The message is a sentence written for the person editing,
 * so the UI can show it as it is; programming mistakes (a reused id) throw plain Errors instead.
 */
export class GraphRuleError extends Error {
  override readonly name = 'GraphRuleError';
}
