/**
 * The framework's foundations (elements 1–4) and structures (elements 5–11).
 * Source: FRA (2022), Human rights cities in the EU — practical guidance (Dutch edition). Text written for
 * this kit; names, titles, numbers, dates and URLs from the guide.
 */
import type { ElementSource } from './source-types.js';

export const foundationsAndStructures: ElementSource[] = [
  // 1
  {
    id: 'eu-charter',
    layer: 'foundations',
    title: {
      nl: 'De in het Handvest van de grondrechten van de EU en het Unierecht verankerde rechten en vrijheden eerbiedigen, beschermen en naleven',
      en: 'Commit to respect, protect and fulfil the rights and freedoms in the EU Charter of Fundamental Rights and EU law',
    },
    summary: {
      nl: 'De stad belooft de rechten en vrijheden uit het EU-Handvest van de grondrechten en het Unierecht te respecteren, te beschermen en waar te maken. Het Handvest telt 50 rechten en vrijheden voor iedereen in de EU.',
      en: 'The city pledges to respect, protect and put into practice the rights and freedoms in the EU Charter of Fundamental Rights and in EU law. The Charter sets out 50 rights and freedoms for everyone in the EU.',
    },
    why: {
      nl: 'Mensenrechten, democratie en de rechtsstaat zijn de kernwaarden waarop de EU rust. Ook gemeenten moeten zich aan het Handvest houden als ze Unierecht toepassen, EU-programma’s uitvoeren of EU-geld besteden. Wie daar bewust mee werkt, komt die plicht na en laat inwoners zien dat de EU over hun rechten gaat.',
      en: 'Human rights, democracy and the rule of law are the core values the EU is built on. Local governments must follow the Charter whenever they apply EU law, run EU programmes or spend EU money. Working with it on purpose helps the city meet that duty and shows residents that the EU is about their rights.',
    },
    howTo: [
      {
        nl: 'Noem het Handvest als u mensen over hun grondrechten vertelt. Zo laat u zien dat de EU in de eerste plaats een gemeenschap van waarden en rechten is.',
        en: 'Mention the Charter when you tell people about their fundamental rights. It shows that the EU is first of all a union built on values and rights.',
      },
      {
        nl: 'Zoek EU-subsidies om projecten te betalen die rechten en waarden bevorderen.',
        en: 'Look for EU funding to pay for projects that promote rights and values.',
      },
      {
        nl: 'Controleer of de gemeente zelf en alle partijen die diensten voor de stad leveren zich aan het Unierecht houden.',
        en: 'Check that the administration and every organisation that provides services for the city comply with EU law.',
      },
    ],
    examples: [
      {
        city: { nl: 'Wenen', en: 'Vienna' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        text: {
          nl: 'Wenen verwijst in zijn mensenrechtenverbintenissen naar internationale en Europese verdragen en afspraken, waaronder het EU-Handvest van de grondrechten.',
          en: 'Vienna’s human rights commitments point to international and European instruments, the EU Charter of Fundamental Rights among them.',
        },
        url: 'https://www.wien.gv.at/english/social/integration/human-rights/process.html',
      },
    ],
    resources: [
      {
        title: {
          nl: 'Programma EU-burgers, gelijkheid en waarden',
          en: 'EU citizens, equality, rights and values programme and funding',
        },
        publisher: 'European Commission',
        url: 'https://ec.europa.eu/info/funding-tenders/find-funding/eu-funding-programmes/citizens-equality-rights-and-values-programme_en',
      },
      {
        title: { nl: 'Bronnen over het EU-Handvest', en: 'EU Charter resources' },
        publisher: 'European Union Agency for Fundamental Rights (FRA)',
        url: 'https://fra.europa.eu/en/eu-charter/fra-charter-resources',
      },
    ],
  },
  // 2
  {
    id: 'international-standards',
    layer: 'foundations',
    title: {
      nl: 'Internationale mensenrechtennormen beschermen, eerbiedigen en naleven',
      en: 'Commit to protect, respect and fulfil international human rights standards',
    },
    summary: {
      nl: 'De stad verbindt zich openlijk aan de internationale mensenrechtenverdragen die haar land heeft geratificeerd, en gebruikt die bij haar besluiten.',
      en: 'The city publicly commits to the international human rights instruments its country has ratified, and uses them when it takes decisions.',
    },
    why: {
      nl: 'Mensenrechten zijn wettelijke normen die voor elke overheid gelden, ook voor de gemeente. Met een openlijke belofte maakt de stad duidelijk dat ze deze rechten beschermt en respecteert. Zo worden mensenrechten een vast vertrekpunt bij elk besluit.',
      en: 'Human rights are universal legal standards for public authorities at every level, the city included. A public commitment makes clear that the city will protect and respect these rights. It puts human rights at the centre of how decisions are made.',
    },
    howTo: [
      {
        nl: 'Spreek af dat de stad alle internationale mensenrechtenverdragen gebruikt die uw land heeft geratificeerd.',
        en: 'Agree that the city will use every international human rights instrument your country has ratified.',
      },
      {
        nl: 'Noem deze verdragen bij naam als u besluiten neemt, bijvoorbeeld de Universele Verklaring van de Rechten van de Mens of het Europees Verdrag voor de Rechten van de Mens.',
        en: 'Name these instruments when you take decisions, for example the Universal Declaration of Human Rights or the European Convention on Human Rights.',
      },
      {
        nl: 'Werk samen met deskundigen en landelijke mensenrechtenorganisaties, zoals het nationale mensenrechteninstituut, het orgaan voor gelijke behandeling of de ombudsman. Zo blijft u op de hoogte van nieuwe ontwikkelingen.',
        en: 'Work with experts and national human rights bodies, such as the national human rights institution, the equality body or the ombudsperson. That way you keep up with new developments.',
      },
    ],
    examples: [
      {
        city: { nl: 'Neurenberg', en: 'Nuremberg' },
        country: { nl: 'Duitsland', en: 'Germany' },
        text: {
          nl: 'Neurenberg noemt zich Stad van de vrede en de mensenrechten. Die verklaring bouwt voort op de Universele Verklaring van de Rechten van de Mens.',
          en: 'Nuremberg calls itself a City of Peace and Human Rights. That declaration builds on the Universal Declaration of Human Rights.',
        },
        url: 'https://www.nuernberg.de/internet/menschenrechte_e/im_alltag_stiftung_en.html',
      },
      {
        city: { nl: 'Barcelona', en: 'Barcelona' },
        country: { nl: 'Spanje', en: 'Spain' },
        text: {
          nl: 'De verbintenissen van Barcelona dekken alle instrumenten voor mensenrechten en grondrechten. Ze verwijzen ook naar het Europees Handvest voor de bescherming van de mensenrechten in de stad.',
          en: 'Barcelona’s commitments cover the whole range of human and fundamental rights instruments. They also refer to the European Charter for the Safeguarding of Human Rights in the City.',
        },
        url: 'https://ajuntament.barcelona.cat/dretsidiversitat/sites/default/files/WEB_Manual_DDHH_A5_ENG.pdf',
      },
    ],
    resources: [
      {
        title: {
          nl: 'Lijst van universele mensenrechteninstrumenten',
          en: 'List of universal human rights instruments',
        },
        publisher: 'United Nations',
        url: 'https://www.ohchr.org/en/instruments-listings',
      },
      {
        title: { nl: 'Verdragen van de Raad van Europa', en: 'Council of Europe (CoE) treaties' },
        publisher: 'Council of Europe',
        url: 'https://www.coe.int/en/web/conventions/',
      },
    ],
  },
  // 3
  {
    id: 'sdgs',
    layer: 'foundations',
    title: {
      nl: "De SDG's van de VN en de Agenda 2030 voor duurzame ontwikkeling verwezenlijken",
      en: "Commit to the UN's SDGs and the 2030 Agenda for Sustainable Development",
    },
    summary: {
      nl: 'De stad werkt mee aan de Agenda 2030 voor duurzame ontwikkeling van de VN en de 17 duurzameontwikkelingsdoelen (SDG’s), en verbindt die met de mensenrechten.',
      en: 'The city works towards the UN’s 2030 Agenda for Sustainable Development and its 17 Sustainable Development Goals (SDGs), and links them to human rights.',
    },
    why: {
      nl: 'In 2015 namen alle 193 VN-lidstaten de Agenda 2030 aan. De 17 doelen en meer dan 210 indicatoren gaan over armoede, honger, gezondheid, goed onderwijs, duurzame steden en nog veel meer, en ze liggen dicht bij de mensenrechten. Als u beide samen aanpakt, werkt u breder en duurzamer aan rechten en ontstaan er kansen voor nieuwe internationale samenwerking.',
      en: 'In 2015 all 193 UN member states adopted the 2030 Agenda. Its 17 goals and more than 210 indicators cover poverty, hunger, health, good-quality education, sustainable cities and much more, and they are closely tied to human rights. Working on both together gives the city a broader and more lasting approach to rights and opens the door to new international partnerships.',
    },
    howTo: [
      {
        nl: 'Bepaal welke afdelingen met de SDG’s werken, en zorg dat hun beleid en acties naar de mensenrechten verwijzen.',
        en: 'Find out which departments work on the SDGs, and make sure their policies and actions refer to human rights.',
      },
      {
        nl: 'Vertel meer mensen over de Agenda 2030 en de SDG’s, en over hoe die met de mensenrechten samenhangen.',
        en: 'Make the 2030 Agenda and the SDGs better known, and explain how they connect to human rights.',
      },
      {
        nl: 'Stem het SDG-werk van de stad af op wat uw land op dit gebied doet.',
        en: 'Link the city’s SDG work to what your country is doing on the SDGs.',
      },
    ],
    examples: [
      {
        city: { nl: 'Utrecht', en: 'Utrecht' },
        country: { nl: 'Nederland', en: 'Netherlands' },
        text: {
          nl: 'Utrecht is een Global Goals-stad. De gemeente werkt samen met lokale bedrijven om inwoners bewuster te maken van hun rechten, en volgt de voortgang op een SDG-dashboard.',
          en: 'Utrecht is a Global Goals city. It works with local businesses to make people more aware of their rights, and tracks progress on an SDG dashboard.',
        },
        url: 'https://www.utrecht.nl/bestuur-en-organisatie/internationale-zaken/wereldwijde-duurzame-ontwikkelingsdoelen-global-goals/',
      },
      {
        city: { nl: 'Bonn', en: 'Bonn' },
        country: { nl: 'Duitsland', en: 'Germany' },
        text: {
          nl: 'Bonn maakte een vrijwillige lokale evaluatie (voluntary local review) om te meten hoe ver de stad is met de SDG’s.',
          en: 'Bonn carried out a voluntary local review to measure how far it has come in reaching the SDGs.',
        },
        url: 'https://unhabitat.org/topics/voluntary-local-reviews',
      },
      {
        city: { nl: 'Espoo', en: 'Espoo' },
        country: { nl: 'Finland', en: 'Finland' },
        text: {
          nl: 'Espoo bracht met een vrijwillige lokale evaluatie (voluntary local review) in kaart hoe de stad vordert met de SDG’s.',
          en: 'Espoo used a voluntary local review to take stock of its progress on the SDGs.',
        },
        url: 'https://unhabitat.org/topics/voluntary-local-reviews',
      },
      {
        city: { nl: 'Baskenland', en: 'Basque Country' },
        country: { nl: 'Spanje', en: 'Spain' },
        text: {
          nl: 'De Baskische regionale regering maakte een vrijwillige lokale evaluatie (voluntary local review) om te zien hoe de regio ervoor staat met de SDG’s.',
          en: 'The Basque regional government carried out a voluntary local review to see how the region is doing on the SDGs.',
        },
        url: 'https://unhabitat.org/topics/voluntary-local-reviews',
      },
    ],
    resources: [
      {
        title: { nl: 'Mensenrechtensteden en de SDG’s', en: 'Human rights cities and the SDGs' },
        publisher: 'Raoul Wallenberg Institute of Human Rights and Humanitarian Law',
        url: 'https://rwi.lu.se/publications/human-rights-cities-and-the-sdgs/',
      },
      {
        title: {
          nl: 'De Agenda 2030 door de ogen van de verenigingen van lokale en regionale overheden',
          en: 'The 2030 Agenda through the eyes of the local and regional government associations',
        },
        publisher: 'PLATFORMA and the Council of European Municipalities and Regions (CEMR)',
        url: 'https://platforma-dev.eu/wp-content/uploads/2020/07/CEMR-PLATFORMA-SDGs-2020.pdf',
      },
    ],
  },
  // 4
  {
    id: 'international-monitoring',
    layer: 'foundations',
    title: {
      nl: 'Bijdragen aan internationale monitoringmechanismen',
      en: 'Commit to contribute to international monitoring mechanisms',
    },
    summary: {
      nl: 'De stad levert een bijdrage aan de internationale organen die controleren of staten hun mensenrechtenverplichtingen nakomen, en gebruikt hun aanbevelingen in haar eigen werk.',
      en: 'The city contributes to the international bodies that check whether states meet their human rights obligations, and uses their recommendations in its own work.',
    },
    why: {
      nl: 'De landelijke overheid rapporteert aan deze toezichthouders, maar veel rechten worden in de stad waargemaakt. In Resolutie 45/7 uit 2020 vraagt de VN-Mensenrechtenraad staten om lokale overheden te betrekken, vooral bij de universele periodieke doorlichting (UPR), en om hen te helpen aanbevelingen uit te voeren. Ook onafhankelijke deskundigen van de VN (de speciale procedures) werken met steden samen, bijvoorbeeld tijdens een landenbezoek.',
      en: 'National governments report to these monitoring bodies, but many rights are made real in the city. In Resolution 45/7 of 2020 the UN Human Rights Council encourages states to involve local governments, especially in preparing for the Universal Periodic Review (UPR), and to help them act on recommendations. Independent UN experts under the special procedures also work with local governments, for example during country visits.',
    },
    howTo: [
      {
        nl: 'Ga na of de mensenrechtenacties van uw stad aansluiten bij de aanbevelingen van internationale organen.',
        en: 'Check whether your city’s human rights actions follow the recommendations of international bodies.',
      },
      {
        nl: 'Gebruik die aanbevelingen om met uw landelijke overheid in gesprek te gaan, alleen of samen met andere steden. Bespreek wat gemeenten en regio’s kunnen bijdragen en hoe u kunt samenwerken.',
        en: 'Use the recommendations to start talks with your national authorities, on your own or together with other cities. Discuss what the local and regional level can contribute and how you can work together.',
      },
      {
        nl: 'Neem contact op met landelijke organen, zoals het nationale mensenrechteninstituut, het orgaan voor gelijke behandeling of de ombudsman. Laat zien welke lokale initiatieven goed werken. Vertel ook wat de stad tegenhoudt op punten uit de aanbevelingen, zoals geld, landelijke wetten of te weinig capaciteit.',
        en: 'Contact national bodies, such as the national human rights institution, the equality body or the ombuds institution. Show them local initiatives that work well. Also point out what holds the city back on issues the recommendations raise, such as funding, national legislation or a lack of capacity.',
      },
    ],
    examples: [
      {
        city: { nl: 'Barcelona', en: 'Barcelona' },
        country: { nl: 'Spanje', en: 'Spain' },
        text: {
          nl: 'Barcelona stuurde in 2018 een bijdrage toen de Hoge Commissaris van de VN voor de mensenrechten om input vroeg over de rol van lokale overheden bij het bevorderen en beschermen van mensenrechten. Op 23 februari 2022 volgde een nieuwe oproep.',
          en: 'In 2018 Barcelona sent input when the UN High Commissioner for Human Rights asked for views on the role of local government in promoting and protecting human rights. A new call followed on 23 February 2022.',
        },
        url: 'https://www.ohchr.org/EN/Issues/LocalGovernment/Pages/report-local-government-hr.aspx',
      },
      {
        city: { nl: 'Boedapest', en: 'Budapest' },
        country: { nl: 'Hongarije', en: 'Hungary' },
        text: {
          nl: 'Boedapest stuurde in 2018 een bijdrage toen de Hoge Commissaris van de VN voor de mensenrechten om input vroeg over de rol van lokale overheden bij het bevorderen en beschermen van mensenrechten. Op 23 februari 2022 volgde een nieuwe oproep.',
          en: 'In 2018 Budapest sent input when the UN High Commissioner for Human Rights asked for views on the role of local government in promoting and protecting human rights. A new call followed on 23 February 2022.',
        },
        url: 'https://www.ohchr.org/EN/Issues/LocalGovernment/Pages/report-local-government-hr.aspx',
      },
      {
        city: { nl: 'Grigny', en: 'Grigny' },
        country: { nl: 'Frankrijk', en: 'France' },
        text: {
          nl: 'Grigny stuurde in 2018 een bijdrage toen de Hoge Commissaris van de VN voor de mensenrechten om input vroeg over de rol van lokale overheden bij het bevorderen en beschermen van mensenrechten. Op 23 februari 2022 volgde een nieuwe oproep.',
          en: 'In 2018 Grigny sent input when the UN High Commissioner for Human Rights asked for views on the role of local government in promoting and protecting human rights. A new call followed on 23 February 2022.',
        },
        url: 'https://www.ohchr.org/EN/Issues/LocalGovernment/Pages/report-local-government-hr.aspx',
      },
      {
        city: { nl: 'Neurenberg', en: 'Nuremberg' },
        country: { nl: 'Duitsland', en: 'Germany' },
        text: {
          nl: 'Neurenberg stuurde in 2018 een bijdrage toen de Hoge Commissaris van de VN voor de mensenrechten om input vroeg over de rol van lokale overheden bij het bevorderen en beschermen van mensenrechten. Op 23 februari 2022 volgde een nieuwe oproep.',
          en: 'In 2018 Nuremberg sent input when the UN High Commissioner for Human Rights asked for views on the role of local government in promoting and protecting human rights. A new call followed on 23 February 2022.',
        },
        url: 'https://www.ohchr.org/EN/Issues/LocalGovernment/Pages/report-local-government-hr.aspx',
      },
      {
        city: { nl: 'Utrecht', en: 'Utrecht' },
        country: { nl: 'Nederland', en: 'Netherlands' },
        text: {
          nl: 'Utrecht stuurde in 2018 een bijdrage toen de Hoge Commissaris van de VN voor de mensenrechten om input vroeg over de rol van lokale overheden bij het bevorderen en beschermen van mensenrechten. Op 23 februari 2022 volgde een nieuwe oproep.',
          en: 'In 2018 Utrecht sent input when the UN High Commissioner for Human Rights asked for views on the role of local government in promoting and protecting human rights. A new call followed on 23 February 2022.',
        },
        url: 'https://www.ohchr.org/EN/Issues/LocalGovernment/Pages/report-local-government-hr.aspx',
      },
      {
        city: { nl: 'Wenen', en: 'Vienna' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        text: {
          nl: 'Wenen stuurde in 2018 een bijdrage toen de Hoge Commissaris van de VN voor de mensenrechten om input vroeg over de rol van lokale overheden bij het bevorderen en beschermen van mensenrechten. Op 23 februari 2022 volgde een nieuwe oproep.',
          en: 'In 2018 Vienna sent input when the UN High Commissioner for Human Rights asked for views on the role of local government in promoting and protecting human rights. A new call followed on 23 February 2022.',
        },
        url: 'https://www.ohchr.org/EN/Issues/LocalGovernment/Pages/report-local-government-hr.aspx',
      },
    ],
    resources: [
      {
        title: { nl: 'Universele mensenrechtenindex', en: 'Universal Human Rights Index' },
        publisher: 'United Nations',
        url: 'https://uhri.ohchr.org/en/',
      },
      {
        title: { nl: 'Monitoringmechanismen', en: 'Monitoring mechanisms' },
        publisher: 'Council of Europe',
        url: 'https://www.coe.int/en/web/human-rights-rule-of-law/monitoring-mechanism',
      },
      {
        title: {
          nl: 'Toezicht door het Congres van lokale en regionale overheden',
          en: 'Monitoring by the Congress of Local and Regional Authorities',
        },
        publisher: 'Congress of Local and Regional Authorities, Council of Europe',
        url: 'https://www.coe.int/en/web/congress/work',
      },
      {
        title: {
          nl: 'Geneva Cities Hub, ter ondersteuning van de interactie tussen steden en internationale actoren in Genève',
          en: 'Geneva Cities Hub, supporting interaction between cities and international actors in Geneva',
        },
        publisher: 'City and Canton of Geneva',
        url: 'https://www.genevacitieshub.org/en/',
      },
    ],
  },
  // 5
  {
    id: 'declaration',
    layer: 'structures',
    title: {
      nl: 'Een verklaring aannemen ter bevestiging van de verbintenissen van de stad op het gebied van de mensenrechten',
      en: "Adopt a declaration to affirm the city's commitment to human rights",
    },
    summary: {
      nl: 'De gemeenteraad of een ander hoogste bestuursorgaan neemt een verklaring, besluit of resolutie aan waarin de stad haar beloften over mensenrechten vastlegt.',
      en: 'The city council, or another body at the highest political level, adopts a declaration, decision or resolution that sets down the city’s human rights commitments.',
    },
    why: {
      nl: 'Met een formeel besluit op het hoogste niveau staan de beloften zwart op wit. De verklaring kan de belangrijkste mensenrechtenverdragen noemen, en ook de structuren en instrumenten die het werk dragen. Er kunnen ook afspraken in staan over de rechtsstaat, democratie en goed bestuur.',
      en: 'A formal decision at the highest level puts the commitments in black and white. The declaration can name the key human rights instruments and the structures and tools that support the work. It can also include pledges on the rule of law, democracy and good governance.',
    },
    howTo: [
      {
        nl: 'Betrek lokale partijen bij het schrijven van de tekst, zoals ngo’s, maatschappelijke organisaties en gemeenschappen.',
        en: 'Involve local players in drafting the text, such as non-governmental organisations (NGOs), civil society organisations and communities.',
      },
      {
        nl: 'Praat al vroeg met raadsleden en fracties, zodat de verklaring brede steun krijgt.',
        en: 'Talk to elected representatives and political groups early on, so the declaration has broad support.',
      },
      {
        nl: 'Maak de verklaring bekend binnen en buiten de gemeente. Dan kunnen de stad en lokale instellingen ernaar verwijzen en er samen een cultuur van rechten mee opbouwen.',
        en: 'Share the declaration inside and outside the administration. Then the city and local bodies can refer to it and use it to help build a culture of rights.',
      },
    ],
    examples: [
      {
        city: { nl: 'Barcelona', en: 'Barcelona' },
        country: { nl: 'Spanje', en: 'Spain' },
        text: {
          nl: 'Barcelona heeft een verklaring aangenomen waarin de stad belooft de mensenrechten te respecteren.',
          en: 'Barcelona adopted a declaration in which the city commits to respecting human rights.',
        },
        url: 'https://ajuntament.barcelona.cat/dretsidiversitat/sites/default/files/MesuraGovernBCNDrets_ENG.pdf',
      },
      {
        city: { nl: 'Graz', en: 'Graz' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        text: {
          nl: 'Graz heeft een mensenrechtenverklaring aangenomen waarin de stad belooft de mensenrechten te respecteren.',
          en: 'Graz adopted a human rights declaration in which the city commits to respecting human rights.',
        },
        url: 'https://www.graz.at/cms/dokumente/10153819_7771489/4dd2d263/Menschenrechtserklaerung%20der%20Stadt%20Graz.pdf',
      },
      {
        city: { nl: 'Neurenberg', en: 'Nuremberg' },
        country: { nl: 'Duitsland', en: 'Germany' },
        text: {
          nl: 'Neurenberg heeft een verklaring aangenomen waarin de stad belooft de mensenrechten te respecteren.',
          en: 'Nuremberg adopted a declaration in which the city commits to respecting human rights.',
        },
        url: 'https://www.nuernberg.de/internet/menschenrechte_e/im_alltag_stiftung_en.html',
      },
      {
        city: { nl: 'Wenen', en: 'Vienna' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        text: {
          nl: 'Wenen heeft een mensenrechtenverklaring aangenomen waarin de stad belooft de mensenrechten te respecteren.',
          en: 'Vienna adopted a human rights declaration in which the city commits to respecting human rights.',
        },
        url: 'https://www.wien.gv.at/english/social/integration/pdf/human-rights-declaration.pdf',
      },
      {
        city: { nl: 'Bilbao', en: 'Bilbao' },
        country: { nl: 'Spanje', en: 'Spain' },
        text: {
          nl: 'De gemeenteraad van Bilbao nam een “Handvest van waarden” aan. Daarin staan 17 individuele en gezamenlijke waarden die in het stadsleven een plek moeten krijgen, zoals mensenrechten, solidariteit, vertrouwen, milieuduurzaamheid en participatie. De waarden zijn gekozen in overleg met inwoners en verenigingen.',
          en: 'Bilbao’s city council adopted a “Charter of Values”. It lists 17 individual and collective values that should be part of city life, such as human rights, solidarity, trust, environmental sustainability and participation. The values were chosen in consultation with residents and associations.',
        },
        url: 'https://balioenhiria.bilbao.eus/en/carta-de-valores-de-bilbao/',
      },
    ],
    resources: [
      {
        title: {
          nl: 'Mensenrechtenstad Wenen. Een zeer leefbare stad die zich inzet voor waarden',
          en: 'Human Rights City — Vienna. A highly liveable city committed to values',
        },
        publisher: 'City of Vienna',
        url: 'https://www.digital.wienbibliothek.at/wbrup/download/pdf/3749443?originalFilename=true',
      },
      {
        title: {
          nl: 'Stad van de mensenrechten: het model van Barcelona (methodologische gids)',
          en: 'City of human rights: the Barcelona model',
        },
        publisher: 'Barcelona City Council',
        url: 'https://ajuntament.barcelona.cat/dretsidiversitat/sites/default/files/WEB_Manual_DDHH_A5_ENG.pdf',
      },
    ],
  },
  // 6
  {
    id: 'elected-representative',
    layer: 'structures',
    title: {
      nl: 'Een gekozen vertegenwoordiger voor mensenrechten benoemen',
      en: 'Nominate an elected representative on human rights',
    },
    summary: {
      nl: 'De stad maakt één gekozen bestuurder (of een commissie) in de gemeenteraad of een ander bestuursorgaan verantwoordelijk voor mensenrechten.',
      en: 'The city makes one elected representative (or a committee) in the council or another governing body responsible for human rights.',
    },
    why: {
      nl: 'Mensenrechten raken veel afdelingen, diensten en externe dienstverleners, dus het werk raakt snel versnipperd. Een vaste bestuurder kan losse activiteiten aansturen en op elkaar afstemmen, naar buiten vertellen over acties en zorgen, en de voortgang volgen en daarover aan de raad rapporteren.',
      en: 'Human rights touch many departments, services and outside providers, so the work can easily become scattered. A dedicated representative can steer and connect activities that would otherwise stand alone, speak publicly about actions and concerns, and follow progress and report to the council on the human rights situation.',
    },
    howTo: [
      {
        nl: 'Zet mensenrechten uitdrukkelijk in de portefeuille van één gekozen bestuurder in de gemeenteraad.',
        en: 'Add human rights explicitly to the portfolio of one elected member of the city council.',
      },
      {
        nl: 'Maak voorlichtingsmateriaal speciaal voor gekozen bestuurders, over mensenrechten en hoe die het leven van mensen raken.',
        en: 'Produce briefing material aimed at elected representatives about human rights and how they affect people’s lives.',
      },
      {
        nl: 'Laat bij het praten over mensenrechten zien dat iedereen erop vooruitgaat: gebruik voorbeelden waarin alle partijen winnen.',
        en: 'When you talk about human rights, use win-win examples that show how they benefit everyone in society.',
      },
    ],
    examples: [
      {
        city: { nl: 'Parijs', en: 'Paris' },
        country: { nl: 'Frankrijk', en: 'France' },
        text: {
          nl: 'Parijs heeft een locoburgemeester benoemd die verantwoordelijk is voor mensenrechten, integratie en de strijd tegen discriminatie.',
          en: 'Paris appointed a deputy mayor responsible for human rights, integration and the fight against discrimination.',
        },
        url: 'https://www.paris.fr/pages/jean-luc-romero-michel-8003',
      },
      {
        city: { nl: 'Turijn', en: 'Turin' },
        country: { nl: 'Italië', en: 'Italy' },
        text: {
          nl: 'In Turijn heeft de gemeenteraad een vaste commissie voor “rechten en gelijke kansen”. Raadsleden bespreken daar plannen en volgen wat de stad doet voor gelijkheid tussen vrouwen en mannen en voor rechten die de waardigheid en vrijheid van inwoners raken.',
          en: 'Turin’s city council set up a committee on “rights and equal opportunities”. It examines proposals and oversees activities on gender equality and on protecting and promoting rights linked to people’s dignity and freedom.',
        },
        url: 'https://servizi.comune.torino.it/consiglio/prg/txt/ComposizioneCommissioni.html',
      },
    ],
    resources: [],
  },
  // 7
  {
    id: 'human-rights-office',
    layer: 'structures',
    title: {
      nl: 'Een mensenrechtenbureau of -afdeling oprichten',
      en: 'Establish a human rights office or department',
    },
    summary: {
      nl: 'De stad richt binnen de eigen organisatie een bureau of afdeling op die het mensenrechtenwerk draagt.',
      en: 'The city sets up a dedicated office or department within its administration to carry its human rights work.',
    },
    why: {
      nl: 'Zo’n bureau helpt activiteiten te plannen en houdt contact met bestuurders, ambtenaren, het maatschappelijk middenveld en gemeenschappen, ook met kwetsbare groepen. Het maakt mensen bovendien bewust van hun rechten. Zo heeft het mensenrechtenwerk een vaste plek en een duidelijk aanspreekpunt.',
      en: 'Such an office helps plan human rights activities and keeps in touch with elected representatives, the administration, civil society and communities, including vulnerable groups. It also raises awareness of human rights. That gives the work a permanent home and a clear point of contact.',
    },
    howTo: [
      {
        nl: 'Zorg voor een plek waar ambtenaren open in gesprek gaan met mensen die met mensenrechtenproblemen te maken hebben, zoals kinderen en jongeren, ouderen, mensen met een handicap, etnische minderheden, dakloze mensen en lhbtiq’ers.',
        en: 'Make room for open dialogue between officials and people who face human rights challenges, such as children and young people, older people, persons with disabilities, ethnic minorities, homeless people and LGBTIQ people.',
      },
      {
        nl: 'Leg in de opdracht van het bureau vast dat het helpt om mensenrechten in alle gemeentelijke diensten en afdelingen mee te nemen.',
        en: 'Write into the office’s mandate that it helps bring human rights into every municipal service and department.',
      },
      {
        nl: 'Vertel mensen over hun rechten, universele waarden en de rechtsstaat. Richt u ook op beroepsgroepen, zoals leraren, zorgverleners, woningcorporaties en maatschappelijk werkers.',
        en: 'Raise awareness of people’s rights, universal values and the rule of law, including among professionals such as teachers, care workers, public housing providers and social workers.',
      },
    ],
    examples: [
      {
        city: { nl: 'Neurenberg', en: 'Nuremberg' },
        country: { nl: 'Duitsland', en: 'Germany' },
        text: {
          nl: 'Neurenberg heeft een mensenrechtenbureau. Het helpt de gemeente mensenrechteninitiatieven en actieplannen te coördineren, adviseert de stad en haar bestuurders, en maakt mensen bewust van hun rechten.',
          en: 'Nuremberg has a human rights office. It helps the city coordinate human rights initiatives and action plans, advises the city and its leaders, and makes people aware of their rights.',
        },
        url: 'https://www.nuernberg.de/internet/menschenrechte_e/',
      },
      {
        city: { nl: 'Turijn', en: 'Turin' },
        country: { nl: 'Italië', en: 'Italy' },
        text: {
          nl: 'Turijn heeft een mensenrechtenbureau. Het helpt de gemeente mensenrechteninitiatieven en actieplannen te coördineren, adviseert de stad en haar bestuurders, en maakt mensen bewust van hun rechten.',
          en: 'Turin has a human rights office. It helps the city coordinate human rights initiatives and action plans, advises the city and its leaders, and makes people aware of their rights.',
        },
        url: 'http://www.comune.torino.it/',
      },
      {
        city: { nl: 'Wenen', en: 'Vienna' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        text: {
          nl: 'Wenen heeft een mensenrechtenbureau. Het helpt de gemeente mensenrechteninitiatieven en actieplannen te coördineren, adviseert de stad en haar bestuurders, en maakt mensen bewust van hun rechten.',
          en: 'Vienna has a human rights office. It helps the city coordinate human rights initiatives and action plans, advises the city and its leaders, and makes people aware of their rights.',
        },
        url: 'https://www.wien.gv.at/english/social/integration/human-rights/office.html',
      },
      {
        city: { nl: 'Regio Västra Götaland', en: 'Västra Götaland Region' },
        country: { nl: 'Zweden', en: 'Sweden' },
        text: {
          nl: 'De regio Västra Götaland heeft een eigen mensenrechtenafdeling. Die helpt de regio mensenrechteninitiatieven en actieplannen te coördineren, adviseert het bestuur, en maakt mensen bewust van hun rechten.',
          en: 'The Västra Götaland Region has its own human rights department. It helps the region coordinate human rights initiatives and action plans, advises its leaders, and makes people aware of their rights.',
        },
        url: 'https://www.vgregion.se/en/regional-development/areas/human-rights/',
      },
      {
        city: { nl: 'Bologna', en: 'Bologna' },
        country: { nl: 'Italië', en: 'Italy' },
        text: {
          nl: 'Bologna legde in het programmeringsdocument 2021-2023 van de stad een breed beleid voor gelijkheid en non-discriminatie vast. Een speciaal bureau en drie eenheden voeren het uit: voor lhbtiq-rechten, diversiteit en genderbeleid; voor mensenrechten, nieuwe burgers en internationale samenwerking; en voor interculturele diensten.',
          en: 'Bologna set out a broad equality and non-discrimination policy in the city’s 2021-2023 programming document. A dedicated office and three units put it into practice: one for LGBTIQ rights, diversity and gender policy; one for human rights, new citizens and international cooperation; and one for intercultural services.',
        },
        url: 'http://www.comune.bologna.it/trasparenza/servizi/161:31693/48463/',
      },
    ],
    resources: [
      {
        title: {
          nl: 'Transparantie en open bestuur (praktische gids)',
          en: 'Transparency and open government',
        },
        publisher: 'Congress of Local and Regional Authorities, Council of Europe',
        url: 'https://rm.coe.int/booklet-a6-transparency-coll-public-ethic-en/1680907906',
      },
      {
        title: {
          nl: 'Deelname van kinderen aan lokaal bestuur (richtsnoeren)',
          en: 'Child participation in local governance',
        },
        publisher: 'UNICEF',
        url: 'https://www.unicef.org/sites/default/files/2019-12/UNICEF-Child-Participation-in-Local-Governance.pdf',
      },
    ],
  },
  // 8
  {
    id: 'participatory-council',
    layer: 'structures',
    title: {
      nl: 'Een raadgevende participatieve raad voor mensenrechten oprichten',
      en: 'Establish a consultative participatory council on human rights',
    },
    summary: {
      nl: 'De stad richt een adviesraad op waarin inwoners, gekozen bestuurders, de gemeente en het maatschappelijk middenveld samen over mensenrechten praten en de stad adviseren.',
      en: 'The city sets up an advisory council where residents, elected representatives, the administration and civil society meet to discuss human rights and advise the city.',
    },
    why: {
      nl: 'Mensenrechten raken veel ingewikkelde vraagstukken waar verschillende lokale partijen mee te maken hebben. Meedoen is een kern van een op mensenrechten gebaseerde aanpak (HRBA): mensen moeten actief betrokken zijn. Een gezamenlijke raad helpt steun te krijgen voor lokaal beleid en acties die de mensenrechten respecteren.',
      en: 'Human rights touch many complex issues that different local players deal with. Participation is at the heart of a human rights-based approach (HRBA): people need to be actively involved. A shared council helps build support for local policies and actions that respect human rights.',
    },
    howTo: [
      {
        nl: 'Breng inwoners, gekozen bestuurders, de gemeente en het maatschappelijk middenveld samen aan één tafel.',
        en: 'Bring residents, elected representatives, the administration and civil society together around one table.',
      },
      {
        nl: 'Geef de raad een duidelijke adviserende rol bij lokaal beleid en lokale acties, zodat zijn advies echt meetelt.',
        en: 'Give the council a clear advisory role on local policies and actions, so that its advice really counts.',
      },
      {
        nl: 'Laat de raad de mensenrechtensituatie in de stad volgen en geregeld aan de gemeenteraad rapporteren over problemen, goede voorbeelden en aanbevelingen.',
        en: 'Let the council follow the human rights situation in the city and report regularly to the city council on problems, good practices and recommendations.',
      },
    ],
    examples: [
      {
        city: { nl: 'Graz', en: 'Graz' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        text: {
          nl: 'In de mensenrechtenraad van Graz zitten lokale betrokkenen en vertegenwoordigers van de stad. De raad houdt de mensenrechtensituatie in de gaten en brengt elk jaar verslag uit aan de gemeenteraad over problemen, goede voorbeelden en aanbevelingen.',
          en: 'Graz’s human rights council brings together local stakeholders and city representatives. It keeps an eye on the human rights situation and reports to the city council every year on problems, good practices and recommendations.',
        },
        url: 'https://www.graz.at/cms/beitrag/10153819/7771489/Menschenrechtsbeirat_in_Graz.html',
      },
      {
        city: { nl: 'Malmö', en: 'Malmö' },
        country: { nl: 'Zweden', en: 'Sweden' },
        text: {
          nl: 'Malmö heeft een raad voor de Roma als nationale minderheid. Daarin overleggen politici uit de gemeenteraad met Roma-organisaties. Samen zorgen ze dat Roma meepraten over de stad, pakken ze discriminatie aan en houden ze de Romacultuur en -taal levend.',
          en: 'In Malmö, elected councillors and representatives of Roma NGOs sit together on the council for the Roma national minority. The council supports Roma participation, helps fight discrimination and promotes Roma culture and language.',
        },
        url: 'https://malmo.se/Om-Malmo-stad/Politik-beslut-och-paverkan/Politik-och-fortroendevalda/Radet-for-den-nationella-minoriteten-romer.html',
      },
      {
        city: { nl: 'Bologna', en: 'Bologna' },
        country: { nl: 'Italië', en: 'Italy' },
        text: {
          nl: 'Bologna sloot een samenwerkingspact met lokale lhbtiq-verenigingen.',
          en: 'Bologna agreed a cooperation pact with local LGBTIQ associations.',
        },
        url: 'http://www.comune.bo.it/patto-collaborazione-lgbtqi/',
      },
      {
        city: { nl: 'Salzburg', en: 'Salzburg' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        text: {
          nl: 'Salzburg heeft een rondetafel over mensenrechten (Runder Tisch Menschenrechte).',
          en: 'Salzburg has a round table on human rights (Runder Tisch Menschenrechte).',
        },
        url: 'http://rundertisch-menschenrechte.at/',
      },
    ],
    resources: [
      {
        title: {
          nl: 'Deelname- en co-creatienormen van het OGP',
          en: 'OGP participation and co-creation standards',
        },
        publisher: 'Open Government Partnership',
        url: 'https://www.opengovpartnership.org/ogp-participation-co-creation-standards/',
      },
      {
        title: {
          nl: 'Innovatieve burgerparticipatie en nieuwe democratische instellingen — inhaalslag van de onderhandelingstrend',
          en: 'Innovative citizen participation and new democratic institutions: catching the deliberative wave',
        },
        publisher: 'OECD',
        url: 'https://www.oecd.org/gov/open-government/innovative-citizen-participation-new-democratic-institutions-catching-the-deliberative-wave-highlights.pdf',
      },
      {
        title: {
          nl: 'Organisatie van interculturele en interreligieuze activiteiten — een toolkit voor lokale overheden',
          en: 'Organising intercultural and interreligious activities — a toolkit for local authorities',
        },
        publisher: 'Congress of Local and Regional Authorities, Council of Europe',
        url: 'http://www.congress-intercultural.eu/en/',
      },
    ],
  },
  // 9
  {
    id: 'anti-discrimination-office',
    layer: 'structures',
    title: {
      nl: 'Een antidiscriminatiebureau oprichten of een lokale ombudspersoon aanwijzen',
      en: 'Establish an anti-discrimination office or local ombudsperson',
    },
    summary: {
      nl: 'De stad richt een antidiscriminatiebureau op, wijst een lokale ombudspersoon aan of zorgt op een andere manier dat inwoners ergens terechtkunnen als hun rechten worden geschonden.',
      en: 'The city sets up an anti-discrimination office, appoints a local ombudsperson or in some other way makes sure residents have somewhere to turn when their rights are violated.',
    },
    why: {
      nl: 'Een overheid moet rechten niet alleen respecteren en waarmaken. Ze moet er ook voor zorgen dat mensen steun, begeleiding en herstel kunnen krijgen als hun rechten worden geschonden. Een lokaal loket maakt die hulp dichtbij en bereikbaar.',
      en: 'A public authority must not only respect and fulfil rights. It must also make sure people can get support, guidance and a remedy when their rights are violated. A local office brings that help close to home.',
    },
    howTo: [
      {
        nl: 'Vertel mensen welke rechten ze hebben en wat ze kunnen doen als die worden geschonden.',
        en: 'Tell people what rights they have and what they can do when those rights are violated.',
      },
      {
        nl: 'Gebruik de cijfers van het bureau en van andere lokale slachtofferhulpdiensten om het mensenrechtenbeleid van de gemeente te verbeteren.',
        en: 'Use figures from the office and from other local victim support services to improve the city’s human rights policy.',
      },
      {
        nl: 'Overweeg om buurtbemiddelaars in te zetten. Zij kunnen sociale inclusie versterken en helpen conflicten tussen gemeenschappen op te lossen.',
        en: 'Consider bringing in community mediators. They can strengthen social inclusion and help resolve conflicts between communities.',
      },
    ],
    examples: [
      {
        city: { nl: 'Graz', en: 'Graz' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        text: {
          nl: 'In Graz is een antidiscriminatiebureau opgericht.',
          en: 'Graz has set up an anti-discrimination office.',
        },
        url: 'https://www.antidiskriminierungsstelle.steiermark.at/cms/beitrag/11970063/72108866/',
      },
      {
        city: { nl: 'Neurenberg', en: 'Nuremberg' },
        country: { nl: 'Duitsland', en: 'Germany' },
        text: {
          nl: 'Neurenberg heeft een antidiscriminatiebureau opgericht.',
          en: 'Nuremberg has set up an anti-discrimination office.',
        },
        url: 'https://www.nuernberg.de/internet/menschenrechte_e/antidiskriminierung_en.html',
      },
      {
        city: { nl: 'Salzburg', en: 'Salzburg' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        text: {
          nl: 'In Salzburg is een antidiscriminatiebureau opgericht.',
          en: 'Salzburg has set up an anti-discrimination office.',
        },
        url: 'https://www.antidiskriminierung-salzburg.at/index.php?id=5',
      },
      {
        city: { nl: 'Utrecht', en: 'Utrecht' },
        country: { nl: 'Nederland', en: 'Netherlands' },
        text: {
          nl: 'Utrecht heeft een antidiscriminatiebureau opgericht.',
          en: 'Utrecht has set up an anti-discrimination office.',
        },
        url: 'https://art1middennederland.nl/',
      },
      {
        city: { nl: 'Wenen', en: 'Vienna' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        text: {
          nl: 'Wenen heeft een antidiscriminatiebureau opgericht.',
          en: 'Vienna has set up an anti-discrimination office.',
        },
        url: 'https://www.wien.gv.at/verwaltung/antidiskriminierung/index.html',
      },
      {
        city: { nl: 'Valencia', en: 'Valencia' },
        country: { nl: 'Spanje', en: 'Spain' },
        text: {
          nl: 'In Valencia werkt het bureau voor non-discriminatie en haatmisdrijven mee aan het beleidskader voor immigratie en interculturaliteit (2019-2022). Het bureau traint gemeentepersoneel in mensenrechten, discriminatie en haat.',
          en: 'In Valencia, the office for non-discrimination and hate crimes contributes to the policy framework for immigration and interculturality (2019-2022). It supports that work by training city staff on human rights, discrimination and hate.',
        },
        url: 'https://www.valencia.es/cas/actualidad/-/content/el-ayuntamiento-presenta-la-oficina-de-no-discriminaci%C3%93n-y-delitos-de-odio-la-primera-remodelaci%C3%93n-de-un-edificio-con-perspectiva-de-g%C3%89nero-.',
      },
      {
        city: { nl: 'Barcelona', en: 'Barcelona' },
        country: { nl: 'Spanje', en: 'Spain' },
        text: {
          nl: 'In Barcelona krijgt het bureau voor non-discriminatie steun van de waarnemingspost voor discriminatie van de stad. Die volgt hoe het met de mensenrechten gaat en brengt daar elk jaar verslag over uit.',
          en: 'In Barcelona, the Office for Non-Discrimination is backed by the city’s Discrimination Observatory. The observatory monitors human rights and reports on them every year.',
        },
        url: 'https://ajuntament.barcelona.cat/oficina-no-discriminacio/ca',
      },
    ],
    resources: [
      {
        title: { nl: '10-puntenactieplan van ECCAR', en: 'ECCAR 10-Point Action Plan' },
        publisher: 'European Coalition of Cities against Racism (ECCAR)',
        url: 'https://www.eccar.info/en/10-point-action-plan',
      },
      {
        title: { nl: 'Toolkit voor gelijkheid van ECCAR', en: 'ECCAR Toolkit for Equality' },
        publisher: 'European Coalition of Cities against Racism (ECCAR)',
        url: 'https://www.eccar.info/sites/default/files/document/3_Toolkit-en_Antidiscrimination-Office.pdf',
      },
    ],
  },
  // 10
  {
    id: 'annual-report',
    layer: 'structures',
    title: {
      nl: 'Jaarlijks verslag uitbrengen over de mensenrechten in de stad',
      en: 'Report annually on human rights in the city',
    },
    summary: {
      nl: 'De stad brengt elk jaar een verslag uit over hoe het met de mensenrechten in de stad gaat en wat de gemeente eraan heeft gedaan.',
      en: 'Every year the city publishes a report on the state of human rights in the city and on what it has done about them.',
    },
    why: {
      nl: 'Mensenrechten horen bij vrijwel al het werk van de stad: openbare diensten, de openbare ruimte, zorg, onderwijs en meedoen in de samenleving, maar ook openbaar vervoer, water en riolering, energie, milieu, digitalisering, cultuur, kunst en sport. Een jaarverslag helpt het bestuur om de voortgang te volgen, lessen te trekken en nieuwe acties voor te stellen.',
      en: 'Human rights are part of almost everything the city does: public services, public space, social care, education and taking part in public life, but also public transport, water and sewerage, energy, the environment, digitalisation, culture, the arts and sport. An annual report helps the administration follow progress, learn lessons and propose new actions.',
    },
    howTo: [
      {
        nl: 'Kies al aan het begin stevige, meetbare indicatoren die laten zien wat het beleid van de stad oplevert.',
        en: 'Set strong, measurable indicators at the start that can show the effect of the city’s policies.',
      },
      {
        nl: 'Beschrijf niet alleen problemen, maar ook goede voorbeelden en successen.',
        en: 'Do not only describe problems: include good practices and success stories too.',
      },
      {
        nl: 'Gebruik het jaarverslag om een openbaar gesprek op gang te brengen over mensenrechtenvragen die veel mensen raken.',
        en: 'Use the annual report to start a public debate on human rights issues that matter to many people.',
      },
    ],
    examples: [
      {
        city: { nl: 'Graz', en: 'Graz' },
        country: { nl: 'Oostenrijk', en: 'Austria' },
        text: {
          nl: 'Graz brengt al een aantal jaren elk jaar een mensenrechtenverslag uit, op basis van bijdragen van de gemeente en het maatschappelijk middenveld.',
          en: 'For several years Graz has published a yearly human rights report, based on input from the city administration and civil society.',
        },
        url: 'https://www.graz.at/cms/beitrag/10152653/7771447/Menschenrechtsberichte_der_Stadt_Graz.html',
      },
      {
        city: { nl: 'York', en: 'York' },
        country: { nl: 'Verenigd Koninkrijk', en: 'United Kingdom' },
        text: {
          nl: 'York brengt al een aantal jaren elk jaar een mensenrechtenverslag uit, op basis van bijdragen van de gemeente en het maatschappelijk middenveld.',
          en: 'For several years York has published a yearly human rights report, based on input from the city administration and civil society.',
        },
        url: 'https://www.yorkhumanrights.org/current-work/human-rights-indicator-report/',
      },
      {
        city: { nl: 'Barcelona', en: 'Barcelona' },
        country: { nl: 'Spanje', en: 'Spain' },
        text: {
          nl: 'Barcelona heeft een discriminatie-observatorium dat sinds 2018 elk jaar rapporteert. Het verslag laat zien hoeveel discriminatie er is gemeld, wat de stad en anderen eraan doen en wat er nog moet gebeuren. De cijfers en kennis komen van het gemeentelijke bureau voor non-discriminatie, het mensenrechtencentrum van de stad en organisaties die slachtoffers bijstaan.',
          en: 'Since 2018 Barcelona’s Discrimination Observatory has published an annual report. It gives detailed figures on discrimination, the measures and initiatives taken against it, and ideas for future action. The information and expertise come from the Office for Non-Discrimination, the city’s human rights centre and several victim support organisations.',
        },
        url: 'https://ajuntament.barcelona.cat/oficina-no-discriminacio/en/discrimination-observatory',
      },
    ],
    resources: [
      {
        title: {
          nl: 'Handboek inzake monitoring van de mensenrechten (hoofdstuk 13): rapportage over mensenrechten',
          en: 'Manual on human rights monitoring (chapter 13): human rights reporting',
        },
        publisher: 'United Nations',
        url: 'https://www.ohchr.org/sites/default/files/Documents/Publications/Chapter13-MHRM.pdf',
      },
    ],
  },
  // 11
  {
    id: 'partnerships',
    layer: 'structures',
    title: {
      nl: 'Samenwerken en partnerschappen ontwikkelen met nationale, EU- en internationale mensenrechtenorganen',
      en: 'Cooperate and develop partnerships with national, EU and international human rights bodies',
    },
    summary: {
      nl: 'De stad werkt samen met landelijke, Europese en internationale mensenrechtenorganisaties en bouwt partnerschappen met hen op.',
      en: 'The city works with national, EU and international human rights bodies and builds partnerships with them.',
    },
    why: {
      nl: 'Mensenrechten zijn een gedeelde verantwoordelijkheid van alle bestuurslagen. Daarom is samenwerking nodig voor een aanpak die werkt. Veel landelijke, Europese en internationale organisaties kunnen steden steunen en met hen optrekken.',
      en: 'Human rights are a shared responsibility of every level of government. That makes cooperation essential for an approach that works. Many national, EU and international organisations can support cities and work alongside them.',
    },
    howTo: [
      {
        nl: 'Werk op het gebied van mensenrechten samen met uw landelijke overheid, het nationale mensenrechteninstituut, het orgaan voor gelijke behandeling of de ombudsman, het maatschappelijk middenveld en de wetenschap.',
        en: 'Work on human rights with your national government, the national human rights institution, the equality body or the ombudsperson, civil society and academia.',
      },
      {
        nl: 'Deel uw ervaringen en lessen met de EU en internationale organisaties, zoals de VN, de Organisatie voor Veiligheid en Samenwerking in Europa, de Raad van Europa en de instellingen en organen van de EU.',
        en: 'Share your experience and lessons learned with the EU and international organisations, such as the UN, the Organization for Security and Co-operation in Europe, the Council of Europe and the EU institutions and bodies.',
      },
      {
        nl: 'Werk samen met andere steden en regio’s, bijvoorbeeld via netwerken waar uw stad lid van is.',
        en: 'Work with other cities and regions, for example through networks your city belongs to.',
      },
    ],
    examples: [
      {
        city: { nl: 'Turijn', en: 'Turin' },
        country: { nl: 'Italië', en: 'Italy' },
        text: {
          nl: 'Turijn leidt RE.A.DY, een Italiaans netwerk waarin regio’s, autonome provincies en gemeenten samenwerken. Ze delen aanpakken om te voorkomen dat mensen worden achtergesteld vanwege hun seksuele gerichtheid of genderidentiteit, en om daartegen op te treden.',
          en: 'Turin coordinates RE.A.DY, the Italian network of regions, autonomous provinces and local authorities. The network helps prevent and fight discrimination based on sexual orientation and gender identity.',
        },
        url: 'http://www.reteready.org/',
      },
      {
        city: { nl: 'Nederlandse gemeenten', en: 'Dutch municipalities' },
        country: { nl: 'Nederland', en: 'Netherlands' },
        text: {
          nl: 'In 2021 richtte Nederland, als onderdeel van een nationaal actieplan, het Platform Gemeenten en Mensenrechten op. De Vereniging van Nederlandse Gemeenten (VNG), de wetenschap en de overheid werken daarin samen, zodat gemeenten makkelijker ervaringen kunnen uitwisselen.',
          en: 'In 2021, as part of a national action plan, the Netherlands set up a Platform on Municipalities and Human Rights (Platform Gemeenten en Mensenrechten). The Association of Netherlands Municipalities (VNG), academia and the government run it together, to make it easier for municipalities to share practices.',
        },
        url: 'https://www.rijksoverheid.nl/onderwerpen/mensenrechten/mensenrechten-nederland',
      },
      {
        city: { nl: 'Zweedse gemeenten en regio’s', en: 'Swedish municipalities and regions' },
        country: { nl: 'Zweden', en: 'Sweden' },
        text: {
          nl: 'Zweedse gemeenten en regio’s hebben een breed netwerk van ambtenaren die zich met mensenrechten bezighouden. Zij komen vaak samen om vragen uit de praktijk te bespreken en van elkaars werk te leren. De Zweedse vereniging van gemeenten en regio’s en het Raoul Wallenberg Institute hebben daarvoor een platform opgericht dat beleid en uitvoering verbindt.',
          en: 'In Sweden, a large network of local and regional human rights experts meets regularly to discuss human rights issues and share promising practices. A cooperation platform for policy and operational development supports the network. The Swedish Association of Local Authorities and Regions set up that platform together with the Raoul Wallenberg Institute.',
        },
        url: 'https://skr.se/skr/tjanster/bloggarfranskr/manskligarattigheterbloggen.49007.html?kategori=M%C3%A4nskliga+r%C3%A4ttigheter',
      },
      {
        city: { nl: 'Zagreb', en: 'Zagreb' },
        country: { nl: 'Kroatië', en: 'Croatia' },
        text: {
          nl: 'De gemeente Zagreb maakte samen met verenigingen van mensen met een handicap, de Universiteit van Zagreb en IT-bedrijven een mobiele app. De app helpt mensen met een handicap om gebouwen, straten en het openbaar vervoer te bereiken.',
          en: 'The City of Zagreb worked with associations of persons with disabilities, the University of Zagreb and private IT companies to build a mobile app. It helps people with disabilities get access to buildings, streets and public transport.',
        },
        url: 'https://zeroproject.org/view/project/39c63ae9-ad4a-ec11-8c62-000d3ab5a6d0',
      },
      {
        city: { nl: 'Keulen', en: 'Cologne' },
        country: { nl: 'Duitsland', en: 'Germany' },
        text: {
          nl: 'In Keulen is het Initiatief Mensenrechtenstad een onafhankelijke maatschappelijke organisatie. Het wil mensenrechtenacties helpen waarmaken en de stad in beweging brengen om mensenrechtenstad te worden.',
          en: 'In Cologne, the Human Rights City Initiative is an independent civil society organisation. It aims to help turn human rights actions into reality and to mobilise the city to become a human rights city.',
        },
        url: 'https://initiative-menschenrechtsstadt-koeln.de/',
      },
      {
        city: { nl: 'Noorse gemeenten en regio’s', en: 'Norwegian municipalities and regions' },
        country: { nl: 'Noorwegen', en: 'Norway' },
        text: {
          nl: 'Het Noorse nationale mensenrechteninstituut begon een project voor gemeenten en regio’s. Het legt uit welke internationale mensenrechtenplichten zij hebben, hoe ze die in de praktijk waarmaken en wat het betekent om als mensenrechtenstad te werken.',
          en: 'In Norway, the national human rights institution started a project to make cities and regions aware of their international human rights obligations, how to meet them, and the human rights city approach.',
        },
        url: 'https://www.nhri.no/',
      },
      {
        city: { nl: 'Aghia Varvara', en: 'Aghia Varvara' },
        country: { nl: 'Griekenland', en: 'Greece' },
        text: {
          nl: 'Aghia Varvara wilde de relaties tussen Roma en de rest van de bevolking verbeteren. De stad deed mee aan het FRA-project “Lokaal engagement voor de integratie van Roma” (LERI) met een participatief actieonderzoek gericht op gemeenschapsontwikkeling. Het project liep in totaal in 22 gemeenten in 11 lidstaten.',
          en: 'Aghia Varvara set out to improve relations between Roma and the wider population. It took part in FRA’s “Local engagement for Roma inclusion” (LERI) project with a participatory action research project focused on community development. The project covered 22 municipalities in 11 member states in all.',
        },
        url: 'https://fra.europa.eu/en/project/2015/local-engagement-roma-inclusion-multi-annual-roma-programme',
      },
      {
        city: { nl: 'Mátraverebély', en: 'Mátraverebély' },
        country: { nl: 'Hongarije', en: 'Hungary' },
        text: {
          nl: 'Mátraverebély wilde de relaties tussen Roma en de rest van de bevolking verbeteren. De gemeente deed mee aan het FRA-project “Lokaal engagement voor de integratie van Roma” (LERI) met een participatief actieonderzoek gericht op gemeenschapsontwikkeling. Het project liep in totaal in 22 gemeenten in 11 lidstaten.',
          en: 'Mátraverebély set out to improve relations between Roma and the wider population. It took part in FRA’s “Local engagement for Roma inclusion” (LERI) project with a participatory action research project focused on community development. The project covered 22 municipalities in 11 member states in all.',
        },
        url: 'https://fra.europa.eu/en/project/2015/local-engagement-roma-inclusion-multi-annual-roma-programme',
      },
      {
        city: { nl: 'Rakytník', en: 'Rakytník' },
        country: { nl: 'Slowakije', en: 'Slovakia' },
        text: {
          nl: 'Rakytník wilde de relaties tussen Roma en de rest van de bevolking verbeteren. De gemeente deed mee aan het FRA-project “Lokaal engagement voor de integratie van Roma” (LERI) met een participatief actieonderzoek gericht op gemeenschapsontwikkeling. Het project liep in totaal in 22 gemeenten in 11 lidstaten.',
          en: 'Rakytník set out to improve relations between Roma and the wider population. It took part in FRA’s “Local engagement for Roma inclusion” (LERI) project with a participatory action research project focused on community development. The project covered 22 municipalities in 11 member states in all.',
        },
        url: 'https://fra.europa.eu/en/project/2015/local-engagement-roma-inclusion-multi-annual-roma-programme',
      },
      {
        city: { nl: 'Hrabušice', en: 'Hrabušice' },
        country: { nl: 'Slowakije', en: 'Slovakia' },
        text: {
          nl: 'Hrabušice wilde de relaties tussen Roma en de rest van de bevolking verbeteren. De gemeente deed mee aan het FRA-project “Lokaal engagement voor de integratie van Roma” (LERI) met een participatief actieonderzoek gericht op gemeenschapsontwikkeling. Het project liep in totaal in 22 gemeenten in 11 lidstaten.',
          en: 'Hrabušice set out to improve relations between Roma and the wider population. It took part in FRA’s “Local engagement for Roma inclusion” (LERI) project with a participatory action research project focused on community development. The project covered 22 municipalities in 11 member states in all.',
        },
        url: 'https://fra.europa.eu/en/project/2015/local-engagement-roma-inclusion-multi-annual-roma-programme',
      },
    ],
    resources: [
      {
        title: {
          nl: 'Tien punten op weg naar een gemeenschappelijke agenda voor lokale overheden en mensenrechten',
          en: 'Ten points to advance a common agenda on local governments and human rights',
        },
        publisher: 'UN Human Rights Office (OHCHR) and United Cities and Local Governments (UCLG-CSIPDHR)',
        url: 'https://www.uclg-cisdp.org/en/news/united-nations-and-uclg-partnership-human-rights-ten-points-advance-common-agenda-local',
      },
    ],
  },
];
