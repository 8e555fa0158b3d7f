/**
 * How the kit's grounds and domains relate to the categories others count by, so offices can pool
 * their figures (docs/statistics.md, "Pooling counts"):
 *
 * - ODIHR's bias motivations for hate crime data (hatecrime.osce.org). ODIHR counts hate crimes and
 *   incidents, not every act of discrimination: use the mapping only for reports that describe one.
 * - The grounds and fields equality bodies commonly record (Equinet's directory of its members; the
 *   EU equality data categories of FRA's compendium of practices).
 *
 * Where one kit ground belongs to several categories the report alone cannot tell apart (religion or
 * belief: antisemitic, anti-Muslim, anti-Christian or other), the mapping lists all of them and the
 * count goes to their group as a whole.
 */
import type { DomainId } from '../ids.js';
import type { StatGroundId } from './categories.js';

/** ODIHR's bias motivation categories. */
export const ODIHR_BIAS_IDS = [
  'racism-xenophobia',
  'anti-roma',
  'antisemitism',
  'anti-muslim',
  'anti-christian',
  'other-religion',
  'anti-lgbti',
  'disability',
  'gender',
  'other',
] as const;
export type OdihrBiasId = (typeof ODIHR_BIAS_IDS)[number];

export const ODIHR_BIAS_LABELS: Record<OdihrBiasId, string> = {
  'racism-xenophobia': 'Racist and xenophobic hate crime',
  'anti-roma': 'Bias against Roma and Sinti',
  antisemitism: 'Antisemitic hate crime',
  'anti-muslim': 'Bias against Muslims',
  'anti-christian': 'Bias against Christians',
  'other-religion': 'Bias against members of other religions or beliefs',
  'anti-lgbti': 'Bias against LGBTI people',
  disability: 'Bias against people with disabilities',
  gender: 'Gender-based hate crime',
  other: 'Other bias motivations',
};

/** Grounds that equality bodies commonly record. */
export const EQUALITY_GROUND_IDS = [
  'sex-gender',
  'racial-ethnic-origin',
  'religion-belief',
  'disability',
  'age',
  'sexual-orientation',
  'gender-identity-expression',
  'sex-characteristics',
  'other',
] as const;
export type EqualityGroundId = (typeof EQUALITY_GROUND_IDS)[number];

/** Fields of life that equality bodies commonly record. */
export const EQUALITY_FIELD_IDS = [
  'employment',
  'education',
  'housing',
  'health-care',
  'social-protection',
  'goods-services',
  'other',
] as const;
export type EqualityFieldId = (typeof EQUALITY_FIELD_IDS)[number];

export interface GroundMapping {
  /** ODIHR categories; several mean "one of these, not told apart"; none: no bias motivation known. */
  odihr: readonly OdihrBiasId[];
  /** The equality bodies' ground; undefined: not recorded (the person did not know). */
  equality: EqualityGroundId | undefined;
  /** Why the mapping is not one-to-one, where it is not. */
  note?: string;
}

const RELIGIONS: readonly OdihrBiasId[] = ['antisemitism', 'anti-muslim', 'anti-christian', 'other-religion'];

export const GROUND_MAPPING: Record<StatGroundId, GroundMapping> = {
  sex: { odihr: ['gender'], equality: 'sex-gender' },
  race: { odihr: ['racism-xenophobia'], equality: 'racial-ethnic-origin' },
  colour: { odihr: ['racism-xenophobia'], equality: 'racial-ethnic-origin' },
  'ethnic-or-social-origin': {
    odihr: ['racism-xenophobia', 'anti-roma', 'antisemitism'],
    equality: 'racial-ethnic-origin',
    note: 'ODIHR counts bias against Roma and Sinti and antisemitism apart; the ground does not tell them apart. Social origin alone belongs to "other".',
  },
  'genetic-features': { odihr: ['other'], equality: 'other' },
  language: { odihr: ['other'], equality: 'other' },
  'religion-or-belief': {
    odihr: RELIGIONS,
    equality: 'religion-belief',
    note: 'ODIHR counts each religion apart; the ground does not name the religion.',
  },
  'political-or-other-opinion': { odihr: ['other'], equality: 'other' },
  'national-minority': {
    odihr: ['racism-xenophobia', 'anti-roma'],
    equality: 'racial-ethnic-origin',
    note: 'Where the minority is Roma or Sinti, ODIHR counts it apart.',
  },
  property: { odihr: ['other'], equality: 'other' },
  birth: { odihr: ['other'], equality: 'other' },
  disability: { odihr: ['disability'], equality: 'disability' },
  age: { odihr: ['other'], equality: 'age' },
  'sexual-orientation': { odihr: ['anti-lgbti'], equality: 'sexual-orientation' },
  nationality: {
    odihr: ['racism-xenophobia'],
    equality: 'other',
    note: 'Equality bodies whose law covers nationality record it apart; others may treat it as racial or ethnic origin.',
  },
  'gender-identity': { odihr: ['anti-lgbti'], equality: 'gender-identity-expression' },
  'gender-expression': { odihr: ['anti-lgbti'], equality: 'gender-identity-expression' },
  'sex-characteristics': { odihr: ['anti-lgbti'], equality: 'sex-characteristics' },
  'chronic-illness': {
    odihr: ['disability'],
    equality: 'disability',
    note: 'Counted with disability, as in laws that name both together; bodies that record health apart use "other".',
  },
  'civil-status': { odihr: ['other'], equality: 'other' },
  'working-time': { odihr: ['other'], equality: 'other' },
  other: { odihr: ['other'], equality: 'other' },
  unknown: { odihr: [], equality: undefined },
};

export interface DomainMapping {
  equality: EqualityFieldId;
  note?: string;
}

export const DOMAIN_MAPPING: Record<DomainId, DomainMapping> = {
  work: { equality: 'employment' },
  housing: { equality: 'housing' },
  education: { equality: 'education' },
  'health-care': { equality: 'health-care' },
  police: {
    equality: 'other',
    note: 'Bodies that record public authorities or law enforcement as a field of their own use it.',
  },
  'public-space-transport': {
    equality: 'goods-services',
    note: 'Public transport is a service; harassment in the street is "other".',
  },
  'shops-hospitality': { equality: 'goods-services' },
  online: { equality: 'other' },
  'municipal-services': {
    equality: 'goods-services',
    note: 'Services open to the public; benefits and social support are "social protection".',
  },
  other: { equality: 'other' },
};
