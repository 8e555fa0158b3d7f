import { str } from '../../internal/msg.js';
import type { TemplateMap } from '../../internal/localize.js';

export const templates: TemplateMap = {
  'declaration-badge.label-city-year': str`${0}, mensenrechtenstad sinds ${1}`,
  'declaration-badge.label-city': str`${0}, mensenrechtenstad`,
  'declaration-badge.label': 'Mensenrechtenstad',
  'declaration-badge.title': 'Mensenrechtenstad',
  'declaration-badge.since': str`sinds ${0}`,
  'declaration-badge.mark': 'in de FRA-gids',
  'declaration-badge.status': str`${0} van ${1} toepasselijke elementen gerealiseerd`,
  'declaration-badge.link-label': str`${0}: lees de verklaring`,
  'declaration-badge.mark-description':
    'Genoemd als mensenrechtenstad in de richtsnoeren van het EU-Grondrechtenagentschap.',
};
