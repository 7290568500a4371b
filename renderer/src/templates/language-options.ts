/** Languages offered by the language selects; any code the service accepts can still be stored. */
const COMMON_LANGUAGES: readonly { code: string; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Spanish' },
  { code: 'pt', name: 'Portuguese' },
  { code: 'pt-BR', name: 'Portuguese (Brazil)' },
  { code: 'fr', name: 'French' },
  { code: 'de', name: 'German' },
  { code: 'it', name: 'Italian' },
  { code: 'nl', name: 'Dutch' },
  { code: 'pl', name: 'Polish' },
  { code: 'tr', name: 'Turkish' },
  { code: 'ar', name: 'Arabic' },
  { code: 'hi', name: 'Hindi' },
  { code: 'id', name: 'Indonesian' },
  { code: 'ja', name: 'Japanese' },
  { code: 'zh', name: 'Chinese' },
];

export interface LanguageOption {
  value: string;
  label: string;
}

/** "Any language", the common ones, and the current value when it is not among them (never shown as another). */
export function templateLanguageOptions(current = ''): LanguageOption[] {
  const options = [
    { value: '', label: 'Any language' },
    ...COMMON_LANGUAGES.map(({ code, name }) => ({ value: code, label: `${name} (${code})` })),
  ];
  if (!options.some((option) => option.value === current)) options.push({ value: current, label: current });
  return options;
}
