/**
 * Discrimination grounds. Article 21 labels follow the wording of the EU Charter of Fundamental Rights
 * (Dutch and English official texts); the last six are grounds that equality bodies commonly add.
 */
import type { GroundLabelSource } from './source-types.js';

export const grounds: GroundLabelSource[] = [
  // Charter article 21(1)
  { id: 'sex', label: { nl: 'Geslacht', en: 'Sex' }, source: 'charter-21-1' },
  { id: 'race', label: { nl: 'Ras', en: 'Race' }, source: 'charter-21-1' },
  { id: 'colour', label: { nl: 'Kleur', en: 'Colour' }, source: 'charter-21-1' },
  {
    id: 'ethnic-or-social-origin',
    label: { nl: 'Etnische of sociale afkomst', en: 'Ethnic or social origin' },
    source: 'charter-21-1',
  },
  {
    id: 'genetic-features',
    label: { nl: 'Genetische kenmerken', en: 'Genetic features' },
    source: 'charter-21-1',
  },
  { id: 'language', label: { nl: 'Taal', en: 'Language' }, source: 'charter-21-1' },
  {
    id: 'religion-or-belief',
    label: { nl: 'Godsdienst of overtuiging', en: 'Religion or belief' },
    source: 'charter-21-1',
  },
  {
    id: 'political-or-other-opinion',
    label: { nl: 'Politieke of andere denkbeelden', en: 'Political or any other opinion' },
    source: 'charter-21-1',
  },
  {
    id: 'national-minority',
    label: { nl: 'Behoren tot een nationale minderheid', en: 'Membership of a national minority' },
    source: 'charter-21-1',
  },
  { id: 'property', label: { nl: 'Vermogen', en: 'Property' }, source: 'charter-21-1' },
  { id: 'birth', label: { nl: 'Geboorte', en: 'Birth' }, source: 'charter-21-1' },
  { id: 'disability', label: { nl: 'Handicap', en: 'Disability' }, source: 'charter-21-1' },
  { id: 'age', label: { nl: 'Leeftijd', en: 'Age' }, source: 'charter-21-1' },
  {
    id: 'sexual-orientation',
    label: { nl: 'Seksuele gerichtheid', en: 'Sexual orientation' },
    source: 'charter-21-1',
  },
  // Charter article 21(2)
  { id: 'nationality', label: { nl: 'Nationaliteit', en: 'Nationality' }, source: 'charter-21-2' },
  // commonly added by equality bodies
  {
    id: 'gender-identity',
    label: { nl: 'Genderidentiteit', en: 'Gender identity' },
    source: 'equality-bodies',
  },
  {
    id: 'gender-expression',
    label: { nl: 'Genderexpressie', en: 'Gender expression' },
    source: 'equality-bodies',
  },
  {
    id: 'sex-characteristics',
    label: { nl: 'Geslachtskenmerken', en: 'Sex characteristics' },
    source: 'equality-bodies',
  },
  {
    id: 'chronic-illness',
    label: { nl: 'Chronische ziekte', en: 'Chronic illness' },
    source: 'equality-bodies',
  },
  {
    id: 'civil-status',
    label: { nl: 'Burgerlijke staat', en: 'Civil status' },
    source: 'equality-bodies',
  },
  {
    id: 'working-time',
    label: { nl: 'Arbeidsduur (voltijd of deeltijd)', en: 'Working hours (full-time or part-time)' },
    source: 'equality-bodies',
  },
];
