import type { RenderDiagnostic } from '../render-result';
import {
  compact,
  isWebUrl,
  limitDiagnostic,
  readObjects,
  readString,
  tooLong,
  tooMany,
  type LimitCheck,
} from './fields';

/** The in-app message card of the app SDK: a title line, body, optional image and up to two buttons. */
export const INAPP_LIMITS = { title: 80, buttons: 2 } as const;

export const checkInAppLimits: LimitCheck = (output) => {
  const imageUrl = readString(output, 'imageUrl').trim();
  const buttons = readObjects(output, 'buttons');
  const buttonDiagnostics: RenderDiagnostic[] = [];
  buttons.forEach((button, index) => {
    if (typeof button.label !== 'string' || button.label.trim() === '') {
      buttonDiagnostics.push(limitDiagnostic('error', `buttons[${index}].label`, `Button ${index + 1} has no label.`));
    }
  });
  return [
    ...compact([
      tooLong('title', 'The title', readString(output, 'title'), INAPP_LIMITS.title),
      tooMany('buttons', 'Buttons', buttons.length, INAPP_LIMITS.buttons),
      imageUrl !== '' && !isWebUrl(imageUrl)
        ? limitDiagnostic('error', 'imageUrl', `The image URL "${imageUrl}" is not a valid http(s) URL.`)
        : null,
    ]),
    ...buttonDiagnostics,
  ];
};
