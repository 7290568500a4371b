import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { formatDiagnostics } from '../../../electron/cli/validate';
import { allFields } from '../../../shared/audience/index';
import { MAX_JOURNEY_FILE_BYTES, MAX_REPORTED_ISSUES, readJourneyFile } from '../../../shared/exchange/index';
import {
  DiagnosticSchema,
  validateJourney,
  validationTemplateOf,
  type Diagnostic,
} from '../../../shared/validation/index';
import { useTempDir } from '../../support/temp-dir';
import { nodeIndex, sampleFileData, sampleFileText } from '../../shared/exchange/support/sample-file';
import { captureIo } from './support/capture-io';

const tempDir = useTempDir();
const fixture = (relative: string) => fileURLToPath(new URL(`../../fixtures/${relative}`, import.meta.url));
const V1_FIXTURE = fixture('exchange/v1-welcome.journey.json');

function writeTemp(name: string, content: string | Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

/** What the validator says about a file, checked with the file's own templates and fields. */
function expectedDiagnostics(text: string): Diagnostic[] {
  const file = readJourneyFile(text);
  const templates = new Map(file.templates.map((template) => [template.id, validationTemplateOf(template)]));
  return validateJourney(file.journey, { templates, fields: allFields(file.fields), now: new Date() });
}

function warningsOnlyText(): string {
  const data = sampleFileData();
  data.journey.nodes[nodeIndex(data, 'cart-email')].config.fallbacks[0].templateId = 'tpl_sms_vip_coupon';
  // The credentials export left empty, filled in again as a user would after importing.
  const webhook = data.journey.nodes[nodeIndex(data, 'tell-crm')].config;
  webhook.url = webhook.url.replace('api_key=', 'api_key=k-1').replace('signature=', 'signature=s-1');
  for (const header of webhook.headers) if (header.value === '') header.value = 'filled-in';
  return JSON.stringify(data);
}

describe('journey-studio validate', () => {
  it('exits 0 for a clean journey (a migrated v1 file) and says so', async () => {
    const io = captureIo();
    expect(await runCli(['validate', V1_FIXTURE], io)).toBe(0);
    expect(io.outText()).toBe('0 errors, 0 warnings');
    expect(io.errText()).toBe('');
  });

  it('exits 1 when there are errors, one line per diagnostic with its step, then the summary', async () => {
    const text = sampleFileText();
    const diagnostics = expectedDiagnostics(text);
    expect(diagnostics.some((diagnostic) => diagnostic.severity === 'error')).toBe(true);
    const io = captureIo();
    expect(await runCli(['validate', writeTemp('cart.journey.json', text)], io)).toBe(1);
    const lines = io.outText().split('\n');
    expect(lines).toHaveLength(diagnostics.length + 1);
    const error = diagnostics.find((diagnostic) => diagnostic.severity === 'error')!;
    const width = Math.max(...diagnostics.map((diagnostic) => diagnostic.code.length));
    expect(lines[diagnostics.indexOf(error)]).toBe(
      `error   ${error.code.padEnd(width)}  ${error.message} (${error.hint})  [step "Your cart is waiting"]`,
    );
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    expect(lines.at(-1)).toBe(
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    );
  });

  it('exits 0 when there are only warnings', async () => {
    const text = warningsOnlyText();
    const diagnostics = expectedDiagnostics(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((diagnostic) => diagnostic.severity === 'warning')).toBe(true);
    const io = captureIo();
    expect(await runCli(['validate', writeTemp('warned.journey.json', text)], io)).toBe(0);
    expect(io.outText().split('\n').at(-1)).toBe(
      `0 errors, ${diagnostics.length} warning${diagnostics.length === 1 ? '' : 's'}`,
    );
    expect(io.outText()).toMatch(/^warning UNDEFINED_VARIABLE {2}/);
  });

  it('prints exactly { valid, diagnostics } with --json', async () => {
    const text = sampleFileText();
    const io = captureIo();
    expect(await runCli(['validate', '--json', writeTemp('cart.journey.json', text)], io)).toBe(1);
    const printed = JSON.parse(io.outText());
    expect(Object.keys(printed)).toEqual(['valid', 'diagnostics']);
    expect(printed.valid).toBe(false);
    expect(printed.diagnostics).toEqual(expectedDiagnostics(text));
    for (const diagnostic of printed.diagnostics)
      expect(() => DiagnosticSchema.strict().parse(diagnostic)).not.toThrow();
    const clean = captureIo();
    expect(await runCli(['validate', V1_FIXTURE, '--json'], clean)).toBe(0);
    expect(JSON.parse(clean.outText())).toEqual({ valid: true, diagnostics: [] });
  });

  it('reads a bare journey document too', async () => {
    const io = captureIo();
    const bare = fixture('journeys/valid-every-kind.journey.json');
    const code = await runCli(['validate', bare], io);
    expect([0, 1]).toContain(code);
    expect(io.outText()).toMatch(/\d+ errors?, \d+ warnings?$/);
  });

  it('exits 2 when the file is missing, naming it', async () => {
    const io = captureIo();
    const missing = path.join(tempDir(), 'nope.journey.json');
    expect(await runCli(['validate', missing], io)).toBe(2);
    expect(io.errText()).toBe(`journey-studio validate: cannot read "${missing}": there is no such file.`);
    expect(io.outText()).toBe('');
  });

  it('exits 2 for text that is not JSON, with line and column on stderr', async () => {
    const file = writeTemp('broken.journey.json', '{\n  "format": "journey-studio.journey",\n  "journey": {\n}');
    const io = captureIo();
    expect(await runCli(['validate', file], io)).toBe(2);
    expect(io.errText()).toBe(
      `journey-studio validate: ${file}: The file is not valid JSON (line 4, column 2): Expected "," or "}" after a property value, found the end of the file.`,
    );
  });

  it('exits 2 for a file that is not a journey, listing every problem with its path, and answers --json too', async () => {
    const data = sampleFileData();
    data.journey.nodes[0].kind = 'teleport';
    data.templates[0].content.subject = 5;
    const file = writeTemp('bad.journey.json', JSON.stringify(data));
    const io = captureIo();
    expect(await runCli(['validate', file, '--json'], io)).toBe(2);
    const printed = JSON.parse(io.outText());
    expect(Object.keys(printed)).toEqual(['valid', 'error', 'issues', 'unlistedIssues']);
    expect(printed.valid).toBe(false);
    expect(printed.error).toMatch(/^.*bad\.journey\.json: This journey file cannot be imported \(2 problems\): /);
    expect(printed.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'journey.nodes[0].kind',
      'templates[0].content.subject',
    ]);
    const errLines = io.errText().split('\n');
    expect(errLines[0]).toBe(`journey-studio validate: ${printed.error}`);
    expect(errLines.slice(1)).toEqual(
      printed.issues.map((issue: { path: string; message: string }) => `  ${issue.path}: ${issue.message}`),
    );
  });

  it('exits 2 for a file with very many problems, listing the first with paths and counting the rest', async () => {
    const data = sampleFileData();
    data.journey.edges = Array.from({ length: 20_000 }, () => ({}));
    const file = writeTemp('edges.journey.json', JSON.stringify(data));
    const io = captureIo();
    expect(await runCli(['validate', file, '--json'], io)).toBe(2);
    const printed = JSON.parse(io.outText());
    expect(printed.valid).toBe(false);
    expect(printed.issues).toHaveLength(MAX_REPORTED_ISSUES);
    expect(printed.issues.every((issue: { path: string }) => issue.path.startsWith('journey.edges['))).toBe(true);
    expect(printed.unlistedIssues).toBe(80_000 - MAX_REPORTED_ISSUES);
    expect(io.errText().split('\n').at(-1)).toBe('  … and 79,900 more problems');
  });

  it('exits 2 for a file that is not UTF-8 text or is too large', async () => {
    const binary = captureIo();
    expect(
      await runCli(
        ['validate', writeTemp('image.journey.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]))],
        binary,
      ),
    ).toBe(2);
    expect(binary.errText()).toMatch(/is not UTF-8 text, so it is not a journey file\.$/);
    const huge = captureIo();
    expect(
      await runCli(['validate', writeTemp('huge.journey.json', Buffer.alloc(MAX_JOURNEY_FILE_BYTES + 1, 0x20))], huge),
    ).toBe(2);
    expect(huge.errText()).toMatch(/huge\.journey\.json" is 5 MiB; a journey file can be at most 5 MiB\.$/);
  });

  it('exits 2 for wrong usage', async () => {
    const none = captureIo();
    expect(await runCli(['validate'], none)).toBe(2);
    expect(none.errText()).toBe(
      'journey-studio validate: name the file.journey.json, e.g. "journey-studio validate <file.journey.json>".',
    );
    const two = captureIo();
    expect(await runCli(['validate', 'a.json', 'b.json'], two)).toBe(2);
    expect(two.errText()).toBe('journey-studio validate: expected one file.journey.json, got 2: a.json b.json');
    const unknown = captureIo();
    expect(await runCli(['validate', '--strict', 'a.json'], unknown)).toBe(2);
    expect(unknown.errText()).toMatch(/--strict/);
  });

  it('prints the help, which documents the exit codes, for --help', async () => {
    const io = captureIo();
    expect(await runCli(['validate', '--help'], io)).toBe(0);
    expect(io.outText()).toContain('journey-studio validate <file.journey.json> [--json]');
    expect(io.outText()).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
  });
});

describe('formatDiagnostics', () => {
  it('aligns codes, names the step by its label and counts in words', () => {
    const lines = formatDiagnostics(
      [
        { severity: 'error', code: 'NO_ENTRY', message: 'The journey has no entry step.', hint: 'Add an Entry step.' },
        { severity: 'warning', code: 'UNDEFINED_VARIABLE', message: 'Uses {{ x }}.', hint: '', nodeId: 'n1' },
        { severity: 'warning', code: 'DEAD_END', message: 'Leads nowhere.', hint: 'Connect it.', nodeId: 'gone' },
      ],
      [{ id: 'n1', kind: 'exit', label: 'Done', position: { x: 0, y: 0 }, config: {} }],
    );
    expect(lines).toEqual([
      'error   NO_ENTRY            The journey has no entry step. (Add an Entry step.)',
      'warning UNDEFINED_VARIABLE  Uses {{ x }}.  [step "Done"]',
      'warning DEAD_END            Leads nowhere. (Connect it.)  [step "gone"]',
      '1 error, 2 warnings',
    ]);
    expect(formatDiagnostics([], [])).toEqual(['0 errors, 0 warnings']);
  });
});
