/**
 * Source: FRA (2022), Human rights cities in the EU — practical guidance (Dutch edition). Text written for
 * this kit; names, titles, numbers, dates and URLs from the guide.
 */
import type { ContentSource } from './source-types.js';

export const about: Omit<ContentSource, 'elements' | 'charter' | 'grounds' | 'domains'> = {
  source: {
    title: {
      nl: 'Mensenrechtensteden in de Europese Unie - Praktische richtsnoeren',
      en: 'Human rights cities in the European Union - Practical guidance',
    },
    publisher: {
      nl: 'Bureau van de Europese Unie voor de grondrechten (FRA)',
      en: 'European Union Agency for Fundamental Rights (FRA)',
    },
    year: 2022,
    url: 'https://fra.europa.eu/nl/publication/2022/human-rights-cities-booklet',
  },

  intro: {
    whatIs: {
      nl:
        'Een mensenrechtenstad is een stad waar het bestuur, lokale organisaties en inwoners samen beloven ' +
        'om internationale mensenrechtennormen na te leven. Die belofte leggen ze vast in een verklaring. ' +
        'Daarna zet de stad concrete stappen. Ze maakt beleid op veel terreinen dat uitgaat van de rechten ' +
        'van mensen. Zo worden mensenrechten in de stad beter beschermd en bevorderd.',
      en:
        'A human rights city is a city where the local government, local organisations and residents make a ' +
        'joint promise to uphold international human rights standards. They set out that promise in a ' +
        'declaration. The city then takes concrete steps. It builds its policies in many areas on the rights ' +
        'of the people who live there. This way, human rights in the city are better protected and promoted.',
    },
    scope: {
      nl:
        'Met “stad” bedoelen we elke lokale of regionale overheid. Dat kan een stad of gemeente zijn, maar ' +
        'ook een district, een provincie of een regio.',
      en:
        'By “city” we mean any local or regional authority. That can be a city or a municipality, but also a ' +
        'district, a province or a region.',
    },
    rightsVsFundamental: {
      nl:
        'Mensenrechten zijn alle rechten uit internationale verdragen: burgerlijke, politieke, economische, ' +
        'sociale en culturele rechten. Grondrechten zijn de rechten uit het Handvest van de grondrechten van ' +
        'de EU en uit de algemene beginselen van het EU-recht. Het Handvest telt 50 rechten en vrijheden voor ' +
        'iedereen in de EU. Om het eenvoudig te houden, zeggen we meestal “mensenrechten”. Daarmee bedoelen ' +
        'we allebei.',
      en:
        'Human rights are all the rights set out in international treaties: civil, political, economic, ' +
        'social and cultural rights. Fundamental rights are the rights in the EU Charter of Fundamental ' +
        'Rights and in the general principles of EU law. The Charter holds 50 rights and freedoms for ' +
        'everyone in the EU. To keep things simple, we mostly say “human rights”. We mean both.',
    },
    localFocus: {
      nl:
        'De meeste mensen in de EU wonen in of rond een stad. Daar merkt u het eerst of uw rechten echt iets ' +
        'betekenen. Veel gewoon stadswerk gaat over mensenrechten: een woning vinden, toegang tot zorg, veilige ' +
        'openbare ruimte, meedoen in de samenleving, het publieke debat en lokale democratie. Steden doen hier ' +
        'al veel aan, bijvoorbeeld voor kinderen en jongeren, ouderen, daklozen, Roma en nieuwkomers. Alleen ' +
        'noemen ze dat vaak geen mensenrechtenwerk. Dat is wel zo: elke lokale overheid, groot of klein, in ' +
        'de stad of op het platteland, moet mensenrechten respecteren, beschermen en waarmaken, en ingrijpen ' +
        'als ze worden geschonden.',
      en:
        'Most people in the EU live in or near a city. That is where you first notice whether your rights ' +
        'really mean something. A lot of everyday city work is about human rights: finding a home, getting ' +
        'health care, safe public spaces, taking part in society, public debate and local democracy. Cities ' +
        'already do a great deal here, for example for children and young people, older people, homeless ' +
        'people, Roma and newcomers. They just do not always call it human rights work. But it is: every ' +
        'local authority, large or small, urban or rural, has to respect, protect and fulfil human rights, ' +
        'and step in when they are violated.',
    },
  },

  history: {
    summary: {
      nl:
        'Het idee begon in 1997 in Rosario, in Argentinië. Daarna volgden lokale overheden over de hele ' +
        'wereld, van Porto Alegre tot Seoel en Washington DC. In Europa was Graz in 2001 de eerste. ' +
        'Inmiddels noemen meerdere steden in de EU zich mensenrechtenstad. Andere, zoals Turku, zijn op weg. ' +
        'In Keulen zet een burgerinitiatief de stad aan om die stap te zetten.',
      en:
        'The idea began in Rosario, Argentina, in 1997. Local governments around the world followed, from ' +
        'Porto Alegre to Seoul and Washington DC. In Europe, Graz was the first, in 2001. Today several EU ' +
        'cities call themselves a human rights city. Others, such as Turku, are on their way. In Cologne, a ' +
        'civil society initiative is urging the city to take that step.',
    },
    cities: [
      {
        name: { nl: 'Rosario', en: 'Rosario' },
        country: { nl: 'Argentinië', en: 'Argentina' },
        year: 1997,
        status: 'first',
        eu: false,
      },
      {
        name: { nl: 'Porto Alegre', en: 'Porto Alegre' },
        country: { nl: 'Brazilië', en: 'Brazil' },
        status: 'human-rights-city',
        eu: false,
      },
      {
        name: { nl: 'Jakarta', en: 'Jakarta' },
        country: { nl: 'Indonesië', en: 'Indonesia' },
        status: 'human-rights-city',
        eu: false,
      },
      {
        name: { nl: 'Gwangju', en: 'Gwangju' },
        country: { nl: 'Zuid-Korea', en: 'South Korea' },
        status: 'human-rights-city',
        eu: false,
      },
      {
        name: { nl: 'Seoel', en: 'Seoul' },
        country: { nl: 'Zuid-Korea', en: 'South Korea' },
        status: 'human-rights-city',
        eu: false,
      },
      {
        name: { nl: 'York', en: 'York' },
        country: { nl: 'Verenigd Koninkrijk', en: 'United Kingdom' },
        status: 'human-rights-city',
        eu: false,
      },
      {
        name: { nl: 'Washington DC', en: 'Washington DC' },
        country: { nl: 'Verenigde Staten', en: 'United States' },
        status: 'human-rights-city',
        eu: false,
      },
      {
        name: { nl: 'Graz', en: 'Graz' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        year: 2001,
        status: 'human-rights-city',
        eu: true,
      },
      {
        name: { nl: 'Salzburg', en: 'Salzburg' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        status: 'human-rights-city',
        eu: true,
      },
      {
        name: { nl: 'Wenen', en: 'Vienna' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        status: 'human-rights-city',
        eu: true,
      },
      {
        name: { nl: 'Turijn', en: 'Turin' },
        country: { nl: 'Italië', en: 'Italy' },
        status: 'human-rights-city',
        eu: true,
      },
      {
        name: { nl: 'Middelburg', en: 'Middelburg' },
        country: { nl: 'Nederland', en: 'Netherlands' },
        status: 'human-rights-city',
        eu: true,
      },
      {
        name: { nl: 'Utrecht', en: 'Utrecht' },
        country: { nl: 'Nederland', en: 'Netherlands' },
        status: 'human-rights-city',
        eu: true,
      },
      {
        name: { nl: 'Barcelona', en: 'Barcelona' },
        country: { nl: 'Spanje', en: 'Spain' },
        status: 'human-rights-city',
        eu: true,
      },
      {
        name: { nl: 'Valencia', en: 'Valencia' },
        country: { nl: 'Spanje', en: 'Spain' },
        status: 'human-rights-city',
        eu: true,
      },
      {
        name: { nl: 'Lund', en: 'Lund' },
        country: { nl: 'Zweden', en: 'Sweden' },
        status: 'human-rights-city',
        eu: true,
      },
      {
        name: { nl: 'Turku', en: 'Turku' },
        country: { nl: 'Finland', en: 'Finland' },
        status: 'working-towards',
        eu: true,
      },
      {
        name: { nl: 'Keulen', en: 'Cologne' },
        country: { nl: 'Duitsland', en: 'Germany' },
        status: 'working-towards',
        eu: true,
      },
    ],
  },

  survey: {
    respondents: 35000,
    share: 0.9,
    population: {
      nl: 'de 27 EU-lidstaten, Noord-Macedonië en het Verenigd Koninkrijk',
      en: 'the 27 EU Member States, North Macedonia and the United Kingdom',
    },
    finding: {
      nl:
        'Negen op de tien mensen vinden mensenrechten belangrijk voor een eerlijkere samenleving. Maar wie het ' +
        'moeilijk heeft, voelt vaker dat die rechten niet voor hem of haar gelden. Mensen verwachten dat ' +
        'overheidsdiensten, ook die van de gemeente, open en betrouwbaar zijn en niemand achterstellen.',
      en:
        'Nine in ten people say human rights matter for a fairer society. But people who struggle to get by ' +
        'are more likely to feel that these rights are not meant for them. People expect public services, ' +
        'including local ones, to be open, reliable and fair to everyone.',
    },
    url: 'https://fra.europa.eu/en/publication/2020/fundamental-rights-survey-trust',
  },

  addedValue: {
    summary: {
      nl:
        'In een mensenrechtenstad leggen bestuurders de lat hoog. Ze leggen verantwoording af, werken open ' +
        'en laten inwoners meepraten over beleid en de uitvoering ervan. Zo houdt het bestuur de rechten van ' +
        'mensen en gedeelde waarden steeds voor ogen. Dat levert vertrouwen op bij inwoners en steun van ' +
        'maatschappelijke organisaties. En dat geeft weer ruimte voor nieuwe ideeën en creatieve oplossingen.',
      en:
        'In a human rights city, leaders set the bar high. They are accountable, they work openly and they let ' +
        'residents have a say in policy and how it is carried out. This keeps people’s rights and shared ' +
        'values in view at every step. It earns the trust of residents and the support of civil society. ' +
        'That, in turn, makes room for new ideas and creative solutions.',
    },
    items: [
      {
        id: 'international-recognition',
        label: { nl: 'Internationale erkenning', en: 'International recognition' },
      },
      { id: 'good-governance', label: { nl: 'Goed bestuur', en: 'Good governance' } },
      { id: 'inclusiveness', label: { nl: 'Inclusiviteit', en: 'Inclusiveness' } },
      { id: 'accountability', label: { nl: 'Verantwoordingsplicht', en: 'Accountability' } },
      {
        id: 'legality',
        label: { nl: 'Wettigheid (standaarden en normen)', en: 'Legality (standards and norms)' },
      },
      {
        id: 'shared-universal-values',
        label: { nl: 'Gedeelde universele waarden', en: 'Shared universal values' },
      },
      { id: 'awareness', label: { nl: 'Bewustzijn van mensenrechten', en: 'Human rights awareness' } },
      { id: 'people-centred', label: { nl: 'Op mensen gerichte aanpak', en: 'People-centred approach' } },
      { id: 'coherence-synergies', label: { nl: 'Samenhang en synergieën', en: 'Coherence and synergies' } },
      { id: 'empowered-citizens', label: { nl: 'Mondige burgers', en: 'Empowered citizens' } },
      {
        id: 'sustainability-across-elections',
        label: {
          nl: 'Duurzaamheid door verkiezingscycli heen',
          en: 'Sustainability across election cycles',
        },
      },
      {
        id: 'consensus-based-decisions',
        label: { nl: 'Consensusbesluiten', en: 'Consensus-based decisions' },
      },
      {
        id: 'multi-stakeholder',
        label: { nl: 'Multistakeholderbenadering', en: 'Multi-stakeholder approach' },
      },
      { id: 'more-trust', label: { nl: 'Meer vertrouwen', en: 'More trust' } },
      {
        id: 'peer-exchange',
        label: { nl: 'Intercollegiale transnationale uitwisseling', en: 'Transnational peer exchange' },
      },
      {
        id: 'local-human-rights-culture',
        label: { nl: 'Lokale mensenrechtencultuur', en: 'Local human rights culture' },
      },
      {
        id: 'innovation-creativity',
        label: { nl: 'Innovatie en creativiteit', en: 'Innovation and creativity' },
      },
    ],
  },

  layers: [
    {
      id: 'foundations',
      title: { nl: 'Grondslagen', en: 'Foundations' },
      summary: {
        nl:
          'Waar de stad zich aan verbindt: de rechten en beginselen uit het EU-Handvest, internationale ' +
          'mensenrechtennormen en de SDG’s. Hierop bouwt al het andere voort.',
        en:
          'What the city commits to: the rights and principles of the EU Charter, international human rights ' +
          'standards and the SDGs. Everything else builds on these.',
      },
    },
    {
      id: 'structures',
      title: { nl: 'Structuren', en: 'Structures' },
      summary: {
        nl:
          'De vaste plekken en werkwijzen die de verbintenissen in het dagelijkse werk brengen. Denk aan een ' +
          'verklaring, een bestuurder met mensenrechten in de portefeuille, een mensenrechtenbureau of een ' +
          'antidiscriminatievoorziening.',
        en:
          'The bodies and procedures that carry those commitments into daily work. Think of a declaration, an ' +
          'elected representative responsible for human rights, a human rights office or an anti-discrimination ' +
          'office.',
      },
    },
    {
      id: 'tools',
      title: { nl: 'Instrumenten', en: 'Tools' },
      summary: {
        nl:
          'Praktische methoden en middelen, zoals een actieplan, training, een mensenrechtentoets bij ' +
          'besluiten en de begroting, monitoring en voorlichting. Ze helpen de structuren om hun werk goed ' +
          'te doen.',
        en:
          'Practical methods and resources, such as an action plan, training, human rights checks on decisions ' +
          'and the budget, monitoring and awareness raising. They help the structures do their job well.',
      },
    },
  ],

  quotes: [
    {
      person: 'Michael Ludwig',
      role: { nl: 'Burgemeester en gouverneur', en: 'Mayor and Governor' },
      city: { nl: 'Wenen', en: 'Vienna' },
      summary: {
        nl:
          'Hij ziet mensenrechten als een brug tussen mensen en vindt dat de overheid iedereen een leven in ' +
          'waardigheid en vrijheid moet garanderen.',
        en:
          'He sees human rights as a bridge between people and says government must guarantee everyone a life ' +
          'of dignity and freedom.',
      },
    },
    {
      person: 'Michael O’Flaherty',
      role: { nl: 'Directeur', en: 'Director' },
      city: {
        nl: 'Bureau van de Europese Unie voor de grondrechten (FRA)',
        en: 'European Union Agency for Fundamental Rights (FRA)',
      },
      summary: {
        nl:
          'Volgens hem krijgt bestaand stadswerk nieuwe energie als het openlijk aan mensenrechten wordt gekoppeld: ' +
          'het versterkt het vertrouwen in de gemeente en zet het publieke gesprek over een eerlijke ' +
          'samenleving op gang.',
        en:
          'He argues that openly linking existing city work to human rights gives it fresh energy, builds trust ' +
          'in local government and starts a public conversation about a fairer society.',
      },
    },
    {
      person: 'Ada Colau',
      role: { nl: 'Burgemeester', en: 'Mayor' },
      city: { nl: 'Barcelona', en: 'Barcelona' },
      summary: {
        nl:
          'Zij roept steden op om samen op te trekken tegen racisme en discriminatie, omdat iedereen recht ' +
          'heeft op dezelfde basisrechten.',
        en:
          'She calls on cities to stand together against racism and discrimination, because everyone is ' +
          'entitled to the same basic rights.',
      },
    },
    {
      person: 'Linda Voortman',
      role: { nl: 'Wethouder', en: 'Deputy Mayor' },
      city: { nl: 'Utrecht', en: 'Utrecht' },
      summary: {
        nl:
          'Zij wijst op de coronatijd om te laten zien dat werken aan mensenrechten nooit klaar is, en dat ' +
          'rechten pas echt betekenis krijgen dichtbij huis, in de stad.',
        en:
          'She points to the pandemic to show that work on human rights is never finished, and that rights ' +
          'only become real close to home, in the city.',
      },
    },
    {
      person: 'Philip Sandberg',
      role: { nl: 'Burgemeester', en: 'Mayor' },
      city: { nl: 'Lund', en: 'Lund' },
      summary: {
        nl:
          'Hij legt uit dat Lund mensenrechtenstad werd om alle inwoners gelijke kansen te geven en met andere ' +
          'Europese steden samen te werken, en dat de gemeente daarbij ook de dorpen op het platteland betrekt.',
        en:
          'He explains that Lund became a human rights city to give all residents equal chances and to work ' +
          'with other European cities, and that it involves its rural villages as well as the town.',
      },
    },
    {
      person: 'Elke Kahr',
      role: { nl: 'Burgemeester', en: 'Mayor' },
      city: { nl: 'Graz', en: 'Graz' },
      summary: {
        nl:
          'Zij herinnert eraan dat Graz in 2001 de eerste Europese mensenrechtenstad werd, en dat dit dagelijks ' +
          'werk vraagt aan gelijke behandeling, het voorkomen van discriminatie en de bescherming van ' +
          'minderheden.',
        en:
          'She recalls that Graz became Europe’s first human rights city in 2001, and stresses that this takes ' +
          'daily work on equal treatment, preventing discrimination and protecting minorities.',
      },
    },
  ],

  networks: [
    {
      id: 'eccar',
      name: 'European Coalition of Cities Against Racism',
      abbreviation: 'ECCAR',
      url: 'https://www.eccar.info/',
      description: {
        nl:
          'Een netwerk van Europese steden die samen racisme en discriminatie aanpakken, onder meer met een ' +
          'actieplan van tien punten.',
        en:
          'A network of European cities that tackle racism and discrimination together, among other things ' +
          'through a ten-point action plan.',
      },
    },
    {
      id: 'iccar',
      name: 'International Coalition of Inclusive and Sustainable Cities',
      abbreviation: 'ICCAR',
      url: 'https://en.unesco.org/themes/fostering-rights-inclusion/iccar',
      description: {
        nl:
          'Een wereldwijd netwerk van steden, opgezet door UNESCO, dat werkt aan inclusie en de strijd tegen ' +
          'racisme en uitsluiting.',
        en:
          'A worldwide network of cities, set up by UNESCO, that works for inclusion and against racism and ' +
          'exclusion.',
      },
    },
    {
      id: 'uclg-csipdhr',
      name:
        'United Cities and Local Governments Committee on Social Inclusion, Participatory Democracy and ' +
        'Human Rights',
      abbreviation: 'UCLG-CSIPDHR',
      url: 'https://www.uclg-cisdp.org/en',
      description: {
        nl:
          'De commissie van de wereldwijde organisatie van lokale overheden die zich richt op sociale inclusie, ' +
          'inspraak van inwoners en mensenrechten in de stad.',
        en:
          'The committee of the global organisation of local governments that focuses on social inclusion, ' +
          'residents’ participation and human rights in the city.',
      },
    },
    {
      id: 'eurocities',
      name: 'Eurocities',
      url: 'https://eurocities.eu/',
      description: {
        nl:
          'Een netwerk van grote Europese steden. Via het forum voor sociale zaken delen leden kennis over ' +
          'mensenrechten en mensenrechtensteden.',
        en:
          'A network of major European cities. Through its Social Affairs Forum, members share knowledge about ' +
          'human rights and human rights cities.',
      },
    },
    {
      id: 'cemr',
      name: 'Council of European Municipalities and Regions',
      abbreviation: 'CEMR',
      url: 'https://www.ccre.org/',
      description: {
        nl:
          'De Europese koepel van nationale verenigingen van gemeenten en regio’s, die hun belangen in Europa ' +
          'behartigt.',
        en:
          'The European umbrella of national associations of municipalities and regions, which speaks up for ' +
          'them in Europe.',
      },
    },
    {
      id: 'aer',
      name: 'Assembly of European Regions',
      abbreviation: 'AER',
      url: 'https://aer.eu/',
      description: {
        nl: 'Een netwerk waarin Europese regio’s samenwerken en van elkaar leren.',
        en: 'A network in which European regions work together and learn from each other.',
      },
    },
    {
      id: 'alda',
      name: 'European Association for Local Democracy',
      abbreviation: 'ALDA',
      url: 'https://www.alda-europe.eu/',
      description: {
        nl: 'Een vereniging die goed lokaal bestuur en de inspraak van burgers in hun gemeente bevordert.',
        en: 'An association that promotes good local governance and citizens’ participation in their community.',
      },
    },
    {
      id: 'danube-region-strategy',
      name: 'EU Strategy for the Danube Region',
      url: 'https://danube-region.eu/',
      description: {
        nl: 'Een EU-strategie waarin landen en regio’s langs de Donau samenwerken aan gedeelde uitdagingen.',
        en: 'An EU strategy in which countries and regions along the Danube work together on shared challenges.',
      },
    },
    {
      id: 'efus',
      name: 'European Forum for Urban Security',
      abbreviation: 'EFUS',
      url: 'https://efus.eu/',
      description: {
        nl:
          'Een netwerk van lokale en regionale overheden dat samenwerkt aan veiligheid in de stad en het ' +
          'voorkomen van criminaliteit.',
        en: 'A network of local and regional authorities that work together on urban safety and crime prevention.',
      },
    },
    {
      id: 'intercultural-cities',
      name: 'Intercultural Cities Programme',
      url: 'https://www.coe.int/en/web/interculturalcities/home',
      description: {
        nl:
          'Een programma van de Raad van Europa dat steden helpt om van diversiteit een kracht te maken, onder ' +
          'meer met de Intercultural Cities Index.',
        en:
          'A Council of Europe programme that helps cities turn diversity into a strength, among other things ' +
          'with the Intercultural Cities Index.',
      },
    },
    {
      id: 'child-friendly-cities',
      name: 'Child Friendly Cities Initiative',
      url: 'https://childfriendlycities.org/',
      description: {
        nl: 'Een initiatief dat steden helpt om de rechten van kinderen en jongeren lokaal waar te maken.',
        en: 'An initiative that helps cities make the rights of children and young people real at local level.',
      },
    },
    {
      id: 'rainbow-cities',
      name: 'Rainbow Cities Network',
      url: 'https://www.rainbowcities.com/',
      description: {
        nl: 'Een netwerk van steden die beleid uitwisselen om de gelijke rechten van lhbtiq+-personen te bevorderen.',
        en: 'A network of cities that exchange policies to promote equal rights for LGBTIQ+ people.',
      },
    },
    {
      id: 'human-rights-cities-network',
      name: 'Human Rights Cities Network',
      url: 'https://humanrightscities.net/',
      description: {
        nl: 'Een netwerk waarin mensenrechtensteden en hun partners kennis en ervaringen met elkaar delen.',
        en: 'A network in which human rights cities and their partners share knowledge and experience.',
      },
    },
    {
      id: 'cities-for-digital-rights',
      name: 'Cities for Digital Rights',
      url: 'https://citiesfordigitalrights.org/',
      description: {
        nl: 'Een coalitie van steden die de rechten van inwoners online en in digitale diensten beschermen.',
        en: 'A coalition of cities that protect residents’ rights online and in digital services.',
      },
    },
  ],

  otherResources: [
    {
      title: {
        nl: 'A human rights-based approach to data (Een op mensenrechten gebaseerde benadering van gegevens)',
        en: 'A human rights-based approach to data',
      },
      publisher: 'UN Human Rights Office (OHCHR)',
      url: 'https://www.ohchr.org/sites/default/files/Documents/Issues/HRIndicators/GuidanceNoteonApproachtoData.pdf',
    },
    {
      title: {
        nl: 'Annual human rights indicator report (Jaarlijks verslag over mensenrechtenindicatoren)',
        en: 'Annual human rights indicator report',
      },
      publisher: 'York Human Rights City Coalition',
      url: 'https://www.yorkhumanrights.org/current-work/human-rights-indicator-report/',
    },
    {
      title: {
        nl:
          'Bringing human rights home: How state and local governments can use human rights to advance local ' +
          'policy (Mensenrechten naar huis brengen: hoe nationale en lokale overheden mensenrechten kunnen ' +
          'gebruiken om lokaal beleid te bevorderen)',
        en:
          'Bringing human rights home: How state and local governments can use human rights to advance local ' +
          'policy',
      },
      publisher: 'Columbia Law School, Human Rights Institute',
      url: 'https://dokumen.tips/documents/how-state-local-governments-can-use-human-rights-to-.html?page=1',
    },
    {
      title: {
        nl: 'Communicating human rights (Communiceren over mensenrechten)',
        en: 'Communicating human rights',
      },
      publisher: 'European Network of National Human Rights Institutions (ENNHRI)',
      url: 'https://ennhri.org/our-work/topics/communicating-human-rights/',
    },
    {
      title: {
        nl: 'De prijs voor Europese hoofdsteden voor inclusie en diversiteit',
        en: 'European Capitals of Inclusion and Diversity Award',
      },
      publisher: 'European Union',
      url: 'https://eudiversity2022.eu/',
    },
    {
      title: {
        nl:
          'Five steps in the right direction — a human rights-based approach (Vijf stappen in de goede ' +
          'richting — een op mensenrechten gebaseerde aanpak)',
        en: 'Five steps in the right direction — a human rights-based approach',
      },
      publisher: 'Region Västra Götaland',
      url:
        'https://alfresco-offentlig.vgregion.se/alfresco/service/vgr/storage/node/content/workspace/SpacesStore/' +
        'ff109499-48fd-4377-bb46-84fbbb652d37/5%20steps%20in%20the%20right%20direction.pdf?a=false&guest=true',
    },
    {
      title: {
        nl: 'Gender budgeting: Step-by-step toolkit (Genderbudgettering: een stapsgewijze toolkit)',
        en: 'Gender budgeting: Step-by-step toolkit',
      },
      publisher: 'European Institute for Gender Equality (EIGE)',
      url: 'https://eige.europa.eu/gender-mainstreaming/toolkits/gender-budgeting',
    },
    {
      title: {
        nl:
          'Gwangju guiding principles for a human rights city (Leidende beginselen van Gwangju voor een ' +
          'mensenrechtenstad)',
        en: 'Gwangju guiding principles for a human rights city',
      },
      publisher: '2014 World Human Rights Cities Forum (Gwangju, South Korea)',
      url: 'http://www.whrcf.org/bbs/board.php?bo_table=HumanRightsPolicy_en&wr_id=5',
      year: 2014,
    },
    {
      title: {
        nl: 'Handboeken over mensenrechten (bv. gegevensbescherming, rechten van het kind)',
        en: 'Handbooks on human rights (e.g. data protection, the rights of the child)',
      },
      publisher: 'European Union Agency for Fundamental Rights (FRA)',
      url:
        'https://fra.europa.eu/en/products/search?pub_type%5B%5D=1286&field_fra_publication_publisher_target_id' +
        '%5B%5D=81&year=&year_to=&combine=&sort_by=field_fra_published_at_value&sort_order=DESC',
    },
    {
      title: {
        nl:
          'Human rights and local government — lessons from human rights cities in Europe (Mensenrechten en ' +
          'lokaal bestuur — lessen van mensenrechtensteden in Europa)',
        en: 'Human rights and local government — lessons from human rights cities in Europe',
      },
      publisher: 'Human Rights Centre, University of Essex',
      url:
        'https://www.essex.ac.uk/-/media/documents/departments/law/' +
        'essex-human-rights-centre-human-rights-cities-report-september-2021.pdf?la=en',
    },
    {
      title: {
        nl: 'Human rights-based approach to programming (Op mensenrechten gebaseerde aanpak van programmering)',
        en: 'Human rights-based approach to programming',
      },
      publisher: 'UNESCO',
      url: 'https://en.unesco.org/human-rights/hrba',
    },
    {
      title: {
        nl: 'Human rights cities (Mensenrechtensteden)',
        en: 'Human rights cities',
      },
      publisher: 'People’s Movement for Human Rights Education',
      url: 'https://www.facebook.com/Pdhre/',
    },
    {
      title: {
        nl:
          'Human rights cities and regions — Swedish and international perspectives (Mensenrechtensteden en ' +
          '-regio’s — Zweedse en internationale perspectieven)',
        en: 'Human rights cities and regions — Swedish and international perspectives',
      },
      publisher: 'Raoul Wallenberg Institute and the Swedish Association of Local Authorities and Regions',
      url: 'https://rwi.lu.se/app/uploads/2017/03/Human-Rights-Cities-web.pdf',
    },
    {
      title: {
        nl: 'Human rights cities indicators (Indicatoren voor mensenrechtensteden)',
        en: 'Human rights cities indicators',
      },
      publisher: 'Raoul Wallenberg Institute',
      url: 'https://rwi.lu.se/publications/human-rights-cities-indicators/',
    },
    {
      title: {
        nl:
          'Human rights handbook, Volume 1: Fighting against discrimination (Handboek mensenrechten, deel 1: ' +
          'bestrijding van discriminatie)',
        en: 'Human rights handbook, Volume 1: Fighting against discrimination',
      },
      publisher: 'Congress of Local and Regional Authorities, Council of Europe',
      url: 'https://rm.coe.int/the-congress-human-rights-handbook-vol-1-en/168098b094',
    },
    {
      title: {
        nl: 'Human rights handbook, Volume 2: Social rights (Handboek mensenrechten, deel 2: sociale rechten)',
        en: 'Human rights handbook, Volume 2: Social rights',
      },
      publisher: 'Congress of Local and Regional Authorities, Council of Europe',
      url: 'https://rm.coe.int/human-rights-handbook-for-local-and-regional-authorities-vol-2-social-/1680a1950a',
    },
    {
      title: {
        nl: 'Human rights go local (Mensenrechten gaan lokaal)',
        en: 'Human rights go local',
      },
      publisher:
        'International Centre for the Promotion of Human Rights at the Local and Regional Levels under the ' +
        'auspices of UNESCO',
      url: 'https://www.humanrightsgolocal.org/',
    },
    {
      title: {
        nl:
          'Indicators and data for human rights and sustainable development (Indicatoren en gegevens voor ' +
          'mensenrechten en duurzame ontwikkeling)',
        en: 'Indicators and data for human rights and sustainable development',
      },
      publisher: 'Danish Institute for Human Rights',
      url: 'https://www.humanrights.dk/publications/indicators-data-human-rights-sustainable-development-0',
    },
    {
      title: {
        nl:
          'Making rights real — a guide for local and regional authorities (Rechten reëel maken — een gids ' +
          'voor lokale en regionale overheden)',
        en: 'Making rights real — a guide for local and regional authorities',
      },
      publisher: 'European Union Agency for Fundamental Rights (FRA)',
      url:
        'https://fra.europa.eu/en/publication/2014/making-rights-real-guide-local-and-regional-authorities' +
        '#TabPubOverview',
    },
  ],

  communication: {
    keys: {
      title: {
        nl:
          '10 keys to effectively communicating human rights (Doeltreffend communiceren over mensenrechten in ' +
          '10 kernpunten)',
        en: '10 keys to effectively communicating human rights',
      },
      publisher: 'European Union Agency for Fundamental Rights (FRA)',
      url: 'https://fra.europa.eu/en/publication/2018/10-keys-effectively-communicating-human-rights',
      year: 2018,
    },
    advice: [
      {
        nl: 'Vertel het menselijke verhaal achter de cijfers: wat betekent een probleem voor iemands leven?',
        en: 'Tell the human story behind the numbers: what does a problem mean for someone’s life?',
      },
      {
        nl:
          'Begin bij de waarden die mensen met elkaar delen. Laat zien dat mensenrechten iedereen in de ' +
          'samenleving iets opleveren.',
        en: 'Start from the values people share. Show that human rights benefit everyone in society.',
      },
      {
        nl: 'Spreek hoop aan en kies uw woorden bewust. Zoek bondgenoten en breng samen uw boodschap uit.',
        en: 'Appeal to hope and choose your words deliberately. Find allies and spread your message together.',
      },
      {
        nl:
          'Laat anderen het woord doen. Buurtleiders, influencers of mensen om wier rechten het gaat, geven uw ' +
          'boodschap een echte, eigen stem. Zo bereikte een Haagse campagne tegen kinderarbeid via ' +
          'Instagram-influencers meer dan 100.000 volgers.',
        en:
          'Let others speak. Community leaders, social media influencers or people whose rights are at stake ' +
          'give your message a genuine voice. A campaign against child labour in The Hague reached more than 100,000 ' +
          'followers through Instagram influencers.',
      },
      {
        nl:
          'Combineer brede campagnes met gerichte activiteiten voor groepen als leraren, politie en ' +
          'zorgverleners.',
        en: 'Combine broad campaigns with targeted activities for groups such as teachers, police and care workers.',
      },
      {
        nl:
          'Zet goede initiatieven uit de buurt in het zonnetje, bijvoorbeeld met een prijs, een keurmerk of een ' +
          'sport- of cultuurevenement.',
        en:
          'Celebrate good grassroots initiatives, for example with an award, a label, or a sports or cultural ' +
          'event.',
      },
    ],
  },
};
