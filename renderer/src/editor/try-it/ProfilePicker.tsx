import { useEffect, useId, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { useContactSuggestions } from '../../test-send/use-contact-suggestions';
import { setSetup, useTryIt, type ProfileChoice } from './try-it-store';

/** Not offered as fields of a new profile: the ID has its own input, the creation time is the app's. */
const OWN_FIELDS = new Set(['customerId', 'createdAt']);
const MAX_GENERATED = 10_000;

function profileName(profile: ProfileChoice): string {
  if (profile.type === 'contact') return `Contact ${profile.customerId}`;
  if (profile.type === 'sample') return `Sample profile ${profile.name}`;
  if (profile.type === 'generated') return `${profile.count} generated profiles`;
  return `New profile ${profile.customerId || '(no ID yet)'}`;
}

/** Who to simulate: contacts (searched), sample profiles, and new profiles with fields typed in. */
export function ProfilePicker() {
  const ids = useId();
  const profiles = useTryIt((s) => s.profiles);
  const samples = useAppStore((s) => s.profiles);
  const loadProfiles = useAppStore((s) => s.loadProfiles);
  const fields = useAppStore((s) => s.fields);
  const loadFields = useAppStore((s) => s.loadFields);
  const [contact, setContact] = useState('');
  const [sample, setSample] = useState('');
  const [generated, setGenerated] = useState('1000');
  const generatedCount = Number(generated);
  const canGenerate = Number.isInteger(generatedCount) && generatedCount >= 1 && generatedCount <= MAX_GENERATED;
  const suggestions = useContactSuggestions(contact);

  useEffect(() => {
    void loadProfiles();
    void loadFields();
  }, [loadProfiles, loadFields]);

  const change = (next: ProfileChoice[]) => setSetup({ profiles: next });
  const replace = (index: number, profile: ProfileChoice) =>
    change(profiles.map((current, at) => (at === index ? profile : current)));
  const addContact = () => {
    const customerId = contact.trim();
    if (customerId === '') return;
    change([...profiles, { type: 'contact', customerId }]);
    setContact('');
  };
  const addSample = (id: string) => {
    const found = samples.find((candidate) => candidate.id === id);
    if (found) change([...profiles, { type: 'sample', profileId: found.id, name: found.name }]);
  };
  const newProfileCount = profiles.filter((profile) => profile.type === 'profile').length;
  const editable = fields.filter((field) => !OWN_FIELDS.has(field.key));

  return (
    <fieldset className="try-it-group">
      <legend>Profiles</legend>
      <ol className="try-it-profiles" aria-label="Profiles to try">
        {profiles.map((profile, index) => (
          <li key={index} className="try-it-profile">
            <div className="try-it-row">
              <span className="try-it-profile-name">{profileName(profile)}</span>
              <button
                type="button"
                className="button small"
                aria-label={`Remove ${profileName(profile)}`}
                onClick={() => change(profiles.filter((_, at) => at !== index))}
              >
                Remove
              </button>
            </div>
            {profile.type === 'profile' && (
              <NewProfileFields
                profile={profile}
                fieldKeys={editable.map((field) => field.key)}
                listId={`${ids}-fields`}
                onChange={(next) => replace(index, next)}
                number={index + 1}
              />
            )}
          </li>
        ))}
      </ol>
      {profiles.length === 0 && <p className="muted">No profiles yet: add a contact, a sample profile or a new one.</p>}
      <div className="try-it-row">
        <input
          aria-label="Contact to add"
          placeholder="Customer ID, email or phone"
          value={contact}
          list={`${ids}-contacts`}
          onChange={(event) => setContact(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              addContact();
            }
          }}
        />
        <button type="button" className="button small" onClick={addContact} disabled={contact.trim() === ''}>
          Add contact
        </button>
      </div>
      <datalist id={`${ids}-contacts`}>
        {suggestions.map((found) => (
          <option key={found.customerId} value={found.customerId}>
            {[found.email, found.phone].filter(Boolean).join(' · ')}
          </option>
        ))}
      </datalist>
      <div className="try-it-row">
        <select aria-label="Sample profile to add" value={sample} onChange={(event) => setSample(event.target.value)}>
          <option value="">Sample profile…</option>
          {samples.map((found) => (
            <option key={found.id} value={found.id}>
              {found.name}
            </option>
          ))}
        </select>
        <button type="button" className="button small" disabled={sample === ''} onClick={() => addSample(sample)}>
          Add
        </button>
        <button
          type="button"
          className="button small"
          disabled={samples.length === 0}
          onClick={() =>
            change([
              ...profiles,
              ...samples.map((found): ProfileChoice => ({ type: 'sample', profileId: found.id, name: found.name })),
            ])
          }
        >
          All samples
        </button>
      </div>
      <button
        type="button"
        className="button small"
        onClick={() =>
          change([
            ...profiles,
            { type: 'profile', customerId: `new-profile-${newProfileCount + 1}`, fields: [{ key: '', value: '' }] },
          ])
        }
      >
        + A new profile
      </button>
      <div className="try-it-row">
        <input
          className="try-it-days"
          aria-label="Profiles to generate"
          inputMode="numeric"
          value={generated}
          onChange={(event) => setGenerated(event.target.value)}
        />
        <button
          type="button"
          className="button small"
          disabled={!canGenerate}
          title={
            canGenerate
              ? 'Made-up profiles with values for the fields the journey reads'
              : `From 1 to ${MAX_GENERATED.toLocaleString('en-US')}`
          }
          onClick={() => change([...profiles, { type: 'generated', count: generatedCount }])}
        >
          Generate profiles
        </button>
      </div>
      <datalist id={`${ids}-fields`}>
        {editable.map((field) => (
          <option key={field.key} value={field.key}>
            {field.label}
          </option>
        ))}
      </datalist>
    </fieldset>
  );
}

/** A typed-in profile: its customer ID and one row per field (a field key and its value as text). */
function NewProfileFields({
  profile,
  fieldKeys,
  listId,
  number,
  onChange,
}: {
  profile: Extract<ProfileChoice, { type: 'profile' }>;
  fieldKeys: readonly string[];
  listId: string;
  number: number;
  onChange(next: Extract<ProfileChoice, { type: 'profile' }>): void;
}) {
  const setRow = (index: number, row: { key: string; value: string }) =>
    onChange({ ...profile, fields: profile.fields.map((current, at) => (at === index ? row : current)) });
  return (
    <div className="try-it-new-profile">
      <label className="try-it-row">
        <span>Customer ID</span>
        <input
          aria-label={`Profile ${number} customer ID`}
          value={profile.customerId}
          onChange={(event) => onChange({ ...profile, customerId: event.target.value })}
        />
      </label>
      {profile.fields.map((row, index) => (
        <div key={index} className="try-it-row">
          <input
            aria-label={`Profile ${number} field ${index + 1}`}
            placeholder="Field"
            list={listId}
            value={row.key}
            title={fieldKeys.length ? `Fields: ${fieldKeys.join(', ')}` : undefined}
            onChange={(event) => setRow(index, { ...row, key: event.target.value })}
          />
          <input
            aria-label={`Profile ${number} value ${index + 1}`}
            placeholder="Value"
            value={row.value}
            onChange={(event) => setRow(index, { ...row, value: event.target.value })}
          />
          <button
            type="button"
            className="button small"
            aria-label={`Remove field ${index + 1} of profile ${number}`}
            onClick={() => onChange({ ...profile, fields: profile.fields.filter((_, at) => at !== index) })}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => onChange({ ...profile, fields: [...profile.fields, { key: '', value: '' }] })}
      >
        + Field
      </button>
    </div>
  );
}
