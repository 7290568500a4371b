import { truncateForPlatform, type PushPlatform } from '../../../../shared/templates/limits/push';
import { outputText } from './output-fields';
import type { PreviewProps } from './preview-props';

const PLATFORMS: { id: PushPlatform; label: string }[] = [
  { id: 'android', label: 'Android' },
  { id: 'ios', label: 'iOS' },
];

/** Each platform cuts a collapsed notification at its own length; the shared helper says where. */
export function PushPreview({ content, result }: PreviewProps<'push'>) {
  const title = outputText(result, 'title', content.title);
  const body = outputText(result, 'body', content.body);
  const image = outputText(result, 'imageUrl', content.imageUrl);
  return (
    <div className="push-previews">
      {PLATFORMS.map((platform) => (
        <figure key={platform.id} className={`push-card ${platform.id}`} aria-label={`${platform.label} notification`}>
          <figcaption className="push-platform">{platform.label}</figcaption>
          <div className="push-app">
            <span className="push-app-icon" aria-hidden="true" /> Your app · now
          </div>
          <p className="push-title">{truncateForPlatform(title, platform.id, 'title')}</p>
          <p className="push-body">{truncateForPlatform(body, platform.id, 'body')}</p>
          {image && (
            // Remote images are not fetched by the app; the place they take is shown instead.
            <div className="image-placeholder" title={image}>
              Image
            </div>
          )}
        </figure>
      ))}
    </div>
  );
}
