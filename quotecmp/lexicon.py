"""Word lists the attribution rules use. Data only: no logic lives here."""
from __future__ import annotations

# Lemmas of verbs that introduce reported speech ("said", "added", "told", "noted"...).
SPEECH_VERBS = frozenset("""
say add tell note stress remark explain insist argue claim state declare warn write tweet post
ask reply respond answer continue conclude acknowledge admit announce assert emphasize emphasise
recall suggest comment complain joke predict promise vow urge describe maintain observe concede
confirm deny report mention quip boast lament testify allege contend counter retort muse reason
recount caution charge scoff shout yell cry whisper mutter proclaim pledge affirm reiterate repeat
point underline underscore highlight express reveal disclose advise recommend demand plead insist
declare lecture preach press told says saying interject riff quip interrupt chime laugh snap shoot gush rave
continue explain opine assure wonder recall question
bark growl roar fume thunder exclaim chant sigh gasp marvel react sneer huff
crack gloat tease taunt scold chide grumble rail vent
accuse speculate praise denounce defend sing apologize email relate grouse gripe whine moan bemoan carp
intone narrate murmur stammer blurt scream holler brag hiss posit
""".split())

# Phrasal verbs that introduce speech: verb lemma + particle.
SPEECH_PHRASES = frozenset({"go on", "shoot back", "fire back", "chime in", "pipe up", "cut in", "point out",
                            "speak out", "call out", "press on", "weigh in", "sum up", "spell out", "lash out", "hit back"})

# Third-person forms of speech verbs that a tagger may read as plural nouns ("Conway notes").
SPEECH_VERB_FORMS = frozenset("""
says notes adds tells writes explains recalls argues claims warns insists remarks states answers replies
responds continues concludes admits acknowledges jokes quips counters asks observes suggests
""".split())

# Verbs that make their object do what follows: "That prompted Rubio to call Trump “very flexible”" (Rubio calls).
CAUSATIVE_VERBS = frozenset("prompt lead cause force drive spur provoke compel".split())
# Verbs of hearing or remembering someone speak: "Delgado recalled her father telling her “…”" is the father's.
PERCEPTION_VERBS = frozenset("recall remember hear overhear".split())

# Prepositions that take a noun, never a clause: "for refugee remarks" is no clause whose verb is "remarks".
NOUN_PREPOSITIONS = frozenset("for over about of on".split())

# Verbs of thinking: "X imagined Y was thinking: “…”" is X's words put in Y's head; a verb of writing or
# typing ("Police believe the gunman had typed: “…”") is the writer's own.
THOUGHT_VERBS = frozenset("think wonder feel imagine ponder muse reflect consider contemplate dream fantasize fantasise".split())

# Verbs that introduce a quoted label or term rather than an utterance ("called it", "dubbed").
NAMING_VERBS = frozenset("call dub label term brand nickname title name portray".split())
# Verbs whose passive subject is the one described, never the speaker: "Lasko is described in the memo as “…”".
DESCRIBING_VERBS = NAMING_VERBS | frozenset("describe characterize characterise refer depict cast".split())
# Verbs whose passive subject is the one spoken to or about, never the speaker: "Hale was accused of “lying”" (by
# someone the sentence may leave unnamed).
TARGET_VERBS = DESCRIBING_VERBS | frozenset(
    "accuse criticize criticise blast slam attack fault chide mock deride ridicule condemn denounce praise hail laud "
    "thank warn tell assure promise urge".split())
# Verbs that give a described person their name: "a woman named Ellen Cho", "a voter called Jim Lee", "a young
# man, who identified himself as Kyle Brandt,".
GIVEN_NAME_VERBS = frozenset("name call identify".split())

# Nouns for things that carry words (an ad that "urges", a statement "describing"): their speaker is
# whoever issued them, so attribution looks past them to the verb they are the object of.
CARRIER_NOUNS = frozenset("""
ad ads advertisement commercial spot script statement release memo letter email e-mail tweet post video clip
piece story article report column op-ed editorial essay headline book speech message note document petition analysis
web website page site poll survey study paper filing complaint lawsuit brief ruling order bill
""".split())

# Verbs by which someone makes or issues a document: "the letter she sent says …" is hers (not "the letter she got").
AUTHORING_VERBS = frozenset("write send sign release issue publish post tweet pen draft file author deliver".split())
# Verbatim records of speech: "according to a recording …, Hale said" gives Hale's own words, not a reporter's account.
RECORDING_NOUNS = frozenset("recording recordings tape tapes transcript transcripts audio footage".split())
# Verbs by which someone comes to hold a document others made: "a recording obtained by the newspaper", "an email
# reviewed by the Courier" name who has it, not who made it.
OBTAINING_VERBS = frozenset("obtain review see receive acquire".split())

# Verbs by which someone points to another's document without making it: "X pointed to a Herald editorial
# that called …" and "X cited a study that found …" are the document's words, not X's.
# (not a verb of attacking it: "slammed a lawsuit …, calling it “meritless”" is the attacker's participle)
CITING_VERBS = frozenset("cite point refer link share retweet quote read mention invoke reference".split())

# Nouns for someone's wording that a sentence borrows: "in X's words", "to use X's phrase", "to borrow a term from X".
WORDING_NOUNS = frozenset("word words phrase term expression coinage formulation parlance".split())
# Nouns for someone's telling of it, after "in" only: "in X's telling", "in X's account", "in X's view" (not "to use
# X's account", a login).
TELLING_NOUNS = frozenset("telling retelling account version recollection view estimation description "
                          "characterization".split())
# Verbs that borrow someone's wording in a clause of purpose: "to use X's phrase", "to quote X".
BORROW_VERBS = frozenset("use borrow quote paraphrase steal".split())

# Verbs whose object is the one whose words follow: "Ruiz quoted Tillis: “…”" is Tillis's.
QUOTING_VERBS = frozenset("quote cite echo paraphrase parrot".split())

# Where someone posts: "a tweet from Brandt's account", "a post on her Facebook page" are the holder's.
ACCOUNT_NOUNS = frozenset("account page feed handle timeline channel".split())

# What asks a share of people and reports their answers: "the poll finds that 40 percent say …".
POLL_NOUNS = frozenset("poll survey".split())

# Things that display written words: "supporters waved signs reading “…”" are the bearers' words.
SIGN_NOUNS = frozenset("sign placard banner poster shirt t-shirt hat cap button sticker billboard".split())
# Verbs by which such a thing shows its words: "a sign reading …", "a shirt that said …".
DISPLAY_VERBS = frozenset("read say".split())
# Verbs that report the words of a written thing only ("the headline blared “…”", not "music blared").
WRITTEN_CUE_VERBS = frozenset("read blare".split())
# Written things whose words "read" ("“…,” the platform reads", "A banner read “…”"): with one of them
# for subject, "read" reports words as "say" does (a person who "read" a statement only voiced it). ("line" for an
# email's "subject line", whose head it is: "subject" alone is a topic, "On the subject, Ruiz was “unmovable.”")
READ_SUBJECT_NOUNS = CARRIER_NOUNS | SIGN_NOUNS | frozenset("""
platform text draft resolution amendment law measure invitation card flyer mailer leaflet pamphlet brochure
caption inscription plaque motto letterhead notice announcement message line cover
indictment affidavit transcript opinion subpoena warrant
""".split())
# What "goes" the way a quote says ("“…,” goes the old saying", "“…,” the joke goes"): the words are
# the saying's, not those of the last person named.
SAYING_NOUNS = frozenset("saying adage proverb joke line refrain slogan mantra motto chant maxim cliche quip".split())
# Nouns for an occasion that also name a person ("at a fundraiser" is the event, "a fundraiser said" a person):
# after "at", "during", the occasion.
OCCASION_PERSON_NOUNS = frozenset("fundraiser".split())
# Verbs of bearing such a thing: its bearer's words, not those of one who sees it.
BEAR_VERBS = frozenset("carry hold wave wear hoist display brandish raise sport".split())

# What a lede calls the lines an article is made of, after a possessive: "her remarks", "his best lines", "in her
# own words"
OWN_LINES_NOUNS = frozenset("remark remarks speech address line lines word words quote quotes".split())
# What sets those lines out as what follows: "Here are his best lines", "Below is a transcript of her remarks",
# "Our reporters annotated his remarks"
OWN_LINES_LEADS = frozenset("here below annotate annotated transcribe excerpt".split())

# Reported-speech nouns: "in a statement", "in an interview", "according to".
SPEECH_NOUNS = frozenset("""
statement interview remarks speech tweet post letter email message address briefing conference
comments comment testimony op-ed column essay
""".split())

# Words that stand before a name as honorific or office; stripped from the canonical name.
HONORIFICS = frozenset("""
mr mrs ms miss dr prof professor sir dame lord lady rev reverend father sister brother
ayatollah seyyed sayyed sayed sayyid sheikh shaikh imam hojatoleslam mullah rabbi pope cardinal bishop
alhaji alhaja hajia hajiya
taoiseach tanaiste mp mep td mk msp mla atty cllr cr councillor councilor
president vice gov governor sen senator rep representative congressman congresswoman
gen general col colonel capt captain lt lieutenant sgt sergeant adm admiral maj major cmdr commander
judge justice mayor secretary minister premier chancellor king queen prince princess emperor sultan emir
chairman chairwoman chairperson chair speaker leader chief director ambassador attorney candidate nominee
former late acting deputy supreme prime foreign interior defense defence state first lady
""".split())

# Nouns that name an office or role: "the Leader", "the Venezuelan president", "the senator".
ROLE_NOUNS = frozenset("""
moderator commissioner superintendent councilman councilwoman councilor councillor treasurer comptroller
leader president premier taoiseach tanaiste tánaiste minister chancellor king queen prince emir sultan ayatollah pope
senator governor congressman congresswoman representative mayor secretary speaker spokesman spokeswoman
spokesperson chairman chairwoman chairperson chair chief director ambassador envoy official commander general
candidate nominee frontrunner front-runner billionaire businessman mogul host anchor author writer
judge justice attorney lawyer prosecutor sheriff officer coach founder ceo executive economist
analyst adviser advisor aide strategist pollster manager activist professor researcher whip deputy
""".split())

# Titles written as capitals ("the PM said", "the CS said", "VP Harris"): the words they stand for.
TITLE_ABBREVIATIONS = {
    "pm": "prime minister", "dpm": "deputy prime minister", "fm": "foreign minister", "cm": "chief minister",
    "cs": "cabinet secretary", "ps": "principal secretary", "vp": "vice president", "ag": "attorney general",
    "ceo": "chief executive",
}

# Titles abbreviated before a name ("Sen. Ana Ruiz", "Gov. Ray Tillis"): the nouns a later mention uses
# ("the senator said").
TITLE_WORD_ABBREVIATIONS = {
    "sen": ("senator",), "gov": ("governor",), "rep": ("representative",),
    "gen": ("general",), "lt": ("lieutenant",), "col": ("colonel",), "capt": ("captain",), "sgt": ("sergeant",),
    "adm": ("admiral",), "maj": ("major",), "cmdr": ("commander",), "atty": ("attorney",), "pres": ("president",),
    "supt": ("superintendent",), "amb": ("ambassador",), "sec": ("secretary",), "insp": ("inspector",),
    "cllr": ("councillor",), "cr": ("councillor",),
}

# People who speak or act for someone else: "a spokesman for X", "an aide to X".
SERVING_NOUNS = frozenset("spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney assistant "
                          "representative staffer".split())

# Words of bylines and credits, whose names are the reporter's or the photographer's: "By X", "Photo: X".
CREDIT_WORDS = frozenset("by photo photos photograph image credit credits reporting editing contributed".split())

# The party letter of a US lawmaker's "(R-Ariz.)", "(D-N.Y.)", "(I-Vt.)": the party member noun it stands for.
PARTY_LETTERS = {"r": "republican", "d": "democrat", "i": "independent"}
# US states as the parenthesis after a lawmaker's name writes them (AP style or postal code, folded, no dots).
STATE_ABBREVIATIONS = {
    **dict.fromkeys(("ala", "al"), "alabama"), "ak": "alaska", **dict.fromkeys(("ariz", "az"), "arizona"),
    **dict.fromkeys(("ark", "ar"), "arkansas"), **dict.fromkeys(("calif", "cal", "ca"), "california"),
    **dict.fromkeys(("colo", "co"), "colorado"), **dict.fromkeys(("conn", "ct"), "connecticut"),
    **dict.fromkeys(("del", "de"), "delaware"), **dict.fromkeys(("fla", "fl"), "florida"),
    **dict.fromkeys(("ga",), "georgia"), "hi": "hawaii", "id": "idaho", **dict.fromkeys(("ill", "il"), "illinois"),
    **dict.fromkeys(("ind", "in"), "indiana"), "ia": "iowa", **dict.fromkeys(("kan", "kans", "ks"), "kansas"),
    **dict.fromkeys(("ky",), "kentucky"), **dict.fromkeys(("la",), "louisiana"), "me": "maine",
    **dict.fromkeys(("md",), "maryland"), **dict.fromkeys(("mass", "ma"), "massachusetts"),
    **dict.fromkeys(("mich", "mi"), "michigan"), **dict.fromkeys(("minn", "mn"), "minnesota"),
    **dict.fromkeys(("miss", "ms"), "mississippi"), **dict.fromkeys(("mo",), "missouri"),
    **dict.fromkeys(("mont", "mt"), "montana"), **dict.fromkeys(("neb", "nebr", "ne"), "nebraska"),
    **dict.fromkeys(("nev", "nv"), "nevada"), "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico",
    "ny": "new york", "nc": "north carolina", "nd": "north dakota", "oh": "ohio",
    **dict.fromkeys(("okla", "ok"), "oklahoma"), **dict.fromkeys(("ore", "or"), "oregon"),
    **dict.fromkeys(("pa",), "pennsylvania"), "ri": "rhode island", "sc": "south carolina", "sd": "south dakota",
    **dict.fromkeys(("tenn", "tn"), "tennessee"), **dict.fromkeys(("tex", "tx"), "texas"), "ut": "utah",
    **dict.fromkeys(("vt",), "vermont"), **dict.fromkeys(("va",), "virginia"), **dict.fromkeys(("wash", "wa"), "washington"),
    **dict.fromkeys(("wva", "wv"), "west virginia"), **dict.fromkeys(("wis", "wisc", "wi"), "wisconsin"),
    **dict.fromkeys(("wyo", "wy"), "wyoming"),
}

STATE_NAMES = frozenset(STATE_ABBREVIATIONS.values())  # (those of two words, "new york", match no single title word)

# A party's other name, either way: "Republican front-runner X" is "the GOP front-runner".
PARTY_NICKNAMES = {"gop": ("republican",), "republican": ("gop",)}

# Titles a later mention may use for the title given ("Rep. Ana Ruiz" is "the congresswoman"; "the premier" is "the
# prime minister", by the word that tells a prime minister from the other ministers).
# Gendered words are only matched, never given: they would decide a pronoun's gender.
TITLE_SYNONYMS = {"congressman": "representative", "congresswoman": "representative", "premier": "prime"}
# Titles of one office written in other words: "the chief executive" for the one introduced as "President X" (a
# head of government), and the other way round.
SAME_OFFICE = (frozenset({"president"}), frozenset({"chief", "executive"}))
# Offices a wider word covers: a British secretary of state ("a former transport secretary") is a minister.
# A lawmaker is any member of a legislature ("House Speaker X" … "the Peoria lawmaker").
LEGISLATIVE_OFFICES = frozenset("""senator representative congressman congresswoman speaker assemblyman assemblywoman
councillor councilor councilman councilwoman mp mep td mla msp""".split())
# A chamber's leaders sit in it: "Senate Minority Leader X" is "the Ohio senator" later, "The Opposition Leader in City
# Hall, X," "the Labor councillor" (not a "President of the Senate", who may preside over it without a seat).
CHAMBER_MEMBERS = {"senate": "senator", "council": "councillor", "hall": "councillor"}  # (City Hall, Town Hall)
CHAMBER_LEADER_WORDS = frozenset("leader whip".split())
# A hall is a council's chamber only as the seat of a town's government: "City Hall", "Town Hall" (not "Carnegie Hall
# leader X", the head of a concert hall).
COUNCIL_HALL_WORDS = frozenset("city town".split())
# A politician is anyone holding or seeking an office of state, or leading a party or the opposition ("Opposition leader
# X" … "the nationalist politician").
POLITICAL_OFFICES = LEGISLATIVE_OFFICES | frozenset("""leader minister president premier chancellor governor mayor
senator candidate nominee taoiseach tanaiste""".split())
COVERED_OFFICES = {"minister": frozenset({"secretary"}), "lawmaker": LEGISLATIVE_OFFICES, "legislator": LEGISLATIVE_OFFICES,
                   "politician": POLITICAL_OFFICES}
# Words with a title that make it no office of state a wider word covers: a union's "general secretary", a "press
# secretary", a "club secretary" is no minister; a church's, a rebel group's, a team's leader is no politician.
UNCOVERED_TITLE_WORDS = frozenset("""general press private personal permanent executive party union club company
rebel insurgent separatist militia student protest church religious spiritual tribal clan community team gang
band""".split())  # (not "business", "faith", "youth": a Business Secretary, a Youth Minister are ministers)
# Those that still leave a politician: a party's leader is one ("Labour Party leader X" … "the veteran politician").
POLITICAL_TITLE_WORDS = {"politician": frozenset({"party"})}

# Nouns of organisations that speak: "the ministry said", "the Kremlin said", "the campaign said".
ORG_NOUNS = frozenset("""
ministry government kremlin campaign committee agency department office administration white house
council court police army military party union company firm group organization organisation
embassy commission board spokesman's network newspaper
""".split())

# Organisations of a place that are not its state: "Ghana's main opposition party" speaks as itself, where
# "Iran's foreign ministry" or "Israel's military" speaks for the country.
NON_STATE_ORG_NOUNS = frozenset("party union company firm group organization organisation network newspaper".split())

# A person's own organisation, speaking for them as "Brandt's campaign said" does: "his campaign said" is his.
# (an office or an administration is the state's as much as theirs: "his office said" stays as written)
OWN_ORG_NOUNS = frozenset("campaign team".split())

# Nouns that stand for whichever organisation of their kind an article has named: "the company said".
GENERIC_ORG_NOUNS = frozenset("company firm agency".split())

# Documents only an organisation issues: "the release said" with no sentence before naming who issued it.
ISSUED_NOUNS = frozenset("release".split())

# Words of organisation names: an entity with one of these is no person ("Foreign Affairs").
ORG_WORDS = frozenset("""
affairs news times post journal agency bank fund university institute foundation association
ministry party council committee assembly parliament congress senate court inc corp ltd co
""".split())

# Words that end the name of a business or a place, never a person's ("Acme Holdings", "Green Valley"): a name the
# recogniser took for an organisation's with one of these is no person a later "he" stands for.
# A company's, more surely than a place's: in apposition to a title ("The Director, Bellmont Energy,") it is the
# employer, whatever the recogniser tagged it.
COMPANY_NAME_WORDS = frozenset("""
holdings group partners capital ventures industries enterprises solutions systems technologies labs media motors
energy pharma pharmaceuticals airlines airways properties investments logistics services foods brands
""".split())
BUSINESS_NAME_WORDS = COMPANY_NAME_WORDS | frozenset("trust valley park hills heights springs county".split())

# The last word of an address that stands for those seated there ("Downing Street said", "Wall Street fears"): an
# organisation's voice, not a person's name.
ADDRESS_WORDS = frozenset("street avenue".split())

# News organisations whose names the recogniser often takes for a person's ("Politico reported", "Axios
# reported"): a speaker so named is an organisation. Only names no person goes by.
NEWS_OUTLETS = frozenset("""
politico axios reuters bloomberg breitbart mediaite newsmax buzzfeed huffpost vox salon gawker xinhua tass interfax
irna telesur yonhap kyodo afp msnbc cnn npr pbs bbc
""".split())

# Lower-case particles inside personal names ("Bashar al-Assad", "Luiz Inácio Lula da Silva").
NAME_PARTICLES = frozenset("al el bin ibn bint de da do dos das di del della van von der den la le ó ní mac nic uí".split())

# "the Iranian leader" may stand for whichever of these titles the article gave the person.
GENERIC_LEADER_NOUNS = frozenset("leader head".split())  # "head" as in "the head of state"
HEAD_OF_STATE_TITLES = frozenset("president premier chancellor king queen emir sultan".split())
# Modifiers of "leader" that say the leader holds no office of the state: "the opposition leader", "the rebel
# leader" is not the President named just before.
NON_STATE_LEADER_WORDS = frozenset("opposition rebel insurgent separatist militia union student protest".split())
# Kinds of place whose leader a title can name without naming the place: "the country's leader" for
# "President X", "the nation's president"; the possessive says nothing more about whose office it is. Only a
# whole country: "the city's leader", "the region's leader", "the state's leader" are no head of state.
PLACE_KIND_NOUNS = frozenset("country nation republic kingdom".split())
# Countries whose foreign minister is styled "canciller"/"chanceler", written "the Chancellor" in English editions of
# their outlets ("The Chancellor, X, …. “…,” the Foreign Minister said"): Latin America's, with their demonyms.
CHANCELLOR_IS_FOREIGN_MINISTER = frozenset("""
venezuela venezuelan mexico mexican argentina argentine argentinian colombia colombian chile chilean peru peruvian
ecuador ecuadorian ecuadorean bolivia bolivian paraguay paraguayan uruguay uruguayan brazil brazilian cuba cuban
nicaragua nicaraguan honduras honduran guatemala guatemalan salvador salvadoran salvadorean panama panamanian
dominican costa rica rican bolivarian
""".split())
# Countries whose chancellor heads the government: an article naming one of them ("the first visit by a German head of
# government") means that chancellor, even with a Latin American country named as the host.
CHANCELLOR_IS_HEAD_OF_GOVERNMENT = frozenset("germany german austria austrian".split())
# Words with "chancellor" that make it the head of a university, a school system or a treasury, no foreign minister
# anywhere ("University Chancellor X", "the Chancellor of the Exchequer").
CHANCELLOR_OF_INSTITUTION_WORDS = frozenset("university college school schools campus system exchequer duchy".split())
# The office a place's "chief executive" holds: "the state's chief executive" is its governor, "the city's" its mayor.
CHIEF_EXECUTIVE_OF = {"state": "governor", "city": "mayor"}
# Nouns for what someone does for a living, that a story uses to vary a name it never gave them as a title
# ("Okafor brushed off the criticism. …, the businessman replied"), and the offices a person holds, which such
# a variation of someone else's name would not contradict.
CAREER_NOUNS = frozenset("businessman businesswoman billionaire millionaire mogul tycoon magnate developer entrepreneur".split())
OFFICE_NOUNS = frozenset("""senator governor president congressman congresswoman representative mayor secretary
treasurer comptroller minister premier chancellor speaker ambassador judge justice sheriff moderator host anchor""".split())

# "His Eminence said", "Her Majesty said": a pronoun, resolved like "he" or "she".
STYLES_OF_ADDRESS = frozenset("eminence holiness majesty excellency highness grace honour honor".split())

# Speakers that stay unnamed ("a senior official said"): reported as written, never given a name.
UNNAMED_HEADS = frozenset("""
official officials source sources aide aides adviser advisers advisor advisors person people
spokesman spokeswoman spokesperson member members analyst analysts expert experts observer observers
diplomat diplomats insider insiders critic critics supporter supporters voter voters resident residents
witness witnesses someone anyone one many some others other
staffer staff lawmaker legislator operative consultant donor delegate volunteer organizer organiser attendee
protester demonstrator audience crowd opponent student teacher worker veteran farmer owner woman man mother father
""".split())
# Groups among them: "the crowd" is the crowd, not the "crowd of several thousand" described before.
COLLECTIVE_HEADS = frozenset("crowd audience staff".split())
# Verbs that say someone died ("His mother died in 1979", "was killed"): the one who died is talked of, not
# interviewed.
DEATH_VERBS = frozenset("die kill murder slay execute assassinate".split())
# An audience's noise without words ("The crowd roared."): it takes no turn from the one speaking.
AUDIENCE_HEADS = frozenset("crowd audience".split())
REACTION_VERBS = frozenset("roar cheer boo applaud laugh gasp erupt clap whoop jeer groan hiss".split())

MALE_PRONOUNS = frozenset("he him his himself".split())
FEMALE_PRONOUNS = frozenset("she her hers herself".split())
PLURAL_PRONOUNS = frozenset("they them their themselves".split())
# "it said": an organisation speaking.
ORG_PRONOUNS = frozenset("it its itself".split())
FIRST_PERSON = frozenset("i me my we us our".split())

# Honorifics that say the gender of the one they name (folded: "señora" is "senora"): "Mr. Clinton"
# beside Hillary Clinton is Bill.
GENDERED_HONORIFICS = {**dict.fromkeys("mr sir lord senor monsieur herr".split(), "m"),
                       **dict.fromkeys("mrs ms miss dame lady madam senora mme madame frau".split(), "f")}

# Titles and honorifics that tell a person's gender.
MALE_TITLES = frozenset("king prince father brother ayatollah sheikh congressman chairman spokesman businessman emir sultan".split()) \
    | {w for w, g in GENDERED_HONORIFICS.items() if g == "m"}
FEMALE_TITLES = frozenset("queen princess sister congresswoman chairwoman spokeswoman businesswoman".split()) \
    | {w for w, g in GENDERED_HONORIFICS.items() if g == "f"}
# Masculine titles many outlets give women too ("spokesman Dana Whitlow … she said"): they say no gender of the one
# named, only the name and the pronouns do.
GENERIC_MASCULINE_TITLES = frozenset("spokesman chairman".split())
# Kinship nouns that tell which relative sharing a surname is a man or a woman ("Kovac's daughter,
# Jordan Kovac"); said of the one bearer of a surname, they may be a relative's ("her husband, Frank X").
MALE_KIN = frozenset("son husband grandson grandfather nephew uncle widower".split())
FEMALE_KIN = frozenset("daughter wife mother granddaughter grandmother niece aunt widow".split())
# Kinship nouns that make a relative the elder or the younger of a family: "the elder Hoyt" is the one
# introduced as "his father, Walter Hoyt", "the younger Kovac" the one introduced as "Kovac's son".
PARENT_KIN = frozenset("father mother grandfather grandmother dad mom".split())
CHILD_KIN = frozenset("son daughter grandson granddaughter".split())
# "the old man", "the elderly woman": a person described by age alone stands for the one the article made a parent or a
# grandparent of that sex (or gave an age of at least ELDERLY_AGE), when only one was named before.
ELDER_WORDS = frozenset("old elderly aged".split())
ELDER_KIN = {"m": frozenset("father grandfather dad".split()), "f": frozenset("mother grandmother mom mum".split())}
ELDERLY_AGE = 65
GENERATION_WORDS = {"elder": True, "older": True, "younger": False}
# Relatives, by the noun that introduces them: "his wife, Marcy," names a person, whatever the
# recogniser takes the first name for ("its ally, Israel," is no relative).
KIN_NOUNS = MALE_KIN | FEMALE_KIN | PARENT_KIN | CHILD_KIN | frozenset("brother sister cousin".split())

# Nouns for a person of a nation that are no adjective of it, which the recogniser may leave untagged ("The Dane
# had four break points"): a nationality, like "the Spaniard" tagged as one.
NATIONALITY_NOUNS = frozenset("""dane swede pole finn scot brit turk serb croat czech slovak spaniard frenchman frenchwoman
englishman englishwoman irishman irishwoman welshman welshwoman scotsman scotswoman dutchman dutchwoman kiwi aussie
argentine briton american mexican""".split())
# The endings of a nationality as a noun ("the Ukrainian", "the Chilean", "the Japanese"), which the recogniser
# may tag as a place or a person's name.
NATIONALITY_SUFFIXES = ("ian", "ean", "ese")

# A member of a party, named by it: "the New York Democrat said" is a person, not the party.
PARTY_MEMBER_NOUNS = frozenset("democrat republican conservative liberal socialist tory independent libertarian progressive".split())
# A party's word before a title ("the Republican governor", "the Democratic senator"): what party, not what place.
PARTY_ADJECTIVES = PARTY_MEMBER_NOUNS | frozenset("democratic gop labour".split())

# Cue verbs that open a sentence before the speaker's name: "Said Haddad: “…”".
INVERTED_CUES = frozenset("said says added adds asked asks wrote writes replied replies".split())

# Conjunctions opening a clause that says nothing is so: "If Lamb is a candidate, …", "whether Lamb is a suspect".
UNASSERTING_MARKS = frozenset("if whether unless".split())
# Who answers: after "X asked Y whether …", the "he replied" (or "he said") of the next sentence is Y.
ASK_VERBS = frozenset("ask question press quiz challenge".split())
REPLY_VERBS = frozenset("reply respond answer say retort counter".split())

# A member's letters after a name ("Alan Dorgan TD", "Jane Holt MP"): the words before them, in capitals, are a
# person's name.
POST_NOMINALS = frozenset("td mp mep mla msp kc qc".split())

# Words after a surname that are no part of it: "Joseph R. Biden Jr." is a Biden; post-nominal
# letters of rank and honour ("Rebecca Asante KC", "Sir John Hale QC", "Mary Holt OBE") neither.
NAME_SUFFIXES = frozenset("jr sr ii iii iv kc qc obe mbe cbe".split()) | POST_NOMINALS

# Common first names by gender, a fallback when the article gives no pronoun or title. A name borne by men and
# women alike (Kim, Chris, Dana, Jean, Kelly, Lynn, Andrea, …) is in neither list: it would decide a pronoun wrongly.
MALE_NAMES = frozenset("""
donald bernie ted marco john jeb ben mike michael barack joe paul rand jim james bill robert
bob david richard scott rick jeff jeffrey mitch newt rudy george tim tom thomas mark steve
steven stephen kevin brian eric jason matt matthew andrew andy dan daniel peter pete ron ronald
harry henry jack jake jerry larry gary frank charles charlie william will kenneth ken anthony tony
reince corey sean jared martin luis carlos jose juan pedro nicolas vladimir xi ali hassan mohammad
mohammed muhammad ahmad ahmed javad ebrahim ibrahim mahmoud hamid abbas alexander aleksander alexei
sergei dmitry boris benjamin bibi emmanuel justin nigel recep hugo evo fidel raul
shinzo narendra imran bashar hosni abdel moon gavin rahm eliot elliott carl kurt jon joseph
victor alan allen edward patrick gregory raymond samuel walter gerald roger douglas dennis keith lawrence
nathan aaron adam zachary ryan kyle jeremy ethan christopher joshua brandon tyler jonathan nicholas
jacob noah phillip philip harold wayne arthur randy roy eugene ralph louis russell bobby howard vincent
billy bruce johnny albert willie fred stanley leonard glenn neil colin ian hank chuck mitt dick
orrin herman luther elijah caleb luke seth kirk lamar todd travis derek greg doug sherrod cory
aarav abdul abdullah abu adebayo adrian ahmet akira alberto alejandro alessandro alexandre alfonso alfred
alvaro amir amit anand andre andres andrei angelo anil antonio arjun armando arnold arturo ashok barry bernard
bilal brad bradley brett brendan bruno cesar chad clarence clifford clint conor craig curtis cyril damian
dario darren dave dean deepak derrick desmond diego dmitri dominic don duncan dwight eduardo emeka emilio
enrique ernesto ernest erik esteban fabio farid fernando francisco francois franz frederick gabriel gareth
geoffrey gerard gilbert giovanni giuseppe glen gordon graham guillermo gustavo hamza hans harvey hector
herbert hiroshi hussein ivan jacques jamal javier jerome jimmy joaquin joel jorge josh jurgen juergen karl
kenji klaus kofi lars leo leon lionel lloyd lorenzo lucas ludwig luigi malcolm manuel marcus mario
marvin mateo maurice max mehmet miguel mikhail milton mohamed muhammadu mustafa nabil naveen nelson nikolai
norman olaf oliver omar oscar otto pablo pascal pierre rafael rahul raj rajesh ramon ramesh randall reggie
reginald rex ricardo rob rodrigo rolf ronnie ross rupert salman salvador sanjay santiago saul sebastian sergio
shane sheldon simon stefan stuart sunil tariq terrence theodore timothy tobias trevor troy uhuru ulrich umar
vijay vikram warren wolfgang xavier yusuf zoltan ferdinand emmerson olusegun goodluck atiku raila
""".split())
FEMALE_NAMES = frozenset("""
hillary kellyanne megyn carly nancy elizabeth sarah michelle melania ivanka chelsea huma donna debbie
hope katrina kayleigh jennifer jessica jill kamala maxine nikki susan susana condoleezza madeleine
theresa angela marine golda indira benazir cristina dilma michele mary patricia linda barbara karen
lisa betty margaret sandra kimberly emily amanda melissa deborah stephanie rebecca laura sharon
cynthia kathleen amy anna shirley helen pamela emma nicole samantha katherine christine rachel
carolyn janet catherine heather diane julie joyce victoria christina joan lauren judith
olivia martha cheryl megan hannah jacqueline ann gloria kathryn alice teresa sara janice
doris madison julia grace judy abigail marie denise beverly amber marilyn danielle diana
brittany natalie sophia rose loretta gennifer paula juanita kathy wendy tulsi gina valerie
joanna joanne marianne ruth alicia carol ellen eleanor elaine lori tina tammy sue anne jane kate claire
clare frances irene louise lucy maria monica sylvia vanessa veronica yvonne beth erin kristen kirsten
betsy esther claudia carmen nina tanya elena marsha marcia priscilla gretchen bonnie peggy jeanne
stacey heidi kirstie joni kristi elise
abby adriana agnes aisha alejandra alexandra alison allison amelia amina ana anastasia angelica anita annie
antonia ariana audrey bernadette bianca brenda bridget caitlin camila candace carla caroline cassandra cecilia
charlotte chloe cindy colleen constance crystal daisy daphne dawn debra deirdre delia dolores dorothy
edith eileen elisa eliza ella eloise emilia erica erika eva fatima felicia fiona florence francesca gabriela
gabrielle geraldine gillian giulia gwen gwendolyn hanna harriet hazel helena hilda ida ingrid isabel
isabella isabelle jacinda jasmine jenny jocelyn josephine juliet justine kara karin katharine katie kayla
kristin kristina lara leah leila lena lillian lily liz lola lorraine louisa lucia lydia mabel madeline
mae maggie mandy marcela margarita margot maribel marisa marta maureen melanie melinda mercedes mia michaela
mildred miranda miriam molly nadia naomi natasha nora norma olga paola pauline penelope phyllis pilar polly
priya rachael ramona rebekah regina renee rita roberta rosa rosalind rosemary roxanne sabrina sally selena
serena sheila shelley sofia sonia sophie stella sunita svetlana tamara tara tessa thelma tiffany
ursula vera viola violet wanda yolanda yulia zoe zainab ngozi chioma folake priyanka
nirmala sushma smriti mamata mayawati jacinta
winnie carrie kitty ivy elsie gladys
""".split())

# First names borne by men and women alike: names, but of no gender.
UNISEX_NAMES = frozenset("""
kim chris sam lindsey jesse bola dana jean kelly lynn shannon courtney whitney vivian ashley evelyn andrea hilary
""".split())
# Every first name known, whatever its gender: "is this word a given name?".
GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES | UNISEX_NAMES

# Quoted words after these are terms or labels, not speech: the so-called "X", anti-"X".
TERM_PREFIXES = ("so-called", "so called", "the term", "the phrase", "the word", "the words", "the slogan",
                 "the hashtag", "known as", "dubbed", "titled", "entitled", "headlined", "the label",
                 "words such as", "terms such as", "phrases such as")

# Determiners and quantifiers that make a role noun an unnamed source: "one senior official".
INDEFINITE_DETERMINERS = frozenset("a an some several one another many few any other two three four five".split())

# Words that make a title a different office: "Vice President X" is not "the president".
TITLE_QUALIFIERS = frozenset("vice deputy assistant associate lieutenant under ex former acting".split())
# Those that make another office: a lieutenant governor is never "the governor", a vice president never "the president"
# (a former governor may still be).
OTHER_OFFICE_QUALIFIERS = frozenset("vice deputy assistant associate lieutenant lt under".split())

# People named by their tie to someone: "Freddy's best friend" is not Freddy.
RELATION_NOUNS = frozenset("""
friend brother sister wife husband son daughter father mother cousin uncle aunt nephew niece
grandson granddaughter grandfather grandmother partner girlfriend boyfriend fiance fiancee
classmate roommate colleague neighbor neighbour supporter fan critic rival opponent ally
staffer relative child parent widow biographer family
""".split())

# Abstract and inanimate nouns the parser may hand a cue as its subject ("the notion ... said"):
# never a speaker, so attribution looks at the next cue instead.
NOT_SPEAKER_NOUNS = frozenset("""
notion idea promise gesture feature refusal rejection work item record hand photo picture image
wonder thing fact question issue problem point reason way part result effect change decision
move error mistake hat shirt clause provision word phrase term label name title slogan chant
incident event episode performance spectacle
""".split())

# Texts that lay down what holds: "Under Florida law, battery is “…”" quotes the law, "Under the agreement, …" the agreement.
LEGAL_TEXT_NOUNS = frozenset("""
law act bill statute constitution code rule regulation ordinance order agreement deal treaty contract plan proposal
policy guideline guidance measure provision ruling settlement terms charter bylaw amendment
""".split())

# Prepositions of place: "told a rally in Wilmington:" names where, not who.
PLACE_PREPOSITIONS = frozenset("in at near outside inside across around throughout".split())
# Prepositions of where someone is beside a thing: "stood beneath a banner that read …" bears no banner (but one
# "in" a shirt or a hat that reads … wears it).
BESIDE_PREPOSITIONS = PLACE_PREPOSITIONS - {"in", "inside"} \
    | frozenset("beneath behind under underneath above below beside over past".split())

# Conjunctions opening a clause of time: "X said, after Y won, adding …".
TIME_SUBORDINATORS = frozenset("after before when while as once since until".split())

# Verbs by which a document or an inquiry gives its conclusions: "a report by the inspector general, which found
# that … “failed to oversee”" is the report's wording.
FINDING_VERBS = frozenset("find conclude show determine reveal state say warn describe call recommend".split())

# Verbs of getting something said from someone: "X faced “tough questions” from Y", "X won praise from Y".
RECEIVING_VERBS = frozenset("face draw win receive get earn attract garner take hear".split())

# Words opening a topic label in a list of someone's remarks: "On trade: “…”", "About Sen. X: “…”".
TOPIC_WORDS = frozenset("on about regarding re concerning".split())
# Words opening a label over one speaker's line that names whom it is about or addressed to, not who says it:
# "On Hollis:", "Of his former wife:", "To Jessica Lane, during the debate:".
LABEL_LEAD_WORDS = TOPIC_WORDS | frozenset("of to".split())

# Words that point at something said rather than at a speaker: "That, he said, ...", "what they call".
DEMONSTRATIVES = frozenset("that this these those what which whatever".split())

# Nouns for an utterance someone owns: "Trump's claim that …", "his pledge to be “neutral”". A quote inside
# such a noun phrase is the possessor's words.
SPEECH_ACT_NOUNS = frozenset("""
claim assertion pledge conclusion promise vow warning accusation suggestion charge declaration insistence
argument contention description characterization characterisation assessment prediction proposal demand
comment remark statement boast threat denial admission complaint criticism answer response reply insult
words quip retort
""".split())

# Nouns that label a quote after a colon as someone's words: "Her verdict: “…”", "Diaz's reply? “…”".
LABEL_NOUNS = SPEECH_ACT_NOUNS | frozenset("verdict take reaction message advice explanation excuse defense defence "
                                           "rebuttal comeback question speech address tweet quote".split())

# Nouns for using a word, that own a quoted term as the utterance nouns own a quote: "X's mangling of “…”",
# "X's use of “believe me”" ("use" only of a short bare term: "X's use of “a private server”" is of a thing).
WORD_USE_NOUNS = frozenset("use mangling mispronunciation invocation".split())

# Nouns for a quotation itself, that a sentence after it may name the source of: "“…” That quote from X
# appeared …", "Those words from X …".
QUOTATION_NOUNS = SPEECH_ACT_NOUNS | frozenset("quote quotation line passage sentiment".split())

# Unions the attribution loops test against, built once.
PERSON_NOUNS = UNNAMED_HEADS | ROLE_NOUNS  # nouns that name a person: "resident", "senator"
TITLE_NOUNS = ROLE_NOUNS | GENERIC_LEADER_NOUNS  # another person's title stops pronoun votes
