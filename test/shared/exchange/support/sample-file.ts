import { writeJourneyFile } from '../../../../shared/exchange/index';
import { sampleFields, sampleJourney, sampleTemplates } from './sample-journey';

/** The sample journey exported, as text. */
export function sampleFileText(): string {
  return writeJourneyFile({ journey: sampleJourney(), templates: sampleTemplates(), fields: sampleFields() }).content;
}

/**
 * The sample file as JSON.parse gives it, untyped on purpose: tests break it in every way a
 * damaged or hand-edited file could be broken, and write it back with JSON.stringify.
 */
export function sampleFileData() {
  return JSON.parse(sampleFileText());
}

/** Index of a node by id in the sample file's journey (the file keeps the document's node order). */
export function nodeIndex(data: { journey: { nodes: { id: string }[] } }, id: string): number {
  return data.journey.nodes.findIndex((node) => node.id === id);
}
