/**
 * MJML's parser quietly closes what the author left open: an unclosed <mj-text> swallows the rest
 * of the email as its text and MJML reports nothing. This finds unclosed and stray mj- tags.
 */

// Tags whose content MJML keeps as raw HTML: nothing inside them is MJML structure.
const ENDING_TAGS = new Set([
  'mj-accordion-text',
  'mj-accordion-title',
  'mj-breakpoint',
  'mj-button',
  'mj-carousel-image',
  'mj-navbar-link',
  'mj-preview',
  'mj-raw',
  'mj-social-element',
  'mj-style',
  'mj-table',
  'mj-text',
  'mj-title',
]);

const TOKEN = /<!--[\s\S]*?-->|<(\/?)(mjml|mj-[a-z0-9-]+)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

export interface TagProblem {
  line: number;
  message: string;
}

function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

export function findUnbalancedTags(mjml: string): TagProblem[] {
  const lineAt = lineCounter(mjml);
  const open: { name: string; line: number }[] = [];
  const problems: TagProblem[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(mjml); match; match = TOKEN.exec(mjml)) {
    const [, closing, name, selfClosing] = match;
    if (name === undefined || selfClosing) continue;
    const line = lineAt(match.index);
    if (!closing) {
      if (!ENDING_TAGS.has(name)) {
        open.push({ name, line });
        continue;
      }
      const end = new RegExp(`</${name}\\s*>`, 'g');
      end.lastIndex = TOKEN.lastIndex;
      if (!end.exec(mjml)) {
        // Everything after it is its content, so the tags still open are not the author's problem to see.
        problems.push({
          line,
          message: `<${name}> is never closed, so everything after it becomes its content. Add </${name}>.`,
        });
        open.length = 0;
        break;
      }
      TOKEN.lastIndex = end.lastIndex;
      continue;
    }
    const at = open.map((tag) => tag.name).lastIndexOf(name);
    if (at < 0) {
      problems.push({ line, message: `</${name}> closes nothing: there is no open <${name}> before it.` });
      continue;
    }
    for (const unclosed of open.splice(at).slice(1).reverse()) {
      problems.push({
        line: unclosed.line,
        message: `<${unclosed.name}> is not closed before </${name}> on line ${line}.`,
      });
    }
  }
  for (const unclosed of open.reverse())
    problems.push({ line: unclosed.line, message: `<${unclosed.name}> is never closed. Add </${unclosed.name}>.` });
  return problems.sort((a, b) => a.line - b.line);
}
