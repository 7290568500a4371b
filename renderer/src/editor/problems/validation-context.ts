import type { FieldDefinition } from '../../../../shared/audience/customer-fields';
import type { Template } from '../../../../shared/templates/template';
import type { ValidationContext } from '../../../../shared/validation/index';
import type { AppState } from '../../store/app-store';
import type { TemplateContextCache } from './template-context';

type LoadStatus = AppState['templatesStatus'];

const settled = (status: LoadStatus) => status === 'ready' || status === 'error';

/**
 * Whether the editor knows enough to check the journey. Until the custom fields are in, every
 * rule on a custom field would be reported as unknown for a moment; waiting for both loads (or
 * their failure) avoids that flash of false errors.
 */
export function contextSettled(state: Pick<AppState, 'templatesStatus' | 'fieldsStatus'>): boolean {
  return settled(state.templatesStatus) && settled(state.fieldsStatus);
}

/**
 * What the editor can tell the validator. No configured channels: that needs the delivery
 * settings, which only the explicit Validate (on the server) reports. A library or field list that
 * failed to load is left out, so its checks are skipped rather than run against nothing.
 */
export function liveValidationContext(
  state: {
    templates: readonly Template[];
    templatesStatus: LoadStatus;
    fields: readonly FieldDefinition[];
    fieldsStatus: LoadStatus;
  },
  templatesFor: TemplateContextCache,
  now: Date,
): ValidationContext {
  return {
    ...(state.templatesStatus === 'ready' ? { templates: templatesFor(state.templates) } : {}),
    ...(state.fieldsStatus === 'ready' ? { fields: state.fields } : {}),
    now,
  };
}
