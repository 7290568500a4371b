export * from './diagnostic';
export { validateJourney } from './validate-journey';
export { validationTemplateOf } from './context';
export { applyQuickFix } from './quick-fixes';
export { normalisePercentages } from './normalise-percentages';
export { outputPath, handleOfOutputPath } from './output-path';
export { loopsWithoutWait } from './check-cycles';
export { webhookUrlProblem, isLocalHost, type WebhookUrlProblem } from './webhook-url';
export { delayDateInstant } from './delay-time';
