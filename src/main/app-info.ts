/** Facts about the app shown in About and sent to the renderer. */
export const APP_FACTS = {
  name: 'Spasm Guide',
  codeLicense: 'MIT',
  contentLicense: 'CC BY 4.0 (Creative Commons Attribution 4.0 International)',
  disclaimer:
    'Spasm Guide gives general information about muscle cramps and spasms. It is not a diagnosis and does not ' +
    'replace advice from a doctor, nurse or pharmacist. If you are worried, or a warning sign applies, get medical help.',
} as const;
