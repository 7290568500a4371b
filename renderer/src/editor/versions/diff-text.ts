import { configValueChange, type ChangedNode, type JourneyDiff } from '../../../../shared/journey/diff';
import { getNodeKind, stepDisplayName, type JourneyNode, type JourneySettings } from '../../../../shared/model/index';

/** "Welcome email (Message)"; a step without its own name goes by its kind. */
export function stepName(node: JourneyNode): string {
  const kind = getNodeKind(node.kind).label;
  const name = stepDisplayName(node);
  return name !== kind ? `${name} (${kind})` : kind;
}

const CONFIG_WORDS: Record<string, string> = {
  templateId: 'template',
  fallbacks: 'fallback channels',
  variables: 'template variables',
  channel: 'channel',
  audience: 'audience',
  duration: 'duration',
  paths: 'paths',
  rules: 'rules',
  filter: 'filter',
  url: 'URL',
  headers: 'headers',
};

/** "templateId" → "template"; unknown keys are split into words ("timeoutHours" → "timeout hours"). */
export function configKeyWords(key: string): string {
  return CONFIG_WORDS[key] ?? key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * What changed about one step, in words: "renamed from “Hello”; template changed; duration 1 day → 3 days".
 * A value with a short wording is shown before and after; the rest are named.
 */
export function describeChange(change: ChangedNode): string {
  const parts: string[] = [];
  if (change.changes.includes('kind')) {
    parts.push(`was ${getNodeKind(change.before.kind).label}`);
  }
  if (change.changes.includes('label')) parts.push(`renamed from “${stepDisplayName(change.before)}”`);
  if (change.changes.includes('config') && !change.changes.includes('kind')) {
    const named: string[] = [];
    const valued: string[] = [];
    for (const key of change.configKeys) {
      const values = configValueChange(change, key);
      if (values) valued.push(`${configKeyWords(key)} ${values.before} → ${values.after}`);
      else named.push(configKeyWords(key));
    }
    if (named.length) parts.push(`${named.join(', ')} changed`);
    parts.push(...valued);
  }
  return parts.join('; ');
}

const SETTING_WORDS: Record<keyof JourneySettings, string> = {
  primaryChannel: 'primary channel',
  persona: 'persona',
  movementType: 'movement type',
  languages: 'languages',
  courierAccounts: 'courier accounts',
  orderTypes: 'order types',
  timeZone: 'time zone',
  quietHours: 'quiet hours',
  frequencyCap: 'frequency cap',
  reEntry: 're-entry',
  goal: 'goal',
  guided: 'guided setup',
};

export function settingWords(key: keyof JourneySettings): string {
  return SETTING_WORDS[key];
}

/** Lines for what the diff lists beyond steps: connections, settings, name and description. */
export function otherChanges(diff: JourneyDiff): string[] {
  const lines: string[] = [];
  const connections = (count: number) => `${count} ${count === 1 ? 'connection' : 'connections'}`;
  if (diff.addedEdges.length) lines.push(`${connections(diff.addedEdges.length)} added`);
  if (diff.removedEdges.length) lines.push(`${connections(diff.removedEdges.length)} removed`);
  if (diff.settings.length) lines.push(`Settings changed: ${diff.settings.map(settingWords).join(', ')}`);
  if (diff.name) lines.push(`Renamed from “${diff.name.before}” to “${diff.name.after}”`);
  if (diff.description) lines.push('Description changed');
  if (diff.moved.length)
    lines.push(`${diff.moved.length} ${diff.moved.length === 1 ? 'step' : 'steps'} moved on the canvas`);
  if (diff.notesChanged) lines.push('Notes changed');
  return lines;
}
