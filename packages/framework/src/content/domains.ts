/** Where discrimination happens: short labels for the report form. */
import type { DomainLabelSource } from './source-types.js';

export const domains: DomainLabelSource[] = [
  { id: 'work', label: { nl: 'Werk', en: 'Work' } },
  { id: 'housing', label: { nl: 'Wonen', en: 'Housing' } },
  { id: 'education', label: { nl: 'Onderwijs', en: 'Education' } },
  { id: 'health-care', label: { nl: 'Gezondheidszorg', en: 'Health care' } },
  { id: 'police', label: { nl: 'Politie', en: 'Police' } },
  {
    id: 'public-space-transport',
    label: { nl: 'Openbare ruimte en vervoer', en: 'Public space and transport' },
  },
  { id: 'shops-hospitality', label: { nl: 'Winkels en horeca', en: 'Shops and hospitality' } },
  { id: 'online', label: { nl: 'Online en sociale media', en: 'Online and social media' } },
  { id: 'municipal-services', label: { nl: 'Gemeentelijke dienstverlening', en: 'Municipal services' } },
  { id: 'other', label: { nl: 'Iets anders', en: 'Something else' } },
];
