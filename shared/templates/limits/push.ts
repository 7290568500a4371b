import type { RenderDiagnostic } from '../render-result';
import { characterCount, compact, isWebUrl, limitDiagnostic, parseUrl, readString, type LimitCheck } from './fields';

export type PushPlatform = 'android' | 'ios';
export type PushTextField = 'title' | 'body';

/**
 * How many characters a collapsed notification shows before the system cuts it with "…".
 * APPROXIMATIONS: the real cut depends on the device, font, screen width, and on whether an image
 * or app actions are shown; these are the common figures for a phone in portrait, lock screen and
 * notification shade, and are used for previews and warnings only, never to reject a message.
 */
export const PUSH_VISIBLE_LIMITS: Readonly<Record<PushPlatform, Readonly<Record<PushTextField, number>>>> = {
  android: { title: 65, body: 240 },
  ios: { title: 50, body: 178 },
};

/** APNs and FCM both cap a notification payload at 4 KB; the title and body must leave room for the rest. */
export const PUSH_TEXT_MAX_BYTES = 4000;

/** The text as a collapsed notification shows it: cut at the visible limit, ending in "…". */
export function truncateForPlatform(text: string, platform: PushPlatform, field: PushTextField): string {
  const limit = PUSH_VISIBLE_LIMITS[platform][field];
  const characters = [...text];
  if (characters.length <= limit) return text;
  // The ellipsis takes the last visible place; trailing spaces before it would look like a gap.
  return (
    characters
      .slice(0, limit - 1)
      .join('')
      .trimEnd() + '…'
  );
}

function visibilityWarning(field: PushTextField, text: string): RenderDiagnostic | null {
  const length = characterCount(text);
  const cutOn = (['ios', 'android'] as const).filter((platform) => length > PUSH_VISIBLE_LIMITS[platform][field]);
  if (cutOn.length === 0) return null;
  const shows = cutOn
    .map((platform) => `${platform === 'ios' ? 'iOS' : 'Android'} shows about ${PUSH_VISIBLE_LIMITS[platform][field]}`)
    .join(' and ');
  return limitDiagnostic('warning', field, `The ${field} is ${length} characters; ${shows}, the rest is cut with "…".`);
}

export const checkPushLimits: LimitCheck = (output) => {
  const title = readString(output, 'title');
  const body = readString(output, 'body');
  const imageUrl = readString(output, 'imageUrl').trim();
  const deepLink = readString(output, 'deepLink').trim();
  const bytes = new TextEncoder().encode(title + body).length;
  return compact([
    title.trim() === '' && body.trim() === ''
      ? limitDiagnostic('error', 'body', 'A push notification needs a title or a body.')
      : null,
    visibilityWarning('title', title),
    visibilityWarning('body', body),
    bytes > PUSH_TEXT_MAX_BYTES
      ? limitDiagnostic(
          'error',
          'body',
          `The title and body take ${bytes} bytes; APNs and FCM allow about ${PUSH_TEXT_MAX_BYTES} in a 4 KB payload.`,
        )
      : null,
    imageUrl === ''
      ? null
      : !isWebUrl(imageUrl)
        ? limitDiagnostic('error', 'imageUrl', `The image URL "${imageUrl}" is not a valid http(s) URL.`)
        : imageUrl.startsWith('http:')
          ? limitDiagnostic('warning', 'imageUrl', 'The image URL uses http; iOS only loads images over https.')
          : null,
    deepLink === '' || parseUrl(deepLink) !== null
      ? null
      : limitDiagnostic(
          'error',
          'deepLink',
          `The deep link "${deepLink}" is not a valid URL (e.g. myapp://orders/123 or https://…).`,
        ),
  ]);
};
