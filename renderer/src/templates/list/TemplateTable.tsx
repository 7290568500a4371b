import { channelLabel } from '../../../../shared/model/index';
import { hrefFor } from '../../app/route';
import { EditedTime } from '../../dashboard/EditedTime';
import { ChannelIcon } from '../../editor/nodes/ChannelIcon';
import type { TemplateListItem } from '../../store/templates-slice';
import { languageLabel } from './template-list-view';
import { RowMenu, type RowActions } from '../../ui/RowMenu';
import { UsedByList } from './UsedByList';

export function TemplateTable({
  templates,
  actions,
}: {
  templates: readonly TemplateListItem[];
  actions: RowActions<TemplateListItem>;
}) {
  return (
    <table className="journey-table template-table" aria-label="Templates">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Channel</th>
          <th scope="col">Language</th>
          <th scope="col" aria-sort="descending">
            Last edited
          </th>
          <th scope="col">Used by</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {templates.map((template) => (
          <tr key={template.id}>
            <th scope="row">
              <a href={hrefFor({ page: 'template', templateId: template.id })} className="journey-link">
                {template.name}
              </a>
            </th>
            <td>
              {/* The icon is decorative here: the label next to it says the channel. */}
              <span className="template-channel" aria-hidden="true">
                <ChannelIcon channel={template.channel} size="small" />
              </span>{' '}
              {channelLabel(template.channel)}
            </td>
            <td>{languageLabel(template.language)}</td>
            <td>
              <EditedTime iso={template.updatedAt} />
            </td>
            <td className="used-by-cell">
              <UsedByList usedBy={template.usedBy} />
            </td>
            <td className="row-actions">
              <RowMenu item={template} actions={actions} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
