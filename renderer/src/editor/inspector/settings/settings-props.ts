import type { JourneySettings } from '../../../../../shared/model/index';
import type { DraftControls } from '../use-config-draft';

export interface SettingsSectionProps {
  draft: DraftControls<JourneySettings>;
}
