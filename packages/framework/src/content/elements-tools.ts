/**
 * The nine elements of the layer "tools" (Instrumenten).
 *
 * Source: FRA (2022), Human rights cities in the EU — practical guidance (Dutch edition). Text written for
 * this kit; names, titles, numbers, dates and URLs from the guide.
 */
import type { ElementSource } from './source-types.js';

export const tools: ElementSource[] = [
  {
    id: 'mainstreaming',
    layer: 'tools',
    title: {
      nl: 'Mensenrechten mainstreamen in het werk en de activiteiten van de stad',
      en: "Mainstream human rights in the city's work and activities",
    },
    summary: {
      nl:
        'Mensenrechten horen niet bij één afdeling, maar bij het hele stadsbestuur. De stad verweeft ze ' +
        'in plannen, beleid, besluiten en het gewone werk van elke dag.',
      en:
        'Human rights are not the job of one department but of the whole city administration. The city ' +
        'weaves them into its plans, policies, decisions and everyday work.',
    },
    why: {
      nl:
        'Als elke afdeling mensenrechten meeneemt, merkt u dat als inwoner overal: bij het loket, op ' +
        'school en op straat. Mainstreamen is een kern van de op mensenrechten gebaseerde aanpak. Het kan ' +
        'ook om één thema gaan, zoals gelijkheid van vrouwen en mannen (gendermainstreaming).',
      en:
        'When every department takes human rights into account, residents notice it everywhere: at the ' +
        'service desk, at school and in the street. Mainstreaming is at the heart of the human ' +
        'rights-based approach. It can also focus on one theme, such as equality between women and men ' +
        '(gender mainstreaming).',
    },
    howTo: [
      {
        nl:
          'Leg het mainstreamen formeel vast en zorg dat het bestuur van de stad er zichtbaar achter ' +
          'staat. Dan werkt het het best.',
        en:
          'Make mainstreaming official and make sure the city’s leaders visibly back it. That is when it ' +
          'works best.',
      },
      {
        nl:
          'Praat binnen elke afdeling over hoe mensenrechten in het eigen werk passen. Ga verder op wat ' +
          'al goed werkt en breid dat uit.',
        en:
          'Talk within each department about how human rights fit into its own work. Build on what ' +
          'already works well and scale it up.',
      },
      {
        nl:
          'Bouw een netwerk van contactpersonen voor mensenrechten in de organisatie, zodat kennis en ' +
          'informatie snel rondgaan.',
        en:
          'Set up a network of human rights contact persons across the organisation, so that knowledge ' +
          'and information travel quickly.',
      },
    ],
    examples: [
      {
        city: {
          nl: 'Zweedse vereniging van lokale overheden en regio’s (SKR)',
          en: 'Swedish Association of Local Authorities and Regions (SKR)',
        },
        country: { nl: 'Zweden', en: 'Sweden' },
        text: {
          nl:
            'De vereniging helpt gemeenten en regio’s om mensenrechten mee te nemen in hun bestuur, ' +
            'beheer en diensten. Ze doet dat met mensenrechteneducatie en een online platform.',
          en:
            'The association helps municipalities and regions to build human rights into their ' +
            'governance, management and services. It does this through human rights education and an ' +
            'online platform.',
        },
        url: 'https://skr.se/skr/tjanster/englishpages/activities/humanrightshrmainstreaminghumanrights.13318.html',
      },
      {
        city: { nl: 'Fuenlabrada', en: 'Fuenlabrada' },
        country: { nl: 'Spanje', en: 'Spain' },
        text: {
          nl:
            'De stad brengt grondrechten en wijkgericht politiewerk in het werk van de lokale politie. ' +
            'Er kwam een speciale eenheid, beleid voor diversiteit en inclusie en aanpak van ' +
            'haatmisdrijven. Agenten leren meer over de rechten van onder meer lhbtiq+-personen en ' +
            'migranten, en de stad werkt mee aan hulpmiddelen voor wijkgericht politiewerk dat uitgaat ' +
            'van rechten.',
          en:
            'The city is bringing fundamental rights and community policing into the work of its local ' +
            'police. It created a specialised unit, a diversity and inclusion policy and measures against ' +
            'hate crime. Officers learn more about the rights of groups such as LGBTIQ people and ' +
            'migrants, and the city helps to develop tools for rights-based community policing.',
        },
        url: 'https://rm.coe.int/community-policing-an-intercultural-approach-to-urban-safety-report-of/1680925cbf',
      },
    ],
    resources: [
      {
        title: {
          nl: 'Children’s rights mainstreaming (Mainstreaming van kinderrechten)',
          en: 'Children’s rights mainstreaming',
        },
        publisher: 'Council of Europe',
        url: 'https://www.coe.int/en/web/children/children-s-rights-mainstreaming',
      },
      {
        title: {
          nl:
            'Gender mainstreaming in local authorities — best practices (Gendermainstreaming in lokale ' +
            'overheden — beste praktijken)',
          en: 'Gender mainstreaming in local authorities — best practices',
        },
        publisher: 'UN-Habitat',
        url: 'https://www.local2030.org/library/54/Gender-Mainstreaming-in-Local-Authorities-%E2%80%93-Best-Practices.pdf',
      },
    ],
  },
  {
    id: 'rights-based-approach',
    layer: 'tools',
    title: {
      nl: 'Een op mensenrechten gebaseerde aanpak (HRBA) toepassen in alle activiteiten van de stad',
      en: 'Apply a human rights-based approach (HRBA) in all city activities',
    },
    summary: {
      nl:
        'Een op mensenrechten gebaseerde aanpak (HRBA) vertaalt mensenrechten naar concrete stappen in het ' +
        'werk. De stad kijkt met een mensenrechtenbril naar wat ze bereikt én naar de manier waarop.',
      en:
        'A human rights-based approach (HRBA) turns human rights into concrete steps in daily work. The ' +
        'city looks through a human rights lens at what it achieves and at how it gets there.',
    },
    why: {
      nl:
        'De aanpak steunt op rechten uit internationale normen, dus niet op goede bedoelingen alleen. ' +
        'Inwoners worden gezien als mensen met rechten, die mogen meepraten en op wie de stad zich moet ' +
        'verantwoorden. Zo worden besluiten eerlijker en beter te volgen.',
      en:
        'The approach rests on rights set out in international standards, not on good intentions alone. ' +
        'Residents are treated as rights holders who can have their say and to whom the city must answer. ' +
        'This makes decisions fairer and easier to follow.',
    },
    howTo: [
      {
        nl:
          'Deel met andere steden wat u hebt geleerd toen u de HRBA in uw werk invoerde, en leer van ' +
          'hun ervaringen.',
        en:
          'Share with other cities what you learned when bringing the HRBA into your work, and learn from ' +
          'their experience.',
      },
      {
        nl: 'Haal deskundigen erbij als u de HRBA in het werk van de stad wilt verankeren.',
        en: 'Bring in experts when you set out to anchor the HRBA in the city’s work.',
      },
      {
        nl:
          'Toets besluiten en beleid aan de principes van de HRBA: mainstreaming, gelijkheid en ' +
          'non-discriminatie, participatie, wettigheid, verantwoording en transparantie.',
        en:
          'Test decisions and policies against the HRBA principles: mainstreaming, equality and ' +
          'non-discrimination, participation, legality, accountability and transparency.',
      },
    ],
    examples: [
      {
        city: { nl: 'Västra Götaland', en: 'Västra Götaland' },
        country: { nl: 'Zweden', en: 'Sweden' },
        text: {
          nl:
            'Deze Zweedse regio gebruikte de principes van de HRBA voor haar actieplan voor ' +
            'mensenrechten en voor projecten. Een voorbeeld is een project in de psychiatrische zorg ' +
            'waaraan zowel patiënten als zorgpersoneel meededen.',
          en:
            'This Swedish region used the HRBA principles for its human rights action plan and for ' +
            'projects. One example is a psychiatric care project in which both patients and medical ' +
            'staff took part.',
        },
        url: 'https://www.vgregion.se/en/regional-development/areas/human-rights/plan-for-human-rights/',
      },
      {
        city: { nl: 'Amsterdam en Helsinki', en: 'Amsterdam and Helsinki' },
        country: { nl: 'Nederland en Finland', en: 'Netherlands and Finland' },
        text: {
          nl:
            'Bij het werken met artificiële intelligentie hielden beide steden rekening met de principes ' +
            'van de HRBA. Zo maakten ze registers waarin staat hoe zij algoritmen en AI-systemen ' +
            'gebruiken.',
          en:
            'When working with artificial intelligence, both cities took the HRBA principles into ' +
            'account. For example, they set up registers that show how they use algorithms and AI ' +
            'systems.',
        },
        url: 'https://www.themayor.eu/en/a/view/helsinki-and-amsterdam-with-first-ever-ai-registries-5982',
      },
      {
        city: { nl: 'Barcelona', en: 'Barcelona' },
        country: { nl: 'Spanje', en: 'Spain' },
        text: {
          nl:
            'In 2021 hield de stad haar eerste participatieve begroting. Ongeveer 40.000 geregistreerde ' +
            'inwoners van 14 jaar en ouder deden mee.',
          en:
            'In 2021 the city ran its first participatory budget. About 40,000 registered residents aged ' +
            '14 and over took part.',
        },
        url: 'https://www.barcelona.cat/infobarcelona/en/tema/participation/participatory-budgets-to-make-76-citizen-proposals-become-reality_1081577.html',
      },
    ],
    resources: [
      {
        title: {
          nl:
            'Methodology guide: City of human rights — the Barcelona model (Methodologische gids: Stad ' +
            'van de mensenrechten — het model van Barcelona)',
          en: 'Methodology guide: City of human rights — the Barcelona model',
        },
        publisher: 'Barcelona City Council',
        url: 'https://ajuntament.barcelona.cat/dretsidiversitat/sites/default/files/WEB_Manual_DDHH_A5_ENG.pdf',
      },
      {
        title: {
          nl:
            'Frequently asked questions on a human rights-based approach to development cooperation ' +
            '(Veelgestelde vragen over een op mensenrechten gebaseerde benadering van ' +
            'ontwikkelingssamenwerking)',
          en: 'Frequently asked questions on a human rights-based approach to development cooperation',
        },
        publisher: 'Office of the United Nations High Commissioner for Human Rights (OHCHR)',
        url: 'https://www.ohchr.org/Documents/Publications/FAQen.pdf',
      },
      {
        title: {
          nl:
            'Guiding principles for a human rights-based approach on public services (Leidende ' +
            'beginselen voor een op mensenrechten gebaseerde aanpak van overheidsdiensten)',
          en: 'Guiding principles for a human rights-based approach on public services',
        },
        publisher: 'Portuguese Presidency of the Council of the EU',
        url: 'https://www.portugal.gov.pt/download-ficheiros/ficheiro.aspx?v=%3D%3DBQAAAB%2BLCAAAAAAABAAzNLQ0sgAAH8s8%2FAUAAAA%3D',
      },
    ],
  },
  {
    id: 'training-education',
    layer: 'tools',
    title: {
      nl: 'Kennis ontwikkelen door middel van opleiding en mensenrechteneducatie',
      en: 'Develop knowledge through training and human rights education',
    },
    summary: {
      nl:
        'De stad zorgt dat bestuurders, medewerkers en lokale beroepsgroepen weten wat mensenrechten zijn ' +
        'en hoe ze die in hun werk toepassen. Denk aan politie, leraren, zorgverleners en ' +
        'woningcorporaties.',
      en:
        'The city makes sure that elected officials, staff and local professionals know what human rights ' +
        'are and how to apply them in their work. Think of the police, teachers, health workers and ' +
        'social housing providers.',
    },
    why: {
      nl:
        'Rechten beschermen lukt alleen als mensen weten wat er van hen verwacht wordt. Goede opleiding ' +
        'geeft hun de kennis en vaardigheden om dat te doen. Daar heeft u als inwoner direct iets aan, ' +
        'bijvoorbeeld bij een eerlijke behandeling aan het loket of op straat.',
      en:
        'Rights can only be protected when people know what is expected of them. Good training gives ' +
        'them the knowledge and skills to do so. Residents benefit directly, for example through fair ' +
        'treatment at a service desk or in the street.',
    },
    howTo: [
      {
        nl:
          'Kies geen droge, algemene cursussen die losstaan van het eigen werk. Die blijken vaak weinig ' +
          'op te leveren. Sluit aan bij wat mensen in hun dagelijkse praktijk tegenkomen.',
        en:
          'Avoid dry, general courses that are cut off from people’s own work. They often turn out to ' +
          'achieve little. Start from what people come across in their daily practice.',
      },
      {
        nl:
          'Neem mensenrechten op in de introductie en de vaste opleidingen voor raadsleden en ' +
          'bestuurders, leidinggevenden en medewerkers.',
        en:
          'Include human rights in the induction and regular training of elected representatives, ' +
          'managers and staff.',
      },
      {
        nl: 'Laat zien wat mensenrechten opleveren voor betere dienstverlening aan inwoners.',
        en: 'Show how human rights help to deliver better services to residents.',
      },
    ],
    examples: [
      {
        city: { nl: 'Bordeaux', en: 'Bordeaux' },
        country: { nl: 'Frankrijk', en: 'France' },
        text: {
          nl:
            'De stad voerde een keurmerk voor diversiteit in. Dat stimuleert goede praktijken bij werving, ' +
            'loopbaanontwikkeling, aanbesteding en communicatie. Ook nam de stad regels over opleiding ' +
            'van personeel en diversiteit op in haar aanbestedingen.',
          en:
            'The city introduced a diversity label. It encourages good practice in recruitment, career ' +
            'development, procurement and communication. The city also added rules on staff training and ' +
            'diversity to its procurement procedures.',
        },
        url: 'https://www.bordeaux.fr/p81908/lutte-contre-les-discriminations#labellisation',
      },
      {
        city: { nl: 'Kopenhagen', en: 'Copenhagen' },
        country: { nl: 'Denemarken', en: 'Denmark' },
        text: {
          nl:
            'Samen met lokale brancheorganisaties zette de stad trainingen op voor portiers, beveiligers ' +
            'en ander personeel van nachtclubs, bars en restaurants. Zij leren discriminatie tegen te ' +
            'gaan en te voorkomen dat conflicten uit de hand lopen.',
          en:
            'Together with local trade organisations, the city set up training for door staff, security ' +
            'guards and other staff in nightclubs, bars and restaurants. They learn to tackle ' +
            'discrimination and to stop conflicts from getting out of hand.',
        },
        url: 'https://www.horesta.dk/presseklip/2021/maj/organisationer-giv-alle-koebenhavns-restauratoerer-den-udvidede-udeservering-tilbage/',
      },
      {
        city: { nl: 'Neurenberg', en: 'Nuremberg' },
        country: { nl: 'Duitsland', en: 'Germany' },
        text: {
          nl:
            'Neurenberg brengt mensenrechten naar scholen en jongerenwerk. Daarnaast leren mensen die met ' +
            'kinderen of ouderen werken, agenten, militairen en ambtenaren wat mensenrechten voor hun werk betekenen.',
          en:
            'The city runs human rights lessons in schools and for young people. People who work with ' +
            'children or older people, the police, the armed forces and public servants also receive ' +
            'human rights education.',
        },
        url: 'https://www.nuernberg.de/internet/menschenrechte_e/menschenrechtsbildung_en.html',
      },
    ],
    resources: [
      {
        title: {
          nl:
            'Developing human rights narratives to counter hate speech (Ontwikkeling van ' +
            'mensenrechtenverhalen om haatzaaiende uitlatingen tegen te gaan)',
          en: 'Developing human rights narratives to counter hate speech',
        },
        publisher: 'Council of Europe',
        url: 'https://www.coe.int/en/web/inclusion-and-antidiscrimination/wecan4hrs',
      },
    ],
  },
  {
    id: 'budgeting-procurement',
    layer: 'tools',
    title: {
      nl: 'Mensenrechten in aanmerking nemen in de begrotings- en aanbestedingsprocedures',
      en: 'Consider human rights in budgeting and procurement processes',
    },
    summary: {
      nl:
        'De stad houdt in elke fase van de begroting rekening met mensenrechten. Bij aanbestedingen ' +
        'spreekt ze af dat bedrijven die diensten leveren de mensenrechten respecteren.',
      en:
        'The city takes human rights into account at every stage of the budget. In procurement, it ' +
        'requires companies that deliver services to respect human rights.',
    },
    why: {
      nl:
        'Waar het geld naartoe gaat, laat zien wat een stad echt belangrijk vindt. Een begroting met oog ' +
        'voor mensenrechten brengt het geld naar de prioriteiten van de stad en maakt meer inspraak, ' +
        'openheid en verantwoording mogelijk. Ook wanneer een externe partij het werk doet, blijven uw ' +
        'rechten dan beschermd.',
      en:
        'Where the money goes shows what a city truly cares about. A budget that pays attention to human ' +
        'rights steers money towards the city’s priorities and allows more participation, openness and ' +
        'accountability. Your rights also stay protected when an outside contractor does the work.',
    },
    howTo: [
      {
        nl:
          'Gebruik betrouwbare gegevens bij het opstellen van de begroting. Zo ziet u op welke terreinen ' +
          'de stad moet ingrijpen.',
        en:
          'Use reliable data when drawing up the budget. It shows you in which areas the city needs to ' +
          'act.',
      },
      {
        nl:
          'Neem in de regels voor overheidsopdrachten bepalingen op dat opdrachtnemers de ' +
          'mensenrechtennormen respecteren en naleven.',
        en:
          'Add clauses to the rules for public contracts requiring contractors to respect and comply ' +
          'with human rights standards.',
      },
      {
        nl:
          'U hoeft geen nieuw begrotingsproces te bedenken. Breng mensenrechten in de bestaande ' +
          'begrotingsprocedures in.',
        en:
          'There is no need to invent a new budget process. Bring human rights into the budget ' +
          'procedures you already have.',
      },
    ],
    examples: [
      {
        city: { nl: 'Wenen', en: 'Vienna' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        text: {
          nl:
            'Sinds 2006 past de stad genderbudgettering toe, als onderdeel van haar aanpak van ' +
            'gendermainstreaming. Ze bekijkt wie er baat heeft bij elke uitgave. Zo blijven vrouwen en ' +
            'mannen in de financiële planning in balans.',
          en:
            'Since 2006 the city has used gender budgeting as part of its gender mainstreaming policy. It ' +
            'checks who benefits from each spending decision. This keeps women and men in balance in ' +
            'financial planning.',
        },
        url: 'https://www.wien.gv.at/english/administration/gendermainstreaming/',
      },
    ],
    resources: [
      {
        title: {
          nl:
            'Realizing human rights through government budgets (Mensenrechten verwezenlijken door middel ' +
            'van overheidsbegrotingen)',
          en: 'Realizing human rights through government budgets',
        },
        publisher: 'Office of the United Nations High Commissioner for Human Rights (OHCHR)',
        url: 'https://www.ohchr.org/Documents/Publications/RealizingHRThroughGovernmentBudgets.pdf',
      },
      {
        title: {
          nl: 'What is human rights budget work? (Wat is mensenrechtenbudgettering?)',
          en: 'What is human rights budget work?',
        },
        publisher: 'Scottish Human Rights Commission',
        url: 'https://www.scottishhumanrights.com/projects-and-programmes/human-rights-budget-work/',
      },
      {
        title: {
          nl: 'Public procurement and human rights (Overheidsopdrachten en mensenrechten)',
          en: 'Public procurement and human rights',
        },
        publisher: 'Danish Institute for Human Rights',
        url: 'https://www.humanrights.dk/projects/public-procurement-human-rights',
      },
      {
        title: {
          nl:
            'Driving change through public procurement: A toolkit on human rights for procurement policy ' +
            'makers and practitioners (Veranderingen teweegbrengen door overheidsopdrachten: een toolkit ' +
            'over mensenrechten voor ontwerpers en uitvoerders van inkoopbeleid)',
          en:
            'Driving change through public procurement: A toolkit on human rights for procurement policy ' +
            'makers and practitioners',
        },
        publisher: 'Danish Institute for Human Rights',
        url: 'https://www.humanrights.dk/sites/humanrights.dk/files/media/document/dihr_toolkit_public_procurement_2020_webaccessible.pdf',
      },
    ],
  },
  {
    id: 'local-action-plan',
    layer: 'tools',
    title: {
      nl: 'Een lokaal actieplan voor de mensenrechten opstellen en uitvoeren',
      en: 'Develop and implement a local action plan for human rights',
    },
    summary: {
      nl:
        'De stad maakt een plan met acties, beleid en initiatieven die passen bij wat er lokaal nodig is. ' +
        'Het plan noemt doelen voor de korte en lange termijn, wat de stad daarvoor doet en hoe ze het ' +
        'effect meet.',
      en:
        'The city draws up a plan of actions, policies and initiatives that match local needs. The plan ' +
        'sets short- and long-term goals, the activities to reach them and indicators to measure their ' +
        'effect.',
    },
    why: {
      nl:
        'Mensenrechten vragen om snelle stappen én om werk van lange adem. Een actieplan brengt orde en ' +
        'richting in dat werk. Omdat het uitgaat van de zorgen van inwoners, kunt u zien wat er met uw ' +
        'inbreng gebeurt en of de stad haar doelen haalt.',
      en:
        'Human rights call for quick steps as well as long-term effort. An action plan gives that work ' +
        'order and direction. Because it starts from residents’ concerns, you can see what happens with ' +
        'your input and whether the city meets its goals.',
    },
    howTo: [
      {
        nl:
          'Breng eerst de huidige situatie in kaart: waar schieten de mensenrechten in uw stad nu tekort? ' +
          'Dat nulpunt gebruikt u later om de vooruitgang te meten.',
        en:
          'Start by mapping the current situation: where do human rights fall short in your city today? ' +
          'You then use this baseline to measure progress over time.',
      },
      {
        nl:
          'Betrek lokale partijen binnen en buiten de gemeente, ook medewerkers die direct met inwoners ' +
          'werken. Zo leert u wat het best werkt en voelen meer mensen zich verantwoordelijk voor het ' +
          'plan.',
        en:
          'Involve local stakeholders inside and outside the city administration, including front-line ' +
          'staff. This shows you what works best and gives more people a sense of ownership of the plan.',
      },
      {
        nl:
          'Verbind uw lokale actieplan met het beleid en de strategieën die er al zijn op nationaal, ' +
          'Europees en internationaal niveau.',
        en:
          'Link your local action plan to existing national, EU and international policies and ' +
          'strategies.',
      },
    ],
    examples: [
      {
        city: { nl: 'Madrid', en: 'Madrid' },
        country: { nl: 'Spanje', en: 'Spain' },
        text: {
          nl:
            'De stad maakte een lokaal strategisch plan voor de mensenrechten voor 2017-2019, met 22 ' +
            'doelen en rechten verdeeld over vijf thema’s. Inwoners, de overheid en maatschappelijke ' +
            'organisaties werden vooraf geraadpleegd.',
          en:
            'The city drew up a local strategic human rights plan for 2017-2019, with 22 goals and rights ' +
            'across five themes. Residents, the authorities and civil society were consulted beforehand.',
        },
        url: 'https://www.madrid.es/UnidadWeb/Contenidos/Descriptivos/ficheros/PlanDDHH_Madrid.pdf',
      },
      {
        city: { nl: 'Bordeaux', en: 'Bordeaux' },
        country: { nl: 'Frankrijk', en: 'France' },
        text: {
          nl:
            'De stad heeft een actieplan tegen discriminatie. Het steunt op rondetafelgesprekken en ' +
            'gesprekken met inwoners en ngo’s, en op een enquête van het lokale waarnemingscentrum voor ' +
            'gelijkheid en tegen discriminatie.',
          en:
            'The city has an action plan against discrimination. It is based on round tables and ' +
            'dialogue with individuals and NGOs, and on a survey by the local observatory for equality ' +
            'and against discrimination.',
        },
        url: 'https://www.bordeaux.fr/p81908/lutte-contre-les-discriminations',
      },
      {
        city: { nl: 'Utrecht', en: 'Utrecht' },
        country: { nl: 'Nederland', en: 'Netherlands' },
        text: {
          nl:
            'Een onderzoek uit 2011 keek als eerste naar de raakvlakken tussen het werk van de gemeente en ' +
            'de mensenrechten. Het bracht in kaart wat de stad al deed en werd daarna gebruikt als ' +
            'referentiekader.',
          en:
            'A study from 2011 was the first to look at where the municipality’s work and human rights ' +
            'meet. It mapped what the city was already doing and then served as a frame of reference.',
        },
        url: 'https://uclg-cisdp.org/sites/default/files/documents/files/2021-06/UtrechtHumanRights.pdf',
      },
    ],
    resources: [
      {
        title: {
          nl:
            'Handbook on national human rights plans of action (Handboek over nationale actieplannen ' +
            'inzake mensenrechten)',
          en: 'Handbook on national human rights plans of action',
        },
        publisher: 'Office of the United Nations High Commissioner for Human Rights (OHCHR)',
        url: 'https://www.ohchr.org/Documents/Publications/training10en.pdf',
      },
      {
        title: {
          nl:
            'National human rights action plans in the EU (Nationale actieplannen voor de mensenrechten ' +
            'in de EU)',
          en: 'National human rights action plans in the EU',
        },
        publisher: 'European Union Agency for Fundamental Rights (FRA)',
        url: 'https://fra.europa.eu/sites/default/files/fra_uploads/2020_outcome-report-wp-national-human-rights-action-plans.pdf',
      },
    ],
  },
  {
    id: 'decision-compatibility',
    layer: 'tools',
    title: {
      nl: 'Nagaan of lokale besluiten verenigbaar zijn met de mensenrechten',
      en: 'Check that local decisions are compatible with human rights',
    },
    summary: {
      nl:
        'De stad controleert of haar besluiten, beleid en activiteiten passen bij de mensenrechten. Ze ' +
        'toetst vooraf wat een maatregel kan doen en kijkt achteraf wat hij echt heeft gedaan.',
      en:
        'The city checks that its decisions, policies and activities are in line with human rights. It ' +
        'assesses beforehand what a measure could do and looks afterwards at what it actually did.',
    },
    why: {
      nl:
        'Steden moeten zich houden aan wat nationaal, Europees en internationaal recht van hen vraagt. ' +
        'Door goede en slechte gevolgen op tijd te zien, kan de stad schade voorkomen en bijsturen. Dat ' +
        'beschermt inwoners en maakt het bestuur betrouwbaarder.',
      en:
        'Cities must meet the obligations that national, EU and international law place on them. By ' +
        'spotting good and bad effects in time, the city can prevent harm and change course. This ' +
        'protects residents and makes the administration more trustworthy.',
    },
    howTo: [
      {
        nl:
          'Vraag deskundig advies om vooraf in te schatten wat een besluit kan betekenen voor de ' +
          'mensenrechten.',
        en: 'Ask for expert advice to assess in advance what a decision could mean for human rights.',
      },
      {
        nl:
          'Schakel onafhankelijke deskundigen of technische specialisten in. Onafhankelijk advies is ' +
          'nodig om geloofwaardig te zijn.',
        en:
          'Call in independent experts or technical specialists. Independent advice is essential for ' +
          'credibility.',
      },
      {
        nl: 'Wees open over hoe de toets verloopt en wat eruit komt.',
        en: 'Be open about how the check is done and what it finds.',
      },
    ],
    examples: [
      {
        city: { nl: 'Graz', en: 'Graz' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        text: {
          nl:
            'De mensenrechtenraad van de stad volgt de stand van de mensenrechten en brengt daar elk jaar ' +
            'verslag over uit. Bij verkiezingen kijkt de raad ook of campagnemateriaal, toespraken en ' +
            'interviews van alle partijen de mensenrechten respecteren.',
          en:
            'The city’s human rights council monitors human rights and reports on them every year. During ' +
            'elections it also checks whether the campaign materials, speeches and interviews of all ' +
            'parties respect human rights.',
        },
        url: 'https://www.graz.at/cms/beitrag/10153819/7771489/Menschenrechtsbeirat_in_Graz.html',
      },
      {
        city: { nl: 'Swansea', en: 'Swansea' },
        country: { nl: 'Verenigd Koninkrijk', en: 'United Kingdom' },
        text: {
          nl:
            'Raadsleden met een toezichtstaak controleren het stadsbestuur. Zo moeten bestuurders zich ' +
            'verantwoorden, krijgen inwoners een stem en worden openbare diensten beter.',
          en:
            'Councillors with a scrutiny role keep a check on the city’s cabinet. This holds cabinet ' +
            'members to account, gives residents a voice and improves public services.',
        },
        url: 'https://www.swansea.gov.uk/scrutiny',
      },
    ],
    resources: [
      {
        title: {
          nl:
            'Recommendation on democratic accountability of elected representatives and elected bodies ' +
            'at local and regional level (Aanbeveling over de democratische verantwoordingsplicht van ' +
            'gekozen vertegenwoordigers en gekozen organen op lokaal en regionaal niveau)',
          en:
            'Recommendation on democratic accountability of elected representatives and elected bodies ' +
            'at local and regional level',
        },
        publisher: 'Council of Europe',
        url: 'https://search.coe.int/cm/pages/result_details.aspx?objectid=0900001680a57739',
      },
      {
        title: {
          nl: 'Gidsen en brochures, bijvoorbeeld over lokaal stemrecht en het voorkomen van corruptie',
          en: 'Guides and booklets, for example on local voting rights and preventing corruption',
        },
        publisher: 'Congress of Local and Regional Authorities, Council of Europe',
        url: 'https://www.coe.int/en/web/congress/publications',
      },
    ],
  },
  {
    id: 'participatory-monitoring',
    layer: 'tools',
    title: {
      nl: 'Het werk van de stad op participatieve wijze monitoren en evalueren',
      en: "Monitor and evaluate the city's work in a participatory way",
    },
    summary: {
      nl:
        'De stad gaat steeds na wat haar beleid en acties betekenen voor de mensenrechten. Inwoners en ' +
        'organisaties doen mee aan die monitoring en evaluatie.',
      en:
        'The city keeps checking what its policies and actions mean for human rights. Residents and ' +
        'organisations take part in this monitoring and evaluation.',
    },
    why: {
      nl:
        'Zo ziet de stad wat werkt, waar nog problemen zijn en waar nieuwe ideeën nodig zijn. Het maakt ' +
        'de overheid opener en maakt duidelijk wie waarvoor verantwoordelijk is. Dat geeft inwoners meer ' +
        'vertrouwen.',
      en:
        'It shows the city what works, where problems remain and where new ideas are needed. It makes ' +
        'public services more open and makes clear who is responsible for what. That builds residents’ ' +
        'trust.',
    },
    howTo: [
      {
        nl: 'Bedenk welke manier van monitoren en evalueren het best past bij uw eigen stad en situatie.',
        en: 'Work out which way of monitoring and evaluating fits your own city and situation best.',
      },
      {
        nl:
          'Gebruik indicatoren die al bestaan, zoals die voor de SDG’s, of bestaande evaluaties voor ' +
          'thema’s als interculturaliteit, gelijkheid en non-discriminatie, kinderrechten of de ' +
          'integratie van Roma.',
        en:
          'Use existing indicator frameworks, such as those for the SDGs, or existing evaluation tools ' +
          'for themes such as interculturality, equality and non-discrimination, children’s rights or ' +
          'Roma inclusion.',
      },
      {
        nl: 'Laat de mensen voor wie het beleid is bedoeld en maatschappelijke organisaties meedoen.',
        en: 'Involve the people the policy is meant for, and civil society organisations.',
      },
    ],
    examples: [
      {
        city: { nl: 'Lund', en: 'Lund' },
        country: { nl: 'Zweden', en: 'Sweden' },
        text: {
          nl:
            'Het actieplan van de stad tegen discriminatie voor 2020-2021 bouwde voort op een evaluatie ' +
            'van het plan voor 2019-2020. Leerlingen, leraren en ander personeel gaven via enquêtes hun ' +
            'mening, en die hielp bij het schrijven van het nieuwe plan.',
          en:
            'The city’s anti-discrimination action plan for 2020-2021 built on an evaluation of the ' +
            '2019-2020 plan. Students, teachers and other staff gave feedback through surveys, which ' +
            'helped to shape the new plan.',
        },
        url: 'https://lund-se.translate.goog/forskola-och-skola/elevhalsa-extra-stod-och-forsakringar/mobbning-trygghet-och-sakerhet?_x_tr_sl=sv&_x_tr_tl=nl&_x_tr_hl=nl-NL',
      },
      {
        city: { nl: 'Bonn', en: 'Bonn' },
        country: { nl: 'Duitsland', en: 'Germany' },
        text: {
          nl:
            'De stad gebruikte een set indicatoren die voor Duitse steden, districten en gemeenten is ' +
            'gemaakt. Daarmee volgt ze openlijk hoe haar werk aan de SDG’s vordert.',
          en:
            'The city used a set of indicators designed for German cities, districts and municipalities. ' +
            'With it, the city tracks its progress on the SDGs in a transparent way.',
        },
        url: 'https://www.bonn.de/microsite/en/international-profile/sutainability-cluster/voluntary-local-review.php',
      },
    ],
    resources: [
      {
        title: {
          nl:
            'Human rights indicators — a guide to measurement and implementation ' +
            '(Mensenrechtenindicatoren — een gids voor meting en uitvoering)',
          en: 'Human rights indicators — a guide to measurement and implementation',
        },
        publisher: 'Office of the United Nations High Commissioner for Human Rights (OHCHR)',
        url: 'https://www.ohchr.org/Documents/Publications/Human_rights_indicators_en.pdf',
      },
      {
        title: {
          nl:
            'Monitoring and evaluating national urban policy: A guide (Monitoring en evaluatie van ' +
            'nationaal stedelijk beleid: een gids)',
          en: 'Monitoring and evaluating national urban policy: A guide',
        },
        publisher: 'UN-Habitat',
        url: 'https://unhabitat.org/monitoring-and-evaluating-national-urban-policy-a-guide',
      },
      {
        title: {
          nl: 'De Intercultural Cities Index',
          en: 'The Intercultural Cities Index',
        },
        publisher: 'Intercultural Cities Programme, Council of Europe',
        url: 'https://www.coe.int/en/web/interculturalcities/about-the-index',
      },
    ],
  },
  {
    id: 'awareness-raising',
    layer: 'tools',
    title: {
      nl: 'Bewustzijn scheppen bij mensen over mensenrechten',
      en: "Raise people's awareness of human rights",
    },
    summary: {
      nl:
        'De stad vertelt helder en aansprekend over mensenrechten. Dat doet ze met campagnes voor ' +
        'iedereen en met gerichte acties, bijvoorbeeld voor leraren, politie of zorgverleners.',
      en:
        'The city talks about human rights in a clear and engaging way. It does so through campaigns for ' +
        'everyone and through targeted initiatives, for example for teachers, the police or care workers.',
    },
    why: {
      nl:
        'Mensenrechten hebben het vertrouwen en de steun van inwoners nodig. Wie zijn rechten kent, kan ' +
        'ze ook gebruiken. Goede communicatie helpt vooroordelen weg te nemen en brengt mensen met elkaar ' +
        'in gesprek.',
      en:
        'Human rights need the trust and support of residents. If you know your rights, you can also use ' +
        'them. Good communication helps to break down prejudice and gets people talking to each other.',
    },
    howTo: [
      {
        nl: 'Laat de mensen achter de cijfers zien. Vertel hun verhaal.',
        en: 'Show the people behind the figures. Tell their story.',
      },
      {
        nl:
          'Zoek “ambassadeurs” die uw boodschap geloofwaardig brengen, zoals leiders uit de buurt, ' +
          'influencers op sociale media of mensen van wie de rechten zelf in het geding zijn.',
        en:
          'Find “champions” who can carry your message in an authentic voice, such as community ' +
          'leaders, social media influencers or people whose own rights are affected.',
      },
      {
        nl:
          'Zet geslaagde initiatieven van onderop in het zonnetje, bijvoorbeeld met een prijs, een ' +
          'onderscheiding, een mensenrechtenkeurmerk of een sport- of cultuurevenement.',
        en:
          'Celebrate successful grassroots initiatives, for example with an award, a prize, a human ' +
          'rights label, or a sports or cultural event.',
      },
    ],
    examples: [
      {
        city: { nl: 'Barcelona', en: 'Barcelona' },
        country: { nl: 'Spanje', en: 'Spain' },
        text: {
          nl:
            'De anti-geruchtenstrategie hoort bij de brede aanpak van de stad voor gelijkheid en tegen ' +
            'discriminatie en haat. Ze ontkracht geruchten, vooroordelen en stereotypen, geeft mensen ' +
            'middelen om geruchten tegen te spreken en stimuleert het gesprek over het samenleven van ' +
            'culturen.',
          en:
            'The anti-rumour strategy is part of the city’s broad approach to promoting equality and ' +
            'fighting discrimination and hate. It debunks rumours, prejudice and stereotypes, gives ' +
            'people tools to counter rumours and encourages dialogue about intercultural relations.',
        },
        url: 'https://ajuntament.barcelona.cat/dretsidiversitat/en/barcelona-diverse-city/bcn-anti-rumour-strategy',
      },
      {
        city: { nl: 'Gdańsk', en: 'Gdańsk' },
        country: { nl: 'Polen', en: 'Poland' },
        text: {
          nl:
            'Gdańsk organiseert jaarlijks een Week van de democratie: een week vol debatten, workshops, ' +
            'ontmoetingen en voorstellingen over meedoen, democratie en mensenrechten. Sinds 2021 reikt de stad ' +
            'samen met het Europees Comité van de Regio’s ook de Burgemeester Paweł Adamowicz-prijs uit, ' +
            'voor moed en uitzonderlijke inzet voor vrijheid, solidariteit en gelijkheid.',
          en:
            'Every year the city holds a Week of Democracy, with debates, workshops, meetings and ' +
            'performances about participation, democracy and human rights. Since 2021 the city and the ' +
            'European Committee of the Regions have also presented the Mayor Paweł Adamowicz Award, for ' +
            'courage and excellence in promoting freedom, solidarity and equality.',
        },
        url: 'https://www.gdansk.pl/tydzien-demokracji',
      },
      {
        city: { nl: 'Den Haag', en: 'The Hague' },
        country: { nl: 'Nederland', en: 'Netherlands' },
        text: {
          nl:
            'De gemeente, reclamebureau Glasnost en Hivos People Unlimited voerden campagne tegen ' +
            'kinderarbeid. Instagram-influencers brachten de boodschap in hun eigen woorden. Zo bereikte ' +
            'de campagne meer dan 100.000 volgers en trok ze de aandacht van jongeren en van de gewone ' +
            'media.',
          en:
            'The municipality, the advertising agency Glasnost and Hivos People Unlimited ran a campaign ' +
            'against child labour. Instagram influencers passed on the message in their own words. The ' +
            'campaign reached more than 100,000 followers and caught the attention of young people and ' +
            'the mainstream media.',
        },
        url: 'https://vimeo.com/212261949',
      },
    ],
    resources: [
      {
        title: {
          nl:
            'Recommendation on democratic accountability of elected representatives and elected bodies ' +
            'at local and regional level (Aanbeveling over de democratische verantwoordingsplicht van ' +
            'gekozen vertegenwoordigers en gekozen organen op lokaal en regionaal niveau)',
          en:
            'Recommendation on democratic accountability of elected representatives and elected bodies ' +
            'at local and regional level',
        },
        publisher: 'Council of Europe',
        url: 'https://search.coe.int/cm/pages/result_details.aspx?objectid=0900001680a57739',
      },
      {
        title: {
          nl: 'Gidsen en brochures, bijvoorbeeld over lokaal stemrecht en het voorkomen van corruptie',
          en: 'Guides and booklets, for example on local voting rights and preventing corruption',
        },
        publisher: 'Congress of Local and Regional Authorities, Council of Europe',
        url: 'https://www.coe.int/en/web/congress/publications',
      },
      {
        title: {
          nl:
            '10 keys to effectively communicating human rights (Doeltreffend communiceren over ' +
            'mensenrechten in 10 kernpunten)',
          en: '10 keys to effectively communicating human rights',
        },
        publisher: 'European Union Agency for Fundamental Rights (FRA)',
        url: 'https://fra.europa.eu/en/publication/2018/10-keys-effectively-communicating-human-rights',
        year: 2018,
      },
      {
        title: {
          nl: '10 keys to effectively communicating human rights — afspeellijst met video’s',
          en: '10 keys to effectively communicating human rights — video playlist',
        },
        publisher: 'European Union Agency for Fundamental Rights (FRA)',
        url: 'https://www.youtube.com/playlist?list=PLZMjtrRo5niNJc5ZZfHmCeWzYLZgwhDBa',
        year: 2021,
      },
    ],
  },
  {
    id: 'transnational-cooperation',
    layer: 'tools',
    title: {
      nl:
        'Transnationaal samenwerken en bijdragen aan de intercollegiale uitwisseling en wederzijds leren ' +
        'tussen steden op het gebied van mensenrechten',
      en: 'Cooperate transnationally and contribute to peer exchange and mutual learning among cities',
    },
    summary: {
      nl:
        'De stad werkt samen met steden in andere landen. Via bezoeken, stedenbanden en netwerken delen ' +
        'ze kennis en leren ze van elkaar over mensenrechten.',
      en:
        'The city works with cities in other countries. Through exchanges, twinning and networks they ' +
        'share knowledge and learn from each other about human rights.',
    },
    why: {
      nl:
        'Steden zijn proeftuinen voor nieuwe ideeën over mensenrechten. Veel steden hebben met dezelfde ' +
        'problemen te maken, dus samen vinden ze sneller oplossingen. Zo bouwt de stad ook de kennis op om ' +
        'mensenrechten dicht bij huis waar te maken.',
      en:
        'Cities are testing grounds for new ideas on human rights. Many cities face the same problems, so ' +
        'together they find solutions faster. It also helps the city build the skills to make human ' +
        'rights real close to home.',
    },
    howTo: [
      {
        nl:
          'Gebruik stedennetwerken rond allerlei thema’s om in kaart te brengen waar mensenrechten ' +
          'spelen, en neem die mensenrechten mee in het werk van het netwerk.',
        en:
          'Use city networks on all kinds of themes to map where human rights are at stake, and build ' +
          'those rights into the network’s work.',
      },
      {
        nl:
          'Kijk naar het EU-programma “Burgers, gelijkheid, rechten en waarden”. Het geeft steden geld ' +
          'om onder meer kennis op te bouwen, waarden uit te dragen en inspraak van inwoners te ' +
          'steunen.',
        en:
          'Look at the EU’s “Citizens, equality, rights and values” programme. It funds cities to build ' +
          'capacity, promote values, support citizen participation and more.',
      },
      {
        nl:
          'Werk met andere steden aan een keurmerk of erkenning voor steden die voldoen aan het kader ' +
          'voor mensenrechtensteden in de EU.',
        en:
          'Work with other cities on a label or accreditation for cities that meet the EU framework for ' +
          'human rights cities.',
      },
    ],
    examples: [
      {
        city: {
          nl: 'Bratislava, Boedapest, Praag en Warschau',
          en: 'Bratislava, Budapest, Prague and Warsaw',
        },
        country: {
          nl: 'Slowakije, Hongarije, Tsjechië en Polen',
          en: 'Slovakia, Hungary, Czechia and Poland',
        },
        text: {
          nl:
            'Met het Pact van vrije steden komen deze steden samen op voor democratie, pluralisme, ' +
            'openheid en culturele diversiteit. In 2021 waren 20 steden aangesloten, onder meer ' +
            'Amsterdam, Barcelona, Florence, Frankfurt, Gdańsk, Ljubljana, Mannheim, Parijs, Rijeka, ' +
            'Stuttgart, Wenen en Zagreb. Samen spreken ze de EU aan over gedeelde belangen, bundelen ze ' +
            'middelen en werken ze samen aan onder meer duurzaamheid, sociale inclusie en de digitale ' +
            'agenda.',
          en:
            'Through the Pact of Free Cities, these cities stand up together for democracy, pluralism, ' +
            'openness and cultural diversity. By 2021, 20 cities had joined, including Amsterdam, ' +
            'Barcelona, Florence, Frankfurt, Gdańsk, Ljubljana, Mannheim, Paris, Rijeka, Stuttgart, ' +
            'Vienna and Zagreb. Together they speak to the EU on shared interests, pool resources and ' +
            'work together on topics such as sustainability, social inclusion and the digital agenda.',
        },
        url: 'https://budapest.hu/sites/english/Lapok/2020/pact-of-free-cities.aspx',
      },
      {
        city: {
          nl: 'Eurocities (stedennetwerk)',
          en: 'Eurocities (city network)',
        },
        country: { nl: 'Europa', en: 'Europe' },
        text: {
          nl:
            'Het Social Affairs Forum van Eurocities startte een online platform. Daarop wisselen de ' +
            'aangesloten steden informatie uit over mensenrechten en over het initiatief ' +
            'mensenrechtensteden.',
          en:
            'The Eurocities Social Affairs Forum set up an online platform. On it, member cities exchange ' +
            'information about human rights and the human rights cities initiative.',
        },
        url: 'https://eurocities.eu/latest/highlights-from-social-affairs-forum/',
      },
    ],
    resources: [],
  },
];
