/**
 * Source: Charter of Fundamental Rights of the European Union (OJ C 326, 26.10.2012, p. 391) and the
 * FRA Charterpedia (fra.europa.eu/eu-charter). Text written for this kit; titles as in the Charter.
 *
 * The plain-language texts are written in English first. The Dutch of articles 2–6, 9, 13, 16–20, 27–30,
 * 32, 36, 38–40, 44–46 and 48–54 is a draft that awaits review by a native speaker. Dutch addresses the
 * reader as "u".
 */
import type { ArticleSource, ChapterSource, L } from './source-types.js';

const NL_CHARTER = 'https://fra.europa.eu/nl/eu-charter';
const EN_CHARTER = 'https://fra.europa.eu/en/eu-charter';

/**
 * FRA Charterpedia page of an article per locale. Without a Dutch slug, Dutch readers get the article's
 * English page (its own page rather than the overview); only without either, the Charter's overview.
 */
function page(nl: string | null, en: string | null): L {
  const english = en === null ? EN_CHARTER : `${EN_CHARTER}/article/${en}`;
  return {
    nl: nl !== null ? `${NL_CHARTER}/article/${nl}` : en !== null ? english : NL_CHARTER,
    en: english,
  };
}

export const charter: { chapters: ChapterSource[]; articles: ArticleSource[] } = {
  chapters: [
    { id: 'dignity', numeral: 'I', title: { nl: 'Waardigheid', en: 'Dignity' } },
    { id: 'freedoms', numeral: 'II', title: { nl: 'Vrijheden', en: 'Freedoms' } },
    { id: 'equality', numeral: 'III', title: { nl: 'Gelijkheid', en: 'Equality' } },
    { id: 'solidarity', numeral: 'IV', title: { nl: 'Solidariteit', en: 'Solidarity' } },
    { id: 'citizens-rights', numeral: 'V', title: { nl: 'Burgerschap', en: "Citizens' rights" } },
    { id: 'justice', numeral: 'VI', title: { nl: 'Rechtspleging', en: 'Justice' } },
    {
      id: 'general-provisions',
      numeral: 'VII',
      title: {
        nl: 'Algemene bepalingen betreffende de uitlegging en de toepassing van het Handvest',
        en: 'General provisions governing the interpretation and application of the Charter',
      },
    },
  ],

  articles: [
    // Title I – Dignity
    {
      number: 1,
      chapter: 'dignity',
      title: { nl: 'De menselijke waardigheid', en: 'Human dignity' },
      url: page(null, '1-human-dignity'),
      plain: {
        meaning: {
          nl: 'Ieder mens is waardevol, gewoon omdat hij of zij een mens is. Overheidsdiensten moeten u met respect behandelen, wie u ook bent en in welke situatie u ook zit. Uw stad heeft beloofd dit centraal te zetten in alles wat ze doet.',
          en: 'Every person has worth, simply because they are human. Public services must treat you with respect, whoever you are and whatever your situation. Your city has committed to putting this at the heart of everything it does.',
        },
        example: {
          nl: 'Een dakloze man vraagt hulp aan de balie van de gemeente. De medewerkers luisteren naar hem, praten beleefd met hem en helpen hem aan een slaapplek, net zoals ze ieder ander zouden helpen.',
          en: 'A homeless man asks for help at the municipal counter. The staff listen to him, speak to him politely and help him find a place to sleep, just as they would help anyone else.',
        },
      },
    },
    {
      number: 2,
      chapter: 'dignity',
      title: { nl: 'Het recht op leven', en: 'Right to life' },
      url: page(null, '2-right-life'),
      plain: {
        meaning: {
          nl: 'Iedereen heeft recht op leven. Niemand mag ter dood worden veroordeeld of worden terechtgesteld. Weet de overheid van een echt gevaar voor iemands leven, dan moet ze ook redelijke stappen nemen om dat leven te beschermen.',
          en: 'Everyone has the right to life. No one may be sentenced to death or executed. When the authorities know of a real danger to someone’s life, they must also take reasonable steps to protect it.',
        },
        example: {
          nl: 'Tijdens een hittegolf opent de gemeente koele ruimtes in haar buurthuizen. Vrijwilligers bellen ouderen die alleen wonen om na te gaan of ze genoeg drinken en of alles goed met hen gaat.',
          en: 'During a heatwave, the city opens cool rooms in its community centres. Volunteers call older residents who live alone to check that they are drinking enough and are safe.',
        },
      },
    },
    {
      number: 3,
      chapter: 'dignity',
      title: { nl: 'Het recht op menselijke integriteit', en: 'Right to the integrity of the person' },
      url: page(null, '3-right-integrity-person'),
      plain: {
        meaning: {
          nl: 'U hebt recht op respect voor uw lichaam en uw geest. In de zorg mag niets met u gebeuren zonder dat u vrij en goed geïnformeerd toestemming geeft, op de manier die de wet voorschrijft. Mensen selecteren op hun genen, handelen in delen van het menselijk lichaam en mensen klonen zijn verboden.',
          en: 'You have the right to have your body and mind respected. In health care, nothing may be done to you without your free and informed consent, given in the way the law sets out. Selecting people by their genes, trading in parts of the human body and cloning people are forbidden.',
        },
        example: {
          nl: 'Bij een vaccinatiespreekuur van de gemeentelijke gezondheidsdienst legt een verpleegkundige uit wat het vaccin doet en welke bijwerkingen het kan hebben. De bewoonster beslist zelf of ze het wil.',
          en: 'At a vaccination session run by the municipal health service, a nurse explains what the vaccine does and what side effects it can have. The resident decides for herself whether she wants it.',
        },
      },
    },
    {
      number: 4,
      chapter: 'dignity',
      title: {
        nl: 'Het verbod van folteringen en van onmenselijke of vernederende behandelingen of bestraffingen',
        en: 'Prohibition of torture and inhuman or degrading treatment or punishment',
      },
      url: page(
        '4-het-verbod-van-folteringen-en-van-onmenselijke-vernederende-behandelingen',
        '4-prohibition-torture-and-inhuman-or-degrading-treatment-or-punishment',
      ),
      plain: {
        meaning: {
          nl: 'Niemand mag worden gefolterd of op een wrede, onmenselijke of vernederende manier worden behandeld of gestraft. Dit geldt voor iedereen, altijd en zonder uitzondering, ook in gevangenissen, politiecellen, zorginstellingen en opvanghuizen.',
          en: 'No one may be tortured, or treated or punished in a cruel, inhuman or humiliating way. This applies to everyone, always and without exception, also in prisons, police cells, care homes and shelters.',
        },
        example: {
          nl: 'Een man met dementie in een verpleeghuis wordt ’s nachts onrustig. In plaats van hem aan zijn bed vast te binden, blijven de medewerkers bij hem en stellen ze hem gerust. Samen met zijn familie zoeken ze naar een betere aanpak.',
          en: 'A man with dementia in a care home becomes restless at night. Instead of tying him to his bed, the staff stay with him and calm him down. Together with his family, they look for a better approach.',
        },
      },
    },
    {
      number: 5,
      chapter: 'dignity',
      title: {
        nl: 'Het verbod van slavernij en dwangarbeid',
        en: 'Prohibition of slavery and forced labour',
      },
      url: page(null, '5-prohibition-slavery-and-forced-labour'),
      plain: {
        meaning: {
          nl: 'Niemand mag als slaaf worden gehouden of worden gedwongen om tegen zijn wil te werken. Mensenhandel, zoals mensen naar een stad halen om hen uit te buiten voor werk of seks, is verboden. Bent u slachtoffer, dan kunt u hulp en bescherming krijgen.',
          en: 'No one may be held as a slave or forced to work against their will. Human trafficking, such as bringing people to a city to exploit them for work or sex, is forbidden. If you are a victim, you can get help and protection.',
        },
        example: {
          nl: 'Bij een controle van een autowasstraat vinden inspecteurs van de gemeente werknemers van wie het paspoort is afgepakt en die bijna niets betaald krijgen. De gemeente schakelt de politie in en zorgt dat de werknemers veilig onderdak krijgen.',
          en: 'During an inspection of a car wash, city inspectors find workers whose passports have been taken and who are barely paid. The city alerts the police and makes sure the workers get a safe place to stay.',
        },
      },
    },

    // Title II – Freedoms
    {
      number: 6,
      chapter: 'freedoms',
      title: { nl: 'Het recht op vrijheid en veiligheid', en: 'Right to liberty and security' },
      url: page(null, '6-right-liberty-and-security'),
      plain: {
        meaning: {
          nl: 'U hebt recht op vrijheid en op persoonlijke veiligheid. Niemand mag worden opgesloten of vastgehouden zonder een reden en een procedure die de wet regelt. Wordt u vastgehouden, dan moet u horen waarom, en moet een rechter snel kunnen nagaan of dat rechtmatig is.',
          en: 'You have the right to freedom and to personal safety. No one may be locked up or held without a reason and a procedure set by law. If you are held, you must be told why, and a judge must be able to check quickly whether it is lawful.',
        },
        example: {
          nl: 'In een noodsituatie beslist de gemeente dat een man in een ernstige psychische crisis tegen zijn wil naar het ziekenhuis gaat. Hij hoort waarom, krijgt een advocaat, en een rechter kijkt snel of het besluit rechtmatig was.',
          en: 'In an emergency, the city orders that a man in a severe mental health crisis be taken to hospital against his will. He is told why, gets a lawyer, and a judge soon checks whether the order was lawful.',
        },
      },
    },
    {
      number: 7,
      chapter: 'freedoms',
      title: {
        nl: 'De eerbiediging van het privé-leven en van het familie- en gezinsleven',
        en: 'Respect for private and family life',
      },
      url: page(
        '7-de-eerbiediging-van-het-prive-leven-en-van-het-familie-en-gezinsleven',
        '7-respect-private-and-family-life',
      ),
      plain: {
        meaning: {
          nl: 'U hebt recht op een eigen privéleven en gezinsleven, op een thuis dat van u is en op berichten en gesprekken die privé blijven. De overheid mag zich daar alleen mee bemoeien als de wet dat toestaat en er een goede reden voor is.',
          en: 'You have the right to a private life and a family life, to a home of your own and to messages and calls that stay private. The authorities may only interfere when the law allows it and there is a good reason.',
        },
        example: {
          nl: 'Een woninginspecteur wil een huurwoning controleren. Hij maakt eerst een afspraak, legt uit waarom hij binnen moet komen en kijkt niet rond in kamers die niets met de controle te maken hebben.',
          en: 'A housing inspector needs to check a rented flat. He makes an appointment first, explains why he has to come in and does not look around rooms that have nothing to do with the check.',
        },
      },
    },
    {
      number: 8,
      chapter: 'freedoms',
      title: { nl: 'De bescherming van persoonsgegevens', en: 'Protection of personal data' },
      url: page('8-de-bescherming-van-persoonsgegevens', '8-protection-personal-data'),
      plain: {
        meaning: {
          nl: 'Gegevens over u, zoals uw adres of uw gezondheid, moeten eerlijk worden gebruikt en alleen voor een duidelijk doel. U mag vragen welke gegevens er over u zijn opgeslagen en fouten laten verbeteren. Een onafhankelijke toezichthouder controleert of de regels worden nageleefd.',
          en: 'Information about you, such as your address or your health, must be used fairly and only for a clear purpose. You can ask what is stored about you and have mistakes corrected. An independent authority checks that the rules are followed.',
        },
        example: {
          nl: 'U vraagt een parkeervergunning aan. De gemeente vraagt alleen de gegevens die ze echt nodig heeft, en als u wilt weten wat er over u is opgeslagen, krijgt u een duidelijk overzicht.',
          en: 'You apply for a parking permit. The city only asks for the details it really needs, and when you ask what it has stored about you, you get a clear overview.',
        },
      },
    },
    {
      number: 9,
      chapter: 'freedoms',
      title: {
        nl: 'Het recht te huwen en het recht een gezin te stichten',
        en: 'Right to marry and right to found a family',
      },
      url: page(null, '9-right-marry-and-right-found-family'),
      plain: {
        meaning: {
          nl: 'U hebt het recht om te trouwen en een gezin te stichten. Hoe het huwelijk werkt, bijvoorbeeld wie mag trouwen en welke documenten nodig zijn, regelen de wetten van uw land. Die wetten mogen u het recht zelf niet afnemen.',
          en: 'You have the right to marry and to start a family. How marriage works, for example who may marry and which documents are needed, is set by the laws of your country. Those laws may not take away the right itself.',
        },
        example: {
          nl: 'Twee inwoners willen op het stadhuis trouwen; een van hen heeft een andere nationaliteit. De burgerlijke stand legt uit welke documenten ze nodig hebben en legt een datum vast, zonder extra drempels vanwege de herkomst van een van hen.',
          en: 'Two residents want to marry at the town hall; one of them has another nationality. The registry office explains which documents they need and sets a date, without extra hurdles because of where one of them comes from.',
        },
      },
    },
    {
      number: 10,
      chapter: 'freedoms',
      title: {
        nl: 'De vrijheid van gedachte, geweten en godsdienst',
        en: 'Freedom of thought, conscience and religion',
      },
      url: page(null, '10-freedom-thought-conscience-and-religion'),
      plain: {
        meaning: {
          nl: 'U mag zelf weten wat u denkt en gelooft, ook als u niet gelooft, en u mag van geloof of overtuiging veranderen. U mag uw geloof of overtuiging alleen of samen met anderen beleven, thuis of in het openbaar. Beperkingen mogen alleen als de wet ze regelt en ze echt nodig zijn, bijvoorbeeld voor de openbare veiligheid of de rechten van anderen.',
          en: 'You are free to think what you like, to hold a religion or belief or none, and to change it. You may practise your religion or belief alone or with others, in private or in public. Limits are only allowed when the law sets them and they are truly needed, for example for public safety or the rights of others.',
        },
        example: {
          nl: 'Een groep buurtbewoners wil elke week een zaal in het buurthuis huren om samen te bidden. Het buurthuis behandelt hun aanvraag op dezelfde manier als die van een koor of een schaakclub.',
          en: 'A group of neighbours wants to rent a room in the community centre every week to pray together. The centre handles their request in the same way as one from a choir or a chess club.',
        },
      },
    },
    {
      number: 11,
      chapter: 'freedoms',
      title: {
        nl: 'De vrijheid van meningsuiting en van informatie',
        en: 'Freedom of expression and information',
      },
      url: page(null, '11-freedom-expression-and-information'),
      plain: {
        meaning: {
          nl: 'U mag zeggen wat u vindt en informatie en ideeën ontvangen en delen, ook als anderen het er niet mee eens zijn. De media moeten vrij en divers kunnen zijn. Beperkingen mogen alleen als de wet ze regelt, bijvoorbeeld om anderen te beschermen.',
          en: 'You may say what you think and receive and share information and ideas, even when others disagree. The media must be free and varied. Limits are only possible when the law sets them, for example to protect other people.',
        },
        example: {
          nl: 'Tijdens een openbare raadsvergadering geeft een bewoner kritiek op het plan om het buurtzwembad te sluiten. Ze mag haar verhaal afmaken en haar inbreng komt in het verslag.',
          en: 'At a public council meeting, a resident criticises the plan to close the local swimming pool. She is allowed to finish speaking, and her comments go into the minutes.',
        },
      },
    },
    {
      number: 12,
      chapter: 'freedoms',
      title: {
        nl: 'De vrijheid van vergadering en vereniging',
        en: 'Freedom of assembly and of association',
      },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'U mag vreedzaam samenkomen met anderen, bijvoorbeeld bij een demonstratie of een buurtbijeenkomst. U mag ook een vereniging, club of vakbond oprichten of er lid van worden. De overheid mag alleen grenzen stellen als de wet dat toestaat en het echt nodig is.',
          en: 'You may meet peacefully with others, for example at a demonstration or a neighbourhood meeting. You may also set up or join a club, an association or a trade union. The authorities may only set limits when the law allows it and it is truly necessary.',
        },
        example: {
          nl: 'Bewoners willen op het marktplein vreedzaam demonstreren tegen bezuinigingen op het jongerenwerk. De gemeente geeft duidelijke informatie over de regels en helpt zorgen dat de demonstratie veilig kan doorgaan.',
          en: 'Residents want to hold a peaceful protest in the market square against cuts to youth work. The city explains the rules clearly and helps make sure the protest can go ahead safely.',
        },
      },
    },
    {
      number: 13,
      chapter: 'freedoms',
      title: { nl: 'De vrijheid van kunsten en wetenschappen', en: 'Freedom of the arts and sciences' },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Kunstenaars en onderzoekers mogen vrij werken, studeren en publiceren, zonder dat de overheid hun voorschrijft wat ze moeten denken. Universiteiten en hun medewerkers moeten vrij kunnen lesgeven en onderzoek doen. Beperkingen mogen alleen als de wet ze regelt, bijvoorbeeld om de rechten van anderen te beschermen.',
          en: 'Artists and researchers are free to create, study and publish without the authorities telling them what to think. Universities and their staff must be free to teach and do research. Limits are only allowed when the law sets them, for example to protect the rights of others.',
        },
        example: {
          nl: 'Een theater dat subsidie krijgt van de gemeente speelt een voorstelling die de spot drijft met de gemeenteraad. Sommige raadsleden zijn niet blij, maar het theater houdt zijn subsidie: wat een voorstelling zegt, is geen reden om die te schrappen.',
          en: 'A theatre funded by the city puts on a play that makes fun of the city council. Some councillors are unhappy, but the theatre keeps its funding: what a play says is no reason to cut it.',
        },
      },
    },
    {
      number: 14,
      chapter: 'freedoms',
      title: { nl: 'Het recht op onderwijs', en: 'Right to education' },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Iedereen heeft recht op onderwijs en op toegang tot beroepsopleidingen en bijscholing. U moet het verplichte onderwijs gratis kunnen volgen. Ouders mogen binnen de nationale regels kiezen voor onderwijs dat past bij hun godsdienstige, levensbeschouwelijke en opvoedkundige overtuiging.',
          en: 'Everyone has the right to education and to access vocational and continuing training. You must be able to attend compulsory schooling free of charge. Within national rules, parents may choose education that fits their religious, philosophical and teaching beliefs.',
        },
        example: {
          nl: 'Een gezin is net in de stad komen wonen. De gemeente helpt snel een plek te vinden op een basisschool voor hun dochter, zodat ze geen maanden les mist.',
          en: 'A family has just moved to the city. The municipality quickly helps them find a primary school place for their daughter, so she does not miss months of lessons.',
        },
      },
    },
    {
      number: 15,
      chapter: 'freedoms',
      title: {
        nl: 'De vrijheid van beroep en het recht te werken',
        en: 'Freedom to choose an occupation and right to engage in work',
      },
      url: page(null, '15-freedom-choose-occupation-and-right-engage-work'),
      plain: {
        meaning: {
          nl: 'U hebt het recht om te werken en vrij een beroep te kiezen of te aanvaarden. Burgers van de EU mogen in elk EU-land werk zoeken, werken, zich vestigen of diensten verlenen. Mensen van buiten de EU die hier mogen werken, hebben recht op dezelfde arbeidsvoorwaarden als EU-burgers.',
          en: 'You have the right to work and to choose or accept a job freely. EU citizens may look for work, work, set up a business or provide services in any EU country. People from outside the EU who are allowed to work here are entitled to the same working conditions as EU citizens.',
        },
        example: {
          nl: 'Een verpleegkundige uit een ander EU-land komt in de stad wonen. Het werkloket van de gemeente legt uit hoe ze haar diploma kan laten erkennen, zodat ze in het ziekenhuis kan beginnen.',
          en: "A nurse from another EU country moves to the city. The city's work desk explains how she can get her diploma recognised, so she can start at the local hospital.",
        },
      },
    },
    {
      number: 16,
      chapter: 'freedoms',
      title: { nl: 'De vrijheid van ondernemerschap', en: 'Freedom to conduct a business' },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'U mag vrij een bedrijf beginnen en leiden, binnen de regels van het EU-recht en de wetten van uw land. De overheid mag regels stellen, bijvoorbeeld over vergunningen, veiligheid of openingstijden. Die regels moeten duidelijk en eerlijk zijn en gelden voor iedereen in dezelfde situatie.',
          en: 'You are free to start and run a business, within the rules of EU law and the laws of your country. The authorities may set rules, for example on permits, safety or opening hours. These rules must be clear and fair and apply to everyone in the same situation.',
        },
        example: {
          nl: 'Een vrouw wil een bakkerij openen in haar straat. Het ondernemersloket van de gemeente vertelt welke vergunningen ze nodig heeft. Het beslist op tijd over haar aanvraag, met dezelfde regels als voor elke andere winkel.',
          en: 'A woman wants to open a bakery in her street. The city’s business desk tells her which permits she needs. It decides on her application within the legal time limit, using the same rules as for every other shop.',
        },
      },
    },
    {
      number: 17,
      chapter: 'freedoms',
      title: { nl: 'Het recht op eigendom', en: 'Right to property' },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'U hebt het recht om wat u rechtmatig hebt verkregen te bezitten, te gebruiken, te verkopen en na te laten, ook uw ideeën en creatieve werk. Uw eigendom mag u alleen worden afgenomen in het algemeen belang, op de manier die de wet regelt. U krijgt dan op tijd een eerlijke vergoeding.',
          en: 'You have the right to own, use, sell and pass on what you have acquired lawfully, including your ideas and creative work. Your property may only be taken from you in the public interest, in the way the law sets out. You must then receive fair compensation in good time.',
        },
        example: {
          nl: 'De gemeente heeft een strook van een voortuin nodig om een gevaarlijk fietspad te verbreden. Ze probeert eerst tot een afspraak te komen met de eigenaar, legt de wettelijke procedure uit en betaalt op tijd een eerlijke vergoeding.',
          en: 'The city needs a strip of a front garden to widen a dangerous cycle path. It first tries to reach an agreement with the owner, explains the legal procedure and pays fair compensation on time.',
        },
      },
    },
    {
      number: 18,
      chapter: 'freedoms',
      title: { nl: 'Het recht op asiel', en: 'Right to asylum' },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Mensen die vluchten voor vervolging hebben het recht om in de EU asiel aan te vragen. Hun aanvraag moet worden behandeld volgens het Vluchtelingenverdrag van Genève en het EU-recht. Over asiel beslist de nationale overheid, maar een stad kan mensen helpen hun weg te vinden terwijl ze wachten.',
          en: 'People who flee persecution have the right to ask for asylum in the EU. Their request must be handled in line with the Geneva Refugee Convention and EU law. National authorities decide on asylum, but a city can help people find their way while they wait.',
        },
        example: {
          nl: 'Een gezin dat asiel heeft aangevraagd, woont in de stad terwijl op de aanvraag wordt beslist. De gemeente zorgt dat de kinderen naar school kunnen en dat de ouders weten waar ze gratis juridisch advies krijgen.',
          en: 'A family seeking asylum is housed in the city while their request is decided. The city makes sure the children can go to school and the parents know where to find free legal advice.',
        },
      },
    },
    {
      number: 19,
      chapter: 'freedoms',
      title: {
        nl: 'Bescherming bij verwijdering, uitzetting en uitlevering',
        en: 'Protection in the event of removal, expulsion or extradition',
      },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Een groep mensen mag nooit in één keer worden uitgezet; de zaak van iedere persoon moet apart worden bekeken. Niemand mag worden teruggestuurd naar een land waar hij een ernstig risico loopt op de doodstraf, foltering of een andere onmenselijke of vernederende behandeling. Vreest u dat, dan kan een advocaat uw zaak aan de rechter voorleggen.',
          en: 'A group of people may never be expelled all at once; each person’s case must be looked at on its own. No one may be sent to a country where they face a serious risk of the death penalty, torture or other inhuman or degrading treatment. If you fear this, a lawyer can take your case to court.',
        },
        example: {
          nl: 'Een man van wie de asielaanvraag is afgewezen, vreest dat hij wordt gefolterd als hij wordt teruggestuurd. Een rechtshulpcentrum dat de gemeente betaalt, helpt hem nieuw bewijs aan de rechter voor te leggen voordat hij wordt uitgezet.',
          en: 'A man whose asylum request was refused fears he will be tortured if he is sent back. A legal advice centre funded by the city helps him bring new evidence to the court before any removal.',
        },
      },
    },

    // Title III – Equality
    {
      number: 20,
      chapter: 'equality',
      title: { nl: 'Gelijkheid voor de wet', en: 'Equality before the law' },
      url: page('20-gelijkheid-voor-de-wet', null),
      plain: {
        meaning: {
          nl: 'Iedereen is gelijk voor de wet. Voor u gelden dezelfde regels als voor ieder ander. De overheid moet die regels op dezelfde manier toepassen op mensen in dezelfde situatie, wie ze ook zijn en wie ze ook kennen.',
          en: 'Everyone is equal before the law. The same rules apply to you as to anyone else. The authorities must apply them in the same way to people in the same situation, whoever they are and whoever they know.',
        },
        example: {
          nl: 'Twee buren bouwen allebei zonder vergunning een tuinschuur. De gemeente behandelt beide zaken op dezelfde manier, ook al is een van de eigenaren een bekend gemeenteraadslid.',
          en: 'Two neighbours each build a garden shed without a permit. The city handles both cases in the same way, even though one of the owners is a well-known local councillor.',
        },
      },
    },
    {
      number: 21,
      chapter: 'equality',
      title: { nl: 'Non-discriminatie', en: 'Non-discrimination' },
      url: page('21-non-discriminatie', '21-non-discrimination'),
      plain: {
        meaning: {
          nl: 'Niemand mag u slechter behandelen om wie u bent, bijvoorbeeld vanwege uw geslacht, huidskleur, afkomst, geloof, handicap, leeftijd of seksuele gerichtheid. Binnen het bereik van het EU-recht is ook discriminatie vanwege uw nationaliteit verboden. Maakt u discriminatie mee, dan kunt u dat melden.',
          en: 'Nobody may treat you worse because of who you are, for example because of your sex, skin colour, ethnic origin, religion, disability, age or sexual orientation. Within the scope of EU law, discrimination because of your nationality is also forbidden. If you experience discrimination, you can report it.',
        },
        example: {
          nl: 'Twee mensen met hetzelfde inkomen en dezelfde referenties reageren op dezelfde huurwoning. Degene met een buitenlands klinkende naam hoort dat de woning ‘al weg’ is, de ander wordt uitgenodigd voor een bezichtiging.',
          en: 'Two people with the same income and references apply for the same rented flat. The one with a foreign-sounding name is told it is ‘already gone’, while the other is invited to a viewing.',
        },
      },
    },
    {
      number: 22,
      chapter: 'equality',
      title: {
        nl: 'Culturele, godsdienstige en taalkundige verscheidenheid',
        en: 'Cultural, religious and linguistic diversity',
      },
      url: page(null, '22-cultural-religious-and-linguistic-diversity'),
      plain: {
        meaning: {
          nl: 'De EU eerbiedigt de verscheidenheid aan culturen, godsdiensten en talen in Europa. Voor u betekent dit dat uw cultuur, geloof of taal erbij hoort en respect verdient. Uw stad heeft beloofd die verscheidenheid terug te laten zien in hoe ze werkt.',
          en: 'The EU respects the variety of cultures, religions and languages in Europe. For you, this means that your culture, faith or language belongs here and deserves respect. Your city has committed to reflecting this diversity in the way it works.',
        },
        example: {
          nl: 'De openbare bibliotheek heeft boeken en voorleesuurtjes in verschillende talen die in de wijk gesproken worden, zodat elk kind verhalen in zijn eigen thuistaal kan vinden.',
          en: 'The public library offers books and storytelling sessions in several languages spoken in the neighbourhood, so that every child can find stories in their home language.',
        },
      },
    },
    {
      number: 23,
      chapter: 'equality',
      title: { nl: 'Gelijkheid van vrouwen en mannen', en: 'Equality between women and men' },
      url: page(null, '23-equality-between-women-and-men'),
      plain: {
        meaning: {
          nl: 'Vrouwen en mannen moeten op alle gebieden gelijk worden behandeld, ook bij werk en beloning. Extra maatregelen voor het geslacht dat ondervertegenwoordigd is, blijven toegestaan, zoals een programma om meer vrouwen in technische banen te krijgen.',
          en: 'Women and men must be treated equally in all areas, including work and pay. Extra measures for the under-represented sex are still allowed, such as a programme to bring more women into technical jobs.',
        },
        example: {
          nl: 'Een vrouw en een man doen hetzelfde werk bij de groenafdeling van de gemeente. Ze zitten in dezelfde salarisschaal en hebben dezelfde kansen op promotie.',
          en: "A woman and a man do the same job in the city's parks department. They are on the same pay scale and have the same chances of promotion.",
        },
      },
      reportGround: 'sex',
    },
    {
      number: 24,
      chapter: 'equality',
      title: { nl: 'De rechten van het kind', en: 'The rights of the child' },
      url: page('24-de-rechten-van-het-kind', null),
      plain: {
        meaning: {
          nl: 'Kinderen hebben recht op de bescherming en zorg die ze nodig hebben om goed op te groeien. Ze mogen hun mening geven, en volwassenen moeten die serieus nemen, passend bij hun leeftijd en rijpheid. Bij elke beslissing over kinderen, van de overheid of van een organisatie, moet het belang van het kind zwaar wegen.',
          en: 'Children have the right to the protection and care they need to grow up well. They may give their views, and adults must take them seriously in line with the child’s age and maturity. In every decision about children, by public authorities or private organisations, the child’s best interests must weigh heavily.',
        },
        example: {
          nl: 'De gemeente richt een speeltuin opnieuw in. Kinderen van de school in de buurt mogen vertellen wat zij willen, en hun ideeën komen terug in het ontwerp.',
          en: 'The city is redesigning a playground. Children from the local school are asked what they would like, and their ideas end up in the final design.',
        },
      },
      reportGround: 'age',
    },
    {
      number: 25,
      chapter: 'equality',
      title: { nl: 'De rechten van ouderen', en: 'The rights of the elderly' },
      url: page('25-de-rechten-van-ouderen', null),
      plain: {
        meaning: {
          nl: 'Ouderen hebben recht op een waardig en zelfstandig leven. Ze hebben ook recht om mee te doen aan het maatschappelijke en culturele leven. Uw stad heeft beloofd dit mogelijk te maken, bijvoorbeeld met goed bereikbare voorzieningen en activiteiten.',
          en: 'Older people have the right to live with dignity and independence. They also have the right to take part in social and cultural life. Your city has committed to making this possible, for example through services and activities that are easy to reach.',
        },
        example: {
          nl: 'Een vrouw van 82 kan het online formulier voor een zorgvoorziening niet meer invullen. De gemeente biedt ook hulp via de telefoon en aan de balie, zodat ze het toch zelf kan regelen.',
          en: 'An 82-year-old woman can no longer fill in the online form for a care service. The municipality also offers help by phone and at the counter, so she can still arrange it herself.',
        },
      },
      reportGround: 'age',
    },
    {
      number: 26,
      chapter: 'equality',
      title: {
        nl: 'De integratie van personen met een handicap',
        en: 'Integration of persons with disabilities',
      },
      url: page(null, '26-integration-persons-disabilities'),
      plain: {
        meaning: {
          nl: 'Mensen met een handicap hebben recht op maatregelen die hen helpen zelfstandig te leven, te werken en mee te doen in de samenleving. Denk aan toegankelijke gebouwen, informatie en vervoer. Uw stad heeft beloofd drempels weg te nemen die mensen tegenhouden om mee te doen.',
          en: 'People with disabilities have the right to measures that help them live independently, work and take part in the community. Think of accessible buildings, information and transport. Your city has committed to removing the barriers that stop people from taking part.',
        },
        example: {
          nl: 'Iemand in een rolstoel wil een raadsvergadering bijwonen. Het stadhuis heeft een hellingbaan en een lift, en de vergaderstukken zijn ook in een toegankelijke digitale vorm beschikbaar.',
          en: 'A wheelchair user wants to attend a council meeting. The town hall has a ramp and a lift, and the meeting papers are also available in an accessible digital format.',
        },
      },
      reportGround: 'disability',
    },

    // Title IV – Solidarity
    {
      number: 27,
      chapter: 'solidarity',
      title: {
        nl: 'Het recht op informatie en raadpleging van de werknemers binnen de onderneming',
        en: "Workers' right to information and consultation within the undertaking",
      },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Als werknemer hebt u recht op tijdige informatie en overleg over besluiten die uw werk raken, zoals een reorganisatie. Dat kan ook via uw vertegenwoordigers gaan. Hoe dat precies gaat, regelen het EU-recht en de wetten en gewoonten van uw land.',
          en: 'As a worker, you have the right to be informed and consulted in good time about decisions that affect your work, such as a reorganisation. This can also happen through your representatives. The details are set by EU law and the laws and practices of your country.',
        },
        example: {
          nl: 'De gemeente wil de schoonmaak van haar gebouwen uitbesteden aan een particulier bedrijf. Voordat ze beslist, informeert ze de ondernemingsraad en vraagt ze om zijn advies, zodat de schoonmakers op tijd weten wat er verandert.',
          en: 'The city plans to hand the cleaning of its buildings over to a private company. Before it decides, it informs the staff council and asks for its views, so the cleaners know in good time what will change.',
        },
      },
    },
    {
      number: 28,
      chapter: 'solidarity',
      title: {
        nl: 'Het recht op collectieve onderhandelingen en op collectieve actie',
        en: 'Right of collective bargaining and action',
      },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Werknemers en werkgevers, en hun organisaties zoals vakbonden, hebben het recht om samen te onderhandelen en afspraken te maken over loon en arbeidsvoorwaarden. Zijn ze het niet eens, dan mogen werknemers samen actie voeren om hun belangen te verdedigen, ook door te staken. Daarvoor gelden de regels van het EU-recht en het nationale recht.',
          en: 'Workers and employers, and their organisations such as trade unions, have the right to negotiate and agree on pay and working conditions together. When they disagree, workers may take joint action to defend their interests, including a strike. The rules of EU and national law apply.',
        },
        example: {
          nl: 'Buschauffeurs van het vervoerbedrijf van de gemeente staken voor veiligere dienstregelingen. De gemeente informeert reizigers over de hinder en straft de chauffeurs niet omdat ze meedoen.',
          en: 'Bus drivers at the city’s transport company go on strike for safer timetables. The city tells passengers about the disruption and does not punish the drivers for taking part.',
        },
      },
    },
    {
      number: 29,
      chapter: 'solidarity',
      title: {
        nl: 'Het recht op toegang tot arbeidsbemiddeling',
        en: 'Right of access to placement services',
      },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Iedereen heeft recht op een gratis dienst die mensen helpt werk te vinden. U hoeft niet te betalen voor hulp bij het zoeken naar een baan, zoals advies, vacatures of contact met werkgevers.',
          en: 'Everyone has the right to use a free service that helps people find work. You should not have to pay for help with looking for a job, such as advice, job offers or contact with employers.',
        },
        example: {
          nl: 'Een jongeman die zijn eerste baan zoekt, gaat naar het werkloket van de gemeente. Een adviseur helpt hem met zijn cv en brengt hem in contact met werkgevers in de buurt, zonder dat het hem iets kost.',
          en: 'A young man looking for his first job visits the city’s job centre. An adviser helps him write his CV and puts him in touch with local employers, at no cost to him.',
        },
      },
    },
    {
      number: 30,
      chapter: 'solidarity',
      title: {
        nl: 'Bescherming bij kennelijk onredelijk ontslag',
        en: 'Protection in the event of unjustified dismissal',
      },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Iedere werknemer heeft recht op bescherming tegen ontslag zonder goede reden. De details, zoals de opzegtermijn en hoe u een ontslag aanvecht, regelen het EU-recht en het nationale recht.',
          en: 'Every worker has the right to protection against being dismissed without a good reason. The details, such as notice periods and how to challenge a dismissal, are set by EU law and national law.',
        },
        example: {
          nl: 'Een medewerker van een sportcentrum van de gemeente hoort dat hij zijn baan kan verliezen. Zijn leidinggevende geeft hem de redenen op papier en laat hem reageren, en zijn vakbond legt uit hoe hij het besluit kan aanvechten.',
          en: 'A worker at a city sports centre is told he may lose his job. His manager gives him the reasons in writing and lets him respond, and his union explains how he can challenge the decision.',
        },
      },
    },
    {
      number: 31,
      chapter: 'solidarity',
      title: {
        nl: 'Rechtvaardige en billijke arbeidsomstandigheden en -voorwaarden',
        en: 'Fair and just working conditions',
      },
      url: page(
        '31-rechtvaardige-en-billijke-arbeidsomstandigheden-en-voorwaarden',
        '31-fair-and-just-working-conditions',
      ),
      plain: {
        meaning: {
          nl: 'Iedere werknemer heeft recht op werk dat zijn of haar gezondheid, veiligheid en waardigheid beschermt. U hebt ook recht op een grens aan het aantal werkuren, op dagelijkse en wekelijkse rust en op betaalde vakantie.',
          en: 'Every worker has the right to working conditions that protect their health, safety and dignity. You also have the right to a limit on your working hours, to daily and weekly rest and to paid annual leave.',
        },
        example: {
          nl: 'Straatvegers die voor de gemeente werken, krijgen goede beschermende kleding, vaste pauzes en kortere diensten tijdens een hittegolf.',
          en: 'Street cleaners working for the city get proper protective clothing, regular breaks and shorter shifts during a heatwave.',
        },
      },
    },
    {
      number: 32,
      chapter: 'solidarity',
      title: {
        nl: 'Verbod van kinderarbeid en bescherming van jongeren op het werk',
        en: 'Prohibition of child labour and protection of young people at work',
      },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Kinderen mogen niet aan het werk worden gezet. Jongeren mogen pas gaan werken als ze de leeftijd hebben bereikt waarop de leerplicht eindigt, op wat licht werk na. Jonge werknemers moeten werk doen dat bij hun leeftijd past. Ze worden beschermd tegen werk dat schadelijk is voor hun gezondheid, veiligheid, ontwikkeling of opleiding.',
          en: 'Children may not be put to work. Young people may only start working once they have reached the age at which compulsory schooling ends, apart from some light work. Young workers must have conditions that suit their age. They are protected from work that harms their health, safety, development or education.',
        },
        example: {
          nl: 'Een meisje van 14 wil een vakantiebaantje op het zomerfestival van de stad. Ze mag alleen licht werk doen, een paar uur per dag en nooit ’s avonds. De organisatie spreekt dit af met haar ouders.',
          en: 'A 14-year-old girl wants a holiday job at the city’s summer festival. She may only do light tasks, for a few hours a day and never in the evening. The organisers agree this with her parents.',
        },
      },
    },
    {
      number: 33,
      chapter: 'solidarity',
      title: { nl: 'Beroeps- en gezinsleven', en: 'Family and professional life' },
      url: page(null, '33-family-and-professional-life'),
      plain: {
        meaning: {
          nl: 'Het gezin wordt door de wet, economisch en sociaal beschermd. Om werk en gezin te kunnen combineren, mag u niet worden ontslagen om een reden die met moederschap te maken heeft. U hebt ook recht op betaald zwangerschapsverlof en op ouderschapsverlof na de geboorte of adoptie van een kind.',
          en: 'The family is protected by law, economically and socially. So that you can combine work and family, you may not be dismissed for a reason connected with maternity. You also have the right to paid maternity leave and to parental leave after the birth or adoption of a child.',
        },
        example: {
          nl: 'Een medewerker van de bibliotheek vertelt haar leidinggevende dat ze zwanger is. Haar contract wordt gewoon verlengd, en samen plannen ze haar verlof en haar terugkeer naar het werk.',
          en: 'A library employee tells her manager she is pregnant. Her contract is extended as planned, and together they plan her leave and her return to work.',
        },
      },
    },
    {
      number: 34,
      chapter: 'solidarity',
      title: { nl: 'Sociale zekerheid en sociale bijstand', en: 'Social security and social assistance' },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'De EU erkent uw recht op sociale zekerheid en sociale diensten als u bescherming nodig hebt, bijvoorbeeld bij zwangerschap, ziekte, een ongeval op het werk, ouderdom of verlies van uw baan. Om armoede en uitsluiting te bestrijden, erkent ze ook het recht op bijstand en hulp bij huisvesting, zodat iedereen zonder genoeg geld waardig kan leven. Hoe dat precies werkt, hangt af van de regels van de EU en van uw land.',
          en: 'The EU recognises your right to social security and social services when you need protection, for example in pregnancy, illness, an accident at work, old age or when you lose your job. To fight poverty and exclusion, it also recognises the right to social and housing assistance, so that everyone without enough money can live a decent life. How this works in practice depends on EU rules and the rules of your country.',
        },
        example: {
          nl: 'Een vader van twee kinderen verliest zijn baan en kan de huur niet meer betalen. Bij het sociaal loket van de gemeente krijgt hij hulp bij het aanvragen van een uitkering en huurondersteuning.',
          en: "A father of two loses his job and can no longer pay the rent. At the municipality's social services desk he gets help applying for income support and help with housing costs.",
        },
      },
    },
    {
      number: 35,
      chapter: 'solidarity',
      title: { nl: 'Gezondheidszorg', en: 'Health care' },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'U hebt recht op toegang tot preventieve zorg en op medische behandeling, onder de voorwaarden die uw land daarvoor stelt. De EU moet in al haar beleid zorgen voor een hoog niveau van bescherming van de gezondheid. Uw stad heeft beloofd ook bij haar eigen besluiten rekening te houden met de gezondheid van inwoners.',
          en: 'You have the right to access preventive health care and to receive medical treatment, under the conditions set by your country. The EU must ensure a high level of health protection in all its policies. Your city has committed to keeping residents’ health in mind in its own decisions too.',
        },
        example: {
          nl: 'De gemeentelijke gezondheidsdienst houdt gratis vaccinatiespreekuren in een buurtcentrum, zonder afspraak en met informatie in meerdere talen.',
          en: 'The municipal health service runs free vaccination sessions in a neighbourhood centre, with no appointment needed and information in several languages.',
        },
      },
    },
    {
      number: 36,
      chapter: 'solidarity',
      title: {
        nl: 'Toegang tot diensten van algemeen economisch belang',
        en: 'Access to services of general economic interest',
      },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'De EU respecteert uw toegang tot diensten die iedereen nodig heeft, zoals water, energie, openbaar vervoer en post, op de manier die de nationale wetten regelen. Zo blijven mensen en gebieden in heel Europa niet achter.',
          en: 'The EU respects your access to services that everyone needs, such as water, energy, public transport and post, as national laws arrange it. This helps make sure that people and places across Europe are not left behind.',
        },
        example: {
          nl: 'Een gezin loopt achter met het betalen van de waterrekening. Voordat het water wordt afgesloten, waarschuwt het waterbedrijf het schuldhulpteam van de gemeente. Dat team spreekt met het gezin een betalingsregeling af.',
          en: 'A family falls behind with their water bill. Before the water is cut off, the water company tells the city’s debt advice team. The team contacts the family to agree a payment plan.',
        },
      },
    },
    {
      number: 37,
      chapter: 'solidarity',
      title: { nl: 'Milieubescherming', en: 'Environmental protection' },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Een hoog niveau van milieubescherming en een beter milieu moeten deel uitmaken van het beleid van de EU, in lijn met duurzame ontwikkeling. Voor u betekent dit dat schone lucht, schoon water en groen meetellen bij besluiten. Uw stad heeft beloofd ook bij haar eigen keuzes rekening te houden met het milieu.',
          en: 'A high level of environmental protection and a better environment must be part of EU policies, in line with sustainable development. For you, this means that clean air, clean water and green spaces count when decisions are made. Your city has committed to taking the environment into account in its own choices too.',
        },
        example: {
          nl: 'Voordat de gemeenteraad instemt met een nieuwe parkeergarage, kijkt hij naar de gevolgen voor de luchtkwaliteit en voor de bomen in het park ernaast. Bewoners kunnen vooraf hun mening geven.',
          en: 'Before the city council approves a new car park, it looks at the effect on air quality and on the trees in the park next door. Residents can give their views beforehand.',
        },
      },
    },
    {
      number: 38,
      chapter: 'solidarity',
      title: { nl: 'Consumentenbescherming', en: 'Consumer protection' },
      url: page(null, '38-consumer-protection'),
      plain: {
        meaning: {
          nl: 'Het beleid van de EU moet consumenten goed beschermen. Voor u betekent dit onder meer duidelijke informatie voordat u iets koopt en veilige producten. Blijkt iets wat u hebt gekocht kapot te zijn, dan hebt u recht op reparatie of vervanging.',
          en: 'EU policies must give consumers a high level of protection. For you, this means clear information before you buy and safe products. If something you bought turns out to be faulty, you have the right to have it repaired or replaced.',
        },
        example: {
          nl: 'De nieuwe wasmachine van een bewoonster gaat na een maand kapot, en de winkel weigert hem te repareren. Het adviesloket van de gemeente legt uit welke rechten ze heeft door de wettelijke garantie. Ook helpt het haar een brief aan de winkel te schrijven.',
          en: 'A resident’s new washing machine breaks down after a month, and the shop refuses to repair it. The city’s advice desk explains her rights under the legal guarantee and helps her write to the shop.',
        },
      },
    },

    // Title V – Citizens' rights
    {
      number: 39,
      chapter: 'citizens-rights',
      title: {
        nl: 'Recht om te kiezen en verkiesbaar te zijn bij de verkiezingen voor het Europees Parlement',
        en: 'Right to vote and to stand as a candidate at elections to the European Parliament',
      },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Bent u burger van een EU-land en woont u in een ander EU-land, dan mag u daar stemmen bij de verkiezingen voor het Europees Parlement. U mag zich er ook verkiesbaar stellen, onder dezelfde voorwaarden als de eigen burgers van dat land. Om in uw stad te stemmen, moet u zich soms eerst laten registreren: vraag het op tijd na bij de afdeling verkiezingen van uw gemeente.',
          en: 'If you are an EU citizen living in another EU country, you may vote in European Parliament elections where you live. You may also stand as a candidate there, on the same terms as that country’s own citizens. To vote in your city, you may first need to register: ask your city’s elections office in good time.',
        },
        example: {
          nl: 'Een Poolse vrouw die in de stad woont, wil bij de Europese verkiezingen hier stemmen in plaats van in Polen. Ze meldt zich op tijd bij de afdeling verkiezingen van de gemeente en krijgt haar stempas per post.',
          en: 'A Polish woman who lives in the city wants to vote in the European elections here rather than in Poland. She registers with the city’s elections office before the deadline and receives her polling card by post.',
        },
      },
    },
    {
      number: 40,
      chapter: 'citizens-rights',
      title: {
        nl: 'Recht om te kiezen en verkiesbaar te zijn bij gemeenteraadsverkiezingen',
        en: 'Right to vote and to stand as a candidate at municipal elections',
      },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Bent u burger van een EU-land en woont u in een stad in een ander EU-land, dan mag u daar stemmen bij de gemeenteraadsverkiezingen. U mag zich ook verkiesbaar stellen, onder dezelfde voorwaarden als de eigen burgers van dat land. De afdeling verkiezingen van uw gemeente kan u vertellen of u zich moet laten registreren.',
          en: 'If you are an EU citizen living in a city in another EU country, you may vote in that city’s municipal elections. You may also stand as a candidate, on the same terms as that country’s own citizens. Your city’s elections office can tell you whether you need to register.',
        },
        example: {
          nl: 'Een Spaanse man woont al twee jaar in de stad. Net als zijn buren krijgt hij een stempas voor de gemeenteraadsverkiezingen. Hij besluit zich ook kandidaat te stellen voor een lokale partij.',
          en: 'A Spanish man has lived in the city for two years. Just like his neighbours, he gets a polling card for the municipal elections. He also decides to stand as a candidate for a local party.',
        },
      },
    },
    {
      number: 41,
      chapter: 'citizens-rights',
      title: { nl: 'Recht op behoorlijk bestuur', en: 'Right to good administration' },
      url: page('41-recht-op-behoorlijk-bestuur', '41-right-good-administration'),
      plain: {
        meaning: {
          nl: 'Uw zaken moeten onpartijdig, eerlijk en binnen een redelijke termijn worden behandeld. U hebt recht om gehoord te worden voordat er een besluit valt dat nadelig voor u is, om uw eigen dossier in te zien en om te horen waarom een besluit is genomen. In het Handvest geldt dit voor de instellingen van de EU, maar uw stad heeft beloofd op dezelfde manier behoorlijk te besturen.',
          en: 'Your affairs must be handled impartially, fairly and within a reasonable time. You have the right to be heard before a decision that affects you badly, to see your own file and to be told the reasons for a decision. In the Charter this applies to the EU institutions, but your city has committed to the same standards of good administration.',
        },
        example: {
          nl: 'De gemeente wil de vergunning voor het terras van een café intrekken. Eerst mag de eigenaar zijn kant van het verhaal vertellen en zijn dossier inzien; daarna krijgt hij een besluit met duidelijke redenen.',
          en: 'The city plans to withdraw the permit for a café’s outdoor terrace. First the owner can give his side of the story and see his file; then he receives a decision with clear reasons.',
        },
      },
    },
    {
      number: 42,
      chapter: 'citizens-rights',
      title: { nl: 'Recht op toegang tot documenten', en: 'Right of access to documents' },
      url: { nl: NL_CHARTER, en: EN_CHARTER },
      plain: {
        meaning: {
          nl: 'U hebt recht op toegang tot documenten van de instellingen, organen en instanties van de EU, in welke vorm ze ook zijn. Zo kunt u nagaan wat de overheid doet. Uw stad heeft beloofd ook open te zijn over haar eigen documenten, binnen de regels van uw land.',
          en: 'You have the right to see documents of the EU institutions, bodies, offices and agencies, whatever form they are in. This lets you check what public authorities do. Your city has committed to being open about its own documents too, within the rules of your country.',
        },
        example: {
          nl: 'Een bewoner wil weten waarom een buslijn door haar wijk is geschrapt. Ze vraagt de gemeente om de stukken waarop het besluit is gebaseerd en krijgt die binnen de wettelijke termijn.',
          en: 'A resident wants to know why a bus route through her neighbourhood was cut. She asks the city for the documents behind the decision and receives them within the legal deadline.',
        },
      },
    },
    {
      number: 43,
      chapter: 'citizens-rights',
      title: { nl: 'Europese Ombudsman', en: 'European Ombudsman' },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Als een instelling, orgaan of instantie van de EU fouten maakt in hoe ze werkt, kunt u een klacht indienen bij de Europese Ombudsman. Dat kost niets. Voor problemen met uw gemeente kunt u meestal terecht bij een lokale of nationale ombudsman.',
          en: 'If an EU institution, body, office or agency gets things wrong in the way it works, you can complain to the European Ombudsman. It costs nothing. For problems with your city, you can usually turn to a local or national ombudsperson.',
        },
        example: {
          nl: 'Een buurtvereniging heeft bij een EU-agentschap subsidie aangevraagd voor een wijkproject, maar krijgt maandenlang geen antwoord. Nadat ze eerst zelf contact heeft gezocht, dient ze een klacht in bij de Europese Ombudsman.',
          en: 'A neighbourhood association applied to an EU agency for a grant for a local project but has had no answer for months. After contacting the agency itself first, it complains to the European Ombudsman.',
        },
      },
    },
    {
      number: 44,
      chapter: 'citizens-rights',
      title: { nl: 'Recht van petitie', en: 'Right to petition' },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'EU-burgers, mensen die in de EU wonen en organisaties die er gevestigd zijn, mogen een verzoekschrift indienen bij het Europees Parlement. Het moet gaan over een zaak waar de EU over gaat en die hen raakt. U kunt het online indienen op de petitiewebsite van het Parlement. Voor zaken waarover uw gemeente beslist, kunt u meestal terecht bij de gemeenteraad.',
          en: 'EU citizens, people who live in the EU and organisations based there may send a petition to the European Parliament. It must be about a matter the EU deals with that affects them. You can send it online on the Parliament’s petitions website. For matters your city decides, you can usually turn to your city council.',
        },
        example: {
          nl: 'Bewoners vrezen dat een weg die met EU-geld wordt aangelegd dwars door een natuurgebied aan de rand van de stad gaat. Samen dienen ze via de website van het Europees Parlement een verzoekschrift in.',
          en: 'Residents fear that a road built with EU money will cut through a nature area on the edge of the city. Together they send a petition to the European Parliament through its website.',
        },
      },
    },
    {
      number: 45,
      chapter: 'citizens-rights',
      title: { nl: 'Vrijheid van verkeer en van verblijf', en: 'Freedom of movement and of residence' },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Als EU-burger mag u in elk EU-land gaan wonen en verblijven, onder de voorwaarden van het EU-recht. Blijft u langer dan drie maanden, dan moet u zich soms inschrijven waar u woont. Mensen van buiten de EU die hier legaal wonen, kunnen deze vrijheid ook krijgen.',
          en: 'As an EU citizen, you may move to and live in any EU country, under the conditions set by EU law. If you stay longer than three months, you may have to register where you live. People from outside the EU who live here legally can be given this freedom too.',
        },
        example: {
          nl: 'Een Kroatisch stel komt voor werk in de stad wonen. Op het stadhuis schrijven ze zich in op hun adres en krijgen ze een bewijs van inschrijving. Niemand vraagt hun om papieren die de wet niet eist.',
          en: 'A Croatian couple moves to the city for work. At the town hall they register their address and get proof of registration. No one asks them for papers that the law does not require.',
        },
      },
    },
    {
      number: 46,
      chapter: 'citizens-rights',
      title: { nl: 'Diplomatieke en consulaire bescherming', en: 'Diplomatic and consular protection' },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Soms komen EU-burgers in de problemen buiten de EU, in een land waar hun eigen land geen ambassade of consulaat heeft. Overkomt u dat, dan kunt u naar de ambassade of het consulaat van elk ander EU-land gaan. Dat moet u helpen onder dezelfde voorwaarden als zijn eigen burgers.',
          en: 'Sometimes EU citizens get into trouble outside the EU, in a country where their own country has no embassy or consulate. If that happens to you, you can go to the embassy or consulate of any other EU country. It must help you on the same terms as its own citizens.',
        },
        example: {
          nl: 'Een inwoonster op vakantie buiten de EU raakt haar paspoort kwijt in een land waar haar eigen land geen ambassade heeft. Ze gaat naar de ambassade van een ander EU-land, die haar een noodreisdocument geeft om naar huis te kunnen.',
          en: 'A resident on holiday outside the EU loses her passport in a country where her own country has no embassy. She goes to the embassy of another EU country, which gives her an emergency travel document to get home.',
        },
      },
    },

    // Title VI – Justice
    {
      number: 47,
      chapter: 'justice',
      title: {
        nl: 'Recht op een doeltreffende voorziening in rechte en op een onpartijdig gerecht',
        en: 'Right to an effective remedy and to a fair trial',
      },
      url: page(
        '47-recht-op-een-doeltreffende-voorziening-rechte-en-op-een-onpartijdig-gerecht',
        '47-right-effective-remedy-and-fair-trial',
      ),
      plain: {
        meaning: {
          nl: 'Als uw rechten onder het EU-recht worden geschonden, moet u naar de rechter kunnen stappen en een echte oplossing kunnen krijgen. U hebt recht op een eerlijke en openbare behandeling binnen een redelijke termijn, door een onafhankelijke en onpartijdige rechter, en u mag zich laten adviseren en vertegenwoordigen. Hebt u daar niet genoeg geld voor, dan moet er rechtsbijstand zijn als u die nodig hebt om uw recht te halen.',
          en: 'If your rights under EU law are violated, you must be able to go to court and get a real solution. You have the right to a fair and public hearing within a reasonable time by an independent and impartial court, and to be advised and represented. If you cannot afford this, legal aid must be available where it is needed for real access to justice.',
        },
        example: {
          nl: 'Een bewoner is het niet eens met het besluit van de gemeente om haar een uitkering te weigeren. In de brief staat hoe ze bezwaar en beroep kan instellen, en bij het juridisch loket krijgt ze gratis advies.',
          en: "A resident disagrees with the city's decision to refuse her a benefit. The letter explains how she can object and appeal, and she gets free advice at the legal aid desk.",
        },
      },
    },
    {
      number: 48,
      chapter: 'justice',
      title: {
        nl: 'Vermoeden van onschuld en rechten van de verdediging',
        en: 'Presumption of innocence and right of defence',
      },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Wordt u verdacht van een strafbaar feit, dan bent u onschuldig tot een rechter u volgens de wet schuldig heeft verklaard. U hebt het recht om u te verdedigen: te weten waarvan u wordt beschuldigd, het bewijs in te zien en een advocaat te hebben.',
          en: 'If you are accused of a crime, you are innocent until a court has found you guilty according to the law. You have the right to defend yourself: to know what you are accused of, to see the evidence and to have a lawyer.',
        },
        example: {
          nl: 'Een bewoner wordt na een vechtpartij op een straatfeest aangehouden. Hij hoort waarvan hij wordt verdacht en kan met een advocaat praten, en in het persbericht van de gemeente wordt hij niet schuldig genoemd.',
          en: 'A resident is arrested after a fight at a street festival. He is told what he is suspected of and can talk to a lawyer, and the city’s press statement does not call him guilty.',
        },
      },
    },
    {
      number: 49,
      chapter: 'justice',
      title: {
        nl: 'Legaliteitsbeginsel en evenredigheidsbeginsel inzake delicten en straffen',
        en: 'Principles of legality and proportionality of criminal offences and penalties',
      },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'U mag alleen worden gestraft voor iets wat strafbaar was volgens de wet op het moment dat u het deed. De straf mag niet zwaarder zijn dan de wet toen toestond. Stelt de wet later een lichtere straf vast, dan geldt die. Een straf moet ook in verhouding staan tot het vergrijp.',
          en: 'You can only be punished for an act that was an offence under the law when you did it. The penalty may not be heavier than the law allowed then. If the law later sets a lighter penalty, that one applies. A penalty must also be in proportion to the offence.',
        },
        example: {
          nl: 'De gemeente verbiedt vanaf 1 juni het parkeren van e-steps op de stoep. Een bewoonster die haar step daar in mei liet staan, kan voor die nieuwe regel geen boete krijgen. Boetes voor latere gevallen moeten passen bij hoe ernstig ze zijn.',
          en: 'The city bans parking e-scooters on pavements from 1 June. A resident who left her scooter there in May cannot be fined under the new rule. Fines for later cases must fit how serious they are.',
        },
      },
    },
    {
      number: 50,
      chapter: 'justice',
      title: {
        nl: 'Recht om niet tweemaal in een strafrechtelijke procedure voor hetzelfde delict te worden berecht of gestraft',
        en: 'Right not to be tried or punished twice in criminal proceedings for the same criminal offence',
      },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Bent u ergens in de EU definitief vrijgesproken of veroordeeld voor een strafbaar feit, dan mag u niet opnieuw worden berecht of gestraft voor hetzelfde feit. Zo hoeft u niet steeds opnieuw voor dezelfde zaak terecht te staan.',
          en: 'Once you have been finally acquitted or convicted of a crime anywhere in the EU, you cannot be tried or punished for it again. This protects you from having to face the same case over and over.',
        },
        example: {
          nl: 'Een winkelier kreeg in een strafzaak een boete voor de verkoop van vuurwerk zonder vergunning, en hij heeft betaald. De officier van justitie kan hem later niet opnieuw vervolgen voor dezelfde verkoop.',
          en: 'A shop owner was fined in a criminal case for selling fireworks without a permit, and he paid. The public prosecutor cannot later bring a new criminal case against him for the same sale.',
        },
      },
    },

    // Title VII – General provisions
    {
      number: 51,
      chapter: 'general-provisions',
      title: { nl: 'Toepassingsgebied', en: 'Field of application' },
      url: page('51-toepassingsgebied', null),
      plain: {
        meaning: {
          nl: 'Het Handvest geldt voor de EU zelf. Het geldt ook voor nationale, regionale en lokale overheden, ook uw gemeente, als zij EU-recht uitvoeren. Denk aan gegevensbescherming, aanbestedingen en projecten met EU-geld. Schendt uw gemeente daarbij volgens u een recht uit het Handvest, dan kunt u klagen bij de gemeente of naar een ombudsman of de rechter stappen.',
          en: 'The Charter binds the EU itself. It also binds national, regional and local authorities, your city included, when they carry out EU law. Examples are data protection, public tenders and projects paid for with EU money. If you think your city has broken a Charter right there, you can complain to the city, an ombudsperson or a court.',
        },
        example: {
          nl: 'De gemeente knapt sociale huurwoningen op met EU-geld. Omdat ze daarbij EU-regels uitvoert, moet ze het Handvest respecteren, bijvoorbeeld door de huurders van de nieuwe woningen zonder discriminatie te kiezen.',
          en: 'The city uses EU money to renovate social housing. Because it is carrying out EU rules, it must respect the Charter, for example by choosing tenants for the new homes without discrimination.',
        },
      },
    },
    {
      number: 52,
      chapter: 'general-provisions',
      title: {
        nl: 'Reikwijdte en uitlegging van de rechten en beginselen',
        en: 'Scope and interpretation of rights and principles',
      },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Uw rechten uit het Handvest mogen alleen worden beperkt als een wet dat regelt, en de kern van het recht moet blijven. Een beperking moet nodig zijn en in verhouding staan, voor het algemeen belang of om anderen te beschermen. Een recht dat ook in het Europees Verdrag voor de Rechten van de Mens staat, betekent minstens hetzelfde.',
          en: 'Your Charter rights may only be limited when a law provides for it, and the core of the right must remain. A limit must be necessary and in proportion, for the general interest or to protect others. A right that is also in the European Convention on Human Rights means at least the same.',
        },
        example: {
          nl: 'Bij een groot evenement dreigt gevaarlijk gedrang. De gemeente verbiedt daarom een weekend lang samenkomsten op één plein. Het verbod steunt op de wet, wordt bekendgemaakt, duurt niet langer dan nodig en noemt een andere plek om samen te komen.',
          en: 'A big event brings a serious risk of crowd crushes. The city therefore bans gatherings in one square for a weekend. The ban is based on the law, is made public, lasts no longer than needed and names another place to meet.',
        },
      },
    },
    {
      number: 53,
      chapter: 'general-provisions',
      title: { nl: 'Beschermingsniveau', en: 'Level of protection' },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Het Handvest voegt rechten toe en mag nooit worden gebruikt om u rechten af te nemen. Ook de grondwet van uw land, het Europees Verdrag voor de Rechten van de Mens en andere internationale verdragen geven u rechten. Die blijven gewoon naast het Handvest gelden.',
          en: 'The Charter adds to your rights and can never be used to take any away. Your country’s constitution, the European Convention on Human Rights and other international treaties also give you rights. Those rights continue to apply alongside the Charter.',
        },
        example: {
          nl: 'Een nationale wet beschermt de privacy van huurders strenger dan de EU-regels. Als de gemeente huurwoningen controleert, houdt ze zich aan de strengere nationale regel; het Handvest is geen reden om die bescherming te verlagen.',
          en: 'A national law protects tenants’ privacy more strictly than EU rules do. When the city inspects rented homes, it keeps to the stricter national rule; the Charter is no reason to lower that protection.',
        },
      },
    },
    {
      number: 54,
      chapter: 'general-provisions',
      title: { nl: 'Verbod van misbruik van recht', en: 'Prohibition of abuse of rights' },
      url: page(null, null),
      plain: {
        meaning: {
          nl: 'Niemand mag de rechten uit het Handvest gebruiken om de rechten en vrijheden van anderen te vernietigen of in te perken. De vrijheid van meningsuiting of van vergadering kan bijvoorbeeld geen dekmantel zijn voor activiteiten die erop gericht zijn anderen hun rechten af te nemen.',
          en: 'No one may use the rights in the Charter to destroy or cut back the rights and freedoms of others. Freedom of speech or of assembly, for example, cannot be used as a shield for activities aimed at taking other people’s rights away.',
        },
        example: {
          nl: 'Een groep wil een optocht houden door een wijk, met het openlijke doel om bewoners van één geloof weg te jagen. De gemeente weigert, en de groep kan zich niet op de vrijheid van vergadering beroepen om de optocht toch door te laten gaan.',
          en: 'A group wants to march through a neighbourhood with the open aim of driving out residents of one religion. The city refuses, and the group cannot rely on freedom of assembly to force the march to go ahead.',
        },
      },
    },
  ],
};
