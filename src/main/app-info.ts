import { DISCLAIMER } from '../shared/disclaimer';

/** Facts about the app shown in About and sent to the renderer. */
export const APP_FACTS = {
  name: 'Spasm Guide',
  codeLicense: 'MIT',
  contentLicense: 'CC BY 4.0 (Creative Commons Attribution 4.0 International)',
  disclaimer: DISCLAIMER,
} as const;
