import { formatEdited } from '../ui/format-time';

/** Relative for scanning, the exact moment on hover. */
export function EditedTime({ iso }: { iso: string }) {
  const exact = new Date(iso);
  return (
    <time dateTime={iso} title={Number.isNaN(exact.getTime()) ? iso : exact.toLocaleString()}>
      {formatEdited(iso)}
    </time>
  );
}
