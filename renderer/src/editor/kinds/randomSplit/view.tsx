import type { KindBody } from '../kind-ui';

export const RandomSplitBody: KindBody<'randomSplit'> = ({ node }) => {
  const total = node.config.branches.reduce((sum, branch) => sum + branch.percent, 0);
  return (
    <>
      <div className="journey-node-split" aria-hidden="true">
        {node.config.branches.map((branch) => (
          <span key={branch.id} style={{ flexGrow: Math.max(branch.percent, 1) }} />
        ))}
      </div>
      <div className="journey-node-summary">
        {node.config.branches.map((b) => `${b.percent}%`).join(' / ') || 'No paths'}
      </div>
      {total !== 100 && node.config.branches.length > 0 && (
        <div className="journey-node-missing">Adds up to {total}%</div>
      )}
    </>
  );
};
