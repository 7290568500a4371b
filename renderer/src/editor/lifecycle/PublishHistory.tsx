import type { ReceivedPublish } from '../../../../shared/contract/index';

const ACTION_LABELS: Readonly<Record<ReceivedPublish['action'], string>> = {
  create: 'Created',
  start: 'Started',
  publish: 'Published',
};

/** The publish history of a journey published from elsewhere: each version, when, by which client key, and what came of it. */
export function PublishHistory({ records }: { records: readonly ReceivedPublish[] }) {
  return (
    <details className="received-publish-history">
      <summary>Publish history ({records.length})</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Version</th>
            <th scope="col">Client key</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record, index) => (
            <tr key={index} className={record.status >= 400 ? 'refused' : undefined}>
              <td>
                <time dateTime={record.at}>{new Date(record.at).toLocaleString()}</time>
              </td>
              <td>{ACTION_LABELS[record.action]}</td>
              <td>{record.version === null ? '—' : `Version ${record.version}`}</td>
              <td>{record.clientName}</td>
              <td>{record.status >= 400 ? `Refused (${record.status}): ${record.result}` : record.result}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
