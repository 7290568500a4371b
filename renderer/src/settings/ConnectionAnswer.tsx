/** What Test connection heard: the other side's own words, as a status or as an alert. */
export function ConnectionAnswer({
  answer,
}: {
  answer: { ok: true; detail: string } | { ok: false; error: string } | null;
}) {
  if (answer === null) return null;
  return answer.ok ? (
    <span role="status" className="connection-ok">
      {answer.detail}
    </span>
  ) : (
    <span role="alert" className="field-error connection-failed">
      {answer.error}
    </span>
  );
}
