// English word lists of the speaker reader, as data: what may stand before a
// name as its title, which nouns name a role, which words tell a person's
// gender. One module per language (the shape of chrono's locales/): the rules
// that read names and roles take these lists, so French and German can follow
// with lists of their own.

/** Courtesy titles: dropped from the name, never a role on their own ("Mr. Biden" is Biden). */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev', 'sir', 'dame']);

/**
 * Titles written before a name, abbreviated or not ("Rep. Steny H. Hoyer", "Capt. James Sarnicki",
 * "First Lady Michelle Obama", "President-elect Donald Trump"): dropped from the name, kept as the role.
 */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  ('president president-elect vice sen senator rep representative congressman congresswoman gov governor ' +
    'mayor judge justice gen general lt lieutenant col colonel maj major capt captain sgt sergeant cmdr commander adm admiral ' +
    'cpl corporal pvt private det detective insp inspector supt superintendent asst assistant deputy acting chief ' +
    'secretary minister prime ambassador attorney speaker chairman chairwoman chair director commissioner sheriff ' +
    'councilman councilwoman chancellor pope king queen prince princess lady first father sister brother bishop rabbi imam ' +
    'reverend professor officer trooper agent leader candidate nominee spokesman spokeswoman spokesperson former state ' +
    'majority minority house senate executive press ceo cfo coo founder')
    .split(' '),
);

/** Words of NAME_TITLES that qualify a title and are no role alone: "First Lady", "former Sen.", "Vice President". */
export const TITLE_QUALIFIERS: ReadonlySet<string> = new Set(['first', 'former', 'vice', 'acting', 'majority', 'minority', 'state', 'house', 'senate']);

/**
 * Offices one person holds at a time, so that "the president-elect" in a story about Donald Trump that never
 * writes "President-elect Donald Trump" is still Trump: the article's main subject takes the title when no
 * one else is given it (coreference.ts, titleOfSubject). Not "the official", "the spokesman" or "the
 * director", of which a story may hold several.
 */
export const SINGLE_OFFICES: ReadonlySet<string> = new Set(
  ('president president-elect vice-president governor governor-elect mayor mayor-elect senator congressman congresswoman ' +
    'candidate nominee chancellor premier pope king queen').split(' '),
);

/**
 * Nouns that name what a person is or does: the head a role must have ("deputy director of the National
 * Center…", "a transportation expert", "SDSU’s director of athletics"), or a title before a name must end
 * with ("realtor Shaun Ghulam", "Morton County sheriff Kyle Kirchmeier", "billionaire Elon Musk").
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  ('president president-elect vice-president chairman chairwoman chair chairperson director manager executive ceo cfo coo cto founder co-founder owner ' +
    'partner head chief leader member secretary minister ambassador senator representative congressman congresswoman governor mayor ' +
    'councilman councilwoman commissioner judge justice attorney lawyer prosecutor counsel sheriff officer trooper police detective agent ' +
    'captain lieutenant sergeant general colonel commander admiral soldier spokesman spokeswoman spokesperson aide adviser advisor ' +
    'strategist analyst expert economist scientist researcher scholar professor lecturer teacher student historian author writer ' +
    'journalist reporter editor columnist correspondent anchor host producer consultant operative official staffer employee worker ' +
    'cleaner janitor nurse doctor physician surgeon pastor priest rabbi imam bishop pope king queen prince princess lady activist organizer ' +
    'protester volunteer resident neighbor citizen voter supporter critic donor delegate candidate nominee veteran superintendent supt ' +
    'principal coach player athlete fellow economist realtor broker banker trader investor entrepreneur billionaire millionaire ' +
    'businessman businesswoman farmer engineer designer architect artist actor actress singer musician terrorist suspect victim witness ' +
    'survivor friend relative father mother son daughter husband wife brother sister uncle aunt cousin grandfather grandmother ' +
    'insider democrat republican source politician legislator lawmaker diplomat militant rebel fighter negotiator regulator observer commentator pundit campaigner demonstrator attendee participant customer tenant landlord homeowner commuter driver passenger pilot associate authority colleague ally representative planner administrator treasurer clerk inspector investigator pollster lobbyist speaker whip')
    .split(' '),
);

/** Words that say a person is a woman or a man, in a title, a role or a description. */
export const FEMININE_WORDS: ReadonlySet<string> = new Set(
  'mrs ms miss lady woman women spokeswoman chairwoman congresswoman councilwoman businesswoman actress queen princess mother wife daughter sister aunt grandmother girl'.split(' '),
);
export const MASCULINE_WORDS: ReadonlySet<string> = new Set(
  'mr man men spokesman chairman congressman councilman businessman actor king prince father husband son brother uncle grandfather boy'.split(' '),
);

export const PRONOUN_GENDER: Readonly<Record<string, 'feminine' | 'masculine'>> = { she: 'feminine', her: 'feminine', hers: 'feminine', he: 'masculine', his: 'masculine', him: 'masculine' };

/** Words that open a speaker phrase without belonging to it ("Though Trump said", "Initial reports said"). */
export const NOT_SPEAKER_START: ReadonlySet<string> = new Set(
  ('though although while whereas whether because since unless if when once initial early late recent earlier later such ' +
    'enter was were had has is are for about other accordingly thankfully fortunately unfortunately luckily sadly ' +
    'hopefully apparently clearly obviously highest biggest')
    .split(' '),
);

/** Speakers that are no one in particular: a quantifier or a pronoun standing alone ("Those", "another", "others"). */
export const EMPTY_SPEAKERS: ReadonlySet<string> = new Set(
  'he she it they we i you him her them us one another others other those these this that some many few most all both each either neither someone anyone everyone somebody anybody nobody none'.split(' '),
);

/** Nouns for institutions that speak as one ("The central bank continued to describe…", "the ministry said"). */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set(
  'bank fed council court union company firm ministry department agency government party board network newspaper paper office commission committee campaign administration embassy police military army navy'.split(' '),
);

/** Nouns for writings that can say something ("The report acknowledges", "the email began"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  'report reports statement statements email emails letter letters memo memos study studies survey surveys poll polls release filing complaint lawsuit ruling order document documents solicitation analysis records tweet website indictment affidavit proposal notice message announcement review audit'.split(
    ' ',
  ),
);

/** Capitalised words that open a sentence and never start a name ("Yesterday Smith said", "But Jones"). */
export const NOT_NAME_START: ReadonlySet<string> = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Yet', 'Still', 'So', 'Now',
  'Then', 'Rival', 'Former', 'Both', 'Even', 'Only', 'Just', 'Why', 'What', 'How', 'The', 'A', 'An', 'But', 'And',
  'When', 'While', 'After', 'Before', 'In', 'On', 'At', 'As', 'If', 'Asked', 'Later', 'Earlier', 'Also', 'However',
  'Meanwhile', 'This', 'That', 'It', 'He', 'She', 'They', 'We', 'I', 'His', 'Her', 'Their', 'Its', 'Our', 'There',
  'Here', 'Neither', 'Either', 'Each', 'Every', 'Name', 'Consider', 'Please', 'Rather', 'Quite', 'Upon', 'More',
  'Example', 'Or', 'Note', 'Let', 'Imagine', 'Remember', 'Suppose', 'Perhaps', 'Maybe', 'Sometimes', 'Often',
  'Outside', 'Inside', 'Across', 'Near', 'Around', 'Wait', 'Look', 'Well', 'Yes', 'Sure', 'Thus', 'Plus', 'Today', 'Courtesy',
  'Tonight', 'Yesterday', 'Likewise', 'Similarly', 'Instead', 'Indeed', 'Finally', 'Minutes', 'Hours',
]);

/** Words that make a capitalised run an organisation or a place, not a person. */
export const NOT_PERSON =
  /\b(?:State|States|University|School|College|Law|County|City|Department|Committee|Party|News|Times|Post|Journal|Institute|Media|Street|Center|Centre|House|Court|Congress|Senate|Church|Foundation|Association|Council|Bank|Fund|Group|Company|Corporation|Inc|Network|Radio|Television|Republic|Kingdom|Union|Army|Navy|Force|Agency|Service|Administration|Office|Campaign|Convention|Caucus|Club|Review|Magazine|Avenue|Island|Islands|River|Mountains|Valley|Park|Hall|Tower|Square|Airport|Hospital|Coast|Affairs|Security|Commission|Reserve|Exchange|Market|Day|Week|Act|Bill|Rations|Airlines|Systems|Images|Press)\b/;
