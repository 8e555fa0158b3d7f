import { str } from '../../internal/msg.js';
import type { TemplateMap } from '../../internal/localize.js';

export const templates: TemplateMap = {
  'rights-cards.all-chapters': 'Alle hoofdstukken',
  'rights-cards.carousel': 'carrousel',
  'rights-cards.chapter': 'Hoofdstuk',
  'rights-cards.count': str`${0} van ${1} kaarten`,
  'rights-cards.empty': 'Geen kaarten gevonden voor deze zoekopdracht.',
  'rights-cards.label': 'Uw rechten',
  'rights-cards.next': 'Volgende kaart',
  'rights-cards.position': str`Kaart ${0} van ${1}`,
  'rights-cards.previous': 'Vorige kaart',
  'rights-cards.search': 'Zoeken',
  'rights-cards.slide': 'dia',
  'rights-cards.slide-label': str`${0} van ${1}`,
};
