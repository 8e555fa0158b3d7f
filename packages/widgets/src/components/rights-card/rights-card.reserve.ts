// Written by scripts/rights-card-reserves.mjs from the cards as they render (nl and en, 24rem wide,
// with the city's links, the screenshot suite's fonts): the height each card reserves before its
// content arrives, so it neither moves the page nor leaves an empty frame. The larger of the two
// languages applies to any language; the smaller one to its own (:lang). Do not edit by hand.
import { css } from 'lit';

export const reserves = css`
  :host([article='1']) {
    --_reserve: 38rem;
  }
  :host([article='2']) {
    --_reserve: 38rem;
  }
  :host([article='2']:lang(en)) {
    --_reserve: 36.5rem;
  }
  :host([article='3']) {
    --_reserve: 44.25rem;
  }
  :host([article='3']:lang(en)) {
    --_reserve: 41.25rem;
  }
  :host([article='4']) {
    --_reserve: 47.5rem;
  }
  :host([article='4']:lang(en)) {
    --_reserve: 41.25rem;
  }
  :host([article='5']) {
    --_reserve: 44.25rem;
  }
  :host([article='5']:lang(en)) {
    --_reserve: 41.25rem;
  }
  :host([article='6']) {
    --_reserve: 42.75rem;
  }
  :host([article='6']:lang(en)) {
    --_reserve: 38rem;
  }
  :host([article='7']) {
    --_reserve: 42.75rem;
  }
  :host([article='7']:lang(en)) {
    --_reserve: 38.25rem;
  }
  :host([article='8']) {
    --_reserve: 42.75rem;
  }
  :host([article='8']:lang(en)) {
    --_reserve: 38rem;
  }
  :host([article='9']) {
    --_reserve: 42.75rem;
  }
  :host([article='9']:lang(en)) {
    --_reserve: 41.25rem;
  }
  :host([article='10']) {
    --_reserve: 45.75rem;
  }
  :host([article='10']:lang(en)) {
    --_reserve: 42.75rem;
  }
  :host([article='11']) {
    --_reserve: 41.25rem;
  }
  :host([article='11']:lang(en)) {
    --_reserve: 39.75rem;
  }
  :host([article='12']) {
    --_reserve: 42.75rem;
  }
  :host([article='12']:lang(en)) {
    --_reserve: 41.25rem;
  }
  :host([article='13']) {
    --_reserve: 47.25rem;
  }
  :host([article='13']:lang(en)) {
    --_reserve: 41.25rem;
  }
  :host([article='14']) {
    --_reserve: 41rem;
  }
  :host([article='14']:lang(en)) {
    --_reserve: 38rem;
  }
  :host([article='15']) {
    --_reserve: 42.75rem;
  }
  :host([article='15']:lang(en)) {
    --_reserve: 41.25rem;
  }
  :host([article='16']) {
    --_reserve: 44.25rem;
  }
  :host([article='16']:lang(en)) {
    --_reserve: 42.75rem;
  }
  :host([article='17']) {
    --_reserve: 41rem;
  }
  :host([article='17']:lang(en)) {
    --_reserve: 39.5rem;
  }
  :host([article='18']) {
    --_reserve: 44rem;
  }
  :host([article='18']:lang(en)) {
    --_reserve: 39.5rem;
  }
  :host([article='19']) {
    --_reserve: 48.75rem;
  }
  :host([article='19']:lang(en)) {
    --_reserve: 44.25rem;
  }
  :host([article='20']) {
    --_reserve: 38rem;
  }
  :host([article='20']:lang(en)) {
    --_reserve: 36.5rem;
  }
  :host([article='21']) {
    --_reserve: 45.75rem;
  }
  :host([article='21']:lang(en)) {
    --_reserve: 44.25rem;
  }
  :host([article='22']) {
    --_reserve: 43rem;
  }
  :host([article='23']) {
    --_reserve: 44.5rem;
  }
  :host([article='23']:lang(en)) {
    --_reserve: 40rem;
  }
  :host([article='24']) {
    --_reserve: 42.75rem;
  }
  :host([article='25']) {
    --_reserve: 41.25rem;
  }
  :host([article='26']) {
    --_reserve: 44.5rem;
  }
  :host([article='27']) {
    --_reserve: 46rem;
  }
  :host([article='27']:lang(en)) {
    --_reserve: 44.25rem;
  }
  :host([article='28']) {
    --_reserve: 48.75rem;
  }
  :host([article='28']:lang(en)) {
    --_reserve: 42.75rem;
  }
  :host([article='29']) {
    --_reserve: 39.75rem;
  }
  :host([article='29']:lang(en)) {
    --_reserve: 38.25rem;
  }
  :host([article='30']) {
    --_reserve: 39.75rem;
  }
  :host([article='30']:lang(en)) {
    --_reserve: 38.25rem;
  }
  :host([article='31']) {
    --_reserve: 39.75rem;
  }
  :host([article='31']:lang(en)) {
    --_reserve: 35.25rem;
  }
  :host([article='32']) {
    --_reserve: 47.25rem;
  }
  :host([article='32']:lang(en)) {
    --_reserve: 44.25rem;
  }
  :host([article='33']) {
    --_reserve: 41rem;
  }
  :host([article='33']:lang(en)) {
    --_reserve: 38rem;
  }
  :host([article='34']) {
    --_reserve: 47.25rem;
  }
  :host([article='35']) {
    --_reserve: 39.5rem;
  }
  :host([article='36']) {
    --_reserve: 41.25rem;
  }
  :host([article='36']:lang(en)) {
    --_reserve: 39.75rem;
  }
  :host([article='37']) {
    --_reserve: 42.5rem;
  }
  :host([article='37']:lang(en)) {
    --_reserve: 41rem;
  }
  :host([article='38']) {
    --_reserve: 41rem;
  }
  :host([article='38']:lang(en)) {
    --_reserve: 39.5rem;
  }
  :host([article='39']) {
    --_reserve: 50.5rem;
  }
  :host([article='39']:lang(en)) {
    --_reserve: 45.75rem;
  }
  :host([article='40']) {
    --_reserve: 47.25rem;
  }
  :host([article='40']:lang(en)) {
    --_reserve: 42.75rem;
  }
  :host([article='41']) {
    --_reserve: 45.5rem;
  }
  :host([article='41']:lang(en)) {
    --_reserve: 42.5rem;
  }
  :host([article='42']) {
    --_reserve: 41.25rem;
  }
  :host([article='42']:lang(en)) {
    --_reserve: 39.5rem;
  }
  :host([article='43']) {
    --_reserve: 41rem;
  }
  :host([article='43']:lang(en)) {
    --_reserve: 39.5rem;
  }
  :host([article='44']) {
    --_reserve: 44rem;
  }
  :host([article='44']:lang(en)) {
    --_reserve: 41rem;
  }
  :host([article='45']) {
    --_reserve: 41.25rem;
  }
  :host([article='46']) {
    --_reserve: 45.75rem;
  }
  :host([article='46']:lang(en)) {
    --_reserve: 42.75rem;
  }
  :host([article='47']) {
    --_reserve: 51.75rem;
  }
  :host([article='47']:lang(en)) {
    --_reserve: 44.25rem;
  }
  :host([article='48']) {
    --_reserve: 42.75rem;
  }
  :host([article='48']:lang(en)) {
    --_reserve: 39.75rem;
  }
  :host([article='49']) {
    --_reserve: 45.75rem;
  }
  :host([article='49']:lang(en)) {
    --_reserve: 41.25rem;
  }
  :host([article='50']) {
    --_reserve: 44.5rem;
  }
  :host([article='50']:lang(en)) {
    --_reserve: 43rem;
  }
  :host([article='51']) {
    --_reserve: 48.25rem;
  }
  :host([article='51']:lang(en)) {
    --_reserve: 45.25rem;
  }
  :host([article='52']) {
    --_reserve: 49.75rem;
  }
  :host([article='52']:lang(en)) {
    --_reserve: 46.75rem;
  }
  :host([article='53']) {
    --_reserve: 45.25rem;
  }
  :host([article='53']:lang(en)) {
    --_reserve: 42.25rem;
  }
  :host([article='54']) {
    --_reserve: 46.75rem;
  }
  :host([article='54']:lang(en)) {
    --_reserve: 42.25rem;
  }
  :host([element='eu-charter']) {
    --_reserve: 58.5rem;
  }
  :host([element='eu-charter']:lang(en)) {
    --_reserve: 52.5rem;
  }
  :host([element='international-standards']) {
    --_reserve: 50.75rem;
  }
  :host([element='international-standards']:lang(en)) {
    --_reserve: 46.25rem;
  }
  :host([element='sdgs']) {
    --_reserve: 52.25rem;
  }
  :host([element='sdgs']:lang(en)) {
    --_reserve: 49.25rem;
  }
  :host([element='international-monitoring']) {
    --_reserve: 58.25rem;
  }
  :host([element='international-monitoring']:lang(nl)) {
    --_reserve: 58rem;
  }
  :host([element='declaration']) {
    --_reserve: 52.5rem;
  }
  :host([element='declaration']:lang(en)) {
    --_reserve: 47.75rem;
  }
  :host([element='elected-representative']) {
    --_reserve: 49.25rem;
  }
  :host([element='human-rights-office']) {
    --_reserve: 52rem;
  }
  :host([element='human-rights-office']:lang(en)) {
    --_reserve: 49rem;
  }
  :host([element='participatory-council']) {
    --_reserve: 50.75rem;
  }
  :host([element='participatory-council']:lang(en)) {
    --_reserve: 47.75rem;
  }
  :host([element='anti-discrimination-office']) {
    --_reserve: 49.25rem;
  }
  :host([element='anti-discrimination-office']:lang(en)) {
    --_reserve: 44.75rem;
  }
  :host([element='annual-report']) {
    --_reserve: 47.75rem;
  }
  :host([element='annual-report']:lang(en)) {
    --_reserve: 44.5rem;
  }
  :host([element='partnerships']) {
    --_reserve: 58.5rem;
  }
  :host([element='partnerships']:lang(en)) {
    --_reserve: 53.75rem;
  }
  :host([element='mainstreaming']) {
    --_reserve: 52rem;
  }
  :host([element='mainstreaming']:lang(en)) {
    --_reserve: 49rem;
  }
  :host([element='rights-based-approach']) {
    --_reserve: 49.25rem;
  }
  :host([element='rights-based-approach']:lang(en)) {
    --_reserve: 44.75rem;
  }
  :host([element='training-education']) {
    --_reserve: 55rem;
  }
  :host([element='training-education']:lang(en)) {
    --_reserve: 50.75rem;
  }
  :host([element='budgeting-procurement']) {
    --_reserve: 53.5rem;
  }
  :host([element='budgeting-procurement']:lang(en)) {
    --_reserve: 49.25rem;
  }
  :host([element='local-action-plan']) {
    --_reserve: 53.5rem;
  }
  :host([element='local-action-plan']:lang(en)) {
    --_reserve: 49rem;
  }
  :host([element='decision-compatibility']) {
    --_reserve: 49rem;
  }
  :host([element='decision-compatibility']:lang(en)) {
    --_reserve: 46rem;
  }
  :host([element='participatory-monitoring']) {
    --_reserve: 50.5rem;
  }
  :host([element='participatory-monitoring']:lang(en)) {
    --_reserve: 47.75rem;
  }
  :host([element='awareness-raising']) {
    --_reserve: 47.5rem;
  }
  :host([element='awareness-raising']:lang(en)) {
    --_reserve: 44.5rem;
  }
  :host([element='transnational-cooperation']) {
    --_reserve: 58.5rem;
  }
  :host([element='transnational-cooperation']:lang(en)) {
    --_reserve: 47.75rem;
  }
  :host([kind='survey']) {
    --_reserve: 28rem;
  }
  :host([kind='survey']:lang(en)) {
    --_reserve: 26.5rem;
  }
  :host([kind='rights-vs-fundamental']) {
    --_reserve: 29.5rem;
  }
  :host([kind='rights-vs-fundamental']:lang(en)) {
    --_reserve: 26.5rem;
  }
  :host([kind='human-rights-city']) {
    --_reserve: 55.75rem;
  }
  :host([kind='human-rights-city']:lang(en)) {
    --_reserve: 52.75rem;
  }
  :host([article='1'][variant='compact']) {
    --_reserve: 21.5rem;
  }
  :host([article='2'][variant='compact']) {
    --_reserve: 21.5rem;
  }
  :host([article='2'][variant='compact']:lang(en)) {
    --_reserve: 20rem;
  }
  :host([article='3'][variant='compact']) {
    --_reserve: 24.5rem;
  }
  :host([article='4'][variant='compact']) {
    --_reserve: 26rem;
  }
  :host([article='4'][variant='compact']:lang(en)) {
    --_reserve: 23rem;
  }
  :host([article='5'][variant='compact']) {
    --_reserve: 24.5rem;
  }
  :host([article='5'][variant='compact']:lang(en)) {
    --_reserve: 21.5rem;
  }
  :host([article='6'][variant='compact']) {
    --_reserve: 23rem;
  }
  :host([article='6'][variant='compact']:lang(en)) {
    --_reserve: 21.5rem;
  }
  :host([article='7'][variant='compact']) {
    --_reserve: 24.5rem;
  }
  :host([article='7'][variant='compact']:lang(en)) {
    --_reserve: 20rem;
  }
  :host([article='8'][variant='compact']) {
    --_reserve: 24.5rem;
  }
  :host([article='8'][variant='compact']:lang(en)) {
    --_reserve: 21.5rem;
  }
  :host([article='9'][variant='compact']) {
    --_reserve: 23rem;
  }
  :host([article='10'][variant='compact']) {
    --_reserve: 27.5rem;
  }
  :host([article='10'][variant='compact']:lang(en)) {
    --_reserve: 26rem;
  }
  :host([article='11'][variant='compact']) {
    --_reserve: 23rem;
  }
  :host([article='12'][variant='compact']) {
    --_reserve: 24.5rem;
  }
  :host([article='13'][variant='compact']) {
    --_reserve: 26rem;
  }
  :host([article='13'][variant='compact']:lang(en)) {
    --_reserve: 23rem;
  }
  :host([article='14'][variant='compact']) {
    --_reserve: 24.5rem;
  }
  :host([article='14'][variant='compact']:lang(en)) {
    --_reserve: 23rem;
  }
  :host([article='15'][variant='compact']) {
    --_reserve: 24.5rem;
  }
  :host([article='16'][variant='compact']) {
    --_reserve: 23rem;
  }
  :host([article='17'][variant='compact']) {
    --_reserve: 23rem;
  }
  :host([article='18'][variant='compact']) {
    --_reserve: 26rem;
  }
  :host([article='18'][variant='compact']:lang(en)) {
    --_reserve: 21.5rem;
  }
  :host([article='19'][variant='compact']) {
    --_reserve: 27.5rem;
  }
  :host([article='19'][variant='compact']:lang(en)) {
    --_reserve: 24.5rem;
  }
  :host([article='20'][variant='compact']) {
    --_reserve: 21.5rem;
  }
  :host([article='20'][variant='compact']:lang(en)) {
    --_reserve: 20rem;
  }
  :host([article='21'][variant='compact']) {
    --_reserve: 27.75rem;
  }
  :host([article='21'][variant='compact']:lang(en)) {
    --_reserve: 26.25rem;
  }
  :host([article='22'][variant='compact']) {
    --_reserve: 26.25rem;
  }
  :host([article='23'][variant='compact']) {
    --_reserve: 26.25rem;
  }
  :host([article='23'][variant='compact']:lang(en)) {
    --_reserve: 23.25rem;
  }
  :host([article='24'][variant='compact']) {
    --_reserve: 27.75rem;
  }
  :host([article='25'][variant='compact']) {
    --_reserve: 24.75rem;
  }
  :host([article='26'][variant='compact']) {
    --_reserve: 27.75rem;
  }
  :host([article='27'][variant='compact']) {
    --_reserve: 26rem;
  }
  :host([article='27'][variant='compact']:lang(nl)) {
    --_reserve: 24.5rem;
  }
  :host([article='28'][variant='compact']) {
    --_reserve: 29rem;
  }
  :host([article='28'][variant='compact']:lang(en)) {
    --_reserve: 24.5rem;
  }
  :host([article='29'][variant='compact']) {
    --_reserve: 21.5rem;
  }
  :host([article='30'][variant='compact']) {
    --_reserve: 21.5rem;
  }
  :host([article='31'][variant='compact']) {
    --_reserve: 24.5rem;
  }
  :host([article='31'][variant='compact']:lang(en)) {
    --_reserve: 20rem;
  }
  :host([article='32'][variant='compact']) {
    --_reserve: 29rem;
  }
  :host([article='32'][variant='compact']:lang(en)) {
    --_reserve: 27.5rem;
  }
  :host([article='33'][variant='compact']) {
    --_reserve: 24.5rem;
  }
  :host([article='33'][variant='compact']:lang(en)) {
    --_reserve: 23rem;
  }
  :host([article='34'][variant='compact']) {
    --_reserve: 30.5rem;
  }
  :host([article='34'][variant='compact']:lang(nl)) {
    --_reserve: 29rem;
  }
  :host([article='35'][variant='compact']) {
    --_reserve: 24.5rem;
  }
  :host([article='35'][variant='compact']:lang(en)) {
    --_reserve: 23rem;
  }
  :host([article='36'][variant='compact']) {
    --_reserve: 23rem;
  }
  :host([article='37'][variant='compact']) {
    --_reserve: 24.5rem;
  }
  :host([article='38'][variant='compact']) {
    --_reserve: 21.5rem;
  }
  :host([article='39'][variant='compact']) {
    --_reserve: 30.5rem;
  }
  :host([article='39'][variant='compact']:lang(en)) {
    --_reserve: 27.5rem;
  }
  :host([article='40'][variant='compact']) {
    --_reserve: 29rem;
  }
  :host([article='40'][variant='compact']:lang(en)) {
    --_reserve: 24.5rem;
  }
  :host([article='41'][variant='compact']) {
    --_reserve: 27.5rem;
  }
  :host([article='41'][variant='compact']:lang(en)) {
    --_reserve: 24.5rem;
  }
  :host([article='42'][variant='compact']) {
    --_reserve: 23rem;
  }
  :host([article='43'][variant='compact']) {
    --_reserve: 23rem;
  }
  :host([article='43'][variant='compact']:lang(en)) {
    --_reserve: 21.5rem;
  }
  :host([article='44'][variant='compact']) {
    --_reserve: 26rem;
  }
  :host([article='44'][variant='compact']:lang(en)) {
    --_reserve: 24.5rem;
  }
  :host([article='45'][variant='compact']) {
    --_reserve: 24.5rem;
  }
  :host([article='46'][variant='compact']) {
    --_reserve: 26rem;
  }
  :host([article='46'][variant='compact']:lang(en)) {
    --_reserve: 23rem;
  }
  :host([article='47'][variant='compact']) {
    --_reserve: 32rem;
  }
  :host([article='47'][variant='compact']:lang(en)) {
    --_reserve: 26rem;
  }
  :host([article='48'][variant='compact']) {
    --_reserve: 23rem;
  }
  :host([article='49'][variant='compact']) {
    --_reserve: 26rem;
  }
  :host([article='49'][variant='compact']:lang(en)) {
    --_reserve: 24.5rem;
  }
  :host([article='50'][variant='compact']) {
    --_reserve: 26rem;
  }
  :host([article='50'][variant='compact']:lang(en)) {
    --_reserve: 23rem;
  }
  :host([article='51'][variant='compact']) {
    --_reserve: 30.25rem;
  }
  :host([article='51'][variant='compact']:lang(en)) {
    --_reserve: 25.75rem;
  }
  :host([article='52'][variant='compact']) {
    --_reserve: 30rem;
  }
  :host([article='52'][variant='compact']:lang(en)) {
    --_reserve: 25.75rem;
  }
  :host([article='53'][variant='compact']) {
    --_reserve: 25.75rem;
  }
  :host([article='53'][variant='compact']:lang(en)) {
    --_reserve: 24.25rem;
  }
  :host([article='54'][variant='compact']) {
    --_reserve: 27.25rem;
  }
  :host([article='54'][variant='compact']:lang(en)) {
    --_reserve: 22.75rem;
  }
  :host([element='eu-charter'][variant='compact']) {
    --_reserve: 20.25rem;
  }
  :host([element='eu-charter'][variant='compact']:lang(en)) {
    --_reserve: 17.5rem;
  }
  :host([element='international-standards'][variant='compact']) {
    --_reserve: 16rem;
  }
  :host([element='international-standards'][variant='compact']:lang(en)) {
    --_reserve: 14.5rem;
  }
  :host([element='sdgs'][variant='compact']) {
    --_reserve: 16rem;
  }
  :host([element='sdgs'][variant='compact']:lang(en)) {
    --_reserve: 14.5rem;
  }
  :host([element='international-monitoring'][variant='compact']) {
    --_reserve: 14.5rem;
  }
  :host([element='declaration'][variant='compact']) {
    --_reserve: 16rem;
  }
  :host([element='declaration'][variant='compact']:lang(en)) {
    --_reserve: 13rem;
  }
  :host([element='elected-representative'][variant='compact']) {
    --_reserve: 13rem;
  }
  :host([element='human-rights-office'][variant='compact']) {
    --_reserve: 11.5rem;
  }
  :host([element='participatory-council'][variant='compact']) {
    --_reserve: 16rem;
  }
  :host([element='participatory-council'][variant='compact']:lang(en)) {
    --_reserve: 14.5rem;
  }
  :host([element='anti-discrimination-office'][variant='compact']) {
    --_reserve: 16rem;
  }
  :host([element='anti-discrimination-office'][variant='compact']:lang(en)) {
    --_reserve: 14.5rem;
  }
  :host([element='annual-report'][variant='compact']) {
    --_reserve: 13rem;
  }
  :host([element='annual-report'][variant='compact']:lang(en)) {
    --_reserve: 11.5rem;
  }
  :host([element='partnerships'][variant='compact']) {
    --_reserve: 16rem;
  }
  :host([element='partnerships'][variant='compact']:lang(en)) {
    --_reserve: 13rem;
  }
  :host([element='mainstreaming'][variant='compact']) {
    --_reserve: 14.5rem;
  }
  :host([element='rights-based-approach'][variant='compact']) {
    --_reserve: 17.5rem;
  }
  :host([element='rights-based-approach'][variant='compact']:lang(en)) {
    --_reserve: 16rem;
  }
  :host([element='training-education'][variant='compact']) {
    --_reserve: 17.5rem;
  }
  :host([element='training-education'][variant='compact']:lang(en)) {
    --_reserve: 16rem;
  }
  :host([element='budgeting-procurement'][variant='compact']) {
    --_reserve: 16rem;
  }
  :host([element='budgeting-procurement'][variant='compact']:lang(en)) {
    --_reserve: 14.5rem;
  }
  :host([element='local-action-plan'][variant='compact']) {
    --_reserve: 16rem;
  }
  :host([element='local-action-plan'][variant='compact']:lang(en)) {
    --_reserve: 14.5rem;
  }
  :host([element='decision-compatibility'][variant='compact']) {
    --_reserve: 16rem;
  }
  :host([element='decision-compatibility'][variant='compact']:lang(en)) {
    --_reserve: 14.5rem;
  }
  :host([element='participatory-monitoring'][variant='compact']) {
    --_reserve: 14.5rem;
  }
  :host([element='participatory-monitoring'][variant='compact']:lang(en)) {
    --_reserve: 13rem;
  }
  :host([element='awareness-raising'][variant='compact']) {
    --_reserve: 14.5rem;
  }
  :host([element='transnational-cooperation'][variant='compact']) {
    --_reserve: 17.25rem;
  }
  :host([element='transnational-cooperation'][variant='compact']:lang(en)) {
    --_reserve: 14.5rem;
  }
  :host([kind='survey'][variant='compact']) {
    --_reserve: 22rem;
  }
  :host([kind='survey'][variant='compact']:lang(en)) {
    --_reserve: 19rem;
  }
  :host([kind='rights-vs-fundamental'][variant='compact']) {
    --_reserve: 22rem;
  }
  :host([kind='rights-vs-fundamental'][variant='compact']:lang(en)) {
    --_reserve: 20.5rem;
  }
  :host([kind='human-rights-city'][variant='compact']) {
    --_reserve: 24rem;
  }
`;
