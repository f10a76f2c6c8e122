"""Speaker attribution: the mention a quote hangs on, and the name the mention stands for."""
from __future__ import annotations

import pytest

from quotecmp.speakers import load_speakers


def speaker_of(quotes, fragment):
    (q,) = [q for q in quotes if fragment in q.text]
    return q.speaker


CASES = [
    # cue verbs, either side of the quote
    ("Senator Jane Wilson said, “We will win this fight.”", "win this", "Jane Wilson"),
    ("“We will win this fight,” said Jane Wilson.", "win this", "Jane Wilson"),
    ("“We will win this fight,” Jane Wilson told reporters.", "win this", "Jane Wilson"),
    ("Mark Ortiz added that “the plan is dead.”", "plan is dead", "Mark Ortiz"),
    # according to
    ("The plan is “dead on arrival,” according to Mark Ortiz.", "dead on arrival", "Mark Ortiz"),
    # colon introduction and trailing dash
    ("Mark Ortiz: “The plan is dead.”", "plan is dead", "Mark Ortiz"),
    ("“The plan is dead.” — Mark Ortiz", "plan is dead", "Mark Ortiz"),
    # participle cue hanging on another verb
    ("Mark Ortiz welcomed the deal, saying, “This is a good day.”", "good day", "Mark Ortiz"),
    # passive report
    ("Mark Ortiz was quoted as saying “we are ready.”", "we are ready", "Mark Ortiz"),
    # a pronoun goes to the subject before it, not to the nearest name
    ("Prime Minister Sara Lind told the cabinet that she rejected an offer from President Tom Hale.\n\n"
     "“We did not accept it,” she said.", "did not accept", "Sara Lind"),
    ("Governor Paul Reyes met Mayor Ana Cruz on Monday.\n\n“It went well,” he said.", "went well", "Paul Reyes"),
    # a title goes to the person the article gave it
    ("The Leader of the Revolution, Ayatollah Karim Tabrizi, met visitors.\n\n“Resistance works,” the Leader said.",
     "Resistance works", "Karim Tabrizi"),
    ("Leader of the Revolution Ayatollah Karim Tabrizi says the talks failed.\n\n“They failed,” the Leader said.",
     "They failed", "Karim Tabrizi"),
    ("Venezuelan President Luis Mora and Iranian President Omid Rahimi met.\n\n“We are friends,” the Venezuelan president said.",
     "We are friends", "Luis Mora"),
    # a quote with no cue carries the speaker before it
    ("“First point,” Mark Ortiz said.\n\n“Second point, with no cue at all.”", "Second point", "Mark Ortiz"),
    # a split quote around its cue
    ("“First half,” Mark Ortiz said. “Second half.”", "Second half", "Mark Ortiz"),
    # name variants join into one identity: the fullest name is reported
    ("Ayatollah Seyyed Karim Tabrizi spoke.\n\n“We will resist,” Tabrizi said.", "resist", "Karim Tabrizi"),
    # gender comes from the article: "Sam Reed ... her" makes Reed a woman, so "he" is someone else
    ("Sam Reed opened her meeting with Paul Ortega.\n\nThe two talked for an hour.\n\n“It was productive,” he said.",
     "productive", "Paul Ortega"),
    # relatives sharing a surname stay apart
    ("George H.W. Bush praised his son.\n\n“We will win,” Jeb Bush said.", "will win", "Jeb Bush"),
    # a transcript label inside the quote names the speaker
    ("Chris Matthews hosts the show.\n\n“Chris Matthews: Seriously, about this. Bernie says it.”", "Seriously",
     "Chris Matthews"),
    ('"SMITH: We are glad to be here tonight.', "glad to be", "Smith"),
    ("The plan is, in the words of Mark Ortiz, “dead on arrival.”", "dead on arrival", "Mark Ortiz"),
    # an organization speaks
    ("“The claims are baseless,” the Kremlin said in a statement.", "baseless", "Kremlin"),
    # a dateline is a place, not the subject: its apposition speaks
    ("WASHINGTON -- President Tom Hale, opening the museum on Saturday, said it would tell "
     "''a story of suffering and delight.''", "suffering", "Tom Hale"),
    ("LONDON (Reuters) - Mark Ortiz said on Monday the remarks were “divisive and wrong.”", "divisive", "Mark Ortiz"),
    # a headline's verb is not part of a name
    ("Hale Says Museum Will Tell of 'Suffering'\n\nPresident Tom Hale spoke.\n\n“It is ours,” Hale said.",
     "It is ours", "Tom Hale"),
    # "the president" is not the vice president, even if the vice president was named last
    ("President Tom Hale opened the museum.\n\nVice President Jim Noor sat in the front row.\n\n"
     "It was, the president said, “a stone worn down by tragedy.”\n\nLater Hale left.", "a stone", "Tom Hale"),
    # the clause after the quote opens with its speaker, however long the name
    ("“Would it be negotiable?” Sean Kemp pressed on. “Maybe.”", "negotiable", "Sean Kemp"),
    ("“The plan needs voters,” Nate Ruiz, the polling guru who founded a website, tweeted on Wednesday.",
     "needs voters", "Nate Ruiz"),
    ("“Only two accomplishments,” Bozell answers.", "accomplishments", "Bozell"),
    # relatives sharing a surname keep their own titles
    ("Former President George W. Bush campaigned for his brother, former Florida Governor Jeb Bush.\n\n"
     "Jeb Bush spoke first. Jeb Bush thanked the crowd.\n\n“The presidency is a serious job,” the former president said.",
     "serious job", "George W. Bush"),
    # "his remarks" are his
    ("Mark Ortiz spoke on Monday.\n\nHe later defended his remarks calling the plan “strong.”", "strong", "Mark Ortiz"),
    # parser slips around a trailing cue: a title tagged as a verb, a name tagged as a noun
    ("“Just saw the tweet,” screenwriter Cole Haddon wrote on Twitter.", "Just saw", "Cole Haddon"),
    ("“Would it be negotiable?” Hannity pressed. “Maybe.”", "negotiable", "Hannity"),
    # a pronoun after the sentence's own subject is that subject, not the last sentence's
    ("David Axelrod teased her on Twitter.\n\nBrian Fallon fired back: “As a guardian of the legacy,” he wrote, "
     "“we know you are rooting for her.”", "rooting for her", "Brian Fallon"),
    ("Kristan Hawkins praised the ruling.\n\nPenny Nance said she supports him because there is “no question” "
     "he is pro-life.", "no question", "Penny Nance"),
    ("“It may have been his first attempt,” said his best friend at Lehigh, Bruce Turry, who joined later.",
     "first attempt", "Bruce Turry"),
    # an abstract subject is nobody: the next cue speaks
    ("Ben Carson said the notion was “something rotten that I did not agree with.”", "rotten", "Ben Carson"),
    ("Mark Ortiz spoke first.\n\nOr, as Tom Ridge, a former secretary, put it: “The barbarians are inside.”",
     "barbarians", "Tom Ridge"),
    # a report of someone's words is the reporter's account, as the sentence says
    ("According to Metro News, Ana Reyes said the “ugliness of it all” was new.", "ugliness", "Metro News"),
    ("Tom Hale said the plan was “dead,” according to the Daily Ledger.", "dead", "Daily Ledger"),
    ("Tom Hale admitted the work could be termed “influence peddling,” the Daily Ledger reported in 1991.",
     "influence", "Daily Ledger"),
    # a document or a crowd woven into the sentence speaks, not the person quoted before
    ("“We never stopped them,” Tom Hale said. A 2014 House committee report found “no evidence of an order.”",
     "no evidence", "A 2014 House committee report"),
    # a gendered honorific picks the relative of that gender, or someone the article does not name in full
    ("Senator Mary Reyes campaigned with her husband, former Governor Tom Reyes.\n\n“We will win,” Mrs. Reyes said."
     "\n\n“She is ready,” Mr. Reyes said.", "She is ready", "Tom Reyes"),
    ("Senator Mary Reyes campaigned with her husband, former Governor Tom Reyes.\n\n“We will win,” Mrs. Reyes said."
     "\n\n“She is ready,” Mr. Reyes said.", "We will win", "Mary Reyes"),
    ("Sir Graham Holt attacked the bill.\n\nMrs Holt, a local councillor, said she was “proud” of him.", "proud", "Mrs Holt"),
    ("Sir Graham Holt attacked the bill.\n\nMr Holt said it was “a disgrace.”", "disgrace", "Graham Holt"),
    ("Sir Graham Holt attacked the bill.\n\nMrs Holt, a local councillor, said she was “proud” of him.\n\n"
     "“It is a disgrace,” he said.", "disgrace", "Graham Holt"),
    # a description the parser split from the name as a second subject is that name
    ("Prime Minister Anil Rao defended the bill.\n\nBut senior backbencher Sir Tom Vale hit back, accusing ministers "
     "of “arrogance”.\n\n“Colleagues are furious,” he told reporters.", "furious", "Tom Vale"),
    # a suffix is no surname: "Jr." files the name under Biden, so "Mr. Biden" finds him beside Jill Biden
    ("President Joseph R. Biden Jr. spoke on Monday with Jill Biden at his side.\n\n“I am proud of him,” Mr. Biden said.",
     "proud of him", "Joseph R. Biden"),
    # a pronoun goes to the person a clause before the main verb names, when the parse left that verb no subject
    ("Kremlin spokesman Yuri Belov told reporters the plan would fail.\n\nUS Secretary of State Tom Varga, asked about "
     "the request, said Washington was “constantly adapting” its support. “We have not ruled anything out,” he said.",
     "ruled anything", "Tom Varga"),
    # a definite description whose noun the article gave someone in an apposition is that someone
    ("Carlos Vela, the 75-year-old former diplomat who says he won the election, spoke on Thursday.\n\n"
     "“I will be back,” the former diplomat said.", "will be back", "Carlos Vela"),
    # ...but an apposition after a list belongs to its last member
    ("Front-runners Ana Cole, Tom Reyes and Bo Hart, the Texas senator leading the pack, spoke.\n\n"
     "Appearing on television, the GOP front-runner said Cole was “a disaster”.", "disaster", "GOP front-runner"),
    # a title points back to someone named before it, not ahead to someone named later
    ("President Luis Mora dismissed the claim. Speaking on television, the socialist leader called Vela “a puppet”."
     "\n\nOpposition leader Ana Ruiz, who was barred from running, disagreed.", "a puppet", "Luis Mora"),
    # "the New York Democrat" is a person described, not the party
    ("Senate leaders met on Friday. The New York Democrat said the bill “gives us the tools.”", "gives us",
     "New York Democrat"),
    ("The Republican National Committee said the ad was “false.”", "false", "Republican National Committee"),
    # an unnamed source who speaks in reported speech talks on in the quote after it
    ("“We were alone,” said Carmen Ruiz, 62.\n\nOne resident, who asked not to be named, said officials had "
     "ignored warnings. “They knew. Everybody knew.”", "They knew", "One resident"),
    # a name known by a word inside the full name: "Lula" is Luiz Inácio Lula da Silva, even after a headline's "Lula"
    ("Lula says Brazil will not take sides\n\nBrazilian President Luiz Inácio Lula da Silva spoke on Tuesday.\n\n"
     "“Brazil wants peace,” Lula said.", "Brazil wants", "Luiz Inácio Lula da Silva"),
    # a long "of" title is whole: "the Venezuelan president" matches "President of the Bolivarian Republic of Venezuela"
    ("The President of the Bolivarian Republic of Venezuela, Luis Mora, spoke on Tuesday.\n\n"
     "“The homeland is not negotiable,” said the Venezuelan president.", "homeland", "Luis Mora"),
    # a pronoun after someone else's title is no evidence of the subject's gender
    ("President Ivan Petrov met Vice President Delcy Ramos.\n\n“We are ready,” the president said.\n\n"
     "Delcy Ramos thanked the head of state for his support. “We stand together,” she said.", "stand together", "Delcy Ramos"),
    # a title before a full name is no part of it; an outlet's possessive before a name is the outlet's, not the name's
    ("Spokeswoman Sarah Vance said critics were “rooting for failure.”", "rooting", "Sarah Vance"),
    ("Commentary's Noel Rathbone wrote that the plan was “a fantasy.”", "fantasy", "Noel Rathbone"),
    # a sentence that opens with the cue before the name: "Said" is no first name there
    ("State Sen. Omar Haddad criticised the pardons.\n\nSaid Haddad: “We will subpoena the records.”", "subpoena",
     "Omar Haddad"),
    # a person named right after a closing cue said it, however the parser hangs the name
    ("Governor Tom Hale spoke first.\n\n“What's shaping up is a battle for the ages,” said David Brock, a Hale "
     "confidant who heads the pro-Hale super PAC Correct the Record.", "battle for the ages", "David Brock"),
    # a short quoted name inside the apposition between speaker and cue does not hide the speaker
    ("Governor Tom Hale spoke first.\n\n“We've had better conventions,” Texas delegate Bill Eastland, wearing a "
     "cowboy hat and “Ted Cruz” campaign pins, said quietly.", "better conventions", "Bill Eastland"),
    # a sentence's verb with two subjects: the nearer is its own ("Or maybe X, consultant Y says.")
    ("Governor Tom Hale leads the race.\n\nOr maybe Ann Cole, strategist Phil Musser says. "
     "“Several surveys suggest a second look.”", "Several surveys", "Phil Musser"),
    # the one asked answers: after "X asked Y whether …", "he replied" is Y
    ("Republican Mark Dalby and Democrat Steve Okonjo met on Thursday.\n\nModerator Jan Pruitt asked Dalby whether "
     "he would support the ban. “That is a question for the states,” he replied.", "question for the states", "Mark Dalby"),
    # a surname the tagger took for an adjective, before a parenthetical and the cue
    ("Republican Mark Dalby and Democrat Steve Okonjo met on Thursday.\n\nDalby attacked first. Okonjo, in turn, "
     "called Dalby's tax plan “a giveaway to his donors.”", "giveaway", "Steve Okonjo"),
    # a headline's title that two people of the article hold, before either is named, is no one yet
    ("Minister says talks “constructive”\n\nForeign Minister Ana Ruiz met Foreign Minister Omar Haddad on Monday.",
     "constructive", "Minister"),
    ("Foreign Minister Ana Ruiz met Interior Minister Omar Haddad on Monday.\n\n“It was constructive,” the minister said.",
     "constructive", "Omar Haddad"),
    # a title the article gives no one is reported as written, not as the name nearby
    ("The city's new mayor on Tuesday rejected Governor Tom Hale's offer to make an “exception” to the ban.",
     "exception", "city's new mayor"),
    # ...but a cue that reports no one else keeps its own speaker
    ("Tom Hale said the plan was “dead,” and Ana Reyes agreed.", "dead", "Tom Hale"),
    # a hyphen the tokenizer split stays inside the name
    ("Foreign Minister Reza Amir-Tabari met President Omar al-Hakim.\n\n“We stand together,” Amir-Tabari said.\n\n"
     "Al-Hakim agreed. “Our friends are loyal,” he said.", "We stand", "Reza Amir-Tabari"),
    ("Foreign Minister Reza Amir-Tabari met President Omar al-Hakim.\n\n“We stand together,” Amir-Tabari said.\n\n"
     "Al-Hakim agreed. “Our friends are loyal,” he said.", "loyal", "Omar al-Hakim"),
    # names the entity recogniser labels as something else are people when a title announces them
    ("President of Kazakhstan Kassym-Jomart Tokayev received guests.\n\n“We are friends,” the Kazakh President said.",
     "We are friends", "Kassym-Jomart Tokayev"),
    ("He met the visiting President of Mongolia, Ukhnaagiin Khurelsukh, on Tuesday.\n\n"
     "According to the Mongolian leader, “the potential is far from exhausted.”", "potential", "Ukhnaagiin Khurelsukh"),
    # a title whose "of" phrase swallowed the honorific: "Leader of [the Revolution Ayatollah] X"
    ("In a meeting on Wednesday, Leader of the Islamic Revolution Ayatollah Seyyed Karim Tabrizi praised science.\n\n"
     "The Leader concluded: “I am hopeful.”", "hopeful", "Karim Tabrizi"),
    # a title whose proper modifiers name someone else's office is not that person
    ("“We value the partnership,” Kremlin spokesman Dmitry Peskov told reporters.\n\n"
     "Iran's foreign ministry spokesman said Tehran “stands with the nation.”", "stands with", "Iran’s foreign ministry spokesman"),
    # "the head of state" is the president the article named
    ("Belarusian President Aleksandr Vorin warned Poland on Friday.\n\n“We do not want a conflict,” the head of state said.",
     "conflict", "Aleksandr Vorin"),
    # a style of address is a pronoun in court dress
    ("Ayatollah Karim Tabrizi met professors.\n\n“Science is power,” His Eminence said.", "Science", "Karim Tabrizi"),
    ("Queen Maria Holst opened the bridge.\n\n“It joins two peoples,” Her Majesty said.", "joins", "Maria Holst"),
    # a passive clause between a participle cue and its speaker is not the speaker
    ("The foreign ministry said in a statement that eight agreements had been signed, describing the visit as “historic”.",
     "historic", "foreign ministry"),
    # one spelling of a name for the whole article
    ("Hillary Rodham Clinton spoke. Hillary Rodham Clinton left.\n\n“We will win,” Hillary Clinton said.\n\n"
     "“We must,” she added.", "We must", "Hillary Rodham Clinton"),
    ("Hillary Rodham Clinton spoke. Hillary Rodham Clinton left.\n\n“We will win,” Hillary Clinton said.",
     "We will win", "Hillary Rodham Clinton"),
    # a source that is a document or a count speaks for whoever made it
    ("The tax is “a burden on families,” according to a report filed by Lena Marsh.", "burden", "Lena Marsh"),
    ("A fair wage is “about $14 an hour,” according to estimates by Omar Diaz of the Tillman Institute.",
     "14 an hour", "Omar Diaz"),
    # a passive cue's agent is the speaker: "was asked by X", "called … by X"
    ("Governor Ray Fenton was asked by moderator Julia Park whether he would “raise taxes on the middle class.”",
     "raise taxes", "Julia Park"),
    ("The bill is often labeled a “giveaway to banks” by Democrats, and it stalled.", "giveaway", "Democrats"),
    # a quote inside someone's claim, pledge or comment is theirs; an adjective on it is the writer's
    ("Senator Dana Cole blamed reporters for the fuss over Mark Ortiz’s claim that the mayor “rigged the vote.”",
     "rigged the vote", "Mark Ortiz"),
    ("The worries go beyond Senator Tom Hale’s pledge to stay “neutral” in the talks.", "neutral", "Tom Hale"),
    ("Tom Hale said that Ana Reyes’s “divisive” comments were a mistake.", "divisive", "Tom Hale"),
    # ", saying" after a reported clause belongs to the one who reports it, not to the clause's subject
    ("In reply, Interior Secretary Jon Marsh released a statement saying that Tom Hale had “shown his love for the "
     "islands” during the opening of a hotel, calling it a “special place.”", "special place", "Jon Marsh"),
    ("The Daily Ledger reported in October that Ana Lind’s speaking agency advertised her schedule, noting her "
     "“limited availability” for private events.", "limited availability", "Daily Ledger"),
    # a report named after the clause, subject after its verb: ", reported the Examiner"
    ("Party chairwoman Ana Lind noted that the tax is “central” to the platform for the first time, reported the "
     "Tillman Examiner.", "central", "Tillman Examiner"),
    # a capitalised "modal" before a finite verb is a name ("Will described", "May warned")
    ("Columnist George Will spoke at length.\n\nWill described Senator Tom Hale as “a fiasco for the party.”",
     "fiasco", "George Will"),
    # a cue that reports no words (wanted speech, denied speech) yields to one that does
    ("Senator Ana Lind says the council should act and that she expects Mayor Tom Hale to announce an "
     "“intensification” of the effort.", "intensification", "Ana Lind"),
    ("Ana Lind cannot say that “from her view,” Tom Hale added, saying it should be “up to the voters to decide.”",
     "up to the voters", "Tom Hale"),
    # a pronoun that is the sentence root's own subject goes to the name an earlier clause of the sentence gives
    ("Senator Tom Hale sent a letter to Director Mark Ortiz on Monday.\n\nWhile Ortiz said there was clear evidence "
     "that the mayor was “extremely careless” and broke rules, he said there is no precedent for a case.",
     "extremely careless", "Mark Ortiz"),
    ("Tom Hale teased Ana Lind on Twitter in January.\n\nLind's spokesman Mark Ortiz fired back: “As a guardian of "
     "the legacy,” he wrote, “we know you are rooting for her.”", "guardian", "Mark Ortiz"),
    # a quote after "“A,” X said." goes on with X, not with the next clause's reporting verb
    ("“It is a sad day,” Mark Ortiz told reporters. “This is the price of the feud.” Ana Reyes said the feud "
     "would end soon.", "price of the feud", "Mark Ortiz"),
    # ...but a bare cue right after the quote still names its speaker
    ("“I am not sure,” Mark Ortiz said. “Next week?” Laura Chen asked.", "Next week", "Laura Chen"),
    # a demonstrative or "what" heads no speaker mention: "That prompted …", "apologized for what happened:"
    ("At one point, Senator Mark Ortiz coached Tom Hale to “breathe deeply.” That prompted Laura Chen to laugh.",
     "breathe", "Mark Ortiz"),
    ("Senator Mark Ortiz has since apologized for what happened: “I was wrong to do it.”", "wrong", "Mark Ortiz"),
    # a cue verb the parser left without a subject: the noun phrase right before it, hung elsewhere
    ("Although there was no meeting with the mayor, a senior aide who spoke anonymously said Tuesday, "
     "“Certainly there are talks.”", "Certainly", "a senior aide"),
    # a surname that is also a modal: "Will wrote" is no future tense
    ("Columnist George Will met Senator Tom Hale on Monday.\n\n“It is a folly,” Will wrote.", "folly", "George Will"),
    # a pronoun after a named subject earlier in its own sentence is that subject
    ("Senator Tom Hale criticized Mark Ortiz on Monday.\n\nOrtiz fired back: “It is a lie,” he wrote, “and we know it.”",
     "we know it", "Mark Ortiz"),
    # ...but not a subject inside a subordinate clause or a verb after the pronoun
    ("Laura Chen is the mayor's pollster.\n\n“I don't think the old view” -- that Tom Hale is weak -- “will last,” "
     "she says.", "will last", "Laura Chen"),
    # gender votes stop at the next person named: "his" after "Hale" is Hale's, not Reed's
    ("Sam Reed met Senator Tom Hale.\n\nReed said she wants Hale to explain his plan, his budget and his staff.\n\n"
     "“It is unclear,” she said.", "unclear", "Sam Reed"),
    # with no cue, the speaker of the paragraph just before beats the latest name (someone talked about)
    ("Senator Tom Hale said on Monday that the plan would fail, citing a study by Mark Ortiz.\n\n"
     "“It will collapse by spring. We need a new leader,” Hale from his desk.", "collapse", "Tom Hale"),
    # mention -> name slips: a surname tagged as a place, a lone first name in a family, a name in apposition
    ("Governor Paul Reyes was joined on Monday by Buddy Valastro, the baker.\n\nValastro praised the governor.\n\n"
     "“We need someone who gets things done.”", "gets things done", "Buddy Valastro"),
    ("Bill Clinton and Hillary Clinton arrived.\n\nBill Clinton spoke first. Then Clinton left.\n\n"
     "“I chose to work,” Hillary said.", "chose to work", "Hillary Clinton"),
    ("Hale’s Indiana chairman, Rex Early, said the count was “news to me.”", "news to me", "Rex Early"),
    # a paragraph after a colon: the reporting verb's subject before the sentence's main subject
    ("Senator Tom Hale made the same claim in May, and Laura Chen responded:\n\n“That is false and he knows it.”",
     "false", "Laura Chen"),
    # a non-breaking space before the quote; the subject of the clause the colon ends
    ("As if addressing him directly, the Ohio Board of Elections was firm in its findings:\xa0“Further talk is pointless.”",
     "pointless", "Ohio Board of Elections"),
    # a paragraph after a colon whose reporting verb has an unnamed source: that source, as written
    ("“We stand firm,” said Tom Hale.\n\nThe pact shaped the whole movement, as the Reed Institute website notes:\n\n"
     "“In the spring of 1971, forty students met in a barn.”", "forty students", "Reed Institute website"),
    # a share of people answering a poll: the poll the sentence names, else the share, not whom they talk about
    ("Senator Tom Hale spoke in Dayton.\n\nThe Ridgeway poll also finds that, while 41 percent of voters say Hale is "
     "“too reckless,” 30 percent disagree.", "too reckless", "Ridgeway poll"),
    ("Senator Tom Hale spoke in Dayton.\n\nIn a Ridgeway poll released Sunday, 41 percent of voters said Hale was "
     "“too reckless” to lead.", "too reckless", "a Ridgeway poll"),
    ("Senator Tom Hale spoke in Dayton.\n\nAbout three in 10 said they were “furious” with Hale.", "furious",
     "three in 10"),
    # the governor of the complement clause is the second of two coordinated verbs: their shared subject
    ("Senator Tom Hale gave a speech.\n\nSeveral economists have doubted the figures but have speculated that Hale "
     "might still lift the “headline rate” by other means.", "headline rate", "Several economists"),
    # a name before a colon that a verb speaks to is the addressee, not the speaker
    ("Senator Tom Hale spoke on Monday.\n\nGovernor Laura Chen delivered a blunt message to Hale: "
     "“It is time to stop attacking people and get on message.”", "stop attacking", "Laura Chen"),
    # a woven quote with no cue: the sentence's own subject, even a description, before the speaker of the paragraph above
    ("“We will fight it,” said Tom Hale.\n\nState teachers unions have long campaigned against letting outside vendors "
     "run services that are considered “core public duties.”", "core public duties", "State teachers unions"),
    # a woven quote in a passive clause with an agent: the agent's word
    ("Governor Laura Chen met Senator Tom Hale on the tarmac.\n\nThey shook hands in what would come to be mocked "
     "by many farmers as a “photo op” for weeks.", "photo op", "many farmers"),
    # a dateline the parser makes a subject is no speaker of a woven quote
    ("Farm group backs Hale.\n\nDES MOINES, May 3 (AP) — The National Farm Council released a statement at the start "
     "of the fair Monday, offering “full and early support” to Senator Tom Hale.", "full and early", "National Farm Council"),
    # a sentence opening "To X," gives X's view
    ("Laura Chen of Polk County has known Senator Tom Hale for years.\n\nTo Chen, Hale is the “warm and generous” "
     "neighbor who saved her farm.", "warm and generous", "Laura Chen"),
    # a woven quote in a complement clause is the view of the clause's governor, not of its own subject
    ("Senator Tom Hale has made clear that he expects the Laura Chen camp to unleash its “attack dogs” on him.",
     "attack dogs", "Tom Hale"),
    ("But Tom Hale’s most explosive claim is that the Ethics Committee is a “witch hunt” against him.",
     "witch hunt", "Tom Hale"),
    # "accuse" reports words: the accuser speaks, not a later cue's subject
    ("Senator Laura Chen accuses Governor Tom Hale of running a “shadow budget” while Hale says the state is broke.",
     "shadow budget", "Laura Chen"),
    ("Laura Chen accused her rival of a “gross betrayal” in a plan that Tom Hale said would pass.",
     "gross betrayal", "Laura Chen"),
    # a participle hanging from a passive verb is said by the passive subject, not by the agent
    ("Comedian Laura Chen was booed and shouted down by Tom Hale fans after telling them that they were “acting like children.”",
     "acting like children", "Laura Chen"),
    ("Governor Laura Chen was criticized by Tom Hale after saying the budget was “a total mess.”", "total mess", "Laura Chen"),
    # a cue verb the parser gives two subjects: the one nearer the verb is its own ("…, said X")
    ("Couple global attention with a “mayor who is a lightning rod” and Daytonians get nervous, said Laura Chen, "
     "executive director of the Ohio Renters Union.", "lightning rod", "Laura Chen"),
    # verbs of praise, blame and defence report words: "defended X as “…”", "praising “…”"
    ("Governor Tom Hale defended his deputy as a “loyal public servant” on Tuesday, hours after the deputy was charged "
     "with fraud.", "loyal public servant", "Tom Hale"),
    ("Laura Chen spent the evening rallying for a retired teacher named Tom Hale, who worked the room, praising "
     "“Chen's courage and honesty” as she promised to fix the schools.", "courage", "Tom Hale"),
    # a participle joined after a reported clause continues the participle that introduced the clause
    ('Democrats were quick to pile on, with Laura Chen tweeting that it was a "fiasco" for Hale and asking, '
     '"How can anyone trust this man?"', "trust this man", "Laura Chen"),
    ('Tom Hale pushed back on those claims Friday, saying that the plan had the right pieces but was sunk by voter '
     'anger - and arguing that he and Chen shared "almost the same goals on schools."', "same goals", "Tom Hale"),
    # a saying-participle hung on the addressee of a cue verb is the sender's
    ("The Ohio senator emailed donors saying: “The fight goes on” and vowing to keep campaigning.",
     "fight goes on", "Ohio senator"),
    # a phrasal speech verb whose particle the parser reads as an adverb: "fired back forcefully:"
    ("When Tom Hale claimed the mill would close, Laura Chen fired back sharply: “That is simply false.”",
     "simply false", "Laura Chen"),
    # a document that speaks speaks for whoever the sentence says issued it
    ("A statement issued by Tom Hale on Monday said the plan was “dead on arrival.”", "dead on arrival", "Tom Hale"),
    # "portray X as “…”" names a thing, like "call" and "label"
    ("The record shows that Tom Hale’s name was announced on a police scanner long before city officials started to "
     "portray the shooting as a “workplace dispute.”", "workplace dispute", "city officials"),
    # a negated cue reports nothing, so it is no outer source for the cue inside its clause
    ("Tom Hale did not say that “the plan is dead,” Laura Chen insisted.", "plan is dead", "Laura Chen"),
    ("Laura Chen cannot say that “in her view,” Tom Hale added, saying it should be up to the voters.", "her view",
     "Tom Hale"),
    # a that-clause right after an utterance noun completes the noun, wherever the parser hangs it
    ('Governor Tom Hale and Senator Laura Chen met in Dayton.\n\nAs the debate progressed and Hale stood by his comment '
     'Monday that "Ohio hates us," refusing to acknowledge that not all voters hate him, Chen again tried to rebuke '
     'the front-runner.', "Ohio hates us", "Tom Hale"),
    # a possessor inside an apposition is another person, not a title of the name ("Ms." then finds her)
    ("Representative Thomas Beale of Iowa, who supports Mr. Okafor's rival, Catherine Wu, spoke first.\n\n"
     "“I have been underestimated my whole life,” Ms. Wu said.", "underestimated", "Catherine Wu"),
    # a quote that a naming verb gives an utterance noun is the namer's label, not the noun's owner's words
    ("Senator Tom Hale has called the governor's health proposal “a fantasy.”", "fantasy", "Tom Hale"),
    # a common-noun subject with a named apposition is that person, for the pronouns after it
    ("Standing before a packed hall in Erie, Victor Brandt told the crowd that the election was rigged.\n\n"
     "His rival, Marianne Ostrow, was quick to respond. She called the remarks “dangerous.”", "dangerous", "Marianne Ostrow"),
    # common first names give a gender when the article gives none
    ("Alan Pryce praised Joanna Dalby on Tuesday.\n\n“The plan is dead,” she said.", "plan is dead", "Joanna Dalby"),
    # only a title's head noun makes a description hers: "the victim" is not "the mother of the victim"
    ("Jane Doe, the mother of the victim, wept in court.\n\nThe victim said “help” twice.", "help", "victim"),
    # "Said" opening a sentence is a first name when no quote or colon follows the name
    ("Said Jalili, Iran's chief negotiator, said the talks were “useful.”", "useful", "Said Jalili"),
    # "The Independent" is the newspaper, not a party member
    ("The Independent said the plan was “doomed”.", "doomed", "Independent"),
    # a hyphenated given name split by the tokenizer keeps its lower-case half: still a name
    ("Another legislator, Dr Lam Siu-fung, asked the government to exempt elderly tenants.\n\n"
     "Lam said: “Old people living alone cannot afford another increase.”", "Old people", "Lam Siu-fung"),
    # the one introduced as "the Head of State" is "the President" later
    ("The Head of State, Ramiro Olmedo, on Tuesday rejected the new sanctions.\n\n"
     "The President stated that the measures seek to “strangle the economy of the family.”", "strangle", "Ramiro Olmedo"),
    # a capitalised title the article gave someone ("Speaker X") is that person later, not a name
    ("Speaker Tobias Arundel later said the members could raise the issue in the budget session.\n\n"
     "“The rules of the House must be followed by everyone,” the Speaker said.", "rules of the House", "Tobias Arundel"),
    # "Title of Place Name": the place is not part of the name, and the title phrase is the person
    ("Leader of the Opposition Edappadi K. Ramasamy said the government was “hiding from the people.”",
     "hiding", "Edappadi K. Ramasamy"),
    ("Prime Minister of Belarus Roman Golovchenko also took part.\n\n"
     "“We have discussed specific projects,” Golovchenko said.", "specific projects", "Roman Golovchenko"),
    # "the Venezuelan leader" for the one head of state named before, whose titles name no country
    ("The Head of State, Luis Mora, rejected the sanctions on Tuesday.\n\n“We will not kneel,” said the Venezuelan "
     "leader at the palace.", "not kneel", "Luis Mora"),
    # ...but not for a head of state the article gives another country
    ("Belarusian President Ivan Petrov met Luis Mora on Tuesday.\n\n“We will not kneel,” said the Venezuelan "
     "leader at the palace.", "not kneel", "Venezuelan leader"),
    # "the statement" points back to whoever issued the statement a sentence before
    ("A spokesman for the Housing Authority later said in a statement that a decision would come in December.\n\n"
     "“The authority will consider all views,” the statement read.", "consider all views",
     "A spokesman for the Housing Authority"),
    ("Governor Tom Hale issued a statement on Monday.\n\n“We will rebuild,” the statement said.", "rebuild", "Tom Hale"),
    # a first name before a surname the article names elsewhere is one name, even when the recogniser missed it
    ("When Amara Okafor was elected mayor last year, nobody was more surprised.\n\n"
     "“I never wanted to be a politician,” says Okafor, 44.", "never wanted", "Amara Okafor"),
    # a description with an organisation in apposition is that organisation
    ("The army said the talks had stalled.\n\nThe rival Rapid Support Forces (RSF) accused the army of "
     "“sabotaging peace efforts”.", "sabotaging", "Rapid Support Forces"),
    # "“…” - that was the verdict of X": X's words
    ("Governor Laura Whitfield defended the pardons.\n\n\"This is politics, pure and simple\" - that was the verdict "
     "of Whitfield's chief of staff, Dana Kim.", "pure and simple", "Dana Kim"),
    # a headline names a person as the body does: a last word the body never writes again is the headline's verb
    ("Rep. Tom Brancato Slams 'Amnesty' Bill\n\nRep. Tom Brancato (R-AZ) said on Monday that the bill was a mistake. "
     "Brancato voted against it.", "Amnesty", "Tom Brancato"),
    # a person noun's apposition of first name and surname is a person, even tagged as an organisation
    ("Governor Ned Calloway denied the report.\n\nCalloway's spokeswoman, Tamsin Reyes, said in an email that the "
     "story was “riddled with errors.”", "riddled", "Tamsin Reyes"),
    # a headline opening with a quote and a colon names the speaker after the colon
    ("‘I never wanted to be a politician’: an interview with Maria Delgado\n\nMaria Delgado became mayor last year.",
     "never wanted", "Maria Delgado"),
    # an honorific makes a person of a surname the recogniser took for an organisation or a product
    ("Ministry spokesperson Randhir Jaiswal told reporters that six agreements were signed. \"These agreements cover "
     "defence, maritime security and trade,\" Mr Jaiswal said.", "agreements cover", "Randhir Jaiswal"),
    # an unnamed source met again is reported as the article introduced it
    ("A U.S. official, who spoke on condition of anonymity, said Washington was “deeply frustrated.”\n\n"
     "“There is no military solution,” the official said.", "no military", "A U.S. official"),
    ("A U.S. official said Washington was “deeply frustrated.”\n\n“There is no solution,” the diplomat said.",
     "no solution", "diplomat"),
    # a quote inside an interviewer's question does not make its speaker the one who answers
    ("Maria Delgado became mayor last year. We spoke to her.\n\nWhat made you run?\n\n\"Anger, honestly.\"\n\n"
     "Your opponent called you \"a single-issue candidate\". Was he wrong?\n\n\"He was right, in a way.\"",
     "right, in a way", "Maria Delgado"),
    # "the official" repeats the "A senior … official" that brought the unnamed source in
    ("A senior party official, speaking on condition of anonymity, said leaders were worried.\n\n"
     "“Nobody wants a floor fight,” the official said.", "floor fight", "A senior party official"),
    # (but not an official the article has named)
    ("Party official Dana Roe said leaders were worried.\n\n“Nobody wants a floor fight,” the official said.",
     "floor fight", "Dana Roe"),
    # "most voters" is a share of people too: the poll that found it speaks, not an earlier share of the sentence
    ("The survey of 800 voters was taken last week.\n\nNearly half say they are undecided, and the poll found "
     "that most voters see the race as “a coin flip.”", "coin flip", "poll"),
    # a sign's words are its bearer's, not those of the cue beside them
    ("“We will win this state,” Governor Ray Tull said as supporters waved signs reading “Tull Means Jobs.”",
     "Means Jobs", "supporters"),
    ("Among the protesters was a man who wore a shirt that read “No more tolls!” Governor Ray Tull ignored him.",
     "No more tolls", "a man"),
    # (a sign someone only sees is not theirs)
    ("Mayor Ann Cole said drivers were surprised to see a road sign that read “Vote Tull.”", "Vote Tull", "Ann Cole"),
    # a day the parser takes for the subject of "said": the person named just before the verb said it
    ("Calder: Hartigan Is Unfit for Office\n\nMonday at the state party’s annual dinner Sen. Ruth Calder (D-OH) said "
     "Republican nominee Doug Hartigan was “unfit for the office” he seeks.", "unfit for", "Ruth Calder"),
    # a man and a woman sharing a surname: the bare surname is the one its pronouns say, however
    # often the other is named in full
    ("Former governor Paul Whitaker campaigned in Ohio on Monday. Paul Whitaker spoke for an hour. Paul Whitaker "
     "left early.\n\nMaria Whitaker spoke next. Whitaker said she would cut taxes. “We will win in November,” "
     "Whitaker said.", "win in November", "Maria Whitaker"),
    ("Former governor Paul Whitaker campaigned in Ohio on Monday. Paul Whitaker spoke for an hour. Paul Whitaker "
     "left early.\n\nMaria Whitaker spoke next. Whitaker said he would cut taxes. “We will win in November,” "
     "Whitaker said.", "win in November", "Paul Whitaker"),
    # a speech participle the parser hangs on a time clause goes on with the speech verb above it
    ("Radio host Dan Cole spoke on Tuesday. \"We need him back,\" Cole said on his show after the senator won his "
     "primary, remarking that there are \"still some voters angry\" at the tax bill.", "voters angry", "Dan Cole"),
    # a fronted topic ("Of X,") the parser takes for the subject: the subject is the phrase after its comma
    ("Of Hale, Devlin, who has given money to Senator Tom Reyes, said, “He’s flat-out scary.”", "flat-out", "Devlin"),
    # "NAME, AGE, told X": only a person is given an age, whatever the recogniser tags the name
    ("The fracas erupted just two months after the tycoon entered the race.\n\n“We were badly wrong not to have "
     "confronted him at the start,” Ramos, 58, told AFP in an interview in Lima on Monday.", "badly wrong", "Ramos"),
    # "who" of a description in apposition to a name is the named one
    ("The campaign hired two data engineers last year. Kline, a Texas native who writes fiction on the side (his "
     "self-published book of short stories includes one on a baking contest “where the loser becomes dessert”), has "
     "cast himself as a strategist.", "loser becomes", "Kline"),
    # a name closing an aside between dashes is no subject: the phrase after the closing dash is
    ("In the letter - addressed to the U.S. attorney for the District of Columbia, Donna R. Philips - the Ohio "
     "Republican asks for an inquiry to determine whether \"county clerks or their contractors destroyed records\"",
     "county clerks", "Ohio Republican"),
    # "half of voters" is a share of people, an unnamed source like "most of them"
    ("Governor Ann Rusk spoke on Monday. Exit polls were released in the evening.\n\nAt least half of voters in each "
     "county say both budget plans are “about right,” though voters are more likely to say Rusk’s plan is too costly.",
     "about right", "half of voters in each county"),
    # a speech verb of a time or relative clause, with its own named subject, reports the quote it holds,
    # though the parser hangs the quote's closing period on the main verb
    ("“It is misleading to call that a rescue bill,” Ortiz tweeted after Hale argued for the second straight debate "
     "that “if everyone had voted as he voted, we would not have saved the steel industry.”", "if everyone", "Hale"),
    ("In a clip that Judge Amy Carter called “distasteful,” Dunn expressed a desire to “try the governor.”",
     "distasteful", "Amy Carter"),
    ("Mayor Tom Lee said the convention would go smoothly, adding that the process of writing the party’s platform "
     "and holding its vote was “messy.”", "messy", "Tom Lee"),
    # a quote inside the clause a cue before it reports is that cue's, not the next sentence-level cue's
    ("Governor Tom Hale criticized Judge Ana Ruiz in December.\n\nAfter Ruiz said that students who did not qualify "
     "for top colleges might do better at \"less demanding schools,\" Hale said: \"I don't like what she said.\"",
     "less demanding", "Ana Ruiz"),
    # "X, who Y called “…”": the name after an object "who" does the calling
    ("Radio host Dan Ortiz said the senator was a threat.\n\nMuch of Ortiz’s ire was also directed at Hale, who Ortiz "
     "on Wednesday called “a horrible, dishonest human being.”", "dishonest", "Dan Ortiz"),
    # a quote set between dashes is an aside of the clause before it, not reported by a verb after the dash
    ("Although former Ohio governor Tom Hale lamented his rival's habit of making promises - \"does he have to keep "
     "promising them the moon?\" - Democrats in Iowa who watched the debate said they were unmoved.", "the moon",
     "Tom Hale"),
    # the person who opens a sentence before a comma is its subject when the parser gives the main verb none
    ("Senator Paul Reed and Governor Ted Marsh both floated the notion Sunday.\n\nThe test originated in the mouth of "
     "Donald Hale, who proclaimed in July that farmers \"cannot stay.\" Hale, later alleging - again falsely - that "
     "President Obama wanted to admit 250,000 migrants, said he would deport workers, who he speculates are \"mostly "
     "men\" and perhaps part of a plot.", "mostly men", "Donald Hale"),
    # a name before a plural noun says whose they are, not who they are
    ("Governor Ann Rusk spoke in Dayton on Monday.\n\n“Four more years!” Rusk supporters chanted as she left the "
     "stage.", "Four more", "Rusk supporters"),
    # an event is no speaker: "The incident came …, when protesters interrupted her, shouting “…”"
    ("The incident came during a speech in Akron, when protesters interrupted her, shouting “she wins, we lose!”",
     "we lose", "protesters"),
    # a sentence the parser begins inside an earlier quotation goes on with the sentence before it
    ("Columnist Dana Ruiz stated that Thursday’s debate was a “more Hale-style” debate and the governor “did well, "
     "because it was a serious debate. It was more uplifting” and Hale was hurt by going “personally, just in the "
     "gutter” against his rival on Friday’s show.", "in the gutter", "Dana Ruiz"),
    # a woven quote inside a report, post or headline, with no verb between: the report's source speaks
    ("Mayor Ana Cruz spoke on Monday.\n\nDoubts about her budget, along with a report in The Daily Ledger this week "
     "about her office “bleeding staff,” have spread among council members.", "bleeding staff", "Daily Ledger"),
    # a colon after a document with no cue verb: who made the document ("From X's post:", "this headline from Y:")
    ("Governor Tom Hale quit the race on Monday. Senator Ana Ruiz, his rival, praised him.\n\nFrom Hale's farewell post: “I leave with no regrets.”",
     "no regrets", "Tom Hale"),
    ("Mayor Ana Cruz criticised the police chief, Tom Hale, on Monday.\n\nAnd consider this headline from The Daily "
     "Ledger, which angered the mayor's allies: “Chief Hale Defies City Hall.”", "Defies", "Daily Ledger"),
    # "Here's X …:" presents X's own words, whatever place or date follows the name
    ("Senator Ana Ruiz has changed her tune on trade. Her rival, Tom Hale, noticed.\nHere’s Ruiz at a rally in "
     "Denver: “Our new direction must rest on free trade.”", "new direction", "Ana Ruiz"),
    # the sentence after a quote names its source: "“…” That quote from X appeared …"
    ("Senator Ana Ruiz opened the session.\n\n“Politics is the art of the possible.” That line from former governor "
     "Tom Hale is still quoted in the statehouse.", "art of the possible", "Tom Hale"),
    # a title the article gives no one, speaking in reported speech, goes on speaking as written
    ("Mayor Ana Cruz met voters on Monday. Many were angry.\n\nThe church leader further related that the town had "
     "changed. “Nobody knows their neighbours any more.”", "neighbours", "church leader"),
    # "X's answer was that “…”": the answer is X's words
    ("Mayor Ana Cruz was asked about the budget by the moderator, Tom Hale.\n\nThe mayor’s answer was that “the city "
     "cannot afford it,” so the council should wait.", "cannot afford", "Ana Cruz"),
    # a quote in a relative clause describing an object is the words of the clause around it, not of the object
    ("Mayor Ana Cruz introduced the speaker.\n\nGovernor Tom Hale launched into a lament for the countless farmers "
     "who are “victims of bad trade deals.”", "bad trade deals", "Tom Hale"),
    # a surname the tagger reads as another word ("Early", "Still") right before a cue verb is its subject
    ("Ana Ruiz worked with Tom Early for years. Early said they never fought.\n\nAnd Early called Ruiz “a real smart "
     "woman. She understands the data.”", "smart woman", "Tom Early"),
    ("Ana Ruiz worked with Tom Early for years, and Cole Baxter ran the data shop.\n\n“Having two people who understand "
     "it is valuable,” said Early, explaining he worked more closely with Baxter, who cleaned up the voter file: “Cole is "
     "outstanding with data.”", "outstanding", "Tom Early"),
    # a sign someone holds up speaks for the one the sentence is about, not for a name inside "a Hale-Ruiz rally"
    ("Governor Tom Hale drew a crowd in Denver.\n\nThe day before, at a Hale-Ruiz rally in Boulder, Colo., 14-year-old "
     "Mia Soto hoisted a sign that read “Vote for sanity!” Her father stayed home.", "sanity", "Mia Soto"),
    # verbs of complaint report speech: "could be heard grousing that …"
    ("Tom Hale's campaign handed out leaflets at the fair, and Ana Ruiz watched.\n\nSome delegates could be heard "
     "grousing that the “fake” Hale brochures outnumbered the real ones.", "fake", "Some delegates"),
    # "As X reported, …:" before a quoted paragraph: X's report, not the subject of another cue in the clause
    ("Mayor Ana Cruz has refused to comment.\n\nAs The Daily Ledger reported, even on Friday morning the Cruz "
     "administration was refusing to call the attack terrorism:\n\n“The administration is still reluctant to call the "
     "attack an act of terrorism.”", "still reluctant", "Daily Ledger"),
    # "X imagined Y was thinking:": the words X puts in Y's mouth are X's
    ("Governor Tom Hale endorsed the mayor last week.\n\nBut after Tuesday's rally, columnist Ana Ruiz imagined Hale "
     "was thinking: “What have I done?” Others saw the same thing.", "What have I done", "Ana Ruiz"),
    # a cue after the quote's sentence, "according to" an outlet, reports the outlet's account as a cue beside it does
    ("Ana Ruiz spoke at the forum on Sunday and criticised Tom Hale after the event.\n\n“I think one has to ask, is "
     "this a priority for him because it is an election year?” Ruiz said at a press conference, according to The Daily "
     "Ledger.", "election year", "Daily Ledger"),
    # the sentence after a quote opens with the subject of another verb, not of the cue further on
    ("Republicans are circulating talking points on Mayor Ana Cruz.\n\nFor instance: That Cruz also misjudged Sheriff "
     "Tom Hale, having referred to him as a “reformer.” They are also focused on the budget, which they say left a hole "
     "in the schools.", "reformer", "Ana Cruz"),
    # "That prompted X to … call Y “…”": the one a causative verb makes act speaks, not the subject "That"
    ("At one point, Ana Ruiz told Tom Hale to “relax, relax, relax.” That prompted Cole Baxter to make a joke about yoga "
     "and call Hale “very flexible,” a nod to his many reversals.", "very flexible", "Cole Baxter"),
    # a plural speech verb after a plural name, read as a noun: "the Estonians state in the white paper"
    ("Mayor Ana Cruz met the delegation on Thursday.\n\n\"Today, the republic is one of the leading nations in fighting "
     "fraud, and has been working closely with its allies on all fronts,\" the Estonians state in the white paper, which "
     "was being shared with lawmakers on Thursday.", "leading nations", "Estonians"),
    # a word someone used ("X's mangling of “…”", "X's use of “…”") is X's, not the one who talks about it
    ("Mayor Ana Cruz spoke to the chamber of commerce on Monday.\n\nAs for Cruz’s mangling of “Massachusetts,” Tom "
     "Hale found comic relief in it.", "Massachusetts", "Ana Cruz"),
    ("Governor Tom Hale spoke on Monday.\n\nAna Ruiz mocked Hale's repeated use of “believe me” in the speech.",
     "believe me", "Tom Hale"),
    # a transcript line opens its paragraph: a "Name:" label inside a quote after a cue is the cued speaker's text
    ("Mayor Ana Cruz and Tom Hale debated on Monday. Cruz spoke first.\n\n“Debate recap,” tweeted Cole Baxter, a Hale "
     "aide. “Cruz: 'I come from the 60s.' Hale: 'This election is about the future.'”", "Cruz: 'I come", "Cole Baxter"),
    # the object of a verb before a woven quote ("attacking X as having “…”") is not who speaks
    ("\"You think I'm going to change?\" Governor Tom Hale asked reporters. \"I'm not changing.\"\n\nIn Hale's mind, his "
     "willingness to offend, attacking 2012 nominee Ana Ruiz as having \"choked like a dog,\" is a winning strategy.",
     "choked like a dog", "Tom Hale"),
    # "Alhaji" (and "Alhaja", "Hajia") is an honorific, like "Chief" or "Dr": no part of the name
    ("The party chairman, Alhaji Musa Garba Lawal, spoke in Kano.\n\n“We are ready,” Alhaji Lawal said.", "ready",
     "Musa Garba Lawal"),
    # "Tánaiste", "Taoiseach", "MEP", "MP", "TD" and the Philippine "Atty." are titles before a name, not part of it
    ("Tánaiste Declan Murtagh said the plan was “dead in the water.”", "dead in", "Declan Murtagh"),
    ("French MEP Claire Aubert said the vote was “a disgrace.”", "disgrace", "Claire Aubert"),
    ("Tánaiste Declan Murtagh flew to Brussels.\n\n“We will not be rushed,” the Tánaiste said.", "rushed",
     "Declan Murtagh"),
    # a first name the recogniser leaves out, between a title it took for a name and the surname it tagged alone
    ("Taoiseach Ciarán Moloney said the plan was “working at last.”", "working", "Ciarán Moloney"),
    # "he" after an unnamed source is that source, not a man named further back
    ("Party secretary Omar Latif said the talks would resume.\n\nA senior party leader, who requested anonymity, said "
     "some ministers had opposed the talks. “Some people wanted this to fail,” he said.", "wanted this", "A senior party leader"),
    # (but a named subject just before is still who "he" is)
    ("Party secretary Omar Latif said the talks would resume.\n\nSenator Rana Aslam, who chairs the committee, said "
     "some ministers had opposed the talks. “Some people wanted this to fail,” he said.", "wanted this", "Rana Aslam"),
    # an unnamed source "at" a place of work is written with it, up to the comma of what follows
    ("A senior official at the ministry, who asked not to be named because he is not allowed to speak to the media, "
     "said the plan was “on track.”", "on track", "A senior official at the ministry"),
    # "the diplomat said" repeats "An EU diplomat, speaking on condition of anonymity," as "the official said" does
    ("An EU diplomat, speaking on condition of anonymity, said a deal was close.\n\n“Everyone knows how this ends,” "
     "the diplomat said.", "Everyone knows", "An EU diplomat"),
    # (but a crowd is the crowd, not the one described before)
    ("A crowd of several thousand filled the square.\n\n“No more tolls!” the crowd chanted.", "No more", "crowd"),
    # "the source said" repeats whoever was brought in unnamed, whatever noun brought them in
    ("A member of the committee, who spoke on condition of anonymity, said five governors had written to the chairman. "
     "“He knows they are not happy,” the source said.", "not happy", "A member of the committee"),
    # "the Head of State", capitalised as East African and Latin American outlets write it, is still a title
    ("President Samuel Otieno toured Eldoret on Sunday.\n\nThe Head of State said cartels would be jailed "
     "“no matter how well connected.”", "well connected", "Samuel Otieno"),
    # a surname with a lower-case particle, written without the first name, is still that person's
    ("Dutch Prime Minister Jeroen van Aalst flew to Brussels.\n\n“We will not sign a blank cheque,” van Aalst said.",
     "blank cheque", "Jeroen van Aalst"),
    # a title written in capitals stands for its words
    ("Agriculture Cabinet Secretary Mary Wambugu spoke in Nakuru.\n\n\"Every farmer will be paid,\" the CS said.",
     "farmer", "Mary Wambugu"),
    ("Prime Minister Rishi Patel met Foreign Minister Ann Cole.\n\n\"We will not be held to ransom,\" the PM said.",
     "ransom", "Rishi Patel"),
    # a capitalised title's "for X and Y" phrase, then the name: the parser joins the name to the title with "and"
    ("The program airs seven days a week. Acme Radio Vice President for news and talk Dan Gorman called the show “the "
     "conservative news show of record.”", "news show of record", "Dan Gorman"),
    # a clause of time the parser made the root is no outer source of the speech before it
    ("In the last debate, candidates were able to talk their way out of tough questions.\n\n\"I never said that. I "
     "never said that,\" Hale said, after CNBC's Dana Quick said the billionaire front-runner had called Sen. Tom Ruiz "
     "(R-Fla.) a \"puppet.\"", "never said that", "Hale"),
    # a question in the reporter's voice that asks no one ("But will it?") keeps the speaker before it
    ("Tom Hale spoke.\n\nAna Ruiz said the plan was \"a fraud.\"\n\nHale said the state would pay for \"a new bridge.\" "
     "But will it?\n\n\"Believe me, it will happen.\"", "Believe me", "Tom Hale"),
    # a sign carried by the object of another verb is the object's, not that verb's subject's
    ("Hale mocked protesters holding signs that read “Dump Hale.”", "Dump Hale", "protesters"),
    ("Police arrested two students carrying a banner that read “No more war.”", "No more war", "two students"),
    ("Photographers followed supporters wearing hats that said “Hale Yes.”", "Hale Yes", "supporters"),
    # "Here's X:" presents only the phrase right after it, not a name inside its prepositions
    ("Governor Tom Hale visited the border town on Monday, and Mayor Ana Ruiz was not pleased.\n\nHere’s a message "
     "for Hale from Ruiz: “Go home and stay there.”", "Go home", "Ana Ruiz"),
    # "X believes Y had typed:": the words Y wrote are Y's; only a verb of thinking puts words in Y's head for X
    ("Police believe the gunman had typed: “Nobody will stop me.”", "Nobody will", "gunman"),
    # "X's use of “a private server”" is of a thing, not a word: the quote is the one who speaks of it
    ("Colby said Ruiz's use of “a private server” was “extremely careless.”", "private server", "Colby"),
    # a time clause after a cue that has no words of its own does not take the cue's report
    ("Hale replied when Ruiz asked about taxes that the plan was “fair to everyone.”", "fair to everyone", "Hale"),
    # "Chairperson" is a title like "Chairman", not part of the name
    ("Party Chairperson Selin Korkmaz said the budget was \"a disgrace.\"", "disgrace", "Selin Korkmaz"),
    # an unnamed source "in" an institution or place is written with it, but not "in the room" where they stood
    ("A senior official in the Interior Ministry, speaking on condition of anonymity, said the plan was \"on track.\"",
     "on track", "A senior official in the Interior Ministry"),
    ("An aide in the room said the senator \"looked tired.\"", "looked tired", "An aide"),
    # "the Prime Minister's Office", which the recogniser leaves untagged, is an office that speaks, also as "it"
    ("The Prime Minister's Office dismissed the report in a statement. \"The claims are false. Nobody was fired,\" "
     "it said.", "claims are false", "Prime Minister's Office"),
    ("The President's Office said the visit was \"a success.\"", "success", "President's Office"),
    # "Prince Nawaf" and "bin Saad Al Rashid", cut apart by the recogniser, are one name
    ("Saudi Foreign Minister Prince Nawaf bin Saad Al Rashid said in a phone call that the kingdom supported \"every "
     "effort\" to end the war.\n\n\"The region cannot wait,\" Prince Nawaf told reporters.", "cannot wait",
     "Nawaf bin Saad Al Rashid"),
    # a first name after a title is no nationality, even when the recogniser tags "Germán" as one
    ("Deputy Germán Etchegaray Ruiz, head of the bloc, said the cuts were \"cruel.\"", "cruel",
     "Germán Etchegaray Ruiz"),
    # "MK" (member of the Knesset) is a member's style before the name, like "MP" and "TD"
    ("But party chairman MK Dov Shalem said his faction would vote against it.\n\n\"We will not vote for this "
     "budget,\" Shalem said in a statement.", "this budget", "Dov Shalem"),
    # post-nominal letters of rank or honour ("KC", "OBE") are no part of the name
    ("For the defence, Nicholas Fenwick KC told the jury the evidence was \"thin.\"", "thin", "Nicholas Fenwick"),
    ("\"We never gave up,\" said Joan Pyle OBE, who founded the charity.", "never gave up", "Joan Pyle"),
    # a bare "the union" is the organisation named before with that noun; with none, the noun as written
    ("The Northern Rail Workers union called the offer an insult. \"We will ballot our members,\" the union said.",
     "ballot our members", "Northern Rail Workers"),
    ("Shares in Corvane fell. \"We will ballot our members,\" the union said.", "ballot our members", "union"),
    # "his son said" is the son the article named in apposition before; a relative never named stays unnamed
    ("His son, Tom Ruddock, said the family was grateful.\n\n\"He loved that farm,\" his son said.", "loved that farm",
     "Tom Ruddock"),
    ("Tom Ruddock died on Friday.\n\n\"He loved that farm,\" his son said.", "loved that farm", "his son"),
    # "the company" is the one organisation named so far
    ("Shares in Orvik Foods fell 18% on Thursday.\n\nThe company said profit would be \"materially below\" forecasts.",
     "materially", "Orvik Foods"),
    ("Orvik Foods and Bellmar Group both fell.\n\nThe company said profit would be \"materially below\" forecasts.",
     "materially", "company"),
    # "the release said" with no statement before is the release of the organisation the story opens with
    ("Brightwater Foods to cut 200 jobs\n\nBrightwater Foods said on Monday it would close its plant in Leeds.\n\n"
     "\"We will support every worker,\" the release said.", "support every worker", "Brightwater Foods"),
    ("The pit will close in May.\n\n\"We will support every worker,\" the release said.", "support every worker", "release"),
    # "the Speaker" of a house is a title: the Speaker named before; with none named, the title as written
    ("The Speaker, Dame Ruth Aldous, called for calm.\n\n\"Members will resume their seats,\" the Speaker said.",
     "resume their seats", "Ruth Aldous"),
    ("Tom Farrow chaired the meeting.\n\n\"Members will resume their seats,\" the Speaker said.", "resume their seats", "Speaker"),
    # a capitalised office with its holder in apposition is the holder: "the Member for Hexham North, Clara Dunne,"
    ("The Member for Hexham North, Clara Dunne, asked about a school closure.\n\n\"Parents in my town are furious,\" she said.",
     "are furious", "Clara Dunne"),
    ("\"Parents in my town are furious,\" the Member for Hexham North, Clara Dunne, said.", "are furious", "Clara Dunne"),
    ("\"Parents in my town are furious,\" the Member for Hexham North said.", "are furious", "Member"),
    # a speech over several paragraphs left open resumes with its speaker after a reporter's paragraph;
    # closed before the reporter's paragraph, a floating quote goes to the one that paragraph has speak
    ("Mayor Ellen Stroud spoke for an hour. She said:\n\n\"We will build the new bridge.\n\n\"It will open in 2028.\n\n"
     "Councillor Ian Marsh said the bridge had been delayed twice.\n\n\"I hear those worries, and I share them.\"",
     "I share them", "Ellen Stroud"),
    ("Mayor Ellen Stroud spoke for an hour. She said:\n\n\"We will build the new bridge.\n\n\"It will open in 2028.\"\n\n"
     "Councillor Ian Marsh said the bridge had been delayed twice.\n\n\"I hear those worries, and I share them.\"",
     "I share them", "Ian Marsh"),
    # a label standing for the cue: an utterance owned, or a name and a topic opening a paragraph
    ("Harlan Voss spoke in Dayton. His rival Marisa Quell answered within hours. Her verdict: “He has no plan.”",
     "no plan", "Marisa Quell"),
    ("Marisa Quell attacked the plan. Her aide Dale Pruitt agreed. Pruitt's response? “The voters heard her.”",
     "voters heard", "Dale Pruitt"),
    ("Harlan Voss and Marisa Quell spoke in Dayton.\n\nVoss on trade: “The deals are a disaster.”",
     "a disaster", "Harlan Voss"),
    ("Harlan Voss and Marisa Quell spoke in Dayton.\n\nQuell on Voss: “He is a con man.”", "con man", "Marisa Quell"),
    # not a label: a topic with no one's name
    ("Marisa Quell spoke first. Voss spoke next.\n\nMore on trade: “The deals are a disaster,” Voss said.",
     "a disaster", "Voss"),
    # an abbreviated title before a name is the title a later mention uses; a title never given stays unnamed
    ("Sen. Ray Tillis (R-Ohio) spoke on Monday.\n\n“We will fight,” the senator said.", "will fight", "Ray Tillis"),
    ("Gov. Harlan Voss spoke on Monday.\n\n“We will win,” the governor said.", "will win", "Harlan Voss"),
    ("Rep. Ana Ruiz (D-Texas) spoke on Monday.\n\n“We are ready,” the congresswoman said.", "are ready", "Ana Ruiz"),
    ("Gov. Harlan Voss spoke on Monday.\n\n“We will win,” the senator said.", "will win", "senator"),
    # a pronoun object of a person's own verb is someone else and says nothing of their gender; a reflexive does
    ("Tom Okafor spoke to CNN's Karen Welch on Sunday.\n\nWelch pressed him on the details.\n\n"
     "“Which loopholes would you close?” she asked.", "Which loopholes", "Karen Welch"),
    ("Jordan Welch defended himself on Sunday. Susan Ruiz was not convinced.\n\n“I did nothing wrong,” he said.",
     "nothing wrong", "Jordan Welch"),
    # first names tell a gender the article's pronouns do not: "Ana" is a woman, "Emeka" a man
    ("Jordan Welch spoke on Sunday. Ana Ruiz was not convinced.\n\n“I did nothing wrong,” he said.",
     "nothing wrong", "Jordan Welch"),
    ("Emeka Obi met Fatima Bello in Abuja on Monday. Bello was not convinced.\n\n“We made progress,” he said.",
     "made progress", "Emeka Obi"),
    # "the statement" points back to "X's statement": X issued it; a statement owned by no one stays as written
    ("Lena Brenner's statement also took aim at Okafor's record. According to the statement, his companies "
     "“filed for bankruptcy four times.”", "bankruptcy", "Lena Brenner"),
    ("The statement also took aim at Okafor's record. According to the statement, his companies "
     "“filed for bankruptcy four times.”", "bankruptcy", "statement"),
    # "in his words", "in X's words" name the speaker as "in the words of X" does; "in our words" names no one
    ("Venezuelan President Nicolás Maduro spoke on Tuesday. In his words, the sanctions are “a crime against humanity.”",
     "a crime", "Nicolás Maduro"),
    ("Venezuelan President Nicolás Maduro spoke on Tuesday. In Maduro's words, the sanctions are “a crime.”",
     "a crime", "Nicolás Maduro"),
    # a dateline with a date and an agency is no speaker ("Caracas, March 14 (teleSUR) –")
    ("Maduro denounces sanctions\n\nCaracas, March 14 (teleSUR) – Venezuelan President Nicolás Maduro on Tuesday "
     "denounced what he described as a new “economic war” against his country.", "economic war", "Nicolás Maduro"),
    # "a spokesman for her opponent, Rep. X,": a name with an office of its own is the one spoken for, not the
    # spokesman; a name with none is the spokesman's
    ("A spokesman for her Democratic opponent, Rep. Carl Hensley, called the explanation “laughable.”", "laughable",
     "A spokesman for her Democratic opponent"),
    ("A spokeswoman for the senator, Ana Ruiz, called the explanation “laughable.”", "laughable", "Ana Ruiz"),
    # a pronoun whose antecedent was itself a pronoun has that pronoun's gender, when the name's is unknown
    ("Rep. Dana Whitcombe (R-Kan.) defended her vote Sunday, telling Fox News’ Bret Colman that she had “no regrets.”\n\n"
     "“Congresswoman, your own constituents say you abandoned them,” Colman said.\n\n"
     "“I respond by saying look at the jobs,” Whitcombe said.\n\n“But the farmers lost their land,” he pressed.\n\n"
     "“They were paid fairly,” she answered.", "paid fairly", "Dana Whitcombe"),
    ("Rep. Dana Whitcombe (R-Kan.) defended her vote Sunday, telling Fox News’ Bret Colman that she had “no regrets.”\n\n"
     "“Congresswoman, your own constituents say you abandoned them,” Colman said.\n\n"
     "“I respond by saying look at the jobs,” Whitcombe said.\n\n“But the farmers lost their land,” he pressed.\n\n"
     "“They were paid fairly,” he answered.", "paid fairly", "Colman"),
    # a colon label: the name before its party and state in brackets; a bracket after an addressee is not a label
    ("President Greer nominated Judge Samuel Hart. Here is how lawmakers reacted:\n\n"
     "Senate Majority Leader Ron Tate (R-Ky.): “Judge Hart is a brilliant jurist.”\n\n"
     "Sen. Alice Monroe (D-Vt.): “This nomination is an insult.”", "an insult", "Alice Monroe"),
    ("President Greer nominated Judge Samuel Hart. Here is how lawmakers reacted:\n\n"
     "Senate Majority Leader Ron Tate (R-Ky.): “Judge Hart is a brilliant jurist.”", "brilliant jurist", "Ron Tate"),
    ("Rep. Ana Ruiz spoke on Monday. Ruiz told CNN (video): “We are not done.”", "not done", "Ana Ruiz"),
    # a transcript line: a speaker's name in capitals opens the paragraph, before the quote marks; a capitalised
    # label that names no one of the article is not a speaker
    ("Mayor Lyle Penrose spoke with WKRV host Janet Ruiz on Monday. Partial transcript as follows:\n\n"
     "RUIZ: “Mr. Mayor, the council says you are hiding the deficit.”\n\nPENROSE: “That is simply false.”\n\n"
     "RUIZ: “Then why did the auditor resign?”", "auditor resign", "Janet Ruiz"),
    ("Mayor Lyle Penrose spoke with WKRV host Janet Ruiz on Monday.\n\n"
     "UPDATE: “We will publish every number,” Penrose said Tuesday.", "every number", "Lyle Penrose"),
    # a question-and-answer interview: "A:" is the one interviewed, the article's first subject; "Q:" the
    # interviewer it does not name; a quote later in an answer keeps its own cue
    ("Q&A: Gov. Ellen Marsh on the budget fight\n\nGov. Ellen Marsh sat down with the Ledger-Star on Friday. "
     "Reporter Tom Pike asked the questions.\n\nQ: “Governor, are you going to veto the budget?”\n\n"
     "A: “If it arrives on my desk in its current form, yes.”", "current form", "Ellen Marsh"),
    ("Q&A: Gov. Ellen Marsh on the budget fight\n\nGov. Ellen Marsh sat down with the Ledger-Star on Friday. "
     "Reporter Tom Pike asked the questions.\n\nQ: “Governor, are you going to veto the budget?”\n\n"
     "A: “If it arrives on my desk in its current form, yes.”", "veto the budget", None),
    ("Gov. Ellen Marsh sat down with the Ledger-Star on Friday. Her rival is Tom Pike.\n\n"
     "Q: “Did your rival call you?”\n\nA: Pike called me and said, “Drop out.”", "Drop out", "Tom Pike"),
    # a headline opening with a name and a colon is that person's claim, the quote after the colon theirs;
    # a label that is no one the body names ("Report:") gives no speaker
    ("Walker: Crenshaw ‘Should Be in Jail’\n\nRichard Walker told Fox News’ Sean Mitchell on Tuesday that "
     "Sen. Paula Crenshaw “should be in jail” over her emails.", "Should Be in Jail", "Richard Walker"),
    ("Crenshaw Aide Pardo: Walker Remarks ‘Disgraceful’\n\nPaula Crenshaw’s campaign chairman, John Pardo, called "
     "Richard Walker's remarks “disgraceful.”", "Disgraceful", "John Pardo"),
    ("Report: Walker ‘Furious’ With Campaign Staff\n\nRichard Walker is unhappy with his staff, according to a report. "
     "Sen. Paula Crenshaw said nothing.", "Furious", None),
    # a name the recogniser tags as an organisation is a person's after a person's noun ("spokeswoman Hope
    # Daniels"), and a pronoun can stand for it; an organisation with no such noun before it stays one
    ("Richard Walker’s campaign blasted Sen. Paula Crenshaw on Wednesday.\n\nWalker spokeswoman Hope Daniels said "
     "the senator was hiding.\n\n“She has had months to come clean,” she said.", "come clean", "Hope Daniels"),
    ("Richard Walker’s campaign blasted Sen. Paula Crenshaw on Wednesday.\n\nThe Walker campaign’s Hope Daniels "
     "Foundation said the senator was hiding.\n\n“She has had months to come clean,” she said.", "come clean", "Paula Crenshaw"),
    # a pronoun that is the object of its subject's own verb is someone else and says nothing of the subject's
    # gender ("Crenshaw walked over and hugged him"); a possessive after the subject still does ("hugged her husband")
    ("Sen. Paula Crenshaw faced questions at a town hall Thursday.\n\nOne woman, a nurse named Carol Hughes, said her "
     "premiums had doubled.\n\n“I can’t afford it anymore,” Hughes said.\n\nAnother voter, Jim Packer, asked about the "
     "opioid crisis. “My son died last year.”\n\nThe room went silent. Crenshaw walked over and hugged him.\n\n"
     "“I am so sorry for your loss,” she said.", "so sorry", "Paula Crenshaw"),
    ("Pat Lowell faced questions at a town hall Thursday.\n\nLowell walked over and hugged her husband.\n\nTom Reyes, "
     "a voter, asked about taxes. “Taxes are too high,” Reyes said.\n\nThe room went silent.\n\n“We hear you,” she said.",
     "We hear you", "Pat Lowell"),
    # a described person the sentence names ("a woman named Ellen Cho", "a young man …, who identified himself as
    # Kyle Brandt,") is that name; a name the clause merely mentions is not theirs
    ("Richard Walker took questions from voters in Dubuque on Wednesday.\n\nA young man in a college sweatshirt, who "
     "identified himself as Kyle Brandt, asked about student loans.\n\n“I owe $80,000. How do I ever pay that back?”",
     "I owe", "Kyle Brandt"),
    ("Richard Walker took questions from voters in Dubuque on Wednesday.\n\nA woman named Ellen Cho asked about her "
     "husband’s job.\n\n“He was laid off after 22 years.”", "laid off", "Ellen Cho"),
    ("Richard Walker took questions from voters in Dubuque on Wednesday.\n\nA young man who met Kyle Brandt asked about "
     "student loans.\n\n“I owe $80,000.”", "I owe", "A young man"),
    # a proper noun with "a" describes someone ("a retired Marine", "a Democrat"): the person named in apposition,
    # else an unnamed source as written
    ("Richard Walker took questions from voters in Dubuque on Wednesday.\n\nLater, a retired Marine, Sgt. Dan Kowalski, "
     "stood up.\n\n“Sir, how will you take care of veterans?”", "take care", "Dan Kowalski"),
    ("Richard Walker spoke in Dubuque on Wednesday.\n\n“He is a fraud,” said a Democrat who attended.", "a fraud", "a Democrat"),
    ("Richard Walker took questions from voters in Dubuque on Wednesday.\n\nA Democrat, a teacher from Dubuque, asked, "
     "“Sir, how will you pay for it?”", "pay for it", "A Democrat"),
    # a clause that shows a document ("Here is the text of X's post:") names its maker, also over the quote's paragraph;
    # a document read from by someone else is the reader's colon
    ("Dale Brandt answered on Twitter. Marion Hollis said he was \"unfit.\"\n\nHere is the full text of Brandt's "
     "tweet:\n\n\"She should be in jail.\"", "in jail", "Dale Brandt"),
    ("Dale Brandt answered on Twitter. Marion Hollis said he was \"unfit.\"\n\nHere is the full text of Brandt's "
     "tweet: \"She should be in jail.\"", "in jail", "Dale Brandt"),
    ("Dale Brandt answered on Twitter. Marion Hollis said he was \"unfit.\"\n\nFrom Brandt's Facebook post:\n\n"
     "\"We will win Nevada.\"", "win Nevada", "Dale Brandt"),
    ("Dale Brandt said she was \"unfit.\"\n\nMarion Hollis read aloud from Brandt's tweet:\n\n\"She should be in jail.\"",
     "in jail", "Marion Hollis"),
    # a sentence about someone's utterance ("Brandt's reply came hours later.") puts its owner forward for a
    # pronoun or a quote that follows; any other thing of theirs does not
    ("Robert Donnelly attacked Dale Brandt on Sunday. He said Brandt was unfit.\n\nBrandt's reply came hours later. "
     "\"He lost two wars,\" he wrote.", "two wars", "Dale Brandt"),
    ("Robert Donnelly attacked Dale Brandt on Sunday. He said Brandt was unfit.\n\nBrandt's reply came hours later.\n\n"
     "\"He lost two wars.\"", "two wars", "Dale Brandt"),
    ("Robert Donnelly attacked Dale Brandt on Sunday. He said Brandt was unfit.\n\nBrandt's rally came hours later. "
     "\"He lost two wars,\" he wrote.", "two wars", "Robert Donnelly"),
    # a topic alone before the colon ("- On Hollis:", "2. On the media:") in a list of remarks: the one the list
    # is of speaks, not the name of the topic; a clause with a verb after "On" is an ordinary colon
    ("Dale Brandt spoke for an hour in Tampa. Some highlights:\n\n- On Marion Hollis: \"She should be in jail.\"\n\n"
     "- On the media: \"The most dishonest people.\"", "in jail", "Dale Brandt"),
    ("Dale Brandt spoke for an hour in Tampa. Some highlights:\n\n1. On Marion Hollis: \"She should be in jail.\"\n\n"
     "2. On the media: \"The most dishonest people.\"", "dishonest", "Dale Brandt"),
    ("Dale Brandt spoke for an hour in Tampa.\n\nOn Brandt, Marion Hollis was blunt: \"He is unfit.\"", "unfit",
     "Marion Hollis"),
    # a quote that completes and ends a clause with its own subject ("X dismissed it as “…”") is that subject's,
    # not the sentence after's; a whole sentence quoted is still the next sentence's
    ("Marion Hollis dismissed the attack as \"the desperate flailing of a man who is losing.\" Brandt spokesman Tom Ruiz "
     "later said the senator was rattled.", "desperate flailing", "Marion Hollis"),
    ("Marion Hollis spoke first.\n\n\"It is the desperate flailing of a man who is losing.\" Brandt spokesman Tom Ruiz "
     "said that on Fox News.", "desperate flailing", "Tom Ruiz"),
    # a document named with a relative clause of making it ("the letter she sent") is its maker's; one received is not
    ("Marion Hollis spoke in Ohio. The letter she sent to donors says the race is \"far from over.\"", "far from over",
     "Marion Hollis"),
    ("Marion Hollis spoke in Ohio. The letter she received from donors says the race is \"far from over.\"",
     "far from over", "letter"),
    # an analysis is a document that speaks for whoever made it ("Its analysis described …"); its critics are others
    ("The Tax Policy Institute, a think tank, studied the plan. Its analysis described the effects as \"modest but real.\"",
     "modest", "Tax Policy Institute"),
    ("The Tax Policy Institute, a think tank, studied the plan. Its critics described the effects as \"modest but real.\"",
     "modest", "Its critics"),
    # a document named by its maker's name before it ("a new Hollis ad") is the maker's, as "Hollis's ad" is;
    # a person so named ("a Hollis aide") is someone else, unnamed
    ("Marion Hollis and Dale Brandt campaigned in Ohio on Monday.\n\nA new Hollis ad says she will \"fight for every "
     "family.\"", "every family", "Marion Hollis"),
    ("Marion Hollis and Dale Brandt campaigned in Ohio on Monday.\n\nThe Brandt statement called the report \"fake.\"",
     "fake", "Dale Brandt"),
    ("Marion Hollis and Dale Brandt campaigned in Ohio on Monday.\n\nA Hollis aide called the report \"accurate.\"",
     "accurate", "A Hollis aide"),
    # "That was the verdict of X" right after a quoted sentence, in its paragraph or opening the next, names its
    # speaker; a verdict after a quote that goes on in the sentence is not about it
    ("Marion Hollis spoke on Monday. Her campaign pushed back hard on Frank Ortega.\n\n\"Ortega never met a tax cut "
     "he didn't like.\"\n\nThat was the verdict of campaign manager Joy Tillman in an email to reporters.",
     "tax cut", "Joy Tillman"),
    ("Marion Hollis spoke on Monday. \"Ortega never met a tax cut he didn't like.\" That was the verdict of her "
     "campaign manager, Joy Tillman.", "tax cut", "Joy Tillman"),
    ("Marion Hollis spoke on Monday. She called Ortega \"a friend of billionaires\"\n\nThat was the verdict of "
     "campaign manager Joy Tillman too.", "billionaires", "Marion Hollis"),
    # a name before the colon that says where ("told a rally in Wilmington, N.C.:") is no speaker; a digest's
    # source after a dash is
    ("Dale Brandt told a rally in Wilmington, N.C.: \"If she wins, nothing you can do, folks.\"", "nothing you can do",
     "Dale Brandt"),
    ("Marion Hollis spoke on Monday.\n\nMedia share blame in Iowa poll upset - Pollster Weekly: \"The polls were "
     "wrong.\"", "polls were wrong", "Pollster Weekly"),
    # before a colon, the main verb's cue speaks, not one in a clause fronted before it; with no cue for main
    # verb, the cue of the clause before it does
    ("Dale Brandt spoke in Ohio.\n\nIn what critics described as a veiled threat, Brandt told a rally in Wilmington, "
     "N.C.: \"If she gets to pick her judges, nothing you can do, folks. Although maybe there is.\"", "nothing you can do",
     "Dale Brandt"),
    ("Dale Brandt spoke in Ohio.\n\nAs Marion Hollis told reporters later, the stakes were high: \"If she gets to pick "
     "her judges, nothing you can do, folks. Although maybe there is.\"", "nothing you can do", "Marion Hollis"),
    # an utterance named by its words between its owner and its noun ("Hollis's “…” remark", "her “…” line") is
    # the owner's; an adjective so placed ("Hollis's “divisive” comments") is the writer's or the subject's word
    ("Karen Hollis campaigned in Ohio. \"We will win,\" Mark Brandt told a crowd.\n\nHollis's \"basket of bigots\" "
     "remark continued to dog her.", "basket of bigots", "Karen Hollis"),
    ("Karen Hollis campaigned in Ohio. \"We will win,\" Mark Brandt told a crowd.\n\nThe ad ends with her \"I hear "
     "you\" line.", "I hear you", "Karen Hollis"),
    ("Karen Hollis campaigned in Ohio. \"We will win,\" Mark Brandt told a crowd.\n\nRay Tillis attacked Hollis's "
     "\"divisive\" comments on Monday.", "divisive", "Ray Tillis"),
    # a relative's full name the recogniser took for a place is a person: in apposition to the relation, or alone
    ("Lou Kovac spoke in Flint.\n\nKovac's daughter, Tiffany Kovac, defended him on Twitter. “My dad built this,” she wrote.",
     "built this", "Tiffany Kovac"),
    ("Lou Kovac spoke in Flint.\n\n“He built this,” said Tiffany Kovac.", "built this", "Tiffany Kovac"),
    # (the bare surname is still the one the article named first; a place in apposition is no relative)
    ("Lou Kovac spoke in Flint.\n\nKovac's daughter, Tiffany Kovac, defended him on Twitter. “She is wrong,” Kovac said.",
     "is wrong", "Lou Kovac"),
    ("Lou Kovac spoke in Flint.\n\nKovac's home state, Michigan, cheered him. “He built this,” he said.", "built this", "Lou Kovac"),
    # a kinship noun says which relative sharing a surname is the man and which the woman: "Mr."/"Mrs." pick by it
    ("Robin Kovac spoke in Flint. Her husband, Jordan Kovac, watched. “She earned it,” Mr. Kovac said.", "earned it",
     "Jordan Kovac"),
    ("Jordan Kovac spoke in Flint. His wife, Robin Kovac, watched. “We won,” Mrs. Kovac said.", "We won", "Robin Kovac"),
    # (the other one still answers to the other honorific)
    ("Jordan Kovac spoke in Flint. Her husband, Robin Kovac, watched. “He is wrong,” Mrs. Kovac said.", "is wrong",
     "Jordan Kovac"),
    # "the elder X" is the relative the article called a parent, "the younger X" the one it called a child
    ("Glenn Hoyt spoke in Akron. His father, Walter Hoyt, watched.\n\n“I'm proud of him,” the elder Hoyt said.", "proud",
     "Walter Hoyt"),
    ("Lou Kovac spoke in Flint. His son, Don Kovac, watched.\n\n“He's a fighter,” said the younger Kovac, who runs the firm.",
     "fighter", "Don Kovac"),
    # (the other generation, and no generation told: the usual name)
    ("Glenn Hoyt spoke in Akron. His father, Walter Hoyt, watched.\n\n“I'm proud of him,” the younger Hoyt said.", "proud",
     "Glenn Hoyt"),
    ("Lou Kovac spoke in Flint. His wife, Ann Kovac, watched.\n\n“He's a fighter,” the elder Kovac said.", "fighter", "Lou Kovac"),
    # a surname written alone that the recogniser missed still takes the titles of its apposition
    ("Maria Delgado named Sen. Tom Birch as her running mate.\n\nBirch, 58, a former rancher, joined Delgado on stage.\n\n"
     "“We will win the West,” the former rancher said.", "win the West", "Tom Birch"),
    # (a description no apposition gave stays as written)
    ("Maria Delgado named Sen. Tom Birch as her running mate.\n\nBirch joined Delgado on stage.\n\n"
     "“We will win the West,” the former rancher said.", "win the West", "former rancher"),
    # a description the article gave someone, as a sentence's subject, is what a pronoun after it points back to
    ("Sen. Tom Birch, a former rancher, joined Maria Delgado on stage. “Tom is a workhorse,” said Sen. Dick Amos.\n\n"
     "The former rancher said he would campaign in the West. “We will win,” he said.", "We will win", "Tom Birch"),
    ("Maria Delgado, a former rancher, named Sen. Tom Birch as her running mate.\n\nThe former rancher praised him in "
     "Cheyenne. “He is a workhorse,” she said.", "workhorse", "Maria Delgado"),
    # (not when the pronoun's gender is not that person's)
    ("Maria Delgado, a former rancher, named Sen. Tom Birch as her running mate.\n\nThe former rancher praised Delgado in "
     "Cheyenne. “She is a workhorse,” he said.", "workhorse", "Tom Birch"),
    # "the 69-year-old" is a speaker: the one person the article gave that age ("X, 69," or "the 69-year-old X")
    ("Rod Kessler, 69, spoke in Ames. Tom Haley, his rival, spoke later.\n\n“We'll see,” the 69-year-old said.",
     "We'll see", "Rod Kessler"),
    ("The 69-year-old billionaire Rod Kessler spoke in Ames. Tom Haley, his rival, spoke later.\n\n"
     "“We'll see,” said the 69-year-old, who has never held office.", "We'll see", "Rod Kessler"),
    # (an age never given, or given to two, stays as written)
    ("Rod Kessler spoke in Ames. Tom Haley, his rival, spoke later.\n\n“We'll see,” the 69-year-old said.",
     "We'll see", "69-year-old"),
    ("Rod Kessler, 69, spoke in Ames. Tom Haley, 69, his rival, spoke later.\n\n“We'll see,” the 69-year-old said.",
     "We'll see", "69-year-old"),
    # "the Texan", "the Arkansan": the one person whose titles hold that place, named another way
    ("Former Arkansas governor Ray Dunlap spoke in Mobile. Businessman Victor Bolton spoke later.\n\n“Bring it on,” "
     "the Arkansan said.", "Bring it", "Ray Dunlap"),
    ("Texas Sen. Ted Marsh and Ohio Gov. Jim Kaye spoke in Iowa.\n\n“We will win,” said the Ohioan.", "We will win", "Jim Kaye"),
    # (no one's title holds the place, or two people's do: as written)
    ("Ted Marsh and Jim Kaye spoke in Iowa.\n\n“We will win,” the Texan said.", "We will win", "Texan"),
    ("Texas Sen. Ted Marsh and Texas Gov. Jim Kaye spoke in Iowa.\n\n“We will win,” the Texan said.", "We will win", "Texan"),
    # a relative's first name alone, taken by the recogniser for a place, is a person: "his wife, Marcy,"
    ("Ray Dunlap spoke in Mobile.\n\nAsked about the exchange, Dunlap's wife, Marcy, laughed. “Ray has thick skin,” she said.",
     "thick skin", "Marcy"),
    ("Ray Dunlap spoke in Mobile.\n\n“Ray has thick skin,” said his wife, Marcy.", "thick skin", "Marcy"),
    # (a place in apposition to a noun of rivalry or alliance is no relative's name)
    ("Ray Dunlap spoke in Mobile.\n\n“We will see,” said Dunlap's rival, Virginia.", "will see", "Dunlap's rival"),
    # "his campaign said" speaks for him as "Hallett's campaign said" does: the pronoun's antecedent
    ("Sen. Ben Hallett won Nevada. Gov. Diana Price conceded.\n\n“The momentum is real,” her campaign said.", "momentum",
     "Diana Price"),
    ("Sen. Ben Hallett won Nevada. Gov. Diana Price conceded.\n\n“We are not done,” his team said in a statement.",
     "not done", "Ben Hallett"),
    # (a party or an office is not one person's own: as written)
    ("Sen. Ben Hallett won Nevada. Gov. Diana Price conceded.\n\n“We are not done,” her party said.", "not done", "her party"),
    ("Sen. Ben Hallett won Nevada. Gov. Diana Price conceded.\n\n“We are not done,” her office said.", "not done", "her office"),
    # a surname the tagger took for a common noun is still the subject a pronoun after it points back to
    ("Former Gov. Ken Lattimore has been calling donors.\n\nHarlan Voss, for his part, seemed to relish the chaos. "
     "At a rally on Saturday, the real estate developer mocked the party.\n\n“They're scared,” he told the crowd.",
     "scared", "Harlan Voss"),
    ("Former Gov. Ken Lattimore has been calling donors.\n\nThe party, for its part, seemed to relish the chaos.\n\n"
     "“They're scared,” he told the crowd.", "scared", "Ken Lattimore"),
    # "the campaign of X" speaks for X, as "X's campaign" does; a campaign of something is no one's
    ("The campaign of Lena Brenner said it was “fuzzy math.”", "fuzzy math", "Lena Brenner"),
    ("The campaign of fear worked, Tom Okafor said, calling it “fuzzy math.”", "fuzzy math", "Tom Okafor"),
    # a pull quote (a paragraph of quotation alone) that the article quotes again with its cue nearby has that
    # quote's speaker; quoted again far from it, it stays with the speaker around it
    ("Karen Hollis spoke on Monday. \"Budgets matter,\" she said.\n\n\"I worry that we may see a resurgence of budget "
     "hawks in the party this year.\"\n\nThe debate goes on.\n\n\"I worry that we may see a resurgence of budget hawks "
     "in the party this year as deficits grow,\" said Dean Park, an economist.", "this year.", "Dean Park"),
    ("Karen Hollis spoke on Monday. \"Budgets matter,\" she said.\n\n\"I worry that we may see a resurgence of budget "
     "hawks in the party this year.\"\n\nThe debate goes on.\n\nIt went on in Ohio.\n\nIt went on in Iowa.\n\nIt went "
     "on in Maine.\n\n\"I worry that we may see a resurgence of budget hawks in the party this year as deficits grow,\" "
     "said Dean Park, an economist.", "this year.", "Karen Hollis"),
    # a cue with a subject of its own inside another's reported clause, governing the quote, owns it; a verb
    # that is no cue there leaves the words to the one reporting
    ("Karen Hollis said Mark Brandt's plan was \"reckless,\" while Brandt called hers \"a disaster for small business.\"",
     "a disaster", "Mark Brandt"),
    ("Karen Hollis said Mark Brandt's plan was \"reckless,\" while Brandt's own plan was \"a disaster for small "
     "business.\"", "a disaster", "Karen Hollis"),
    # "her spokesman said": the spokesman speaks, for the one the pronoun stands for, as for "Price's spokesman"
    ("Sen. Ben Hallett won Nevada. Gov. Diana Price conceded.\n\n“We are not done,” her spokesman said.", "not done",
     "Diana Price’s spokesman"),
    # (a spokesman named before is who "her spokesman" is; "their" stays as written)
    ("Sen. Ben Hallett won Nevada. Gov. Diana Price conceded. Her spokesman, Tom Lutz, said she would go on.\n\n"
     "“We are not done,” her spokesman said.", "not done", "Tom Lutz"),
    ("Sen. Ben Hallett won Nevada. Gov. Diana Price conceded.\n\n“We are not done,” their spokesman said.", "not done",
     "their spokesman"),
    # "her spokesman" is not the spokesman the article gave someone else: "His spokesman, Tom Lutz,"
    ("Sen. Ben Hallett won Nevada. His spokesman, Tom Lutz, called it a rout. Gov. Diana Price conceded.\n\n"
     "“We are not done,” her spokesman said.", "not done", "Diana Price’s spokesman"),
    ("Sen. Ben Hallett won Nevada. Hallett's spokesman, Tom Lutz, called it a rout. Gov. Diana Price conceded.\n\n"
     "“We are not done,” her spokesman said.", "not done", "Diana Price’s spokesman"),
    # (his own, or one given as no one's, still is)
    ("Sen. Ben Hallett won Nevada. His spokesman, Tom Lutz, called it a rout. Gov. Diana Price conceded.\n\n"
     "“We won big,” his spokesman said.", "won big", "Tom Lutz"),
    ("Sen. Ben Hallett won Nevada. Tom Lutz, a spokesman, called it a rout. Gov. Diana Price conceded.\n\n"
     "“We are not done,” her spokesman said.", "not done", "Tom Lutz"),
    # "“…,” the front-runner said" with the noun parsed as a modifier of the verb: the subject all the same
    ("Dale Hutchins spoke in Iowa. Sen. Luis Mendez spoke later.\n\n“We will win,” the front-runner said.", "will win",
     "front-runner"),
    # (a subject parsed as one is unchanged)
    ("Dale Hutchins spoke in Iowa. Sen. Luis Mendez spoke later.\n\n“We will win,” the runner-up said.", "will win",
     "runner-up"),
    # a title the tokenizer split at its hyphen ("front-runner") is still a title: the one the article gave it
    ("Republican front-runner Dale Hutchins spoke in Iowa. Sen. Luis Mendez spoke later.\n\n“We will win,” the front-runner "
     "said.", "will win", "Dale Hutchins"),
    ("Dale Hutchins, the Republican front-runner, spoke in Iowa. Sen. Luis Mendez spoke later.\n\n“We will win,” "
     "the front-runner told reporters.", "will win", "Dale Hutchins"),
    # (an indefinite one is no one named)
    ("Republican front-runner Dale Hutchins spoke in Iowa. Sen. Luis Mendez spoke later.\n\n“We will win,” a front-runner "
     "said.", "will win", "front-runner"),
    # "the Democrat", "the Republican": the one person the article gave that party, with any place before it
    ("Democrat Joan Clifford spoke in Iowa. Republican Dale Hutchins spoke later.\n\n“We will win,” the Democrat said.",
     "will win", "Joan Clifford"),
    ("Democratic presidential candidate Joan Clifford spoke in Iowa. Republican Dale Hutchins spoke later.\n\n"
     "“We will win,” the Republican said.", "will win", "Dale Hutchins"),
    # (two of that party, a party never given, a place not theirs: as written)
    ("Democrat Joan Clifford and Democratic Sen. Ann Ruiz spoke in Iowa.\n\n“We will win,” the Democrat said.", "will win",
     "Democrat"),
    ("Joan Clifford spoke in Iowa. Dale Hutchins spoke later.\n\n“We will win,” the Democrat said.", "will win", "Democrat"),
    ("Democrat Joan Clifford spoke in Iowa. Republican Dale Hutchins spoke later.\n\n“We will win,” the Ohio Democrat said.",
     "will win", "Ohio Democrat"),
    # a paragraph that is only a name and a colon labels the quote below it (a roundup of reactions); a topic
    # label ("On Sen. Ben Carlisle:") is not the speaker
    ("Richard Walker became the presumptive Republican nominee on Tuesday night. Here is a sampling of reactions:\n\n"
     "Senate Majority Leader Ron Tate:\n\n“I congratulate Richard Walker on his victory.”\n\n"
     "Sen. Ben Carlisle, on Twitter:\n\n“I will not vote for him. Ever.”", "Ever", "Ben Carlisle"),
    ("Richard Walker became the presumptive Republican nominee on Tuesday night. Here is a sampling of reactions:\n\n"
     "Senate Majority Leader Ron Tate:\n\n“I congratulate Richard Walker on his victory.”", "I congratulate", "Ron Tate"),
    ("Richard Walker was asked about his rivals on Tuesday.\n\n“They are all weak,” Walker said.\n\n"
     "On Sen. Ben Carlisle:\n\n“He is a loser.”", "a loser", "Richard Walker"),
    # an owned utterance as a label, in a headline's capitals too ("Walker’s Convention Speech:"); an utterance after
    # "on" is the topic of the label, not the label
    ("Walker’s Convention Speech: ‘I Am Your Voice’\n\nCLEVELAND — Richard Walker accepted the Republican nomination "
     "Thursday night.", "Your Voice", "Richard Walker"),
    ("Richard Walker spoke in Cleveland on Thursday. Sen. Tim Kaplan watched.\n\nKaplan on Walker’s speech: "
     "“Dark and divisive.”", "Dark and", "Tim Kaplan"),
    # a quote standing as a paragraph, and the paragraph below saying whose words they were ("That was X, …",
    # "Those were the words of X"); a "that was" about something else leaves the speaker before
    ("Sen. Paula Crenshaw is urging young voters to turn out.\n\n“Your future is on the ballot,” she said.\n\n"
     "“This is the most important election of our lifetimes.”\n\nThat was former President Tom Bradley, campaigning "
     "for Crenshaw in Akron on Monday night.", "most important", "Tom Bradley"),
    ("Sen. Paula Crenshaw is urging young voters to turn out.\n\n“Your future is on the ballot,” she said.\n\n"
     "“This is the most important election of our lifetimes.”\n\nThose were the words of former President Tom Bradley, "
     "campaigning in Akron.", "most important", "Tom Bradley"),
    ("Sen. Paula Crenshaw is urging young voters to turn out.\n\n“Your future is on the ballot,” she said.\n\n"
     "“This is the most important election of our lifetimes.”\n\nThat was the message Crenshaw brought to Akron, where "
     "former President Tom Bradley campaigned.", "most important", "Paula Crenshaw"),
    # a pronoun in an "about" phrase is the one talked about and votes no gender for the subject ("Dunn opened
    # with a question about her emails"); a possessive outside one still votes ("his own story")
    ("Sen. Paula Crenshaw took questions from voters at a town hall moderated by Chris Dunn.\n\nDunn opened with a "
     "question about her emails.\n\n“Do you regret it?” he asked.", "regret it", "Chris Dunn"),
    ("Sen. Paula Crenshaw took questions from voters at a town hall moderated by Chris Dunn.\n\nDunn opened with his "
     "own story about the emails.\n\n“Do you regret it?” she asked.", "regret it", "Paula Crenshaw"),
    # a paragraph that is only a name heads the quotes under it; a byline, a topic or a sentence does not
    ("Here is what the candidates said:\n\nHarlan Voss\n\n“Delay, delay, delay.”\n\nSen. Marisa Quell (D-Maine)\n\n"
     "“The Senate must act.”\n\n“It is our duty.”", "our duty", "Marisa Quell"),
    ("Here is what the candidates said:\n\nHarlan Voss\n\n“Delay, delay, delay.”\n\nGov. Ana Ruiz, in a statement\n\n"
     "“Justice Scalia was a giant.”", "a giant", "Ana Ruiz"),
    ("Court fight begins\n\nBy Alex Morrow\n\n“We will win,” Harlan Voss said on Monday.\n\nBy Ana Ruiz\n\n“Delay.”",
     "Delay", "Harlan Voss"),
    ("Harlan Voss spoke first in Dayton.\n\nMarisa Quell spoke next\n\n“Delay, delay, delay.”", "Delay", "Marisa Quell"),
    # a paragraph opening with a name, then only words describing it, before a colon or a dash: that person's
    ("Here is what they said.\n\nHarlan Voss, Republican: “Delay, delay, delay.”\n\nMarisa Quell — “The Senate must act.”",
     "Delay", "Harlan Voss"),
    ("Here is what they said.\n\nMarisa Quell — “The Senate must act.”\n\nRay Tillis (R-Ohio) – “I will oppose any nominee.”",
     "oppose any", "Ray Tillis"),
    ("Here is what they said.\n\nMarisa Quell — “The Senate must act.”\n\nAna Ruiz, governor of Ohio, on Twitter: "
     "“A giant of the law.”", "A giant", "Ana Ruiz"),
    ("Marisa Quell spoke first.\n\nRay Tillis said the vote was close: “I will oppose any nominee.”", "oppose any",
     "Ray Tillis"),
    ("Gov. Ana Ruiz and Sen. Marisa Quell spoke on Monday.\n\nMarisa Quell — “The Senate must act.”\n\n"
     "Ana Ruiz (via Twitter) – “A giant of the law.”", "A giant", "Ana Ruiz"),
    # of two cues governing a quote, one inside the other's clause that the words hang from is nearer them;
    # a clause a cue reports still goes to the one reporting
    ("Sen. Marisa Quell, whom Gov. Harlan Voss has called “Lying Marisa,” fired back on Monday.", "Lying Marisa",
     "Harlan Voss"),
    ("Sen. Marisa Quell said Gov. Harlan Voss had called the plan “a disaster” in private.", "a disaster", "Marisa Quell"),
    # an owner's spokesman or aide is written with the whole role
    ("Harlan Voss's campaign manager warned that the race was “tightening.”", "tightening", "Harlan Voss’s campaign manager"),
    # a sentence after a quoted one that names its speaker ("That was X, speaking …", "So said X", "The words were
    # X's"), in its paragraph or opening the next; not one about something of X's ("That was X's first mistake")
    ("Mark Brandt spoke in Iowa. Karen Hollis spoke in Ohio. \"We will win this state,\" she said.\n\n\"Nobody was ever treated worse.\"\n\n"
     "That was Mark Brandt, speaking to reporters on Tuesday.", "treated worse", "Mark Brandt"),
    ("Mark Brandt spoke in Iowa. Karen Hollis spoke in Ohio. \"We will win this state,\" she said.\n\n\"Nobody was ever treated worse.\"\n\n"
     "So said Brandt at a rally in Phoenix.", "treated worse", "Mark Brandt"),
    ("Mark Brandt spoke in Iowa. Karen Hollis spoke in Ohio. \"We will win this state,\" she said.\n\n\"Nobody was ever treated worse.\"\n\n"
     "The words were Brandt's, delivered to a crowd in Denver.", "treated worse", "Mark Brandt"),
    ("Mark Brandt spoke in Iowa. Karen Hollis spoke in Ohio. \"We will win this state,\" she said.\n\n\"Nobody was ever treated worse.\"\n\n"
     "That was Brandt's first mistake.", "treated worse", "Karen Hollis"),
    # a name before the colon that is the object of a person's verb is its target, not the speaker; the object of a
    # thing's verb is the one affected, who speaks
    ("Mark Brandt spoke first.\n\nKaren Hollis, in turn, slammed Brandt: \"He has no plan and no clue.\"", "no clue",
     "Karen Hollis"),
    ("Mark Brandt spoke first.\n\nThe timing of the surge doesn't surprise pollster Dana Shaw: \"Outsiders always get a "
     "boost.\"", "Outsiders", "Dana Shaw"),
    # verbs of voicing words ("intoned", "screamed", "blurted") are cues; the noun "murmur" is none
    ("Mark Brandt spoke in Iowa.\n\n\"She meant it,\" a narrator intoned in the new ad.", "meant it", "a narrator"),
    ("Mark Brandt spoke in Iowa.\n\n\"Get out!\" the crowd screamed at the reporters.", "Get out", "crowd"),
    ("Mark Brandt spoke in Iowa.\n\nA murmur went through the hall when Karen Hollis finally answered: \"I never "
     "lied.\"", "never lied", "Karen Hollis"),
    # a participle hung on an occasion ("Hollis at a fundraiser saying") goes with the person named before it;
    # one hung on a speaker stays with that speaker
    ("Karen Hollis spoke in Iowa. Mark Brandt spoke in Ohio.\n\nThe ad opens with footage of Hollis at a 2014 "
     "fundraiser saying she would \"put coal miners out of business.\"", "coal miners", "Karen Hollis"),
    ("Karen Hollis spoke in Iowa. Mark Brandt spoke in Ohio.\n\nThe ad opens with a view of Ohio at dawn, with a "
     "narrator saying Hollis would \"put coal miners out of business.\"", "coal miners", "a narrator"),
    # a sentence that borrows someone's wording names them: "in X's words", "to use X's phrase", "to borrow a phrase
    # from X"; "in other words" and "to use the tax code" borrow no one's
    ("Karen Hollis spoke in Ohio.\n\nThe plan, in Mark Brandt's words, would \"make America rich again.\"",
     "rich again", "Mark Brandt"),
    ("Mark Brandt spoke in Ohio.\n\nTo use Karen Hollis's own phrase, the race is \"a choice, not an echo.\"",
     "an echo", "Karen Hollis"),
    ("Karen Hollis spoke in Ohio.\n\nMark Brandt, to borrow a phrase from his former adviser Roy Kessler, is running a "
     "\"burn it all down\" campaign.", "burn it", "Roy Kessler"),
    ("Mark Brandt spoke in Ohio.\n\nIn other words, the race is \"a toss-up,\" Karen Hollis said on Monday.",
     "toss-up", "Karen Hollis"),
    # "in X's telling", "in X's view", "in X's account": the sentence reports X
    ("Karen Hollis met Mark Brandt on Monday.\n\nThe deal, in Brandt’s telling, was “approved without a word of "
     "dissent.”", "approved without", "Mark Brandt"),
    ("Karen Hollis met Mark Brandt on Monday.\n\nIn Brandt's view, the plan is \"a disaster.\"", "disaster",
     "Mark Brandt"),
    ("Karen Hollis met Mark Brandt on Monday.\n\nIn Brandt's account, Hollis \"walked out\" of the talks.",
     "walked out", "Mark Brandt"),
    # "in my view" borrows no one's: the one speaking says it
    ("Karen Hollis met Mark Brandt on Monday.\n\n\"In my view, the plan is a disaster,\" Hollis said.", "disaster",
     "Karen Hollis"),
    ("Mark Brandt spoke in Ohio.\n\nTo use the tax code as a weapon against Brandt is \"un-American,\" Karen Hollis "
     "said.", "un-American", "Karen Hollis"),
    # a document "from" someone is theirs ("a statement from Sen. X", "an email from the X campaign"); one from a
    # place is not
    ("Karen Hollis spoke in Ohio on Monday.\n\nA statement from Sen. Ray Tillis called the bill \"a disgrace.\"",
     "disgrace", "Ray Tillis"),
    ("Karen Hollis spoke in Ohio on Monday.\n\nA fundraising email from the Brandt campaign on Tuesday carried the "
     "subject line \"They are coming for your guns.\"", "your guns", "Brandt campaign"),
    ("Karen Hollis spoke in Ohio on Monday.\n\nA report from Iowa says the race is \"too close to call.\"",
     "too close", "A report"),
    # a post on, from or posted to someone's account or page is the holder's; on "my page" it is the speaker's
    ("Karen Hollis spoke in Ohio on Monday. \"We will win,\" she said.\n\nA tweet posted to Mark Brandt's account early "
     "Wednesday called her \"a loser.\"", "a loser", "Mark Brandt"),
    ("Mark Brandt spoke in Ohio on Monday.\n\nA post on Karen Hollis's Facebook page called him \"unfit.\"", "unfit",
     "Karen Hollis"),
    ("Mark Brandt spoke in Ohio on Monday.\n\nA post on my page called him \"unfit,\" Karen Hollis said.", "unfit",
     "Karen Hollis"),
    # the place a titled name is "of" is among its titles: "Sen. Luis Mendez of Vermont" is "the Vermont senator"
    ("Sen. Ben Hallett of Ohio won, beating former Gov. Diana Price of Virginia by 12 points.\n\n“We will win,” the "
     "Virginia governor said.", "will win", "Diana Price"),
    ("Sen. Ben Hallett of Ohio and Sen. Diana Price of Virginia spoke.\n\n“We will win,” the Ohio senator said.", "will win",
     "Ben Hallett"),
    # (a place neither is of)
    ("Sen. Ben Hallett of Ohio and Sen. Diana Price of Virginia spoke.\n\n“We will win,” the Texas senator said.", "will win",
     "Texas senator"),
    # a lawmaker's "(R-Ariz.)" gives the party and the state: "the Arizona Republican", "the New York senator"
    ("Rep. Tom Brancato (R-Ariz.) spoke. Sen. Peggy Lindqvist (R-NE) spoke too.\n\n“That is what they said in 1986,” "
     "the Arizona Republican said.", "1986", "Tom Brancato"),
    ("Sen. Walter Kiernan (I-Vt.) spoke. Sen. Peggy Lindqvist (D-N.Y.) spoke too.\n\n“Let's be honest,” the New York "
     "senator said.", "honest", "Peggy Lindqvist"),
    # the AP's ", D-Mass.," after the name says the same
    ("Sen. Ellen Marsh, D-Mass., and Sen. Ray Tillis, R-Ohio, clashed on Tuesday.\n\nThe bill is “a giveaway,” the "
     "Massachusetts Democrat said.", "giveaway", "Ellen Marsh"),
    ("Sen. Ellen Marsh, D-Mass., and Sen. Ray Tillis, R-Ohio, clashed on Tuesday.\n\nThe bill is “a giveaway,” the "
     "Ohio Republican said.", "giveaway", "Ray Tillis"),
    ("Sen. Ellen Marsh, D-Mass., and Sen. Ray Tillis, R-Ohio, clashed on Tuesday.\n\nThe bill is “a giveaway,” the "
     "Vermont Democrat said.", "giveaway", "Vermont Democrat"),
    # (a state neither is from; a party both belong to)
    ("Rep. Tom Brancato (R-Ariz.) spoke. Sen. Peggy Lindqvist (R-NE) spoke too.\n\n“That is what they said in 1986,” "
     "the Ohio Republican said.", "1986", "Ohio Republican"),
    ("Rep. Tom Brancato (R-Ariz.) spoke. Sen. Peggy Lindqvist (R-NE) spoke too.\n\n“That is what they said in 1986,” "
     "the Republican said.", "1986", "Republican"),
    # a pronoun after a sentence whose subject is no person: the agent of its passive, or the one its words come from
    ("Rod Kessler spoke in Ames on Monday.\n\nKessler's remarks drew a sharp response from Sen. Tom Haley. “He has no idea "
     "what he is talking about,” he said.", "no idea", "Tom Haley"),
    ("Rod Kessler spoke in Ames on Monday.\n\nThe remarks were criticized by Sen. Tom Haley. “He has no idea what he is "
     "talking about,” he said.", "no idea", "Tom Haley"),
    # (not an agent that is no person, nor one of the other gender)
    ("Rod Kessler spoke in Ames on Monday.\n\nThe remarks were first reported by the Des Moines Register. “I stand by them,” "
     "he said.", "stand by", "Rod Kessler"),
    ("Rod Kessler spoke in Ames on Monday.\n\nKessler's remarks drew a sharp response from Sen. Ann Haley. “I stand by them,” "
     "he said.", "stand by", "Rod Kessler"),
    # "they said" after a sentence whose subject is several people: the names together, or the plural noun as written
    ("Janet Albers and Glenn Hoyt sparred Thursday in Toledo.\n\n“We both love this state,” they said.", "love this",
     "Janet Albers and Glenn Hoyt"),
    ("Janet Albers and Glenn Hoyt sparred Thursday. The two candidates agreed on one thing.\n\n“We both love this state,” "
     "they said.", "love this", "two candidates"),
    # (a plural subject that is no people is no one)
    ("Sen. Ben Hallett won Nevada. The polls had shown a close race.\n\n“We were wrong,” they said.", "were wrong", None),
    # a cue whose subject is two people named together is both of theirs
    ("Janet Albers and Glenn Hoyt sparred Thursday.\n\n“We both love this state,” Albers and Hoyt said in a joint statement.",
     "love this", "Janet Albers and Glenn Hoyt"),
    # (one of them speaking to the other is one)
    ("Janet Albers and Glenn Hoyt sparred Thursday.\n\n“We both love this state,” Albers told Hoyt and the moderator.",
     "love this", "Janet Albers"),
    # "GOP" and "Republican" name one party: either given is the other asked for
    ("Republican front-runner Dale Hutchins spoke in Iowa. Sen. Luis Mendez spoke later.\n\n“We will win,” the GOP "
     "front-runner said.", "will win", "Dale Hutchins"),
    ("GOP candidate Dale Hutchins spoke in Iowa. Democratic candidate Luis Mendez spoke later.\n\n“We will win,” the "
     "Republican candidate said.", "will win", "Dale Hutchins"),
    # (not the other party's)
    ("Democratic front-runner Dale Hutchins spoke in Iowa. Sen. Luis Mendez spoke later.\n\n“We will win,” the GOP "
     "front-runner said.", "will win", "GOP front-runner"),
    # a time clause in which someone presses or asks another sets up the answer: the main clause's subject speaks;
    # words inside the asking clause are still the asker's
    ("Richard Walker spoke with Fox News’ Sean Mitchell on Monday.\n\nWhen Mitchell pressed him, Walker grew "
     "irritated: “I told you, I am under audit.”", "under audit", "Richard Walker"),
    ("Richard Walker spoke with Fox News’ Sean Mitchell on Monday.\n\nWhen Mitchell asked him whether he was "
     "“under audit,” Walker grew irritated.", "under audit", "Sean Mitchell"),
    # a dash attribution whose title opens with a name ("— GOP strategist Ana Novell") is the name after the
    # title; an organisation's own label stays the organisation
    ("Walker gave a speech on immigration.\n\n“I was hoping for a pivot. There was no pivot.”\n— GOP strategist Ana Novell",
     "no pivot", "Ana Novell"),
    ("Walker gave a speech on immigration.\n\n“There was no pivot.” — CNN analyst Dina Basko", "no pivot", "Dina Basko"),
    ("Walker gave a speech on immigration.\n\n“There was no pivot.” — GOP statement, Tuesday", "no pivot", "GOP"),
    # a title-case headline the recogniser reads as one name ("Twitter Explodes Over Walker’s Debate") names only the
    # person after its preposition and before the possessive; a full name in the body still wins
    ("Twitter Explodes Over Walker’s Debate Answer\n\nWalker’s answer on nuclear weapons drew immediate reaction online."
     "\n\nWalker doubled down after the debate.\n\n“I will never take anything off the table,” he told reporters.",
     "off the table", "Walker"),
    ("Twitter Explodes Over Walker’s Debate Answer\n\nRichard Walker’s answer on nuclear weapons drew immediate reaction "
     "online.\n\nWalker doubled down after the debate.\n\n“I will never take anything off the table,” he told reporters.",
     "off the table", "Richard Walker"),
    # a headline's verb glued before a name ("Moderator Grills Walker") is no first name; a real first name is kept
    ("Moderator Grills Walker, Crenshaw on Race\n\nModerator Lester Holden asked both candidates about race at Monday’s "
     "debate.\n\nWalker pivoted to crime.\n\n“We need law and order,” he said.", "law and order", "Walker"),
    ("Moderator Chris Wellman Grills Candidates on Taxes\n\nWellman asked the candidates about taxes at Monday’s debate.\n\n"
     "“Will you release them?” Wellman asked.", "release them", "Chris Wellman"),
    # after a reported question, the one asked answers ("Turner asked Walker about …", "Stephanos asked whether
    # she had lied"), and a pronoun in the "whether" clause votes no gender for the asker; a host who says
    # something, asking no one, goes on speaking
    ("Sen. Paula Crenshaw appeared on ABC’s “This Week” with host George Stephanos on Sunday.\n\nStephanos asked "
     "whether she had lied to the American people.\n\n“Absolutely not. I have always told the truth.”",
     "Absolutely not", "Paula Crenshaw"),
    ("Richard Walker appeared on CNN with host Jake Turner on Sunday.\n\nTurner asked Walker about his tax returns.\n\n"
     "“They are under audit. Everybody knows that.”", "under audit", "Richard Walker"),
    ("Richard Walker appeared on CNN with host Jake Turner on Sunday.\n\nTurner said Walker had dodged the question for "
     "a year.\n\n“It is time to release them.”", "time to release", "Jake Turner"),
    # "“…?” Mitchell asked." and, in the next paragraph, "“…,” he said": the asker does not answer his own question;
    # after a statement, the pronoun may still be the one who spoke
    ("Richard Walker spoke with host Sean Mitchell on Monday.\n\n“Would you debate her again?” Mitchell asked.\n\n"
     "“Maybe,” he said. “We will see.”", "Maybe", "Richard Walker"),
    ("Richard Walker spoke with host Sean Mitchell on Monday.\n\n“She is a disaster,” Mitchell said.\n\n“Maybe,” he said.",
     "Maybe", "Sean Mitchell"),
    # a common given name before an untagged capitalised word is a person, not the organisation a later
    # mention is tagged as; not a church, nor a question
    ("The reluctant candidate\n\nMarisa Quell never wanted to run for office. “I was a teacher,” says Quell, 54, sitting "
     "in her kitchen.", "a teacher", "Marisa Quell"),
    ("Members of Grace Church met on Sunday. “We pray for peace,” said the Rev. Ana Ruiz.", "for peace", "Ana Ruiz"),
    # a quote in the that-clause of someone's utterance noun is theirs, however deep ("X's statement that crime is at
    # “…”"); with no owner, or with a cue of its own in the clause, it is not
    ("Karen Hollis spoke in Ohio.\n\nOur ruling: Mark Brandt's statement that crime is at \"record levels\" is wrong.",
     "record levels", "Mark Brandt"),
    ("Karen Hollis spoke in Ohio.\n\nThe claim that crime is at \"record levels\" is wrong, Karen Hollis said.",
     "record levels", "Karen Hollis"),
    ("Karen Hollis spoke in Ohio.\n\nMark Brandt's claim that Hollis called him \"a liar\" at the debate is false.",
     "a liar", "Karen Hollis"),
    # an account's handle before the colon labels its post; a handle written to is not the speaker
    ("Mark Brandt spoke in Ohio.\n\nTWEET OF THE DAY -- @SenRayTillis: \"Nobody in Ohio is buying what Brandt is "
     "selling.\"", "buying", "@SenRayTillis"),
    ("Mark Brandt spoke in Ohio.\n\nKaren Hollis later wrote back to @SenRayTillis: \"Ohio knows better.\"",
     "knows better", "Karen Hollis"),
    # "him" or "her" as the object of a person's own verb ("Stroud pressed him") is someone else: no vote for the
    # person's gender; one in a clause with another subject ("voters trust her") still votes
    ("Mark Brandt clashed with host Dale Stroud on Sunday.\n\nLater, Stroud pressed him again. \"The American people "
     "deserve to know,\" she said.", "deserve to know", "Dale Stroud"),
    ("Mark Brandt clashed with host Dale Stroud on Sunday.\n\nLater, Stroud said voters trust her. \"The American "
     "people deserve to know,\" she said.", "deserve to know", "Dale Stroud"),
    # in an interview's "Q: … / A: “…”", the one interviewed answers and "Q" is no one; an "A" inside a paragraph
    # ("Her Plan A:") is no answer label
    ("Ohio Sen. Ray Tillis sat down with USA TODAY on Tuesday.\n\nQ: Will you vote for Mark Brandt?\n\nA: \"I have not "
     "decided.\"", "not decided", "Ray Tillis"),
    ("Mark Brandt spoke in Ohio.\n\nKaren Hollis has a two-part plan. Her Plan A: \"Cut taxes for the middle class.\"",
     "Cut taxes", "Karen Hollis"),
    # a quote in a relative clause on the cue's subject with another subject of its own ("Tillis, whom Brandt has
    # mocked as “…”, said") is that other's; one the cue reports ("Nothing the president said “…”, the senator said") is not
    ("Karen Hollis spoke in Ohio.\n\nSen. Ray Tillis, whom Mark Brandt has mocked as \"Little Ray,\" said he would not "
     "endorse anyone.", "Little Ray", "Mark Brandt"),
    ("Karen Hollis spoke in Ohio.\n\nMark Brandt, who once called immigrants \"rapists,\" said on Tuesday that he would "
     "win.", "rapists", "Mark Brandt"),
    ("Sen. Ray Tillis spoke after the speech. Nothing the president said \"will assuage people's fears,\" the senator "
     "said.", "assuage", "Ray Tillis"),
    # "Those were the words of X" names the speaker of the quote before it as "That was the verdict of X" does;
    # "Those were the days of X" does not
    ("Karen Hollis spoke in Ohio on Monday. \"We will win,\" she said.\n\n\"Nobody has been treated worse by the media "
     "than me.\"\n\nThose were the words of Mark Brandt, speaking to reporters on Tuesday.", "treated worse", "Mark Brandt"),
    ("Karen Hollis spoke in Ohio on Monday. \"We will win,\" she said.\n\n\"Nobody has been treated worse by the media "
     "than me.\"\n\nThose were the days of Mark Brandt's first campaign.", "treated worse", "Karen Hollis"),
    # a pronoun right after a sentence whose subject is a title never given stands for that title, as written,
    # not for someone named further back
    ("Carla Finn took aim at Helen Varga. The video, Finn said, is “just the beginning.”\n\nThe former senator has largely "
     "ignored the Republican field. Asked by a reporter about Finn, she shrugged. “I'm focused on the voters,” she said.",
     "focused", "former senator"),
    # (a title given is its holder; a subject that is no person is passed over)
    ("Carla Finn took aim at Sen. Helen Varga. The video, Finn said, is “just the beginning.”\n\nThe senator has largely "
     "ignored the Republican field. “I'm focused on the voters,” she said.", "focused", "Helen Varga"),
    ("Carla Finn took aim at Helen Varga. The video, Finn said, is “just the beginning.”\n\nThe video has been viewed a "
     "million times. “I'm focused on the voters,” she said.", "focused", "Carla Finn"),
    ("Dale Hartwell spoke in Ohio.\n\nLorna Whitcomb is dismissing her rival's plans. Speaking in Pittsburgh, the former "
     "senator said the plan was a fantasy. She added: “I have a plan.”", "have a plan", "Lorna Whitcomb"),
    # "the Democrat" is one given the party with a capital, not the adjective of "a democratic socialist"
    ("Sen. Luis Mendez, a democratic socialist from Vermont, spoke in Iowa. Joan Clifford spoke later.\n\n“That is not who "
     "we are,” the Democrat said.", "not who", "Democrat"),
    ("Sen. Luis Mendez, a Democrat from Vermont, spoke in Iowa. Joan Clifford spoke later.\n\n“That is not who "
     "we are,” the Democrat said.", "not who", "Luis Mendez"),
    # a full name the recogniser missed, in apposition to a noun for a person, is a person with that title
    ("Sen. Tom Haley spoke in Ames. His spokeswoman, Ana Ruiz, said he was tired.\n\n“This is a crisis,” the spokeswoman "
     "said.", "crisis", "Ana Ruiz"),
    # (an organisation's name in apposition is no person)
    ("Sen. Tom Haley spoke in Ames. His campaign, Haley for America, said he was tired.\n\n“This is a crisis,” the campaign "
     "said.", "crisis", "campaign"),
    # the one who asks is not who answers: "Tolland asked if he would resign. “No,” he said."
    ("Sen. Tom Haley spoke in Ames.\n\n“This is a crisis,” Haley told CNN's Jake Tolland. Tolland asked if he would resign. "
     "“No,” he said.", "No", "Tom Haley"),
    # (no question before: the subject just before speaks)
    ("Sen. Tom Haley spoke in Ames.\n\n“This is a crisis,” Haley told CNN's Jake Tolland. Tolland laughed. “Is it?” he said.",
     "Is it", "Jake Tolland"),
    # "Mrs. Haley" beside Sen. Tom Haley is the wife the article introduced by first name alone: "his wife, Joan,"
    ("Sen. Tom Haley and his wife, Joan, spoke in Ames on Monday.\n\n“We love Iowa,” Mrs. Haley said.", "love Iowa",
     "Joan Haley"),
    ("Sen. Tom Haley spoke in Ames on Monday. Haley's wife, Joan, spoke first.\n\n“We love Iowa,” Mrs. Haley said.",
     "love Iowa", "Joan Haley"),
    # (another woman's daughter is no one's wife here; no relative introduced: as written)
    ("Sen. Tom Haley spoke in Ames on Monday. Sen. Ann Cole and her daughter, Joan, spoke first.\n\n“We love Iowa,” "
     "Mrs. Haley said.", "love Iowa", "Mrs. Haley"),
    ("Sen. Tom Haley spoke in Ames on Monday.\n\n“We love Iowa,” Mrs. Haley said.", "love Iowa", "Mrs. Haley"),
    # after a reported question, a quoted question below is the asker's own, the answer the one asked's
    ("Moderator Tom Brandt questioned Maria Delgado and Gordon Hartwell on Tuesday.\n\nLater, Brandt pressed Delgado on "
     "immigration.\n\n“Would you support the governor’s border plan?”", "border plan", "Tom Brandt"),
    ("Moderator Tom Brandt questioned Maria Delgado and Gordon Hartwell on Tuesday.\n\nLater, Brandt pressed Delgado on "
     "immigration.\n\n“I would never support the governor’s border plan.”", "border plan", "Maria Delgado"),
    # a floating answer below a question put to someone ("“Would you …?” Mitchell asked.") is the one asked's; a
    # follow-up question stays the asker's, and a rhetorical question's speaker goes on speaking
    ("Richard Walker spoke with host Sean Mitchell on Monday.\n\n“Would you debate her again?” Mitchell asked.\n\n"
     "“Maybe. We will see.”", "We will see", "Richard Walker"),
    ("Sen. Paula Crenshaw took questions from host Sean Mitchell on Monday.\n\n“It was a good night,” Crenshaw said.\n\n"
     "“Would you debate him again?” Mitchell asked.\n\n“Maybe. We will see.”", "We will see", "Paula Crenshaw"),
    ("Richard Walker spoke with host Sean Mitchell on Monday.\n\n“Would you debate her again?” Mitchell asked.\n\n"
     "“And would you shake her hand?”", "shake her hand", "Sean Mitchell"),
    ("Sen. Paula Crenshaw spoke in Ohio on Monday.\n\nRichard Walker spoke at a rally in Tampa.\n\n“What is she hiding?” "
     "Walker asked.\n\n“We deserve to know.”", "deserve to know", "Richard Walker"),
    # an embedded tweet's signature: the name before the handle, whatever the parser makes of its words; a
    # signature without a handle is read as before
    ("Walker’s answer drew immediate reaction online.\n\n“Best answer of the night. Strength!” - Lorna Dibbert "
     "(@LornaDibbert) September 26, 2016", "Best answer", "Lorna Dibbert"),
    ("Walker’s answer drew immediate reaction online.\n\n“Did he just say that? Wow.” — Sen. Tim Kaplan (@SenKaplan) "
     "September 26, 2016", "just say", "Tim Kaplan"),
    ("Walker’s answer drew immediate reaction online.\n\n“Best answer of the night.” — Lorna Dibbert, a Walker supporter "
     "from Ohio", "Best answer", "Lorna Dibbert"),
    # the paragraph below a quote names whose words they were in other ways too: "So said X", "That’s what X told
    # a crowd", "Those words came from X"; a "that's what" whose speakers are unnamed names no one
    ("Sen. Paula Crenshaw is urging young voters to turn out.\n\n“Your future is on the ballot,” she said.\n\n"
     "“This is the most important election of our lifetimes.”\n\nThat’s what former President Tom Bradley told a crowd "
     "in Akron on Monday night.", "most important", "Tom Bradley"),
    ("Sen. Paula Crenshaw is urging young voters to turn out.\n\n“Your future is on the ballot,” she said.\n\n"
     "“This is the most important election of our lifetimes.”\n\nSo said former President Tom Bradley, campaigning in "
     "Akron on Monday night.", "most important", "Tom Bradley"),
    ("Sen. Paula Crenshaw is urging young voters to turn out.\n\n“Your future is on the ballot,” she said.\n\n"
     "“This is the most important election of our lifetimes.”\n\nThose words came from former President Tom Bradley, "
     "campaigning in Akron on Monday night.", "most important", "Tom Bradley"),
    ("Sen. Paula Crenshaw is urging young voters to turn out.\n\n“Your future is on the ballot,” she said.\n\n"
     "“This is the most important election of our lifetimes.”\n\nThat’s what voters told pollster Tom Bradley in Akron "
     "on Monday night.", "most important", "Paula Crenshaw"),
    # a transcript line labelled with a role in capitals ("MODERATOR:") is the one given that title, else the role
    # as written, never the person who spoke before
    ("Richard Walker and Paula Crenshaw met for their second debate on Sunday. The moderator, Martha Radd, opened with "
     "the tape. Here is a partial transcript:\n\nMODERATOR: “Mr. Walker, do you apologize?”\n\n"
     "WALKER: “It was locker room talk.”", "apologize", "Martha Radd"),
    ("Richard Walker and Paula Crenshaw met for their second debate on Sunday. Here is a partial transcript:\n\n"
     "MODERATOR: “Mr. Walker, do you apologize?”\n\nWALKER: “It was locker room talk.”", "apologize", "moderator"),
    ("Richard Walker and Paula Crenshaw met for their second debate on Sunday. Here is a partial transcript:\n\n"
     "MODERATOR: “Mr. Walker, do you apologize?”\n\nWALKER: “It was locker room talk.”", "locker room", "Richard Walker"),
    # a live blog's time heading ("8:45 p.m.") opens a new entry: a floating quote there does not go on with the
    # speaker of the entry before; within an entry it does
    ("The Latest on the presidential race (all times EDT):\n\n9:20 p.m.\n\nRichard Walker is telling supporters in Toledo "
     "that the election is rigged.\n\n“They are trying to steal it from you,” Walker said.\n\n8:45 p.m.\n\nThe line "
     "outside the rally in Columbus stretches for blocks.\n\n“I have never seen anything like it.”", "never seen", None),
    ("The Latest on the presidential race (all times EDT):\n\n9:20 p.m.\n\nRichard Walker is telling supporters in Toledo "
     "that the election is rigged.\n\n“They are trying to steal it from you,” Walker said.\n\n“We will not let them.”",
     "not let them", "Richard Walker"),
    # an outlet's possessive and a person's name tagged as one organisation ("Fox News’ Sean Mitchell") is the person,
    # for the later bare surname too; an outlet's show ("Fox News’ Special Report") is nobody
    ("Richard Walker spoke with Fox News’ Sean Mitchell on Monday.\n\n“It’s a tradition, Mr. Walker,” Mitchell said.",
     "a tradition", "Sean Mitchell"),
    ("Richard Walker spoke on Monday.\n\nThe interview aired on Fox News’ Special Report with Sean Mitchell.\n\n"
     "“It was great,” Walker said. “Really great.”", "Really great", "Richard Walker"),
    # a first name borne by men and women alike decides no gender: "he" is the Dana the article names
    ("Rosa Lind and Dana Holt toured the plant on Friday.\n\n“We saw real progress,” he said.", "real progress",
     "Dana Holt"),
    # in the passive of an ask verb the subject is the one asked, who answers; the agent is the asker
    ("Tom Brandt said the plan was bad. He was questioned about it by Ray Ruiz. “It is terrible,” he said.",
     "terrible", "Tom Brandt"),
    # a name after "to"/"for" on the label noun before a colon is the one addressed, not the speaker
    ("Harlan Voss turned to Marisa Quell at the debate.\n\nA question for Quell: “Will you run again?”", "run again",
     "Harlan Voss"),
    # a lone name paragraph over a quote is a byline, not a roundup's heading (a roundup sets several)
    ("Sen. Ray Tillis lost on Monday.\n\nAna Ruiz, USA TODAY\n\n“This is not over.”\n\nTillis spoke to supporters in Ohio.",
     "not over", "Ray Tillis"),
    # the object of a verb of quoting before a colon is whose words follow, not the one they are aimed at
    ("Ana Ruiz spoke on Monday. Ruiz quoted Ray Tillis: “We will win.”", "will win", "Ray Tillis"),
    # the one asked in a whether-clause answers the reply after, as the object of an ask verb does
    ("Tom Brandt met Ray Ruiz. Brandt asked whether Ruiz would resign. “No,” he replied.", "No,", "Ray Ruiz"),
    # "the congressman" is a representative who is a man: not the one congresswoman named
    ("Rep. Ana Ruiz toured the plant with Sen. Ray Tillis.\n\n“We need jobs,” the congressman said.", "need jobs",
     "congressman"),
    # "A:" is the one interviewed: the object of the opening sentence's interviewing verb, not its subject
    ("Reporter Ana Ruiz interviewed Sen. Ray Tillis on Tuesday in his office.\n\nQ: Will you vote for Mark Brandt?\n\n"
     "A: “I have not decided.”", "not decided", "Ray Tillis"),
    # a quote ending a clause of a copula with a thing for subject is no one's words but the sentence after's
    ("Ray Tillis met Ana Ruiz on Monday. The plan is “dead on arrival.” Ruiz said so on Monday.", "dead on arrival",
     "Ana Ruiz"),
    # a topic label naming a person ("On Sen. Mark Okafor:") in a list of someone's remarks: the one the list is of
    ("Dale Brenner spoke for an hour. Here are the lines that stood out.\n\nOn Sen. Mark Okafor: “He was a disaster.”",
     "a disaster", "Dale Brenner"),
    ("Dale Brenner spoke for an hour. Here are the lines.\n\nOn his running mate, Gov. Tim Harlow: “He is a good man.”",
     "good man", "Dale Brenner"),
    # a name opening the label speaks (not a topic)
    ("Dale Brenner spoke for an hour.\n\nSen. Mark Okafor: “He was a disaster.”", "a disaster", "Mark Okafor"),
    # "Gov. X of Arkansas:" in a roundup: the person, not the state
    ("The candidates spoke on Saturday.\n\nGov. Ellen Marsh of Arkansas: “Guns are a right.”\n\n"
     "Sen. Rick Dunmore: “I agree.”", "a right", "Ellen Marsh"),
    # a date after a dash under a quote is no speaker: the one whose posts are listed
    ("Dale Brenner has attacked Mark Okafor for weeks. A selection of his posts:\n\n“Okafor is a disaster!” — Aug. 3, 2016\n\n"
     "“Okafor failed Ohio!” — Aug. 9, 2016", "failed Ohio", "Dale Brenner"),
    # a name after the dash still signs it
    ("Dale Brenner has attacked Mark Okafor for weeks.\n\n“Brenner is a fraud!” — Mark Okafor, Aug. 9", "a fraud",
     "Mark Okafor"),
    # a surname ending in "s" that the body writes once is a surname, not a headline's verb, outside the headline
    ("Senator Ray Tillis said it was a mess.\n\n“Ray is a friend, but he is wrong.”", "a friend", "Ray Tillis"),
    ("Tillis on the convention\n\nSenator Ray Tillis said it was a mess.\n\n“Ray is a friend, but he is wrong.”",
     "a friend", "Ray Tillis"),
    # an interviewer's question paragraph (no quotation, asking) names or quotes others: the interviewee answers
    ("Marisa Quell sat down with the Herald on Tuesday.\n\nYour opponent says you would raise taxes. Would you?\n\n"
     "“No. I have said it a hundred times.”", "hundred times", "Marisa Quell"),
    ("Marisa Quell sat down with the Herald.\n\nWhat about taxes?\n\n“No new ones.”\n\nWhat about the convention? "
     "Senator Ray Tillis said it was a mess.\n\n“Ray is a friend, but he was wrong.”", "a friend", "Marisa Quell"),
    # the reporter's own question once, not addressed to anyone, is no interview: the one it introduces speaks
    ("Marisa Quell spoke on Monday.\n\nCan the state afford it? Gov. Ana Ruiz thinks so.\n\n“We have a surplus.”",
     "a surplus", "Ana Ruiz"),
    # a reporter's paragraph that does not ask still introduces the next speaker
    ("Marisa Quell sat down with the Herald.\n\nSenator Ray Tillis said the convention was a mess.\n\n"
     "“It was a disaster.”", "a disaster", "Ray Tillis"),
    # a newsletter's digest item: a headline in capitals, then an excerpt of the story: the story, not a name near it
    ("Morning Email\n\nTOP STORIES.\n\nVOSS TAKES OHIO “Harlan Voss won the primary, a blow to Marisa Quell.” [AP.]\n\n"
     "HOW THE FARM VOTE SWUNG “Rural turnout rose by a third.” [Ana Ruiz.]", "Rural turnout", "HOW THE FARM VOTE SWUNG"),
    # not a transcript's label in capitals, nor a dateline, nor a short kicker
    ("Tom Brandt spoke on Monday.\n\nMR. TOM BRANDT: “We will win this state.”", "win this state", "Tom Brandt"),
    ("Tom Brandt spoke on Monday.\n\nCORRECTION: “We will win this state.”", "win this state", "Tom Brandt"),
    ("Tom Brandt spoke on Monday.\n\nOHIO: “We will win this state,” Brandt said.", "win this state", "Tom Brandt"),
    # a quote in what someone got from another ("faced “…” from X", "won praise from X for his “…”"): the giver's words
    ("Harlan Voss met Marisa Quell on Monday. Voss faced “tough questions” from Quell about the budget.",
     "tough questions", "Marisa Quell"),
    ("Harlan Voss met Marisa Quell on Monday. Voss won praise from Quell for his “courage.”", "courage", "Marisa Quell"),
    # not from a group the article names no one in, nor with a verb that gives nothing
    ("Harlan Voss met Marisa Quell on Monday. Voss drew “strong support” from voters.", "strong support", "Harlan Voss"),
    ("Harlan Voss met Marisa Quell on Monday. Voss called it “a disgrace” after hearing from Quell.", "a disgrace",
     "Harlan Voss"),
    # an organisation's officer named at the end of the subject, hung by the parser under the organisation
    ("“We will fight,” Ohio Fraternal Order of Police president Mike Dolan said.", "will fight", "Mike Dolan"),
    ("“We will fight,” the Ohio Fraternal Order of Police said.", "will fight", "Ohio Fraternal Order of Police"),
    # a reply after a quoted question goes to the one the question's asker pressed the sentence before
    ("Sen. Ray Tillis spoke first. Jake Tapley pressed Marisa Quell on her own plan. “Where does the money come from?” "
     "he asked. “From closing loopholes,” she replied.", "closing loopholes", "Marisa Quell"),
    ("Sen. Ray Tillis spoke first. Jake Tapley pressed Marisa Quell on her own plan.\n\n“Where does the money come "
     "from?” he asked.\n\n“From closing loopholes,” she replied.", "closing loopholes", "Marisa Quell"),
    # (no one pressed: the pronoun goes by gender as before)
    ("Sen. Ray Tillis spoke first. Jake Tapley spoke with Marisa Quell. “Where does the money come from?” he asked. "
     "“From closing loopholes,” he replied.", "closing loopholes", "Jake Tapley"),
    # a finding verb in a relative clause on its source ("a report by the inspector general, which found that …")
    ("Harlan Voss met Marisa Quell. Voss cited a report by the Ohio inspector general, which found that Quell had "
     "“failed to oversee” grants.", "failed to oversee", "Ohio inspector general"),
    # (a copula in the relative clause is no finding: the sentence's subject)
    ("Harlan Voss met Marisa Quell. Voss attacked the bill, which is “a disaster for Ohio.”", "disaster", "Harlan Voss"),
    # who cites a study is not its author; who releases an ad is
    ("Harlan Voss met Marisa Quell. Voss cited a study, which concluded that the plan would “devastate” farmers.",
     "devastate", "a study"),
    ("Harlan Voss met Marisa Quell. Voss released an ad that says Quell is “too liberal for Ohio.”", "too liberal",
     "Harlan Voss"),
    # an item of a list of someone's lines opens with its number or bullet: the one the list is of, not a name above
    ("Dale Brenner went after Sen. Mark Okafor all night.\n\nHere are the highlights:\n\n1. “Nobody has ever balanced a "
     "budget in Ohio.”\n\n2. “I will cut taxes.”", "cut taxes", "Dale Brenner"),
    ("Dale Brenner went after Sen. Mark Okafor all night.\n\nHere are the highlights:\n\n• “Nobody has ever balanced a "
     "budget in Ohio.”", "balanced", "Dale Brenner"),
    # a name labelling the item speaks
    ("Dale Brenner went after Sen. Mark Okafor all night.\n\nHere are the highlights:\n\n1. Sen. Mark Okafor: “I will cut "
     "taxes.”", "cut taxes", "Mark Okafor"),
    # a place and a date after a dash under a quote ("— Rapid City, Aug. 7") say where it was said, not who said it
    ("Dale Brenner spoke for an hour.\n\nHere are the lines that stood out:\n\n“Ohio is broke.” — Sioux Falls, Aug. 3\n\n"
     "“Mark Okafor is a fraud.” — Rapid City, Aug. 7", "a fraud", "Dale Brenner"),
    # a name the article gives elsewhere signs it
    ("Dale Brenner has attacked Ray Tillis for weeks.\n\n“Brenner is a fraud!” — Tillis, Aug. 9", "a fraud", "Ray Tillis"),
    # a list item's quote followed by where or when it was said, in brackets, continues the one the list is of
    ("Rep. Carla Montague has spent the week attacking Gov. Raymond Felt on Twitter.\n\nHere is a sampling:\n\n“Vetoed "
     "again. Shameful.” (Sept. 5)\n\n“Still waiting for an answer.” (Sept. 7)", "waiting", "Carla Montague"),
    ("Rep. Carla Montague has spent the week attacking Gov. Raymond Felt at rallies.\n\nHere is a sampling:\n\n“Vetoed "
     "again. Shameful.” [Salem, Ore.]\n\n“Still waiting for an answer.” [Eugene]", "waiting", "Carla Montague"),
    # a name in the brackets signs the quote
    ("Rep. Carla Montague has spent the week attacking Gov. Raymond Felt at rallies.\n\nHere is a sampling:\n\n“Vetoed "
     "again. Shameful.” (Raymond Felt)", "Vetoed", "Raymond Felt"),
    # an uncued quote that names the current subject in the third person stays theirs (a politician may name
    # himself: "Nobody respects women more than Bruce Landry"); it is not handed to the one quoted before
    ("Ellen Marsh lobbies lawmakers every week. “Nobody listens,” she said.\n\nGov. Bruce Landry has not said whether "
     "he will sign the bill.\n\n“If Bruce Landry vetoes this bill, I will be at his door.”", "vetoes", "Ellen Marsh"),
    # a relative by another first name, or the name in words the quote quotes, is no third-person mention
    ("Ellen Marsh lobbies lawmakers every week. “Nobody listens,” she said.\n\nGov. Bruce Landry has not said whether "
     "he will sign the bill.\n\n“I have not decided. My wife, Ann Landry, likes it.”", "not decided", "Bruce Landry"),
    ("Ellen Marsh lobbies lawmakers every week. “Nobody listens,” she said.\n\nGov. Bruce Landry has not said whether "
     "he will sign the bill.\n\n“People tell me, ‘Landry, sign it.’ I will decide next week.”", "decide next", "Bruce Landry"),
    # the reporter's gloss on who someone the last quote named is ("X, a senator from Florida, …", "X was a senator")
    # makes them no current speaker: the speech goes on
    ("Linda Walcott spoke for an hour in Dayton. “We will change course,” she said.\n\n“Mark Delaney voted for amnesty "
     "three times.”\n\nDelaney, a senator from Florida, dropped out of the race in February.\n\n“We will win Ohio.”",
     "win Ohio", "Linda Walcott"),
    ("Linda Walcott spoke for an hour in Dayton. “We will change course,” she said.\n\n“Mark Delaney voted for amnesty "
     "three times.”\n\nDelaney was a senator from Florida until 2014.\n\n“We will win Ohio.”", "win Ohio", "Linda Walcott"),
    # no gloss, or one the last quote did not name: that person speaks next
    ("Linda Walcott spoke for an hour in Dayton. “We will change course,” she said.\n\n“Mark Delaney voted for amnesty "
     "three times.”\n\nDelaney, for his part, was defiant.\n\n“I never voted for amnesty.”", "never voted", "Delaney"),
    ("Linda Walcott spoke for an hour in Dayton. “We will change course,” she said.\n\n“Ohio deserves better.”\n\nMark "
     "Delaney, a senator from Florida, was in the crowd.\n\n“I came to listen.”", "came to listen", "Mark Delaney"),
    # a fact-check's "Claim:" owned by no one: the one whose claims they are, as under the same label before (not the
    # one the facts between talk of)
    ("Greg Ramsey made several claims about Medicaid in his debate with Anne Petrakis.\n\nClaim: “Medicaid has cost "
     "Kentucky $2 billion.”\n\nThe facts: The state share was $74 million.\n\nClaim: “Anne Petrakis wants free care for "
     "everyone.”\n\nThe facts: Petrakis has said she opposes that. Her campaign says so.\n\nClaim: “Premiums have "
     "doubled.”", "Premiums", "Greg Ramsey"),
    ("Greg Ramsey made several claims about Medicaid in his debate with Anne Petrakis.\n\nTHE CLAIM: “Medicaid has cost "
     "Kentucky $2 billion.”", "Medicaid has", "Greg Ramsey"),
    # an owned label is its owner's
    ("Greg Ramsey debated Sen. Anne Petrakis on Monday.\n\nThe facts: Petrakis has said she opposes that.\n\nRamsey's "
     "claim: “Medicaid saved lives.”", "saved lives", "Greg Ramsey"),
    # headings over quotes that are topics ("Immigration", "The Iran deal") head one speaker's lines: a name among them
    # is a topic too
    ("Dale Brenner took questions for two hours. Here is what he said.\n\nImmigration\n\n“We are going to secure the "
     "border.”\n\nSen. Hillary Voss\n\n“She has been wrong on every question.”\n\nThe Iran deal\n\n“It is the worst "
     "deal ever.”", "wrong on every", "Dale Brenner"),
    # names alone head a roundup's quotes
    ("Lawmakers reacted to the ruling on Monday.\n\nSen. Ray Tillis\n\n“This is a victory for Ohio.”\n\nGov. Ana "
     "Ruiz\n\n“We will appeal.”", "appeal", "Ana Ruiz"),
    # a topic label without "On", a common noun phrase naming no one ("Trade:", "2. The media:"), in a list of
    # someone's remarks: the one the list is of
    ("Dale Brenner spoke for two hours in Council Bluffs.\n\nThe crowd of 3,000 booed at every mention of Sen. Hillary "
     "Voss.\n\nTrade: “NAFTA was a disaster for Iowa.”", "NAFTA", "Dale Brenner"),
    ("Dale Brenner spoke for two hours in Council Bluffs.\n\nThe crowd of 3,000 booed at every mention of Sen. Hillary "
     "Voss.\n\n2. The media: “Not one of them will report the crowd.”", "Not one", "Dale Brenner"),
    # a person's noun labels the person
    ("Dale Brenner spoke for two hours in Council Bluffs.\n\nThe crowd of 3,000 booed at every mention of Sen. Hillary "
     "Voss.\n\nThe senator: “He is a liar.”", "liar", "Hillary Voss"),
    # among topic labels, a name alone labels a topic too
    ("Dale Brenner spoke for two hours, attacking Sen. Hillary Voss at every turn. Here is what he said.\n\nImmigration: "
     "“We are going to secure the border.”\n\nHillary Voss: “She has been wrong on every question.”\n\nTrade: “NAFTA "
     "was a disaster.”", "NAFTA", "Dale Brenner"),
    ("Dale Brenner spoke for two hours, attacking Sen. Hillary Voss at every turn. Here is what he said.\n\nImmigration: "
     "“We are going to secure the border.”\n\nHillary Voss: “She has been wrong on every question.”", "wrong on",
     "Dale Brenner"),
    # names alone label a roundup
    ("Lawmakers reacted on Monday.\n\nSen. Ray Tillis: “This is a victory.”\n\nGov. Ana Ruiz: “We will appeal.”",
     "appeal", "Ana Ruiz"),
    # "a counselor named X", "a steelworker named X": a name given, no one speaking; the interviewee goes on
    ("Ray Tillis came home from Vietnam in 1971. “I drank a lot,” he said.\n\nHe got sober in 1981 with help from a "
     "counselor named Harold Pike.\n\n“I owe him everything.”", "owe him", "Ray Tillis"),
    ("Ray Tillis came home from Vietnam in 1971. “I drank a lot,” he said.\n\nHis father, a steelworker named Joe "
     "Tillis, left when Ray was five.\n\n“I never knew him.”", "never knew", "Ray Tillis"),
    # "called" as the sentence's verb is said by its subject
    ("Ray Tillis came home from Vietnam in 1971.\n\nHarold Pike, a counselor, called Tillis a survivor.\n\n“He never "
     "gave up.”", "never gave", "Harold Pike"),
    # a label's first word in capitals, a document's noun tagged as a name ("Tweet of the day, from X:"): X's
    ("Sen. Rob Kendrick spoke on the floor for an hour.\n\nTweet of the day, from Rep. Alma Fuentes:\n\n“Pick up the "
     "phone, Tom.”", "Pick up", "Alma Fuentes"),
    # without a source, the current speaker
    ("Sen. Rob Kendrick spoke on the floor for an hour on Tuesday.\n\nTweet of the day:\n\n“Pick up the phone, Tom.”",
     "Pick up", "Rob Kendrick"),
    # a participle after the document's source says what the words did ("…, from Rep. X, responding to Y:")
    ("Sen. Rob Kendrick spoke on the floor for an hour on Tuesday.\n\nTweet of the day, from Rep. Alma Fuentes, "
     "responding to Speaker Tom Ridley:\n\n“Pick up the phone, Tom.”", "Pick up", "Alma Fuentes"),
    # the subject of a participle's clause, the subject of its verb: as before
    ("Sen. Rob Kendrick spoke on the floor for an hour on Tuesday.\n\nRep. Alma Fuentes, responding to Speaker Tom "
     "Ridley, tweeted:\n\n“Pick up the phone, Tom.”", "Pick up", "Alma Fuentes"),
    # a quote addressing the current speaker by name ("Alan, that is not true", "That's a lie, Ruth.") is not theirs:
    # the one the quote before addressed answers, else the one quoted before
    ("Sen. Alan Ferris and Ruth Caldwell met for their final debate.\n\n“Ruth, you voted to raise the retirement age,” "
     "Ferris said.\n\n“Alan, that is not true, and you know it.”", "that is not true", "Ruth Caldwell"),
    ("Sen. Alan Ferris and Ruth Caldwell met for their final debate.\n\n“I have a plan,” Ferris said.\n\nCaldwell said "
     "Ferris had voted for every trade deal.\n\n“That's a lie, Ruth.”", "a lie", "Alan Ferris"),
    # a name in apposition to a person's noun is no one addressed
    ("Sen. Alan Ferris spoke to his wife, Ruth Ferris, on stage.\n\n“I have a plan,” Ferris said.\n\nRuth Ferris said "
     "her husband had worked hard.\n\n“I met his mother, Ruth.”", "his mother", "Ruth Ferris"),
    # the one addressed, with no other quoted a few paragraphs up: the one the reporter named last before
    ("Sen. Alan Ferris and Ruth Caldwell met for their final debate.\n\n“I have a plan,” Ferris said.\n\nModerator Lisa "
     "Chen moved on to trade.\n\nThe candidates agreed on steel tariffs.\n\nCaldwell said Ferris had voted for every "
     "trade deal. “Every one of them,” she said.\n\n“NAFTA, CAFTA, all of them.”\n\n“That's a lie, Ruth.”", "a lie",
     "Alan Ferris"),
    # addressing another, the current speaker goes on
    ("Sen. Alan Ferris and Ruth Caldwell met for their final debate.\n\n“I have a plan,” Ferris said.\n\nModerator Lisa "
     "Chen moved on to trade.\n\nThe candidates agreed on steel tariffs.\n\nCaldwell said she had voted for every "
     "trade deal. “Every one of them,” she said.\n\n“NAFTA, CAFTA, all of them.”\n\n“That's my record, Lisa.”",
     "my record", "Ruth Caldwell"),
    # an audience's noise ("The crowd roared.", "The audience laughed.") takes no turn from the one speaking
    ("Sen. Elena Marquez spoke in Scranton on Friday. “This is home,” Marquez said.\n\nThe crowd, many in union "
     "jackets, roared.\n\n“I don't need a focus group to tell me what a paycheck is worth.”", "focus group", "Elena Marquez"),
    ("Sen. Elena Marquez spoke in Scranton on Friday. “This is home,” Marquez said.\n\nThe audience laughed.\n\n“I mean "
     "it.”", "mean it", "Elena Marquez"),
    # an audience with words to say takes it
    ("Sen. Elena Marquez spoke in Scranton on Friday. “This is home,” Marquez said.\n\nThe crowd chanted her name again "
     "and again.\n\n“Elena! Elena!”", "Elena!", "crowd"),
    # a quote left open may run over its own cue
    ("Sen. Elena Marquez returned to Scranton on Friday. “This is home,” Marquez said.\n\nHer father died when she was "
     "twelve.\n\nMarquez's opponent, Todd Bixby, has spent $14 million on ads.\n\nBixby, a former hedge fund manager, was "
     "campaigning in Pittsburgh on Friday with Gov. Ray Walsh.\n\n“There wasn't a shift he worked, said Bixby, who "
     "smiled.", "shift he worked", "Todd Bixby"),
    # a speech recap: the one named and quoted last goes on after up to six paragraphs of the reporter's that gave the
    # floor to no one (not the auditor the narration names)
    ("Gov. Dana Whitcomb gave her annual address on Tuesday.\n\n“We will fix what the audit found,” Whitcomb said.\n\n"
     "The audit, released last week, found $12 million in improper payments.\n\nIt was ordered by Auditor Frank Delgado "
     "after a series of news stories.\n\nThe report blamed outdated software.\n\nLawmakers from both parties have called "
     "for hearings.\n\n“I take full responsibility.”", "full responsibility", "Dana Whitcomb"),
    # one the narration makes the subject takes the floor
    ("Gov. Dana Whitcomb gave her annual address on Tuesday.\n\n“We will fix what the audit found,” Whitcomb said.\n\n"
     "The audit, released last week, found $12 million in improper payments.\n\nIt was ordered by Auditor Frank Delgado "
     "after a series of news stories.\n\nThe report blamed outdated software.\n\nLawmakers from both parties have called "
     "for hearings.\n\nSome want the program audited again.\n\nOthers want it run by a private firm.\n\nAuditor Frank "
     "Delgado has not said.\n\n“I take full responsibility.”", "full responsibility", "Frank Delgado"),
    # one the reporter's paragraph brought up, whom the next quote speaks of as "he" ("I told him"), is not its speaker:
    # the one quoted before, of the other sex
    ("Ellen Marsh lobbies lawmakers every week. “Nobody listens,” she said.\n\nState Sen. Rick Oyelaran, the bill's "
     "sponsor, met Marsh at a hearing in 2015.\n\n“I walked into his office and I told him: you are going to help me.”",
     "walked into", "Ellen Marsh"),
    # speaking of the other sex, or when the one quoted before is of the same sex, they speak
    ("Ellen Marsh lobbies lawmakers every week. “Nobody listens,” she said.\n\nState Sen. Rick Oyelaran, the bill's "
     "sponsor, met Marsh at a hearing in 2015.\n\n“I told her she had a good case.”", "good case", "Rick Oyelaran"),
    ("Tom Marsh lobbies lawmakers every week. “Nobody listens,” he said.\n\nState Sen. Rick Oyelaran, the bill's "
     "sponsor, met Marsh at a hearing in 2015.\n\n“I walked into his office and I told him: you are going to help me.”",
     "walked into", "Rick Oyelaran"),
    # "read" with a written thing for subject reports its words, not those of the person named before
    ("Sen. Luis Carrera spoke on Monday.\n\n“We will fight for jobs,” the platform reads.", "fight for jobs", "platform"),
    ("Gov. Ana Ruiz unveiled the budget on Monday.\n\nOne sign read “Hands off our schools.” Ruiz did not stop.",
     "Hands off", "One sign"),
    # a person who reads words out is still their speaker
    ("Gov. Ana Ruiz spoke at the rally.\n\n“We will fight for jobs,” Sen. Luis Carrera read from his notes.",
     "fight for jobs", "Luis Carrera"),
    # a named outlet's "reported" closing the sentence after the quote: the outlet's account of the words
    ("Sen. Ray Tillis toured the plant on Monday.\n\nAsked about the plan, Tillis said: “It is dead on arrival,” "
     "the Herald reported.", "dead on arrival", "Herald"),
    # not an outlet's report of another matter after it
    ("Sen. Ray Tillis toured the plant on Monday.\n\nAsked about the plan, Tillis said: “It is dead on arrival,” "
     "and the Herald reported that he left early.", "dead on arrival", "Ray Tillis"),
    # a quote with no cue in a sentence (or the one after it) that opens "Under" a law or an agreement: the text's
    ("Gov. Ray Tillis signed the bill on Monday.\n\nUnder Ohio law, a tax increase needs approval by “two-thirds of "
     "each chamber.”", "two-thirds", "Ohio law"),
    ("Gov. Ray Tillis signed the bill on Monday.\n\nUnder the Clean Water Restoration Act, which Tillis signed in March, "
     "the state must act. Towns are required to test wells “at least twice a year.”", "twice a year",
     "Clean Water Restoration Act"),
    # not "under" anything else, nor a quote with a cue of its own
    ("Gov. Ray Tillis signed the bill on Monday.\n\nUnder pressure from donors, Tillis called the plan “a disaster.”",
     "a disaster", "Ray Tillis"),
    ("Gov. Ray Tillis signed the bill on Monday.\n\nUnder the plan, Tillis said, taxes would be “much lower.”",
     "much lower", "Ray Tillis"),
    # a place's law is no one's words, its place's neither
    ("Gov. Ana Ruiz spoke on Monday.\n\nUnder Florida's new law, battery is committed when a person “intentionally "
     "touches another.”", "intentionally", "Florida's new law"),
    # a plan someone owns is its owner's claim
    ("Gov. Ana Ruiz unveiled her budget on Monday.\n\nUnder Ruiz's plan, families would save “hundreds of dollars a "
     "year.”", "hundreds of dollars", "Ana Ruiz"),
    ("Gov. Ana Ruiz unveiled her budget on Monday.\n\nUnder her plan, families would save “hundreds of dollars a "
     "year.”", "hundreds of dollars", "Ana Ruiz"),
    # "“…,” a banner read." and "“…,” read one sign." after a quote: the written thing's, however "read" is tagged
    ("Sen. Tom Halvorsen spoke on Monday.\n\n“Halvorsen must go,” a banner read.", "must go", "banner"),
    ("Sen. Tom Halvorsen spoke on Monday.\n\n“Halvorsen must go,” read one sign.", "must go", "one sign"),
    # a person who reads is no written thing
    ("Sen. Tom Halvorsen spoke on Monday.\n\n“We must go on,” Halvorsen said as he read the letter.", "must go on",
     "Tom Halvorsen"),
    # "blare" reports a written thing's words, its subject or (inverted) its object: "“…,” blared the headline"
    ("Sen. Tom Halvorsen spoke on Monday.\n\n“Halvorsen Must Go,” blared the headline in the Dayton Herald.",
     "Must Go", "headline"),
    ("Sen. Tom Halvorsen spoke on Monday. The next morning, the Dayton Herald's front page blared “HALVORSEN MUST GO.”",
     "MUST GO", "Dayton Herald"),
    # not what blares from speakers
    ("Sen. Tom Halvorsen took the stage.\n\n“We will win,” he said, as music blared from the speakers.", "will win",
     "Tom Halvorsen"),
    # the passive subject of a describing verb is the one described: the text "in" which they are described speaks
    ("Sen. Ray Hollings met donors on Monday.\n\nLasko is described in the Justice Department memo as “a key "
     "intermediary.”", "key intermediary", "Justice Department memo"),
    ("Sen. Ray Hollings met donors on Monday.\n\nIn the indictment, Lasko is described as “a key intermediary.”",
     "key intermediary", "indictment"),
    # not the one quoted ("quoted as saying"), nor a passive with its agent
    ("Sen. Ray Hollings met donors on Monday.\n\nLasko was quoted in the memo as saying “I did nothing wrong.”",
     "nothing wrong", "Lasko"),
    ("Sen. Ray Hollings met donors on Monday.\n\nLasko was labeled a “traitor” by Democrats.", "traitor", "Democrats"),
    # a fronted phrase the parser hung on the speaker's noun is no part of the mention
    ("Sen. Ray Hollings met donors on Monday.\n\nIn its report, the committee called Lasko “a key intermediary.”",
     "key intermediary", "committee"),
    # a phrase after the noun stays ("a spokesman for the committee")
    ("Sen. Ray Hollings met donors on Monday.\n\n“We lost,” a spokesman for the committee said.", "We lost",
     "a spokesman for the committee"),
    # a written thing (a law, a platform) as the subject of the verb a quote completes: the words are its, not the
    # next sentence's speaker's
    ("Gov. Ray Tillis signed the bill on Monday.\n\nThe law defines biological sex as “the physical condition of being "
     "male or female.” Tillis told reporters the measure was common sense.", "physical condition", "law"),
    # a thing that writes nothing leaves the quote to the next sentence's speaker
    ("Gov. Ray Tillis signed the bill on Monday.\n\nThe storm left the town “completely flattened.” Tillis told "
     "reporters the damage was severe.", "flattened", "Ray Tillis"),
    # a participle on the ones a memo or a letter went "to" is the document's, and so its sender's
    ("Rep. Dale Brenner met donors.\n\nThe Ohio Democratic Party sent a letter to lawmakers urging them to “reject "
     "this bill.”", "reject this bill", "Ohio Democratic Party"),
    # with no document, the ones heard speak
    ("Rep. Dale Brenner met donors.\n\nAt the diner, Brenner listened to voters saying the race is “far from over.”",
     "far from over", "voters"),
    # a relative clause ending a label before a colon describes the label's noun: its subject is no speaker
    ("Sen. Ray Hollings spoke on Monday.\n\nThe text of the resolution, which Sen. Ana Ruiz sponsored: “Hollings must "
     "go.”", "must go", "text of the resolution"),
    # the main clause's cue before it still speaks
    ("Sen. Ray Hollings spoke on Monday.\n\nHollings answered the charge, which Sen. Ana Ruiz made: “It is false.”",
     "is false", "Ray Hollings"),
    # a verbless label naming a written thing, over the quote's paragraph, shows that thing's words
    ("Sen. Ray Hollings spoke on Monday.\n\nThe email, in full:\n\n“We are proud of our record and will fight on.”",
     "proud of our record", "email"),
    # a name and a written thing as its topic: the name speaks
    ("Sen. Ray Hollings spoke on Monday.\n\nSen. Ana Ruiz, on the memo:\n\n“It is false.”", "is false", "Ana Ruiz"),
    # a name and a colon opening a quote its own cue clause follows is a tagline, not a transcript line
    ("Rep. Dale Brenner is running for Senate.\n\n“Dale Brenner: Wrong for Iowa's seniors,” the ad concludes.",
     "Wrong for Iowa", "ad"),
    # a quoted transcript line ending its sentence stays the named speaker's
    ("Rep. Dale Brenner debated Lisa Okoro.\n\n“Dale Brenner: I have always protected Social Security.” Okoro laughed.",
     "always protected", "Dale Brenner"),
    # a sign that "read" words, borne by no one the sentence names: someone beside it, or mocking another's, is not its speaker
    ("Donald Trumbull held a rally in Tampa.\n\nTrumbull stood beneath a banner that read “Make America Safe Again.”",
     "Safe Again", "a banner"),
    ("Donald Trumbull held a rally in Tampa.\n\nTrumbull mocked a protester's sign that read “Love Trumps Hate.”",
     "Love Trumps", "a protester"),
    # its bearer speaks
    ("Donald Trumbull held a rally in Tampa.\n\nAt the rally, Mia Soto hoisted a sign that read “Trumbull 2016.”",
     "Trumbull 2016", "Mia Soto"),
    # a newsletter item: a headline in capitals opening the paragraph, then the story's excerpt, uncued
    ("Tuesday's Morning Email.\n\nTOP STORIES.\n\nEBOLA SURVIVORS, THROUGH THE LENS “It’s about creating agency for "
     "communities.” [HuffPost.]\n\nTWO MORE BITE THE DUST Sen. Ray Tillis didn't make the cut. [Lisa Okoro.]",
     "creating agency", "EBOLA SURVIVORS, THROUGH THE LENS"),
    # a name in capitals is its bearer's label, and a cue after the quote still speaks
    ("Sen. Ray Tillis debated Gov. Ana Ruiz.\n\nSEN. RAY TILLIS “I will win this race.”", "win this race", "Ray Tillis"),
    ("Sen. Ray Tillis spoke on Monday.\n\nBREAKING NEWS “We will win,” Tillis said.", "We will win", "Ray Tillis"),
    # a copula's clause opening "In"/"On" a written thing: the thing describes its subject, who does not speak
    ("Sen. Ray Hollings published a memoir on Tuesday.\n\nIn the book, Gov. Ana Ruiz is “furious” at the decision.",
     "furious", "book"),
    ("Sen. Ray Hollings released a new ad on Tuesday.\n\nIn the ad, Gov. Ana Ruiz is “a Washington insider.”",
     "Washington insider", "Ray Hollings"),
    # a verb of one's own on one's website, or a place, leaves the subject speaking
    ("Sen. Ray Hollings published a memoir on Tuesday.\n\nOn her campaign website, Gov. Ana Ruiz promises to “cut "
     "taxes.”", "cut taxes", "Ana Ruiz"),
    ("Sen. Ray Hollings published a memoir on Tuesday.\n\nIn Ohio, Gov. Ana Ruiz is “a rock star.”", "rock star",
     "Ana Ruiz"),
    # "on" a document is a stage, not a written thing: "On the platform" does not speak
    ("Tom Brandt spoke to farmers in Ames on Monday.\n\nOn the platform, Brandt was “electric.”", "electric",
     "Tom Brandt"),
    # "X, asked about …, shrugged": the one asked answers the "he said" after, not someone named before
    ("Luke Fenwick said the poll was wrong.\n\nDale Harlan, asked about the criticism, shrugged. “They can say what they "
     "want,” he said.", "say what", "Dale Harlan"),
    # with an apposition between, "X, a former treasurer, asked about it" asks: he does not answer himself
    ("Tom Brandt met Ray Ruiz. Brandt, a former treasurer, asked about the plan. “It is dead,” he replied.",
     "is dead", "Ray Ruiz"),
    # a surname the recogniser missed, found by a later pass, still counts as the latest mention of that person:
    # "the former governor" is the governor just named, not the lieutenant governor named before him
    ("Lt. Gov. Andrea Pruitt is running. Ellison’s campaign chairman, former Gov. Leonard Haskins, said her comments "
     "were “beneath the office.”\n\nPruitt criticized Ellison again on Tuesday.\n\n“The secretary has a record she is "
     "proud of,” Farouk said in an email.\n\nHaskins, a two-term governor who remains popular in the Tidewater region, "
     "is expected to campaign with Ellison this weekend. “I’ve known her for 30 years,” the former governor said.\n\n"
     "Curtis Vail laughed. “Leonard Haskins raised your taxes three times,” he told a reporter.", "known her",
     "Leonard Haskins"),
    ("Lt. Gov. Andrea Pruitt is running. Ellison’s campaign chairman, former Gov. Leonard Haskins, said her comments "
     "were “beneath the office.”\n\nPruitt criticized Ellison again on Tuesday.\n\nHaskins, a two-term governor who "
     "remains popular in the Tidewater region, is expected to campaign with Ellison this weekend. “We will win "
     "anyway,” the lieutenant governor said.\n\nCurtis Vail laughed. “Leonard Haskins raised your taxes three "
     "times,” he told a reporter.", "win anyway", "Andrea Pruitt"),
    # "the former governor" (a qualifier spaCy counts as a stop word) is the former one, not the sitting governor
    ("Former Gov. Leonard Haskins endorsed Ellison on Monday. Gov. Steven Ruark, who succeeded him, has stayed "
     "neutral.\n\n“She is the best candidate in a generation,” the former governor said.", "best candidate",
     "Leonard Haskins"),
    ("Former Gov. Leonard Haskins endorsed Ellison on Monday. Gov. Steven Ruark, who succeeded him, has stayed "
     "neutral.\n\n“She is the best candidate in a generation,” the governor said.", "best candidate", "Steven Ruark"),
    # "X and her challenger, Y,": the name is in apposition to the description joined to X, so "the challenger" is Y
    ("MILWAUKEE (AP) — Democratic Rep. Gail Sorensen and her Republican challenger, state Sen. Craig Lutz, clashed over "
     "taxes Thursday night.\n\n“She votes with her party 98 percent of the time,” the challenger said.", "98 percent",
     "Craig Lutz"),
    # and X's own titles stay X's, not Y's
    ("MILWAUKEE (AP) — Democratic Rep. Gail Sorensen and her Republican challenger, state Sen. Craig Lutz, clashed over "
     "taxes Thursday night.\n\n“He votes with his party 98 percent of the time,” the Democratic congresswoman said.",
     "98 percent", "Gail Sorensen"),
    # "“…,” the 39-year-old said" with the age parsed as a modifier of the verb: the one given that age
    ("Craig Lutz, 39, promised to oppose any tax increase.\n\nRep. Gail Sorensen called the promise reckless, and "
     "moderator Rob Heller moved on.\n\n“Not one penny,” the 39-year-old said.", "one penny", "Craig Lutz"),
    # an age no one was given names no one
    ("Craig Lutz promised to oppose any tax increase.\n\nRep. Gail Sorensen called the promise reckless, and "
     "moderator Rob Heller moved on.\n\n“Not one penny,” the 39-year-old said.", "one penny", "39-year-old"),
    # a party whip is a title: "Minority Whip X" names a person the recogniser missed, whom "he" stands for
    ("House Republicans are preparing to challenge Minority Whip Doug Rennert, according to four GOP lawmakers.\n\n"
     "Rep. Ken Albright, a close ally of the leader, is considering a run.\n\nRennert, in an interview with The Hill, "
     "dismissed the talk of a challenge. “Every two years, somebody decides they want my job,” he said.", "my job",
     "Doug Rennert"),
    # "the whip" no one was called is no one named
    ("House Republicans are preparing to challenge Doug Rennert, according to four GOP lawmakers.\n\nRep. Ken Albright, "
     "a close ally of the leader, is considering a run.\n\n“Every two years, somebody decides they want my job,” the "
     "whip said.", "my job", "whip"),
    # "“…,” Dowling spokesman Ryan Seward told …" with the owner's surname read as a verb taking the name as its
    # object: the name right before the subjectless verb speaks, not the outlet told
    ("Rep. Gus Harnett attacked House Speaker Mel Dowling on Tuesday.\n\n“The Speaker negotiated the best deal "
     "possible,” Dowling spokesman Ryan Seward told Breitbart News.", "best deal", "Ryan Seward"),
    # a verb with a subject of its own keeps it: the name inside its relative clause is not the speaker
    ("Rep. Gus Harnett attacked House Speaker Mel Dowling on Tuesday.\n\n“The Speaker negotiated the best deal "
     "possible,” a senior aide who once worked for Ryan Seward told Breitbart News.", "best deal", "a senior aide"),
    # a sentence with a thing for subject and one person as its verb's object ("The news reached X", "For X, the
    # challenge came …") is about that person: the "he said" right after is X, not the subject named further back
    ("Rep. Ken Albright is challenging Minority Whip Doug Rennert for his job.\n\nThe news reached Rennert on "
     "Tuesday. “I had no idea,” he said.", "no idea", "Doug Rennert"),
    ("Rep. Ken Albright is challenging Minority Whip Doug Rennert for his job.\n\nFor Rennert, the challenge came as a "
     "surprise. “I had no idea,” he said.", "no idea", "Doug Rennert"),
    # a person deeper in the sentence (the object of a noun's "of") does not take it from the subject before
    ("Rep. Ken Albright is challenging Minority Whip Doug Rennert for his job.\n\nAlbright spoke to reporters on "
     "Monday. The race for the job of Rennert has turned ugly. “I will win,” he said.", "will win", "Ken Albright"),
    # "According to X, Y never told him …. “…,” he said": the sentence is X's account, and X goes on speaking
    ("Rep. Ken Albright is challenging Minority Whip Doug Rennert for his job.\n\nAccording to Rennert, Albright never "
     "told him about his plans. “I found out from Politico,” he said.", "found out", "Doug Rennert"),
    # an outlet as the source (here tagged as a person) is no one "he" stands for: the subject is
    ("Rep. Ken Albright is challenging Minority Whip Doug Rennert for his job.\n\nAccording to Politico, Albright never "
     "told Rennert about his plans. “I told him,” he said.", "told him", "Ken Albright"),
    # a cleft sentence ("It was X, not Y, who drew …") is about X: the "he said" after it is X
    ("Neil Stroud and Wade Brennan are running for the Senate.\n\nStroud declined to comment. It was Brennan, not "
     "Stroud, who drew the loudest applause. “We will win,” he said.", "will win", "Wade Brennan"),
    # a thing clefted ("It was Stroud’s speech that …") leaves the sentence before to say who "he" is
    ("Neil Stroud and Wade Brennan are running for the Senate.\n\nBrennan spoke first. It was Stroud’s speech that "
     "drew the loudest applause. “We will win,” he said.", "will win", "Wade Brennan"),
    # a cue set inside the sentence before ("Mancuso, Doyle said, will campaign …") makes it Doyle's account, and
    # Doyle goes on speaking, not the subject she speaks about
    ("Neil Stroud has the backing of Sen. Rita Mancuso; his campaign is run by Tricia Doyle.\n\nMancuso, Doyle said, "
     "will campaign with Stroud next week. “She is our secret weapon,” she said.", "secret weapon", "Tricia Doyle"),
    # with no cue inside, the subject
    ("Neil Stroud has the backing of Sen. Rita Mancuso; his campaign is run by Tricia Doyle.\n\nMancuso will campaign "
     "with Stroud next week. “He is our best hope,” she said.", "best hope", "Rita Mancuso"),
    # "X’s spokeswoman said …. “…,” she said": the spokeswoman is a woman whatever X is
    ("Former Attorney General Neil Stroud is running for the Senate. Sen. Rita Mancuso backs Stroud.\n\nStroud’s "
     "spokeswoman said he would not debate. “He has better things to do,” she said.", "better things",
     "Neil Stroud’s spokeswoman"),
    # a spokesman is no "she"
    ("Former Attorney General Neil Stroud is running for the Senate. Sen. Rita Mancuso backs Stroud.\n\nStroud’s "
     "spokesman said he would not debate. “He has better things to do,” she said.", "better things", "Rita Mancuso"),
    # a lieutenant governor is not "the governor", a vice president not "the president" (a former governor may be)
    ("Lt. Gov. Ana Ruiz toured the plant on Monday.\n\n“We need jobs,” the governor said.", "need jobs", "governor"),
    ("Vice President Ana Ruiz toured the plant on Monday.\n\n“We need jobs,” the president said.", "need jobs",
     "president"),
    ("Lt. Gov. Ana Ruiz toured the plant on Monday.\n\n“We need jobs,” the lieutenant governor said.", "need jobs",
     "Ana Ruiz"),
    ("Former Gov. Ana Ruiz toured the plant on Monday.\n\n“We need jobs,” the governor said.", "need jobs", "Ana Ruiz"),
    # a document someone points to, whose relative clause reports the words: the document's, not the pointer's
    ("Sen. Ray Hollings stayed home on Monday.\n\nTom Lutz pointed to a Dayton Herald editorial that called the charges "
     "“baseless.”", "baseless", "Dayton Herald"),
    # one who issues the document speaks through it
    ("Sen. Ray Hollings stayed home on Monday.\n\nThe Ohio Democratic Party released an ad that calls Hollings “a crook.”",
     "a crook", "Ohio Democratic Party"),
    # a woven quote in the relative clause of a written thing ("a study that found …") is the thing's, not the citer's
    ("Sen. Ray Hollings stayed home on Monday.\n\nTom Lutz cited a 2014 Ohio State University study that found the tax "
     "“regressive.”", "regressive", "a 2014 Ohio State University study"),
    # a relative clause on anything else is the words of the clause it sits in
    ("Sen. Ray Hollings stayed home on Monday.\n\nTom Lutz mocked a plan that includes “sanctuary” provisions.",
     "sanctuary", "Tom Lutz"),
    # one the narration says died ("Her son, X, died in 2014", "was killed") does not speak the quotes after
    ("Ellen Marsh lobbies lawmakers every week. “Nobody listens,” she said.\n\nHer son, Danny Marsh, died of an overdose "
     "in 2014 at 23.\n\n“Addiction is not a choice.”", "not a choice", "Ellen Marsh"),
    ("Ellen Marsh lobbies lawmakers every week. “Nobody listens,” she said.\n\nHer husband, Tom Marsh, was killed in Iraq "
     "in 2004.\n\n“Addiction is not a choice.”", "not a choice", "Ellen Marsh"),
    # one who survived does
    ("Ellen Marsh lobbies lawmakers every week. “Nobody listens,” she said.\n\nHer son, Danny Marsh, survived an overdose "
     "in 2014.\n\n“Addiction is not a choice.”", "not a choice", "Danny Marsh"),
    # a fact-check's findings ("THE FACTS: …"), whoever they cite or quote, take no turn from the one whose claims
    # are checked
    ("Dale Brenner made several misleading claims on Sunday.\n\nBRENNER: “I'm under audit. I'll release them later.”\n\n"
     "THE FACTS: The IRS says an audit does not prevent anyone from releasing returns. Mark Tilden, a former IRS "
     "commissioner, said the same.\n\n“I have been audited every year for 15 years.”", "audited every year", "Dale Brenner"),
    ("Dale Brenner made several misleading claims on Sunday.\n\nBRENNER: “I'm under audit. I'll release them later.”\n\n"
     "THE FACTS: Mark Tilden, a former IRS commissioner, called that “nonsense.”\n\n“I have been audited every year for 15 "
     "years.”", "audited every year", "Dale Brenner"),
    # outside such a paragraph, one who takes the floor speaks
    ("Dale Brenner made several misleading claims on Sunday.\n\nBRENNER: “I'm under audit. I'll release them later.”\n\n"
     "Mark Tilden, a former IRS commissioner, disagreed. He said an audit does not prevent anyone from releasing returns."
     "\n\n“I have seen it a hundred times.”", "hundred times", "Mark Tilden"),
    # the subject of a speech verb in the passive ("Kessler was not mentioned once", "Voss was praised") is talked of,
    # and takes no turn from the one speaking
    ("Gov. Martin O'Dell had his best moment on guns. “I passed the toughest gun law,” he said.\n\nSecretary of State "
     "Frank Kessler, whose Syria policy both candidates have criticized, was not mentioned once.\n\n“We need a no-fly zone "
     "over Syria.”", "no-fly zone", "Martin O'Dell"),
    ("Gov. Martin O'Dell had his best moment on guns. “I passed the toughest gun law,” he said.\n\nSen. Hillary Voss was "
     "praised repeatedly during the evening.\n\n“We need a no-fly zone over Syria.”", "no-fly zone", "Martin O'Dell"),
    # one asked answers
    ("Gov. Martin O'Dell had his best moment on guns. “I passed the toughest gun law,” he said.\n\nSen. Hillary Voss was "
     "asked about Syria.\n\n“We need a no-fly zone over Syria.”", "no-fly zone", "Hillary Voss"),
    # a person's noun, a comma and a name ending the clause ("one supporter, Ann Kerns, 64."), however the parser
    # hangs the name: the one named
    ("Dale Brenner held a rally in Dayton on Monday.\n\nThe attacks on Gov. Ray Walsh were “a low blow,” according to "
     "one supporter, Ann Kerns, 64.", "low blow", "Ann Kerns"),
    # the name going on into a phrase of its own is not the noun's
    ("Dale Brenner held a rally in Dayton on Monday.\n\nThe attacks on Gov. Ray Walsh were “a low blow,” according to "
     "one supporter, Ann Kerns' neighbor.", "low blow", "one supporter"),
    # a topic label after when it was said ("In 2011, on Sen. X:"): the one the list is of
    ("Dale Brenner has insulted his critics for years. Here are some of the things he has said.\n\nIn 2011, on Sen. Carl "
     "Weber: “He's not a war hero.”", "war hero", "Dale Brenner"),
    # a name after the date labels its speaker
    ("Dale Brenner has insulted his critics for years. Here are some of the things he has said.\n\nIn 2011, Sen. Carl "
     "Weber: “He's not a war hero.”", "war hero", "Carl Weber"),
    # a label naming the one addressed or talked of ("To X, during the debate:", "Of his former wife, X:")
    ("Dale Brenner has insulted his critics for years. Here are some of the things he has said.\n\nTo Jessica Lane, "
     "during the first debate: “You've been very nasty to me.”", "nasty", "Dale Brenner"),
    ("Dale Brenner has insulted his critics for years. Here are some of the things he has said.\n\nOf his former wife, "
     "Ivy Brenner, in 1990: “She was a great mother.”", "great mother", "Dale Brenner"),
    # a name opening the label speaks
    ("Dale Brenner has insulted his critics for years.\n\nJessica Lane, during the first debate: “You've been very nasty "
     "to me.”", "nasty", "Jessica Lane"),
    # a term or two woven into the reporter's sentence ("has called the plan “reckless”") do not stop a bare quote that
    # speaks of him as "he" from being the answer of the one quoted before, of the other sex
    ("Ellen Marsh wants to cover addiction treatment. “It is the least we can do,” she said.\n\nHer opponent, Sen. Rick "
     "Dunmore, has called the plan “reckless” and “a budget buster.”\n\n“He hasn't read it. I'd be happy to send him a "
     "copy.”", "send him", "Ellen Marsh"),
    ("Ellen Marsh wants to cover addiction treatment. “It is the least we can do,” she said.\n\nHer opponent, Sen. Rick "
     "Dunmore, has called the plan “reckless” and “a budget buster.”\n\n“She hasn't read it. I'd be happy to send her a "
     "copy.”", "send her", "Rick Dunmore"),
    # a list item with a note after it, kept as speech, is the list's speaker's
    ("Halvorsen's greatest hits\n\nFormer Gov. Peter Halvorsen went after Sen. Diane Okonkwo all night.\n\n“I balanced "
     "eleven budgets. Eleven.” -- on his record", "eleven budgets", "Peter Halvorsen"),
    # a note after a list item's quote saying whom it was about ("-- on Fed chair X", "(to X)") names no speaker
    ("Former Gov. Peter Halvorsen has never been shy.\n\nHe spent the debate going after Sen. Diane Okonkwo and the "
     "moderators.\n\nThe Federal Reserve got its share, too, as did its chair, Janet Crowley.\n\n“She should resign "
     "tomorrow morning.” -- on Fed chair Janet Crowley", "resign", "Peter Halvorsen"),
    # a name after the dash signs it
    ("Former Gov. Peter Halvorsen has never been shy.\n\nHe spent the debate going after Sen. Diane Okonkwo and the "
     "moderators.\n\nThe Federal Reserve got its share, too, as did its chair, Janet Crowley.\n\n“He should resign "
     "tomorrow morning.” -- Janet Crowley, Fed chair", "resign", "Janet Crowley"),
    # a living or a past office no one was given ("the businessman", "the former governor") varies the name of the
    # person the sentence before has for subject
    ("Victor Brandt told supporters the election was rigged. His rival, Marianne Ostrow, called the remarks "
     "dangerous.\n\nOstrow, for her part, has tried to stay above the fray. In a speech in Pittsburgh on Thursday, the "
     "former governor urged voters to “reject fear.”", "reject fear", "Marianne Ostrow"),
    ("Tom Okafor spoke to reporters in Manchester. Asked whether his numbers added up, the businessman replied: "
     "“Absolutely.”", "Absolutely", "Tom Okafor"),
    # not a senator's, nor when the sentence names another who may hold that past office
    ("Sen. Ray Tillis spoke to reporters in Manchester. Asked whether his numbers added up, the former governor "
     "replied: “Absolutely.”", "Absolutely", "former governor"),
    ("Jeb Ruiz brought his brother, George Ruiz, to vouch for him.\n\n“There seems to be a lot of name-calling going "
     "on,” the former president said.", "name-calling", "former president"),
    # a living not among the role nouns ("the real estate developer") is a title too, and varies the subject's name
    ("Harlan Voss and Marisa Quell are running.\n\nVoss, for his part, seemed to relish the chaos. At a rally on "
     "Saturday, the real estate developer mocked the “establishment.”", "establishment", "Harlan Voss"),
    ("Sen. Harlan Voss and Marisa Quell are running.\n\nVoss, for his part, seemed to relish the chaos. At a rally on "
     "Saturday, the real estate developer mocked the “establishment.”", "establishment", "real estate developer"),
    # a known name right before a subjectless cue is its subject also when tagged as an interjection ("As Pike put it")
    ("Republican Brad Callister and Democrat Owen Pike are running for governor.\n\nAs Pike put it, “the race is wide "
     "open.”", "wide open", "Owen Pike"),
    # (a name modifying the cue's own subject is not)
    ("Republican Brad Callister and Democrat Owen Pike are running for governor.\n\nPike, as usual, was blunt.\n\nAs "
     "one Pike aide put it, “the race is wide open.”", "wide open", "Pike aide"),
    # "The bottom line:" shows no written thing ("line" is one only as an email's "subject line")
    ("Gov. Ana Ruiz spoke to reporters on Tuesday about the budget.\n\nThe bottom line: “We cannot afford another tax "
     "cut.”", "another tax", "Ana Ruiz"),
    # one "in" a hat that reads … wears it: the wearer's words (one "beneath" a banner bears none)
    ("Donald Trumbull held a rally in Tampa on Monday.\n\nMia Soto, a retired nurse, came in a hat that read “Make "
     "Florida Safe Again.”", "Safe Again", "Mia Soto"),
    # "On the subject," is a topic, not a written thing her words are in
    ("Gov. Ana Ruiz spoke to reporters on Tuesday about the budget.\n\nOn the subject, Ruiz was “unmovable.”",
     "unmovable", "Ana Ruiz"),
    # a heading that names people by a noun ("Union leaders") is no topic: the names head the roundup's quotes still
    ("Lawmakers reacted to the ruling on Monday.\n\nSen. Ray Tillis\n\n“This is a victory for Ohio.”\n\nGov. Ana "
     "Ruiz\n\n“We will appeal.”\n\nUnion leaders\n\n“It is a sad day for workers.”", "appeal", "Ana Ruiz"),
    # an officer named in a relative clause after the organisation is not the one speaking
    ("The measure passed on Tuesday.\n\n“It is a giveaway to insurers,” said Citizens Action, which is led by executive "
     "director Tom Lutz.", "giveaway", "Citizens Action"),
    # a fronted written thing someone owns is theirs ("In his opinion, …")
    ("Tom Brandt spoke to farmers in Ames on Monday.\n\nIn his opinion, the tax plan is “a disaster for farmers.”",
     "disaster", "Tom Brandt"),
    # one section heading ("Reaction") among a roundup's name headings is no list of one speaker's topics
    ("Lawmakers reacted on Monday.\n\nReaction\n\n“We will appeal,” said one aide.\n\nSen. Ray Tillis\n\n“This is a "
     "disgrace.”\n\nGov. Ana Ruiz\n\n“We will appeal.”\n\nRep. Tom Brandt\n\n“I am pleased.”", "a disgrace", "Ray Tillis"),
    # a "what they said" box: each quote credited by the name line under it, not the one above
    ("What they said this week.\n\n“We will win so much.”\n\nDale Brenner, at a rally in Ohio\n\n“I am not going "
     "anywhere.”\n\nHillary Voss, on CNN\n\n“This is about the court.”\n\nTom Brandt", "not going", "Hillary Voss"),
    ("What they said this week.\n\n“We will win so much.”\n\nDale Brenner, at a rally in Ohio\n\n“I am not going "
     "anywhere.”\n\nHillary Voss, on CNN", "win so much", "Dale Brenner"),
    ("What they said this week.\n\n‘We will win so much.’\n\nDale Brenner, at a rally in Ohio\n\n‘I am not going "
     "anywhere.’\n\nHillary Voss, on the BBC", "win so much", "Dale Brenner"),
    # a name over the first quote makes them headings, however the run ends
    ("Lawmakers reacted on Monday.\n\nSen. Ray Tillis\n\n“This is a disgrace.”\n\nGov. Ana Ruiz\n\n“We will "
     "appeal.”\n\nDale Pruitt\n\n“We will appeal too,” he said in a statement.", "a disgrace", "Ray Tillis"),
    # a credit in brackets after the quote
    ("Quotes of the week:\n\n“We will build the wall.” (Dale Brenner, Phoenix rally)\n\n“I am with her.” (Sen. "
     "Hillary Voss, in Manchester)", "with her", "Hillary Voss"),
    ("Quotes of the week:\n\n“We will build the wall.” (Dale Brenner)\n\n“I am with her.” (Sen. Hillary Voss)",
     "build the wall", "Dale Brenner"),
    # a live blog's entries open with their time: the label after it speaks, a new entry does not go on with the
    # speaker before, and the time itself is no one
    ("Dale Brenner and Hillary Voss meet in Las Vegas tonight.\n\n9:32 PM: Brenner: “We will build the wall.”\n\n"
     "9:34 PM: Voss: “He is unfit.”", "unfit", "Hillary Voss"),
    ("Dale Brenner and Hillary Voss meet in Las Vegas tonight.\n\n9:32 PM: Voss: “He is unfit.”\n\n9:35 p.m. ET — "
     "Brenner on Voss: “Such a nasty woman.”", "nasty", "Dale Brenner"),
    ("Dale Brenner and Hillary Voss meet in Las Vegas tonight.\n\n9:32 PM: Brenner: “We will build the wall.”\n\n"
     "9:45 PM: “That is horrifying.” — Voss", "horrifying", "Hillary Voss"),
    ("Dale Brenner and Hillary Voss meet in Las Vegas tonight.\n\n9:32 PM: Brenner: “We will build the wall.”\n\n"
     "9:50 PM: “Wrong.”", "Wrong", None),
    # a role labelling a transcript's line is the one the article gave the role, never a name in the line
    ("Dale Brenner met Hillary Voss in Las Vegas. Chris Hadley moderated.\n\nBRENNER: “We will build the wall.”\n\n"
     "MODERATOR: “Time, Mr. Brenner.”", "Time", "moderator"),
    ("Dale Brenner met Hillary Voss in Las Vegas. The moderator, Chris Hadley, pressed them.\n\nBRENNER: “We will "
     "build the wall.”\n\nMODERATOR: “Let us move on.”", "move on", "Chris Hadley"),
    # a surname two relatives share is the one the article introduced first, in the order of the text, and the
    # pronoun after "Asked whether Ruiz would …" is not Ruiz's (it votes for no one's sex)
    ("Gov. Ana Ruiz's former campaign manager, Lisa Tran, says the governor ignored warnings.\n\nRuiz, 54, disputed that "
     "account. \"Lisa's memory is selective,\" the governor said.\n\nHer husband, Carl Ruiz, was more blunt. He called "
     "Tran \"a disgruntled former employee.\"\n\nAsked whether Ruiz would testify, Tran's lawyer, Greg Soto, said he did "
     "not know.\n\nRuiz's campaign released a statement calling the review \"a partisan stunt.\"", "partisan stunt",
     "Ana Ruiz"),
    ("Sen. Carl Ruiz and his wife, Ana Ruiz, toured the plant on Monday.\n\n“This is a partisan stunt,” Ruiz said.",
     "partisan stunt", "Carl Ruiz"),
    # a noun for a person opening the sentence before a given name is no part of the name ("Organizer Ana Ruiz said")
    ("Organizer Ana Ruiz said the march was “peaceful.”", "peaceful", "Ana Ruiz"),
    ("Organiser Ana Ruiz said the march was “peaceful.”", "peaceful", "Ana Ruiz"),
    # "X quoted Y as saying “…”": the one quoted speaks; an outlet's own description citing others stays the outlet's
    ("Gov. Harlan Boyce spoke on Monday. Reuters quoted Boyce as saying the plan was “dead on arrival.”", "dead on",
     "Harlan Boyce"),
    ("Gov. Harlan Boyce spoke on Monday. The Post quoted him as saying “we will never surrender.”", "never surrender",
     "Harlan Boyce"),
    ("Gov. Harlan Boyce spoke on Monday. Reuters described the plan as “dead on arrival,” citing two officials.",
     "dead on", "Reuters"),
    # a given name before a surname the recogniser took alone for a place is a person's name ("Delgado" a GPE): "she"
    # is her; two places side by side are not
    ("Ana Delgado runs the shop her father built. She spoke softly. “I miss him,” she said.", "miss him", "Ana Delgado"),
    ("The summit brought Jordan Israel and Egypt together. “We will talk,” the king said.", "will talk", "king"),
    # "the statement said" goes back to whoever issued it, several sentences up; not to one who talked of it since
    ("Gov. Ana Ruiz issued a statement on Monday. Her spokesman, Tom Hale, defended the statement later. “We will "
     "appeal,” the statement said.", "appeal", "Ana Ruiz"),
    ("Gov. Ana Ruiz put out a statement on Monday. Her rival, Tom Hale, spoke in Dayton. He toured a plant. He met "
     "workers. He left at noon. “We will appeal,” the statement said.", "appeal", "Ana Ruiz"),
    # a clause in brackets is narration, no credit
    ("Dale Brenner spoke for an hour. “The plan is a giveaway.”\n\n“It is a giveaway to insurers.” (Hillary Voss, his "
     "rival, disagrees.)", "to insurers", "Dale Brenner"),
    # a surname of two words written alone is no full name: the speaker is the one written in full
    ("President Ricardo Vidal Ortega on Tuesday vetoed the bill. Vidal Ortega called it a fraud. Vidal Ortega spoke for an "
     "hour.\n\n“There is no money,” Vidal Ortega said.", "no money", "Ricardo Vidal Ortega"),
    ("President Ricardo Vidal Ortega vetoed the bill. His wife, Ana Ortega, praised it. Ana Ortega spoke for an "
     "hour.\n\n“It is a good law,” Ana Ortega said.", "good law", "Ana Ortega"),
    # a description's past-tense verb the parser hung on it as a modifier is the sentence's own verb: the description
    # still varies the name before it; a participle after it (a reduced relative) does not
    ("Gov. Ben Brandt said Sunday that Republican nominee Doug Kessler is \"unfit\" to be commander in chief.\n\n"
     "Kessler responded within hours. In a post on Twitter, the billionaire called Brandt \"a sore loser who can't even "
     "run his own state,\" adding, \"Ohio deserves better!\"", "Ohio deserves", "Doug Kessler"),
    ("Gov. Ben Brandt said Sunday that Republican nominee Doug Kessler is \"unfit\" to be commander in chief.\n\n"
     "Kessler responded within hours. In a post on Twitter, the billionaire named in the lawsuit called Brandt \"a sore "
     "loser who can't even run his own state,\" adding, \"Ohio deserves better!\"", "Ohio deserves", "billionaire"),
    # a nickname in quotation marks between the given names and the surname is no word of the name
    ("MANILA — Senators filed a resolution on Monday.\n\nSenate Minority Leader Tomas “Tom” Reyes said the matter "
     "should go to the UN. “A protest note is not enough,” Reyes told reporters.", "protest note", "Tomas Reyes"),
    ("MANILA — Senators filed a resolution on Monday.\n\nSen. Ma. Elena “Lena” Saldivar, who chairs the committee, "
     "said it was “the worst yet.”\n\n“This cannot be business as usual,” Saldivar said.", "business as usual",
     "Ma. Elena Saldivar"),
    # ...a quoted word after a title, with no given name before it, is no nickname inside a name
    ("Dale Brenner spoke in Ohio on Monday. He mocked his rival, Sen. “Crooked” Hillary Voss, at the rally.\n\n"
     "“We will win anyway,” Voss said.", "win anyway", "Hillary Voss"),
    # a surname with its particle ("Mr Ó Dálaigh") takes the first name written before the particle
    ("DUBLIN — The Government has rejected a rent freeze.\n\nMinister for Housing Seán Ó Dálaigh said the targets "
     "would be published next month. Mr Ó Dálaigh told reporters that the new figures would be \"ambitious but "
     "realistic\".", "ambitious", "Seán Ó Dálaigh"),
    ("DUBLIN — The Government has rejected a rent freeze.\n\nLabour spokeswoman Aoife Mac Giolla said both sides "
     "were offering slogans. \"Neither side is being honest,\" Ms Mac Giolla said.", "Neither side", "Aoife Mac Giolla"),
    # ...not a title before the particle
    ("DUBLIN — The Government has rejected a rent freeze.\n\nHousing Minister Ó Dálaigh said the targets would be "
     "published next month. Mr Ó Dálaigh told reporters that the new figures would be \"ambitious but realistic\".",
     "ambitious", "Ó Dálaigh"),
    # a first name and a surname set off after a noun a person's pronoun owns are a person's, whatever the recogniser
    # took them for; a place set off after a noun "its" owns stays a place
    ("When Amara Eze was elected mayor of Lagos Island last year, nobody was more surprised than she was.\n\nChief "
     "Tunde Adeyemi, a local businessman who lost to her in the election, calls her \"a populist with no plan\".\n\n"
     "Eze shrugs off the criticism. \"Let him say what he wants.\"\n\nHer deputy, Uche Nwafor, is more blunt. \"The "
     "old men are angry,\" he says. \"That is all.\"", "old men", "Uche Nwafor"),
    ("Japan is nervous about chip orders.\n\nIts main rival, South Korea, is more blunt. \"We will win the orders,\" "
     "it said.", "win the orders", "South Korea"),
    # the sentences of a quote before its "she said" are the quote's words: the unnamed source brought in just before
    # the quote is "she"; a named person between is not passed over
    ("The council leader, Margaret Dunmore, says flood defences were never built.\n\nA resident of the town, who did "
     "not want to be named, told us her ground floor had flooded again. \"You clean up, you paint, and then it comes "
     "back. We are exhausted,\" she said.", "You clean up", "A resident of the town"),
    ("The council leader, Margaret Dunmore, says flood defences were never built.\n\nA resident of the town, who did "
     "not want to be named, told us her ground floor had flooded again. Dunmore disagreed with her. \"You clean up, you "
     "paint, and then it comes back. We are exhausted,\" she said.", "You clean up", "Margaret Dunmore"),
    # a headline quote whose title no one was given yet has the speaker of the body that quotes the same words again;
    # a short quote needs the very same words, not a longer quote that holds it
    ("Minister Says Talks With Valdora 'Constructive'\n\nOSTRAVA, March 3 (Reuters) - Ruritanian Foreign Minister "
     "Tomas Reyes said on Tuesday that talks with his Valdoran counterpart had been \"constructive\" and that both "
     "sides wanted more trade.\n\n\"We discussed every issue openly,\" Reyes told a news conference with Valdoran "
     "Foreign Minister Ivo Marek.\n\nMarek said Valdora was ready to \"work with all neighbours.\"",
     "Constructive", "Tomas Reyes"),
    ("Minister Says Talks With Valdora 'Constructive'\n\nOSTRAVA, March 3 (Reuters) - Ruritanian Foreign Minister "
     "Tomas Reyes said on Tuesday that talks with his Valdoran counterpart had been \"constructive and useful\" and "
     "that both sides wanted more trade.\n\n\"We discussed every issue openly,\" Reyes told a news conference with "
     "Valdoran Foreign Minister Ivo Marek.\n\nMarek said Valdora was ready to \"work with all neighbours.\"",
     "Constructive", "Minister"),
    # a headline's two verbs in a row: the first, taken for the subject of the second, has the subject of both
    ("Rojas Echeverri vetoes pension bill, vows to defend fiscal surplus 'at all costs'\n\nPresident Ricardo Rojas "
     "Echeverri on Tuesday vetoed a bill approved by Congress that would have raised pensions by 8.1 percent.",
     "at all costs", "Ricardo Rojas Echeverri"),
    ("Rojas Echeverri vetoes pension bill; unions vow to fight it 'at all costs'\n\nPresident Ricardo Rojas "
     "Echeverri on Tuesday vetoed a bill approved by Congress that would have raised pensions by 8.1 percent.",
     "at all costs", "unions"),
    # after "a", a name before the noun says whose the source is: "a senior Brenner aide" stays unnamed
    ("DUBLIN — Talks stalled on Monday.\n\nA senior Dale Brenner aide said there was \"no appetite\" for a deal.",
     "no appetite", "A senior Dale Brenner aide"),
    ("DUBLIN — Talks stalled on Monday.\n\nDale Brenner aide Tom Reyes said there was \"no appetite\" for a deal.",
     "no appetite", "Tom Reyes"),
    # a relative clause with a subject of its own holds the quote it ends on: "a charge his campaign called “…”"
    ("Rep. Tom Brancato has faced criticism over his fundraising. The Columbus Dispatch reported last month that he "
     "had accepted money from payday lenders, a charge his campaign called \"old news.\"", "old news", "Tom Brancato"),
    ("Rep. Tom Brancato has faced criticism over his fundraising. The Columbus Dispatch reported last month that he "
     "had accepted money from payday lenders, a practice long called \"legalized theft.\"", "legalized theft",
     "Columbus Dispatch"),
    # a place's party or union speaks as itself, not as the place; its army or ministry, and a person's campaign,
    # speak for whose they are
    ("ACCRA (AFP) - Ghana's main opposition party on Tuesday rejected the result, calling it “daylight robbery”.",
     "daylight robbery", "Ghana's main opposition party"),
    ("Israel's military said the convoy had not been cleared because of “operational considerations”.",
     "operational considerations", "Israel"),
    ("Dale Brenner is running for the Senate. Brenner's campaign called the ad “a pack of lies”.", "pack of lies",
     "Dale Brenner"),
    # a known surname opening a sentence, tagged as something else, is the subject of the verb right after it;
    # a word that is no one's name is not
    ("The contractor, Gerald Pike, testified that he had paid the mayor Raymond Tolliver in cash. “Because I was "
     "scared of him,” Pike said.\n\nTolliver took the stand in his own defense. “I never took a dime I didn't earn,” "
     "he told the jury.", "dime", "Raymond Tolliver"),
    ("The contractor, Gerald Pike, testified that he had paid the mayor Raymond Tolliver in cash. “Because I was "
     "scared of him,” Pike said.\n\nYesterday took a toll on him. “I never took a dime I didn't earn,” "
     "he told the jury.", "dime", "Gerald Pike"),
    # "it" after a sentence whose subject is a document stands for the document, whose words are its sender's;
    # after an organisation, it is the organisation
    ("Senate candidate Dale Whitcombe's campaign sent supporters an email on Wednesday.\n\n“I'm going to be honest "
     "with you, friend,” the email begins. “We are losing.”\n\nIt goes on: “My opponent wants to tax your family "
     "into poverty.”", "poverty", "Dale Whitcombe"),
    ("Dale Whitcombe spoke on Wednesday. Northwind Energy said it would cut jobs.\n\n“We regret the decision,” the "
     "company said. “It was not easy.”\n\nIt went on: “The plant will close in May.”", "plant", "Northwind Energy"),
    # a headline "‘…’: X on Y" gives X's talk on a topic, the quote X's; a name after the colon that is acted on is not
    # the speaker
    ("‘I’m not going anywhere’: Rita Solano on power, family and the next election\n\nThe Minister for Housing, Rita "
     "Solano, sat down with us in her office last week.", "going anywhere", "Rita Solano"),
    ("“A national disgrace”: critics pile on Rita Solano over housing\n\nThe Minister for Housing, Rita Solano, sat "
     "down with us in her office last week.", "disgrace", "critics"),
    # two surnames written without the given name are the one full name they end; of two such names, neither
    ("MEXICO CITY (EFE) — CNTE leader Rosalía Pérez Montoya led the march on Monday.\n\nPérez Montoya said the union "
     "would stay. “We are not leaving,” she said.", "not leaving", "Rosalía Pérez Montoya"),
    ("MEXICO CITY (EFE) — Senator Andrés López Arriaga and his sister, the novelist Marta López Arriaga, spoke on "
     "Monday.\n\n“We are not leaving,” López Arriaga told reporters.", "not leaving", "López Arriaga"),
    # "Cllr", a councillor's title before the name in Irish and British papers, is no part of the name
    ("Galway City Council voted 11-7 to close the library.\n\nCllr Niamh Ní Bhriain (SF) said the decision was 'a dark "
     "day for Galway'. 'You don't save money by closing the one warm room,' she said.", "warm room", "Niamh Ní Bhriain"),
    ("Galway City Council voted 11-7 to close the library.\n\nCllr Martin Fahy (FF), who proposed the closure, said the "
     "council had no choice. 'We are €3 million short,' he told the meeting.", "short", "Martin Fahy"),
    ("Galway City Council voted 11-7 to close the library. 'We are €3 million short,' the council said.", "short",
     "Galway City Council"),
    # a name before a member's letters ("Alan Dorgan TD") is a person's, with the title before it; the letters after
    # a word that is no name ("The Government TD") name no one
    ("Galway City Council voted to close the library.\n\nMinister of State for Local Government Alan Dorgan TD said "
     "he would ask the council to reconsider. 'Libraries are not a luxury,' the Minister said in a statement.",
     "luxury", "Alan Dorgan"),
    ("Galway City Council voted to close the library. The Government TD said the vote was wrong.\n\n'Libraries are "
     "not a luxury,' the Minister said in a statement.", "luxury", "Minister"),
    # a fronted place phrase set off by a comma, parsed as a first subject, is not the one who acts: the noun after it is
    ("The council voted to close the library.\n\nOutside City Hall, about 60 protesters gathered with placards "
     "reading 'Books not budgets'.", "Books", "60 protesters"),
    ("The council voted to close the library. Mary Keane spoke first.\n\nOutside City Hall, Keane said the vote was "
     "'a betrayal'.", "betrayal", "Mary Keane"),
    # an office no one in the article was given varies the name of the one the sentence before is about; not of one
    # who holds another office
    ("ACCRA (AFP) - The electoral commission declared incumbent Kwabena Asante-Darko the winner late on Monday.\n\n"
     "Asante-Darko, 68, called for calm in a televised address. “There is no victory worth the blood of a single "
     "Ghanaian,” the president said.", "victory", "Kwabena Asante-Darko"),
    ("ACCRA (AFP) - The electoral commission declared incumbent Kwabena Asante-Darko the winner late on Monday.\n\n"
     "Gov. Efua Mensah called for calm in a televised address. “There is no victory worth the blood of a single "
     "Ghanaian,” the president said.", "victory", "president"),
    # "I" in the article's own voice is the writer its byline names; not an unquoted interview answer's "I", nor with
    # no byline
    ("Opinion: The mayor's critics are wrong\n\nBy Lionel Ashcroft\n\nI voted against the last stadium deal, in 2004, "
     "and I said at the time that “cities that chase teams end up chasing their own tails.”", "chasing",
     "Lionel Ashcroft"),
    ("An interview with the mayor\n\nBy Lionel Ashcroft\n\nQ: Did you oppose the deal?\n\nA: I did. I said at the "
     "time that “cities that chase teams end up chasing their own tails.”", "chasing", None),
    ("Opinion: The mayor's critics are wrong\n\nI voted against the last stadium deal, in 2004, and I said at the time "
     "that “cities that chase teams end up chasing their own tails.”", "chasing", None),
    # "the 29-year-old" for an age the article gave no one is the one the sentence before is about; not one the article
    # gave another age
    ("Families of the four men killed in the collapse demanded an inquiry.\n\nJack Ellison, who survived the collapse "
     "after being trapped for nine hours, said he was still having nightmares. 'I hear the roof every night,' the "
     "29-year-old said.", "roof", "Jack Ellison"),
    ("Families of the four men killed in the collapse demanded an inquiry. Deb Ellison, 52, spoke first.\n\nDeb "
     "Ellison said she was still having nightmares. 'I hear the roof every night,' the 29-year-old said.", "roof",
     "29-year-old"),
    # "“…,” read a banner held by two students": its bearers; a place after "by" bears nothing
    ("At a rally outside the Capitol on Saturday, about 200 people gathered. “Refugees welcome here,” read a banner "
     "held by two students.", "welcome", "two students"),
    ("At a rally outside the Capitol on Saturday, about 200 people gathered. “Refugees welcome here,” read a banner "
     "hung by the gate.", "welcome", "a banner"),
    # "the letter said" after "A letter signed by X": X, who made it; a letter no one is said to have made stays
    ("Gov. Harlan Boyce spoke on Thursday.\n\nA letter signed by 40 faith leaders and released Friday called on Boyce "
     "to apologize. “Words like these put real people in danger,” the letter said.", "danger", "40 faith leaders"),
    ("Gov. Harlan Boyce spoke on Thursday.\n\nA letter arrived on Friday, calling on Boyce to apologize. “Words like "
     "these put real people in danger,” the letter said.", "danger", "letter"),
    # a speech verb in a "who" clause after a name holds the quote it ends with: the one "who" stands for speaks,
    # not the subject of the clause the name is in
    ("Maria Delgado grew up on a ranch near Valverde. Her rival is Tom Birch.\n\n“Will you debate again?” Birch asked "
     "Delgado, who replied: “Any time.”", "Any time", "Maria Delgado"),
    ("Maria Delgado grew up on a ranch near Valverde. Her rival is Tom Birch.\n\nBirch praised Delgado, who said that "
     "the debate was “a gift to voters.”", "gift", "Maria Delgado"),
    ("Maria Delgado grew up on a ranch near Valverde. Her rival is Tom Birch.\n\nBirch, who has called Delgado “a "
     "fraud,” said on Tuesday that he would debate her again.", "fraud", "Tom Birch"),
    # a label of someone's utterance before a colon, the ones who told of it set off after it: the label's owner speaks
    ("Former Gov. Ken Lattimore, who dropped out in February, has been calling donors. His message, according to two "
     "people familiar with the calls: \"We have to unite behind one candidate, now.\"", "unite", "Ken Lattimore"),
    ("Former Gov. Ken Lattimore, who dropped out in February, has been calling donors. The mood, according to two "
     "people familiar with the calls: \"We are finished.\"", "finished", "two people"),
    # a sentence about someone's campaign is about them: the description after it varies their name (not a senator's)
    ("Republican candidate Doug Kessler on Sunday renewed his attacks on the judge.\n\nEven some Republicans winced. "
     "Sen. Carl Ostrom tweeted that the comments were \"wrong.\"\n\nKessler's campaign did not respond to a request "
     "for comment. But in a phone interview on Sunday morning, the billionaire doubled down.\n\n\"I'm getting "
     "railroaded,\" he said.", "railroaded", "Doug Kessler"),
    ("Republican candidate Doug Kessler on Sunday renewed his attacks on the judge.\n\nEven some Republicans winced. "
     "Sen. Carl Ostrom tweeted that the comments were \"wrong.\"\n\nOstrom's campaign did not respond to a request "
     "for comment. But in a phone interview on Sunday morning, the billionaire doubled down.\n\n\"I'm getting "
     "railroaded,\" he said.", "railroaded", "billionaire"),
    # "the agency" is the one organisation named before it: its initials and a person's name taken for one are no other
    ("GENEVA — The World Vaccine Organization warned on Monday that measles cases had doubled in "
     "Europe.\n\nDr Elena Vasilescu, a paediatrician, said families were frightened. \"They are not against "
     "vaccines,\" Elena said.\n\nThe WVO would publish new guidance for health workers, its director "
     "said.\n\n\"Outbreaks of this size put babies at risk,\" the agency said in a statement.",
     "Outbreaks", "World Vaccine Organization"),
    ("GENEVA — The World Vaccine Organization warned on Monday that measles cases had doubled in "
     "Europe.\n\nDr Elena Vasilescu, a paediatrician, said families were frightened. \"They are not against "
     "vaccines,\" Elena said.\n\nThe Red Cross would publish new guidance for health workers, its director "
     "said.\n\n\"Outbreaks of this size put babies at risk,\" the agency said in a statement.",
     "Outbreaks", "agency"),
    # "the chief executive" and "the president" are one office in other words; "the executive" alone is not
    ("TEHRAN — President Hassan Karimi spoke at a cabinet session on Sunday.\n\nFirst Vice President Ali "
     "Navid said, \"We must support domestic production.\"\n\nThe chief executive also said that the deal \"has "
     "not been implemented by the other side.\"",
     "implemented", "Hassan Karimi"),
    ("TEHRAN — The Iranian chief executive Hojatoleslam Reza Karimi said the government would double its "
     "funding.\n\nGovernment spokeswoman Leila Navid also told reporters that talks were under way.\n\n\"We "
     "will not allow the sanctions to stop our economy,\" the President said.",
     "sanctions", "Reza Karimi"),
    ("TEHRAN — President Hassan Karimi spoke at a cabinet session on Sunday.\n\nFirst Vice President Ali "
     "Navid said, \"We must support domestic production.\"\n\nThe executive also said that the deal \"has not "
     "been implemented by the other side.\"",
     "implemented", "executive"),
    # a nickname inside a name: the given name tagged a person is enough, and a party before it is no given name
    ("The race tightened on Monday.\n\nDemocrat Tom \"Rocket\" Reyes said the polls were wrong. \"We will win,\" "
     "Reyes said.", "We will win", "Tom Reyes"),
    ("The race tightened on Monday.\n\nTom Reyes arrived late. His friends call Tom \"Rocket\" because of his speed. "
     "\"We will win,\" Reyes said.", "We will win", "Tom Reyes"),
    # "X recalled her father telling her": the one remembered speaking; not a participle of X's own after a comma
    ("Maria Delgado grew up on a ranch near Valverde. Her father, Ramon Delgado, was a cattleman.\n\n“Never sell the "
     "land,” Delgado recalled her father telling her.", "sell the land", "Ramon Delgado"),
    ("Maria Delgado grew up on a ranch near Valverde. Her father, Ramon Delgado, was a cattleman.\n\n“Never sell the "
     "land,” Delgado recalled on Tuesday, telling reporters about her father.", "sell the land", "Maria Delgado"),
    # "a defiant Boyce said": a known name with "a" and a mood is that person; "a retired Marine" is still no one named
    ("Gov. Harlan Boyce and Lt. Gov. Miriam Castellanos spoke on Tuesday.\n\n“I will not apologize,” a defiant Boyce "
     "said.", "apologize", "Harlan Boyce"),
    ("Gov. Harlan Boyce and Lt. Gov. Miriam Castellanos spoke on Tuesday.\n\n“I will not apologize,” a retired Marine "
     "said.", "apologize", "a retired Marine"),
    # "the Republican governor" for the governor the article gave no party; a party given to someone still tells them
    # apart, and a place the governor was not given names no one
    ("Gov. Harlan Boyce and Lt. Gov. Miriam Castellanos spoke on Tuesday.\n\n“She is wrong,” the Republican governor "
     "said.", "wrong", "Harlan Boyce"),
    ("Republican Gov. Harlan Boyce and Democratic Gov. Ann Tully spoke on Tuesday.\n\n“She is wrong,” the Democratic "
     "governor said.", "wrong", "Ann Tully"),
    ("Gov. Harlan Boyce and Lt. Gov. Miriam Castellanos spoke on Tuesday.\n\n“She is wrong,” the Ohio governor said.",
     "wrong", "Ohio governor"),
    # "The Spaniard" for a nationality the article gave no one, as a subject, varies the name of the one the sentence
    # before is about (and "the 23-year-old" after it goes on with it); not after two people named together
    ("Daniel Serrano survived a third-set wobble to beat Anders Holm and reach the Wimbledon semi-finals on Tuesday.\n\n"
     "The Spaniard, who has won the title twice, dropped serve three times in the third set. “I was nervous, to be "
     "honest,” the 23-year-old said.", "nervous", "Daniel Serrano"),
    ("Daniel Serrano and Anders Holm met in the Wimbledon quarter-finals on Tuesday.\n\nThe Spaniard, who has won the "
     "title twice, dropped serve three times in the third set. “I was nervous, to be honest,” the 23-year-old said.",
     "nervous", "23-year-old"),
    # a colon after someone's utterance named as an object ("read out Boyce's reply:") gives its owner's words; an
    # owned thing that is no utterance ("about Boyce's plan:") leaves them the speaker's
    ("Gov. Harlan Boyce and Lt. Gov. Miriam Castellanos spoke on Tuesday.\n\nCastellanos read out Boyce's reply: “This "
     "is over.”", "over", "Harlan Boyce"),
    ("Gov. Harlan Boyce and Lt. Gov. Miriam Castellanos spoke on Tuesday.\n\nCastellanos ignored Boyce's advice: “Stay "
     "out of it.”", "Stay", "Harlan Boyce"),
    ("Gov. Harlan Boyce and Lt. Gov. Miriam Castellanos spoke on Tuesday.\n\nCastellanos told reporters about Boyce's "
     "plan: “It will fail.”", "fail", "Miriam Castellanos"),
    # a plural noun after "for" or "over" read as a verb ("for refugee remarks") is no cue: the headline's label speaks
    ("Boyce: “I will not apologize” for refugee remarks\n\nGov. Harlan Boyce on Friday refused to apologize for his "
     "remarks about refugees.", "apologize", "Harlan Boyce"),
    ("Gov. Harlan Boyce spoke on Friday. “I will not apologize,” Boyce says.", "apologize", "Harlan Boyce"),
    # a cleft sentence puts first a name the parser tagged as a common noun ("It was Reyes who …"): the "she" after it
    ("Gov. Harlan Boyce spoke on Friday at a news conference with Mayor Tina Reyes.\n\nIt was Reyes who broke the "
     "silence. “Enough,” she said.", "Enough", "Tina Reyes"),
    ("Gov. Harlan Boyce spoke on Friday at a news conference with Mayor Tina Reyes.\n\nIt was the noise that broke "
     "the silence. “Enough,” he said.", "Enough", "Harlan Boyce"),
    # "Boyce's family said" is his relatives, not Boyce; his campaign speaks for him
    ("Gov. Harlan Boyce and Lt. Gov. Miriam Castellanos spoke on Tuesday.\n\nIn a statement, Boyce's family said: “We "
     "ask for privacy.”", "privacy", "Boyce's family"),
    ("Gov. Harlan Boyce and Lt. Gov. Miriam Castellanos spoke on Tuesday.\n\nIn a statement, Boyce's campaign said: "
     "“We ask for privacy.”", "privacy", "Harlan Boyce"),
    # "the Boyce family": a name before a noun of relatives names them all, not one of them; before a spokesman's
    # title, it says whose
    ("Gov. Harlan Boyce and Lt. Gov. Miriam Castellanos spoke on Tuesday.\n\n“We ask for privacy,” the Boyce family "
     "said in a statement.", "privacy", "Boyce family"),
    ("Gov. Harlan Boyce and Lt. Gov. Miriam Castellanos spoke on Tuesday.\n\n“We ask for privacy,” Boyce spokesman Tom "
     "Reed said in a statement.", "privacy", "Tom Reed"),
    # "the premier" is the prime minister, not another minister
    ("DOHA, Qatar - Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, and its foreign minister, Majed "
     "al-Ansari, said talks would resume.\n\n\"We are hopeful,\" the premier told reporters.", "hopeful",
     "Mohammed bin Abdulrahman Al Thani"),
    ("DOHA, Qatar - Qatar's foreign minister, Majed al-Ansari, said talks would resume.\n\n\"We are hopeful,\" the "
     "premier told reporters.", "hopeful", "premier"),
    # a place owning an office ("Qatar's prime minister, X,") is a title word of X's: "the Qatari premier"; another
    # country's premier is not X
    ("DOHA, Qatar - Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, said talks would resume.\n\n\"We "
     "are hopeful,\" the Qatari premier told reporters.", "hopeful", "Mohammed bin Abdulrahman Al Thani"),
    ("DOHA, Qatar - Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, said talks would resume.\n\n\"We "
     "are hopeful,\" the Egyptian premier told reporters.", "hopeful", "Egyptian premier"),
    # a bare question after the answer to a question the interviewer asked is the interviewer's next question; one
    # that speaks of "us" is the one answering, asking in turn
    ("The Minister for Housing, Rita Solano, sat down with our reporter, Leo Brandt, last week.\n\n“What surprised you "
     "most?” Brandt asked.\n\n“How slow everything is,” Solano said. “Eleven signatures between me and the truck.”\n\n"
     "“And the critics?”", "critics", "Leo Brandt"),
    ("The Minister for Housing, Rita Solano, sat down with our reporter, Leo Brandt, last week.\n\n“What surprised you "
     "most?” Brandt asked.\n\n“How slow everything is,” Solano said. “Eleven signatures between me and the truck.”\n\n"
     "“Who would do that to us?”", "Who would", "Rita Solano"),
    ("The Minister for Housing, Rita Solano, sat down with our reporter, Leo Brandt, last week.\n\n“What surprised you "
     "most?” Brandt asked.\n\n“How slow everything is,” Solano said. “Eleven signatures between me and the truck.”\n\n"
     "“And the critics?”\n\n“They're right. We're behind.”", "behind", "Rita Solano"),
    # an office no one was given does not vary the name of one introduced with another role ("the opposition leader")
    ("Ana Ruiz, the opposition leader, criticized the budget on Monday in a speech to her party.\n\n"
     "The president said the plan was \"fair to every family in the country.\"", "fair to every", "president"),
    # a company's chief executive is not "the president" of the country
    ("Halvard Motors chief executive Maria Lopez met with the president at the palace on Monday.\n\n\"We welcome "
     "every investment that brings jobs to our towns,\" the president said after the meeting.", "We welcome", "president"),
    # an age no one was given is not the one the sentence before has for subject when that one does not speak there
    ("Driver rescued from river\n\nOfficer Tom Hale found the driver trapped in the car after it left the road. "
     "\"I thought I was going to die,\" the 29-year-old said.", "going to die", "29-year-old"),
    # a document's maker is a person or a group, not how it came: "a letter delivered by courier"
    ("Threat at city hall\n\nA letter delivered by courier to the office of Mayor Tom Reyes on Monday demanded his "
     "resignation.\n\nPolice are investigating. \"You have one week,\" the letter said.", "one week", "letter"),
    # a headline's title no one was given yet is not someone with another title the body quotes in the same words
    ("Police Chief Says March 'Peaceful'\n\nOrganiser Ana Ruiz said the march through the city centre on Saturday "
     "was \"peaceful.\"\n\nAbout 2,000 people took part. The police chief told reporters there had been no arrests.",
     "Peaceful", "Police Chief"),
    # an office no one was given does not reach back over a paragraph's end to the one named there
    ("Budget fight\n\nAna Ruiz criticized the budget on Monday in a speech to her party.\n\nThe president said the "
     "plan was \"fair to every family in the country.\"", "fair to every", "president"),
    # a roundup's name headings after a quote that goes on with the speaker before are no credit lines under quotes
    ("What the candidates said\n\nThe candidates met for their final debate on Tuesday. Moderator Lisa Grant opened "
     "with a question on housing and said:\n\n\"We have one hour and a lot to cover.\"\n\nAna Ruiz\n\n\"Housing "
     "is the issue of this election and I have a plan.\"\n\nTom Hale\n\n\"My opponent has had eight years to fix "
     "this and failed.\"", "Housing is", "Ana Ruiz"),
    # a feature's title that opens with "By" is no byline: the article's "I" stays no one
    ("By The Numbers\n\nCity budget at a glance\n\nMayor Tom Reyes presented the budget on Tuesday.\n\nAs I reported "
     "last week, Reyes has called the deficit \"manageable.\" I said at the time that it was \"anything but.\"",
     "anything but", None),
    # nor an office no one was given the name of one the article gave no word of standing
    ("Budget fight\n\nAna Ruiz criticized the budget on Monday in a speech to her party. The president said the plan "
     "was \"fair to every family in the country.\"", "fair to every", "president"),
    # "he" with no person named before but a name the recogniser took for an organisation's: that name
    ("LAGOS, Nigeria — Uche Nwafor runs a small pharmacy in the market district. Business has collapsed since the "
     "currency fell, he said. \u201cWe cannot restock anything,\u201d he said.", "We cannot restock", "Uche Nwafor"),
    # not an organisation's name written as one, nor a person named before it
    ("Apex Bank cut 200 jobs on Monday. \u201cWe regret this,\u201d he said.", "We regret", None),
    ("Tom Hale founded Apex Ventures in 1990. Apex Ventures cut 200 jobs on Monday. \u201cWe regret this,\u201d "
     "he said.", "We regret", "Tom Hale"),
    # "the country's leader" for the head of state the article named: the kind of place says no more
    ("President Ana Ruiz signed the budget on Tuesday. Lawmakers had fought over it for weeks. \"This is a budget "
     "for working families,\" the country's leader said.", "This is a budget", "Ana Ruiz"),
    # but not for a minister, nor a party's leader
    ("Ana Ruiz, the finance minister, presented the budget on Tuesday. \"This is a budget for working families,\" "
     "the country's leader said.", "This is a budget", "country's leader"),
    ("President Ana Ruiz signed the budget on Tuesday. \"This is a budget for working families,\" the party's "
     "leader said.", "This is a budget", "party's leader"),
    # a name joined by "and" under a dateline's apposition holds its own title, not the first name's
    ("DES MOINES, Iowa — Sen. Wade Harlan and former Gov. Russell Callahan spent Saturday trading insults across "
     "central Iowa.\n\n\"He has never run anything,\" Harlan told a crowd in Ankeny.\n\nThe former governor called "
     "Harlan's tax plan \"a gift to his donors.\"", "a gift to his", "Russell Callahan"),
    ("DES MOINES, Iowa — Sen. Wade Harlan and former Gov. Russell Callahan spent Saturday trading insults across "
     "central Iowa.\n\n\"He has never run anything,\" Callahan told a crowd in Ames.\n\nThe senator called "
     "Callahan's tax plan \"a gift to his donors.\"", "a gift to his", "Wade Harlan"),
    # the writer who spoke to someone is no "she": the one person the writer spoke to is, or else someone named before
    ("Rally report\n\nBy Miriam Stoll\n\nI spoke to Dolores Reyes, a retired nurse, after the rally. “I like him "
     "fine,” she said.", "like him fine", "Dolores Reyes"),
    ("Rally report\n\nBy Miriam Stoll\n\nAna Ruiz, the mayor, spoke first at the rally.\n\nI spoke to Tom Hale "
     "after the rally. “I like him fine,” she said.", "like him fine", "Ana Ruiz"),
    # one pronoun voting against a given name, in a clause about someone else, does not make him a woman; two do
    ("A new ad features a widow, Vera Coates, who says Vincent Marchetti tried to seize her home.\n\nMarchetti told "
     "host Bret Halloway on Wednesday that the ad was “desperate.”\n\n“They’re losing, so they do ads like this,” he "
     "said.", "losing", "Vincent Marchetti"),
    ("Charlie Voss opened her campaign office on Monday. Voss said her first priority was the budget, and Voss added "
     "that her team was ready.\n\nVoss told host Bret Halloway on Wednesday that the plan was “ready.”\n\n“We are "
     "going to win this,” she said.", "going to win", "Charlie Voss"),
    # a first name the recogniser left out before a relative's surname it tagged is part of the name: "she" is the daughter
    ("Vincent Marchetti spoke in Ohio on Monday. Megan Kerr criticized him on her show.\n\nBut his daughter, Ivy "
     "Marchetti, defended him in an interview with People magazine. “My father respects women,” she said.",
     "My father", "Ivy Marchetti"),
    ("Vincent Marchetti spoke in Ohio on Monday. Megan Kerr criticized him on her show.\n\nBut his daughter, Ivy "
     "Marchetti, defended him in an interview with People magazine. “My daughter is a fine speaker,” Marchetti said.",
     "My daughter", "Vincent Marchetti"),
    # a given name and a surname tagged together as an organisation, a noun for a person in apposition, are a person's name
    ("The remark drew condemnation. Carly Finch, then a rival candidate, said at the time that “women all over this "
     "country watched.”\n\n“Mr. Marchetti, you should understand something,” Finch said.", "you should understand",
     "Carly Finch"),
    ("The remark drew condemnation. Grace Fellowship, a church in the town, said in a statement that it was “deeply "
     "troubled.”\n\n“We pray for healing,” the church said.", "We pray", "church"),
    # "“…,” goes the old saying" / "the old joke goes": the saying's words, not those of the last person named
    ("Terry Mullane, the campaign manager, was upbeat.\n\n“Iowa picks corn, New Hampshire picks presidents,” the old "
     "joke goes. Mullane laughed.", "Iowa picks corn", "old joke"),
    ("Terry Mullane, the campaign manager, was upbeat.\n\nIowa picks corn and, as the saying goes, “New Hampshire "
     "picks presidents,” Mullane said.", "New Hampshire picks", "Terry Mullane"),
    # a headline's "Lasky Backs Keel", one name to the recogniser, is two people and a verb: "Lasky" is no first name
    # of the Keels, and a bare "Keel" is the senator, not the wife named more often
    ("Lasky Backs Keel\n\nOhio Gov. Brent Lasky endorsed Sen. Gordon Keel on Wednesday.\n\n“John has been a great "
     "governor,” Keel said in his own statement.\n\nHeidi Keel, a bank executive on leave, thanked Lasky in a tweet. "
     "Heidi Keel has campaigned in Iowa.", "John has been", "Gordon Keel"),
    ("Ruth Hayes Porter\n\nRuth Hayes Porter, the new mayor, spoke on Monday. “We will build,” Porter said.",
     "We will build", "Ruth Hayes Porter"),
    # a bare surname before a relative sharing it is named is the one named already, however often the relative is later
    ("Ohio Gov. Brent Lasky endorsed Sen. Gordon Keel on Wednesday.\n\n“John has been a great governor,” Keel said.\n\n"
     "Heidi Keel, a bank executive on leave, thanked Lasky in a tweet. Heidi Keel has campaigned in Iowa.",
     "John has been", "Gordon Keel"),
    ("Ohio Gov. Brent Lasky endorsed Sen. Gordon Keel on Wednesday.\n\n“John has been a great governor,” Keel said. "
     "“He is a friend,” added Heidi Keel, a bank executive on leave.\n\nHeidi Keel thanked Lasky in a tweet. Heidi Keel "
     "has campaigned in Iowa.", "He is a friend", "Heidi Keel"),
    # a description with modifiers varies the name of the sentence before's subject when it repeats what was said of him
    ("Sen. Tom Brandt and Gov. Lucy Hale spoke on Monday.\n\nBrandt, asked about the budget, smiled. He "
     "said he was calm. \"The only poll that matters is in November,\" the Ohio senator said.", "only poll", "Tom Brandt"),
    ("Foreign Minister Ali Demir held talks with his Hungarian counterpart Gabor Kertesz.\n\nKertesz thanked the hosts. "
     "\"Our homes would be cold this winter,\" the Hungarian minister said.", "homes would", "Gabor Kertesz"),
    ("Sen. Tom Brandt of Ohio spoke on Monday.\n\nBrandt was having none of it. \"Let's be honest,\" the Ohio "
     "independent said.", "be honest", "Tom Brandt"),
    # ...not when it says another office than his, or what was said of someone else
    ("Sen. Tom Brandt and Gov. Lucy Hale spoke on Monday.\n\nBrandt criticized the plan. \"It is a fraud,\" the "
     "Ohio governor said.", "a fraud", "Ohio governor"),
    ("Sen. Tom Brandt and Sen. Lucy Hale of Texas spoke on Monday.\n\nBrandt criticized the plan. \"It is a fraud,\" "
     "the Texas lawmaker said.", "a fraud", "Texas lawmaker"),
    ("Sen. Tom Brandt and Gov. Lucy Hale spoke on Monday.\n\nBrandt and Hale met voters. \"It is a fraud,\" the "
     "Ohio senator said.", "a fraud", "Ohio senator"),
    # "X, asked about Y, said": the name the parser hung on the participle is the main verb's subject
    ("Sen. Tom Brandt and Gov. Lucy Hale spoke on Monday.\n\nBrandt, asked about the budget, said he was calm. \"The "
     "only poll that matters is in November,\" the Ohio senator said.", "only poll", "Tom Brandt"),
    # ...not a description of someone else before the participle
    ("Sen. Tom Brandt and Gov. Lucy Hale spoke on Monday.\n\nA Brandt aide, asked about the budget, said he was "
     "calm. \"The only poll that matters is in November,\" the Ohio senator said.", "only poll", "Ohio senator"),
    # a paragraph that opens with a quote and "the 23-year-old said" carries on from the one before
    ("Marco Ibarra beat Sven Lund 6-3 6-4 on Tuesday.\n\nThe Spaniard dropped serve three times in the third set.\n\n"
     "\"I was nervous, to be honest,\" the 23-year-old said.", "nervous", "Marco Ibarra"),
    # ...not one that opens with words of its own
    ("Marco Ibarra beat Sven Lund 6-3 6-4 on Tuesday.\n\nThe Spaniard dropped serve three times in the third set.\n\n"
     "The crowd was loud. \"I was nervous, to be honest,\" the 23-year-old said.", "nervous", "23-year-old"),
    # a ranking as a noun, "the world No 9 said", varies the name of the one the sentence before is about, as an age
    ("Marco Ibarra beat Sven Lund 6-3 6-4 on Tuesday.\n\nLund, 22, was left to rue missed chances. The Swede had four "
     "break points in the final set.\n\n\"I had my chances,\" the world No 9 said.", "my chances", "Sven Lund"),
    ("Marco Ibarra beat Sven Lund 6-3 6-4 on Tuesday.\n\nLund, 22, was left to rue missed chances. The Swede had four "
     "break points in the final set.\n\n\"I had my chances,\" the world number nine said.", "my chances", "Sven Lund"),
    # ...and is a description as written after a sentence about two
    ("Marco Ibarra beat Sven Lund and Tom Ferris beat Ivan Kolar on Tuesday.\n\n\"I had my chances,\" the world No 9 "
     "said.", "my chances", "world No 9"),
    # a nationality noun the recogniser leaves untagged or takes for an organisation ("the Dane") varies a name too
    ("Marco Ibarra beat Sven Lund 6-3 6-4 on Tuesday.\n\nLund was left to rue missed chances. \"I had my chances,\" "
     "the Dane said.", "my chances", "Sven Lund"),
    # ...of one, not of two named together
    ("Marco Ibarra beat Sven Lund 6-3 6-4 on Tuesday.\n\nLund and Ibarra met the press. \"I had my chances,\" "
     "the Dane said.", "my chances", "Dane"),
    # a name in apposition to a person's noun is a person's, though the recogniser took it for an organisation
    ("Aoife Kenny, now 24, will lead the line for Ireland on Saturday.\n\nHer father, Declan, a postman, drove her to "
     "training. 'I knew every song on the charts,' he recalls.\n\nHer old coach at Ballinrobe Town, Pádraig Ó Dálaigh, "
     "saw something early. 'She was the least afraid,' he says.", "least afraid", "Pádraig Ó Dálaigh"),
    # ...not a place in apposition to a word for a rival
    ("Japan is nervous about chip orders.\n\nIts main rival, South Korea, is more blunt. \"We will win it all,\" "
     "it said.", "win it all", "South Korea"),
    # a member's letters as a noun, "the Cork South TD said", vary the name of the one with an office before
    ("Labour leader Aoife Brennan accused the Government of \"living in a bubble\".\n\n\"Families are paying half "
     "their wages in rent,\" the Cork South TD said.", "half their wages", "Aoife Brennan"),
    # ...not when that sentence names another too, nor one given no word of standing
    ("Labour leader Aoife Brennan accused Tom Ashby of \"living in a bubble\".\n\n\"Families are paying half "
     "their wages in rent,\" the Cork South TD said.", "half their wages", "Cork South"),
    ("Aoife Brennan accused the Government of \"living in a bubble\".\n\n\"Families are paying half "
     "their wages in rent,\" the Cork South TD said.", "half their wages", "Cork South"),
    # a title in the headline and the lede that no one is given is the one the paragraph after names with no title
    ("PM warns rebels: 'No retreat'\n\nThe Prime Minister last night told rebels the government 'will not retreat' over "
     "the bill.\n\nSpeaking in Downing Street, Tom Ashby said: 'We have listened.'", "will not retreat", "Tom Ashby"),
    ("PM warns rebels: 'No retreat'\n\nThe Prime Minister last night told rebels the government 'will not retreat' over "
     "the bill.\n\nSpeaking in Downing Street, Tom Ashby said: 'We have listened.'", "No retreat", "Tom Ashby"),
    # ...not one named with a title of his own
    ("PM warns rebels: 'No retreat'\n\nThe Prime Minister last night told rebels the government 'will not retreat' over "
     "the bill.\n\nLabour leader Tom Ashby said: 'They are in chaos.'", "will not retreat", "Prime Minister"),
    # the score a sports report writes after a name, glued to it by the recogniser, is no part of the name
    ("Mykola Kovalenko beat Julian Marsden 4-6 7-6 6-3 on Saturday.\n\n\"I got tight,\" Marsden said.", "got tight",
     "Julian Marsden"),
    ("Kovalenko beat Karl Vos 6-2 6-4 in the other semi-final.\n\n\"I learned a lot,\" Vos said.", "learned", "Karl Vos"),
    # ...and a name with no score keeps its words
    ("Kovalenko beat Karl Vos in the other semi-final on Friday.\n\n\"I learned a lot,\" Vos said.", "learned", "Karl Vos"),
    # a group of unnamed people reporting on someone ("Pool reporters noted that the senator appeared tired"): "he" after it is
    # the one reported on; not when the reported clause is about a thing
    ("Sen. Ramon Ortega campaigned in Miami. Vincent Marchetti mocked him in a video.\n\nPool reporters traveling with "
     "Ortega noted that the senator appeared tired. “We’re going all the way,” he said.", "going all the way", "Ramon Ortega"),
    ("Sen. Ramon Ortega campaigned in Miami. Vincent Marchetti spoke next in Tampa.\n\nPool reporters noted that the "
     "crowd was small. “We’re going all the way,” he said.", "going all the way", "Vincent Marchetti"),
    # "a voter asked him whether …. “No,” he replied": the one "him" stands for answers, not the unnamed asker; the asker
    # goes on in a pronoun of the other sex
    ("Sen. Ramon Ortega campaigned in Miami on Tuesday.\n\nAt one stop, a voter asked him whether he would drop out if "
     "he lost Florida. “No,” he replied. “We’re going all the way.”", "No,", "Ramon Ortega"),
    ("Sen. Ramon Ortega campaigned in Miami on Tuesday.\n\nAt one stop, a voter asked him whether he would drop out if "
     "he lost Florida. “Please don’t,” she added.", "Please", "a voter"),
    # "A senior adviser, granted anonymity to speak candidly, told …", the aside parsed as a clause with the adviser its
    # subject: the adviser tells; not when a name of its own is the cue's subject
    ("Sen. Ramon Ortega campaigned in Miami.\n\nA senior adviser, granted anonymity to speak candidly, told BuzzFeed "
     "News that the campaign was “preparing for every scenario.”", "preparing", "A senior adviser"),
    ("Sen. Ramon Ortega campaigned in Miami.\n\nA senior adviser was granted anonymity, and Ortega told BuzzFeed News "
     "that the campaign was “preparing for every scenario.”", "preparing", "Ramon Ortega"),
    # "Sen. Owen Whitcomb, her rival for the nomination, mocked …": a possessive in the subject's apposition is another's,
    # no vote for the subject's gender; one in the predicate still is
    ("Lydia Pruitt spoke in Ohio on Sunday.\n\nSen. Owen Whitcomb, her rival for the nomination, mocked the remark. "
     "“That is not a yes,” the Vermont senator said. He told a crowd in Michigan that Pruitt was “playing games.”",
     "playing games", "Owen Whitcomb"),
    ("Sen. Jordan Whitcomb, a Vermont independent, thanked her supporters in Burlington. Vincent Marchetti campaigned in "
     "Ohio.\n\n“We will keep going,” she said.", "keep going", "Jordan Whitcomb"),
    # "Marchetti’s retort came an hour later in Tampa: “…”" (the clause parsed under the quote's verb): the owner of
    # the utterance the clause is about; a retort no one owns stays with the sieves after
    ("Vincent Marchetti and Lydia Pruitt campaigned on Saturday.\n\n“He has shown us who he is,” Pruitt told a crowd in "
     "Raleigh.\n\nMarchetti’s retort came an hour later in Tampa: “She’s a nasty woman, and she’s going to lose.”",
     "nasty woman", "Vincent Marchetti"),
    ("Vincent Marchetti spoke in Tampa on Saturday.\n\nThe retort came an hour later in Raleigh, where Lydia Pruitt "
     "spoke: “He is a sore loser.”", "sore loser", "Lydia Pruitt"),
    # a noun a person's name is in apposition to can be a speaker ("Pruitt’s running mate, Sen. Tom Kearney, had his own
    # advice for Marchetti: “…”"); one with a description in apposition is the thing it is
    ("Vincent Marchetti and Lydia Pruitt campaigned on Saturday.\n\n“He has shown us who he is,” Pruitt told a crowd in "
     "Raleigh.\n\nPruitt’s running mate, Sen. Tom Kearney, had his own advice for Marchetti: “Stop whining and start "
     "explaining.”", "Stop whining", "Tom Kearney"),
    ("Vincent Marchetti and Lydia Pruitt campaigned on Saturday.\n\n“He has shown us who he is,” Pruitt told a crowd in "
     "Raleigh.\n\nPruitt’s new ad, a 30-second spot, had its own advice for Marchetti: “Stop whining and start "
     "explaining.”", "Stop whining", "Lydia Pruitt"),
    # "Unlike Lanier, Sen. Pat Hennessy called …", the opening phrase's name parsed as the subject: the one named after the
    # comma speaks; a phrase of no name ("Like many Republicans, Sen. X") leaves the subject as it is
    ("Sen. Jeff Lanier of Arizona said China had been “cheating for decades.” Unlike Lanier, Sen. Pat Hennessy of "
     "Pennsylvania called the tariff “a tax on American families.”", "a tax on", "Pat Hennessy"),
    ("Sen. Pat Hennessy of Pennsylvania spoke on Monday.\n\nLike many Republicans, Sen. Jeff Lanier of Arizona called the "
     "tariff “a tax on American families.”", "a tax on", "Jeff Lanier"),
    # "a warning from the Keystone Trade Institute that …": the named source an utterance noun comes from owns it, as
    # a possessor does; "a warning from last year" has no source
    ("Sen. Jeff Lanier spoke at the hearing.\n\nLanier cited a warning from the Keystone Trade Institute that China "
     "would “continue to flood our markets” without action.", "continue to flood", "Keystone Trade Institute"),
    ("Sen. Jeff Lanier spoke at the hearing.\n\nLanier cited a warning from last year that China would “continue to "
     "flood our markets” without action.", "continue to flood", "Jeff Lanier"),
    # "Hennessy read aloud a letter from a steel executive in his state: “…”": the letter's writer, not its reader; a
    # letter the reader wrote stays his
    ("Sen. Pat Hennessy opened the hearing on Tuesday.\n\nHennessy read aloud a letter from a steel executive in his state: "
     "“A tariff would cost us our best customers.”", "A tariff", "a steel executive"),
    ("Sen. Pat Hennessy opened the hearing on Tuesday.\n\nHennessy read aloud from a letter he wrote in 2010: “A tariff "
     "would cost us our best customers.”", "A tariff", "Pat Hennessy"),
    # "Marchetti was overheard at a fundraiser in the Hamptons telling a donor, “…”": "at a fundraiser" is the occasion
    # (OCCASION_PERSON_NOUNS), the participle goes with the subject of the verb it hangs from; "a fundraiser said" is a person
    ("Vincent Marchetti spent the weekend on Long Island.\n\nMarchetti was overheard at a fundraiser in the Hamptons "
     "telling a donor, “I should have fired all of them in June.”", "fired all", "Vincent Marchetti"),
    ("Vincent Marchetti spent the weekend on Long Island.\n\n“He should have fired all of them in June,” a fundraiser at "
     "the event said.", "fired all", "a fundraiser"),
    # a nationality as a noun that the recogniser tags as a place ("The Ukrainian") or a name ("the Briton") varies a name
    ("Mykola Kovalenko beat Julian Marsden 4-6 7-6 6-3 on Saturday to reach his first final.\n\nThe Ukrainian, ranked "
     "31st in the world, saved two match points. \"I just kept swinging,\" the 26-year-old said.", "kept swinging",
     "Mykola Kovalenko"),
    ("Marsden, the second seed, had been bidding for a third title. The Briton served for the match but was broken."
     "\n\n\"I got tight,\" the world No 7 said.", "got tight", "Marsden"),
    ("Marsden, the second seed, had been bidding for a third title. \"I got tight,\" the Briton said.", "got tight",
     "Marsden"),
    # ...not a place whose name has such an ending
    ("Archbishop Tomas Reyes met the minister on Monday. \"We spoke about peace,\" the Vatican said.", "about peace",
     "Vatican"),
    # "the teenager said" is the one person named before whom the article gave an age in the teens
    ("Kovalenko beat Karl Vos 6-2 6-4 in the other semi-final.\n\nVos, 19, was philosophical after his defeat. \"I "
     "learned a lot this week,\" the teenager said.", "learned a lot", "Karl Vos"),
    # ...no one older, nor one of two teenagers
    ("Kovalenko beat Karl Vos 6-2 6-4 in the other semi-final.\n\nVos, 34, was philosophical after his defeat. \"I "
     "learned a lot this week,\" the teenager said.", "learned a lot", "teenager"),
    ("Ana Ruiz, 17, and Tom Hale, 18, reached the final.\n\n\"I learned a lot this week,\" the teenager said.",
     "learned a lot", "teenager"),
    # a name after an honorific in apposition to a person's noun is a person's, though tagged as an organisation
    ("Chancellor faces backbench revolt over fuel duty rise\n\nBy Imogen Thwaite, Political "
     "Correspondent\n\nThe Chancellor is facing a growing backbench revolt over plans to raise fuel duty by "
     "5p a litre in next month's Budget.\n\nSpeaking to reporters in Leeds, Marcus Penrose said the rise was "
     "\"the responsible choice\" for a country with record debts.\n\n\"Nobody enjoys putting up taxes. But I "
     "will not borrow money we cannot repay,\" he said.\n\nMore than 40 Conservative MPs have signed a letter "
     "opposing the plan. Its author, Dame Felicity Crouch, said motorists in rural areas would be \"hit "
     "hardest\".",
     "hit hardest", "Felicity Crouch"),
    # ...not an organisation's name of three words with no honorific
    ("Chancellor faces backbench revolt over fuel duty rise\n\nBy Imogen Thwaite, Political "
     "Correspondent\n\nThe Chancellor is facing a growing backbench revolt over plans to raise fuel duty by "
     "5p a litre in next month's Budget.\n\nSpeaking to reporters in Leeds, Marcus Penrose said the rise was "
     "\"the responsible choice\" for a country with record debts.\n\n\"Nobody enjoys putting up taxes. But I "
     "will not borrow money we cannot repay,\" he said.\n\nMore than 40 Conservative MPs have signed a letter "
     "opposing the plan. Its publisher, Harwell Green Press, said motorists in rural areas would be \"hit "
     "hardest\".",
     "hit hardest", "Harwell Green Press"),
    # an address that stands for those seated there ("Downing Street said") is no man a later "he" stands for
    ("Chancellor Tom Hale spoke in Leeds on Monday. Downing Street later said the plan was sound. \"We stand by every "
     "word,\" he said.", "every word", "Tom Hale"),
    # ...but a surname of that word after a given name is a person's
    ("Della Street, a lawyer, spoke on Monday. Street said the case was \"a farce\".", "a farce", "Della Street"),
    # "the former minister" varies the name of "a former transport secretary": a secretary of state is a minister
    ("Sir Clive Hatherley, a former transport secretary, said he would abstain. \"The timing is wrong,\" the former "
     "minister said.", "timing is wrong", "Clive Hatherley"),
    # ...but no governor
    ("Sir Clive Hatherley, a former transport secretary, said he would abstain. \"The timing is wrong,\" the former "
     "governor said.", "timing is wrong", "former governor"),
    # "Cr", the Australian councillor's title, is no part of the name, and makes "the councillor"
    ("Lord Mayor Adrian Kellett defended the plan on Monday.\n\n\"We can build up or build out,\" Cr Kellett told "
     "reporters.", "build up", "Adrian Kellett"),
    ("Lord Mayor Adrian Kellett defended the plan on Monday. Cr Tamsin Oduya disagreed.\n\n\"It is timid,\" the "
     "councillor said.", "timid", "Tamsin Oduya"),
    # ...while a councillor no one was titled stays as written
    ("Lord Mayor Adrian Kellett defended the plan on Monday. Tamsin Oduya disagreed.\n\n\"It is timid,\" the "
     "councillor said.", "timid", "councillor"),
    # the quote's own sentences before its cue stand not between an age and the sentence before the quote
    ("Marco Ibarra beat Sven Lund on Tuesday.\n\nThe Spaniard dropped serve twice. \"I was nervous. I had to fight,\" "
     "the 23-year-old said.", "had to fight", "Marco Ibarra"),
    # ...a sentence of the writer's own does
    ("Marco Ibarra beat Sven Lund on Tuesday.\n\nThe Spaniard dropped serve twice. The crowd was loud. \"I was "
     "nervous. I had to fight,\" the 23-year-old said.", "had to fight", "23-year-old"),
    # an age in the paragraph of a sentence that only says how one named person is stands for that person
    ("Her neighbour, Phil Tranter, was more sanguine. \"The kids cannot afford to live here,\" the 58-year-old said.",
     "kids cannot", "Phil Tranter"),
    # ...not after one who acts on someone else, or with someone else named
    ("Officer Tom Hale found the driver. \"I was scared,\" the 29-year-old said.", "was scared", "29-year-old"),
    ("Phil Tranter was angry with Ann Dowse. \"The kids cannot afford to live here,\" the 58-year-old said.",
     "kids cannot", "58-year-old"),
    # past the lede a title points back: one given it later ("head of the … Association") hides no one named before
    ("Varnian President Mirela Dostanic welcomed the deal. Speaking in the capital, the head of state said it showed "
     "\"what patience can achieve.\"\n\n\"We will believe it when we see it,\" said Jonas Eide, head of the Oskeland "
     "Fishermen's Association.", "patience", "Mirela Dostanic"),
    # ...nor is the one named later the one meant
    ("Opposition figure Tom Hale met voters. Speaking in the capital, the head of state said it showed \"what patience "
     "can achieve.\"\n\nPresident Mirela Dostanic arrived later.", "patience", "head of state"),
    # an age before a title says how old, not which office: "the 61-year-old head of state"
    ("Varnian President Mirela Dostanic welcomed the deal. Speaking in the capital, the 61-year-old head of state said "
     "it showed \"what patience can achieve.\"", "patience", "Mirela Dostanic"),
    # ...and is not one the article gave another age
    ("Varnian President Mirela Dostanic, 58, welcomed the deal. Speaking in the capital, the 61-year-old head of state "
     "said it showed \"what patience can achieve.\"", "patience", "61-year-old head of state"),
    # "the Peoria lawmaker" varies the name of a House Speaker just before: a lawmaker is any member of a legislature
    ("House Speaker Tom Delaney, also a Democrat, said his chamber had the votes. \"We will override this veto,\" the "
     "Peoria lawmaker said.", "override", "Tom Delaney"),
    # ...not of a governor, nor of one of two named
    ("Gov. Tom Delaney said his office had the votes. \"We will override this veto,\" the Peoria lawmaker said.",
     "override", "Peoria lawmaker"),
    ("Sen. Tom Delaney spoke with Rep. Ann Holt. \"We will override this veto,\" the Peoria lawmaker said.",
     "override", "Peoria lawmaker"),
    # a lede's title is not the first person named after it when that person is introduced ("who runs a bakery") or
    # does not speak there
    ("Economy adds jobs\n\nThe President said Tuesday that the economy was \"stronger than ever.\"\n\n\"We are "
     "finally hiring again,\" said Tom Hale, who runs a bakery in Dayton.", "stronger", "President"),
    ("Economy adds jobs\n\nThe President said Tuesday that the economy was \"stronger than ever.\"\n\nTom Hale runs a "
     "bakery in Dayton. \"We are finally hiring again,\" he said.", "stronger", "President"),
    # "Kopp asked whether she should have disclosed it. She paused": the one asked about, not the asker; the asker when
    # the gender says so
    ("Lydia Pruitt, the Democratic nominee, spoke to CNN’s Andrew Kopp on Thursday about her health.\n\nKopp asked "
     "whether she should have disclosed the diagnosis sooner. She paused before answering. “In hindsight, yes,” she said.",
     "In hindsight", "Lydia Pruitt"),
    ("Lydia Pruitt met Owen Whitcomb on Thursday.\n\nPruitt asked whether he would endorse her. She waited. “Well, "
     "Owen?” she said.", "Well, Owen", "Lydia Pruitt"),
    # "the teenager" repeats "A teenager in the crowd" just brought in, not a 19-year-old named paragraphs before
    ("Tom Hale, 19, won the junior title last year. Ann Holt met him at the gym.\n\nA teenager in the crowd cheered. "
     "\"We will be back,\" the teenager said.", "be back", "teenager"),
    ("Tom Hale, 19, lost in straight sets. His coach, Ann Holt, was upbeat. \"We will be back,\" the teenager said.",
     "be back", "Tom Hale"),
    # "he" after a subject taken for an organisation is that name only when it is written like a person's: not a
    # business's or a place's ("Acme Holdings", "Green Valley")
    ("Acme Holdings runs a pharmacy in Lagos. \"Business is slow,\" he said.", "Business", None),
    ("Green Valley runs a pharmacy in Lagos. \"Business is slow,\" he said.", "Business", None),
    ("Uche Nwafor runs a pharmacy in Lagos. \"Business is slow,\" he said.", "Business", "Uche Nwafor"),
    # a lede's title is not the first person named after it when that name comes after the paragraph has brought in
    # others ("Critics were unconvinced. Tom Hale said"); it is when the paragraph opens on the name
    ("Economy adds jobs\n\nThe President said Tuesday that the economy was \"stronger than ever.\"\n\nCritics were "
     "unconvinced. Tom Hale said: \"Not in my town.\"", "stronger", "President"),
    ("Mayor warns builders\n\nThe Mayor last night told builders to \"slow down.\"\n\nLocal residents welcomed the "
     "move. Ann Holt said: \"About time.\"", "slow down", "Mayor"),
    ("PM warns rebels\n\nThe Prime Minister last night told Tory rebels to \"fall in line.\"\n\n\"We must hold "
     "together,\" Tom Hale said at a reception.", "fall in line", "Tom Hale"),
    # "the Democratic senator" does not vary the name of a senator the article made a Republican; it does of a Democrat
    ("Sen. Tom Hale, a Republican, met voters. \"We will win,\" the Democratic senator said.", "will win",
     "Democratic senator"),
    ("Sen. Tom Hale, a Democrat, met voters. \"We will win,\" the Democratic senator said.", "will win", "Tom Hale"),
    ("Sen. Tom Hale, a Republican, met voters. \"We will win,\" the GOP senator said.", "will win", "Tom Hale"),
    # "the Peoria lawmaker" varies the name of one who holds a legislative office, not of anyone said to be of Peoria
    ("Tom Hale, a Peoria lobbyist, met voters. \"We will win,\" the Peoria lawmaker said.", "will win",
     "Peoria lawmaker"),
    ("Rep. Tom Hale met voters. \"We will win,\" the Peoria lawmaker said.", "will win", "Tom Hale"),
    # a member's letters with the seat vary the name of one who holds an office, as _epithet_of_subject says
    ("Minister Tom Hale spoke in Dublin. \"We will win,\" the Dublin Central TD said.", "will win", "Tom Hale"),
    # "the number two" with no modifier is a deputy, not a ranking that varies the name of the one before
    ("Tom Hale named Ann Holt as his deputy. \"We will win,\" the number two said.", "will win", "number"),
    ("Tom Hale lost again. \"We will win,\" the world No 9 said.", "will win", "Tom Hale"),
    # a business's name in apposition to a person's noun ("its new owner, Apex Capital,") stays an organisation's
    # (its kind is checked in test_a_business_named_in_apposition_to_a_persons_noun_is_an_organization)
    ("The team's new owner, Apex Capital, said the deal was \"fair.\"", "fair", "Apex Capital"),
    # "the city's leader", "the region's leader" are no head of state; "the country's leader" is
    ("President Ann Holt visited the city on Monday with Mayor Tom Hale. \"We are proud,\" the city's leader said.",
     "proud", "city's leader"),
    ("President Ann Holt visited the region on Monday. \"We are proud,\" the region's leader said.", "proud",
     "region's leader"),
    ("President Ann Holt visited the region on Monday. \"We are proud,\" the country's leader said.", "proud",
     "Ann Holt"),
    # "the opposition leader" does not vary the name of the President just before (NON_STATE_LEADER_WORDS); "the
    # Varnian leader" does
    ("President Tom Hale spoke on Monday. \"We will win,\" the opposition leader said.", "will win",
     "opposition leader"),
    ("Varnian President Tom Hale spoke on Monday. \"We will win,\" the Varnian leader said.", "will win", "Tom Hale"),
    # a union's general secretary or a press secretary is no "former minister"; a former transport secretary is
    ("Tom Hale, the union's general secretary, spoke on Monday. \"We will win,\" the former minister said.",
     "will win", "former minister"),
    ("Tom Hale, the White House press secretary, spoke on Monday. \"We will win,\" the former minister said.",
     "will win", "former minister"),
    ("Tom Hale, a former transport secretary, spoke on Monday. \"We will win,\" the former minister said.",
     "will win", "Tom Hale"),
    # the one a thing is sent or given to before a colon (the parser's "dative" "to") is its addressee, not its writer
    ("Tom Hale sent a letter to Ann Holt: \u201cStay strong.\u201d", "Stay strong", "Tom Hale"),
    ("Tom Hale gave a message to Ann Holt: \u201cStay strong.\u201d", "Stay strong", "Tom Hale"),
    # but one who sends it to no one named still speaks
    ("Ann Holt sent a message to her supporters: \u201cStay strong.\u201d", "Stay strong", "Ann Holt"),
    # "the Labour MP said" with no member named to vary: a description, not the party tagged inside it
    ("Tom Hale runs a bakery in Leeds. \u201cWe will win,\u201d the Labour MP said.", "We will win", "Labour MP"),
    # the member the article named with those letters is still who it is
    ("Labour MP Ann Holt visited Leeds on Monday.\n\nThe bakers were pleased. Tom Hale runs a bakery there.\n\n"
     "\u201cWe will win,\u201d the Labour MP said.", "We will win", "Ann Holt"),
    # "Said Haskell, “…”": the fronted verb the recogniser takes into the name; the name speaks when the quote follows
    ("The agency made a mistake in the check of Dale Prior, Haskell has said. Prior should have been stopped. "
     "Said Haskell, \"The thought that an error on our part is connected to this is very painful to us.\"",
     "very painful", "Haskell"),
    # but a person named Said is a person
    ("Said Karimi, the chief negotiator, said the talks were \u201cuseful.\u201d", "useful", "Said Karimi"),
    # "Hale: “…” Ruiz: “…”": a second label run in after the first label's quote, in one paragraph
    ("Jed Halloran and Marisol Ashworth reject the term.\n\nAshworth: \"Our goal is to defeat the group.\" "
     "Halloran: \"The mission is to destroy it -- not to contain it.\"", "mission is", "Jed Halloran"),
    ("Jed Halloran and Marisol Ashworth reject the term.\n\nAshworth: \"Our goal is to defeat the group.\" "
     "Halloran: \"The mission is to destroy it -- not to contain it.\"", "Our goal", "Marisol Ashworth"),
    # a cue verb the parser hangs from a noun inside the quote: the phrase right before the verb speaks
    ("\u201cAshworth needs a strategy for targeting [Liberty candidate Gus] Brandt & [Green Party hopeful Jo] "
     "Sterne voters,\u201d Nils Marten, the polling guru who founded pollvault.com tweeted on Wednesday.",
     "needs a strategy", "Nils Marten"),
    ("\u201cAshworth needs a strategy now,\u201d the post tweeted on Wednesday.", "needs a strategy", "post"),
    # an opening participle parsed as the subject, the name before the verb as an adverb: the name
    ("Dunmore\u2019s Indiana chairman, Wade Early, a former state party chairman, said he hasn\u2019t explored the "
     "process.\n\nInformed of the local district\u2019s anti-Dunmore lean, Early described it as \u201cnews to "
     "me.\u201d", "news to me", "Wade Early"),
    ("Asked about the plan, Hale said it was \u201ca disaster.\u201d", "disaster", "Hale"),
    # a name that an article and an adjective modify, made the subject of a verb read as a noun, takes no turn
    ("Conrad Dunmore launched his campaign in June.\n\n\"This is a social critique,\" said Freddy Harrow. But the "
     "oversized Dunmore face beaming from billboards and the theater marquee hasn't hurt interest. \"It's had a "
     "marvelous result.\"", "marvelous", "Freddy Harrow"),
    ("Conrad Dunmore launched his campaign in June.\n\n\"This is a social critique,\" said Freddy Harrow. But "
     "Dunmore shrugged it off. \"It's had a marvelous result.\"", "marvelous", "Conrad Dunmore"),
    # "“…,” From said.": the one capitalised word between a quote's close and its cue speaks, however it is tagged
    ("\u201cWe lost three elections,\u201d said Dana From, who helped found the council.\n\nMany voters then saw the party "
     "as \u2018the party of big government,\u2019 From said.", "big government", "Dana From"),
    ("\u201cWe will win,\u201d Will said.", "We will win", "Will"),
    # a chamber's leader sits in it: "Senate Minority Leader X" is "the senator", "the Ohio senator"; a Senate
    # staffer is not
    ("Senate Minority Leader Ann Ruiz met voters on Monday. Ruiz said the plan was unfair. \u201cWe will fight it,\u201d "
     "the Ohio senator said.", "fight it", "Ann Ruiz"),
    ("Senate Minority Leader Ann Ruiz met voters on Monday. \u201cWe will fight it,\u201d the senator said.", "fight it",
     "Ann Ruiz"),
    ("Senate staffer Ann Ruiz met voters on Monday. Ruiz said the plan was unfair. \u201cWe will fight it,\u201d "
     "the Ohio senator said.", "fight it", "Ohio senator"),
    # a place's "chief executive" holds its office: the state's is the governor, the city's the mayor; a company's
    # is no governor
    ("Gov. Tom Hale spoke on Monday. Aides say he wants the bill passed.\n\n\u201cWe will win,\u201d the state's chief "
     "executive said.", "will win", "Tom Hale"),
    ("Mayor Ann Holt spoke on Monday. Gov. Tom Hale was not there.\n\n\u201cWe will win,\u201d the city's chief "
     "executive said.", "will win", "Ann Holt"),
    ("Gov. Tom Hale spoke on Monday. Aides say he wants the bill passed.\n\n\u201cWe will win,\u201d the company's chief "
     "executive said.", "will win", "company's chief executive"),
    # a Latin American "Chancellor" (canciller) is the foreign minister; a German chancellor, or one in an article
    # about no Latin American country, is not
    ("The Chancellor, Ana Ruiz, said Venezuela would appeal.\n\n\u201cWe will win,\u201d the Foreign Minister said.",
     "will win", "Ana Ruiz"),
    ("German Chancellor Ana Ruiz met the Venezuelan envoy on Monday.\n\n\u201cWe will win,\u201d the Foreign Minister "
     "said.", "will win", "Foreign Minister"),
    ("The Chancellor, Ana Ruiz, said Germany would appeal.\n\n\u201cWe will win,\u201d the Foreign Minister said.",
     "will win", "Foreign Minister"),
    # a full name after a capitalised title, the recogniser took in part for an organisation ("Esteban"), is a
    # person's, with a given name first; a surname alone, no given name before it, is no name found so
    ("Caracas, March 14 (Prensa Sur) \u2013 The Chancellor, Esteban Quiroga Lander, on Thursday rejected the tariffs."
     "\n\n\u201cThis is an act of aggression,\u201d Quiroga Lander said.", "aggression", "Esteban Quiroga Lander"),
    ("Caracas, March 14 (Prensa Sur) \u2013 The Chancellor, Esteban Quiroga Lander, on Thursday rejected the tariffs on "
     "Venezuelan cocoa.\n\n\u201cThis is an act of aggression,\u201d the Foreign Minister said.", "aggression",
     "Esteban Quiroga Lander"),
    ("Caracas, March 14 (Prensa Sur) \u2013 The Chancellor, Quiroga Lander, on Thursday rejected the tariffs."
     "\n\n\u201cThis is an act of aggression,\u201d the Foreign Minister said.", "aggression", "Foreign Minister"),
    # an English given name the recogniser left out before a Cantonese name (surname, hyphenated given name) is the
    # name's first word; a title word before it ("Housing") is not
    ("Secretary for Housing Winnie Ho Wing-yin told lawmakers on Wednesday that rents must rise.\n\n"
     "\u201cWe must act now,\u201d Ho said.", "act now", "Winnie Ho Wing-yin"),
    ("Secretary for Housing Ho Wing-yin told lawmakers on Wednesday that rents must rise.\n\n"
     "\u201cWe must act now,\u201d Ho said.", "act now", "Ho Wing-yin"),
    # set scores after a given name and a surname the recogniser took for a team make them a player's name; a club's
    # name (no given name) or one score is no player's
    ("Tom Hale beat Adam Holt 6-4 6-3 on Thursday to reach the semi-finals.\n\nHolt made 31 unforced errors. "
     "\u201cI never found my rhythm,\u201d Holt said.", "rhythm", "Adam Holt"),
    ("Dynamo beat Zenit Kazan 25-20 25-22 25-19 on Thursday to reach the final.\n\n\u201cWe never found our rhythm,"
     "\u201d Kazan said.", "rhythm", "Kazan"),
    ("Rovers beat Adam Holt United 2-1 on Thursday to reach the final.\n\n\u201cWe never found our rhythm,\u201d "
     "Holt said.", "rhythm", "Holt"),
    # a nationality the article gave no one varies the name of the sentence's subject only when the sentence names
    # no one else, who may as well be of it
    ("Tom Hale beat Lars Jensen in Paris on Thursday. \u201cI never found my rhythm,\u201d the Dane said.", "rhythm",
     "Dane"),
    ("Lars Jensen lost in Paris on Thursday. \u201cI never found my rhythm,\u201d the Dane said.", "rhythm",
     "Lars Jensen"),
    # "the nationalist politician" varies the name of the subject just before when that one holds a political office or
    # leads the opposition (POLITICAL_OFFICES); not a baker's, nor when the sentence names another
    ("The talks ended on Thursday.\n\nOpposition leader Tom Hale was less impressed. \u201cThey gave it all away,"
     "\u201d the nationalist politician said.", "gave it", "Tom Hale"),
    ("The talks ended on Thursday.\n\nTom Hale, a baker, was less impressed. \u201cThey gave it all away,\u201d the "
     "nationalist politician said.", "gave it", "nationalist politician"),
    ("The talks ended on Thursday.\n\nOpposition leader Tom Hale met Ann Holt. \u201cThey gave it all away,\u201d the "
     "nationalist politician said.", "gave it", "nationalist politician"),
    # a council's leader sits in it: "Council Opposition Leader X" is "the Labor councillor"; a council clerk is not
    ("Councillors met on Monday.\n\nCouncil Opposition Leader Jared Minchin said the plan was unfair. \u201cResidents "
     "were never asked,\u201d the Labor councillor said.", "never asked", "Jared Minchin"),
    ("Councillors met on Monday.\n\nCouncil clerk Jared Minchin said the plan was unfair. \u201cResidents were never "
     "asked,\u201d the Labor councillor said.", "never asked", "Labor councillor"),
    # what the article says of someone only later does not keep a description from the subject just before; what it
    # said before of another does (and then the description is that one's)
    ("The race is close.\n\nSen. Tom Hale spoke to supporters on Saturday. \u201cI have a record,\u201d the Texas "
     "senator said.\n\nSen. Ann Holt (R-Texas) was not there.", "a record", "Tom Hale"),
    ("Sen. Ann Holt (R-Texas) was not there.\n\nSen. Tom Hale spoke to supporters on Saturday. \u201cI have a record,"
     "\u201d the Texas senator said.", "a record", "Ann Holt"),
    # "the Ohio Republican" with several Republicans named varies the name of the subject just before, a Republican;
    # not a Democrat's, not one placed in another state, not when the sentence names another
    ("Republican Tom Hale and Republican Ann Holt are running.\n\nHale spoke to supporters on Saturday. \u201cI have a "
     "record,\u201d the Ohio Republican said.", "a record", "Tom Hale"),
    ("Republican Tom Hale and Republican Ann Holt are running.\n\nHale debated Ann Holt on Saturday. \u201cI have a "
     "record,\u201d the Ohio Republican said.", "a record", "Ohio Republican"),
    ("Democrat Tom Hale and Republican Ann Holt are running.\n\nHale spoke to supporters on Saturday. \u201cI have a "
     "record,\u201d the Ohio Republican said.", "a record", "Ohio Republican"),
    ("Sen. Tom Hale (R-Neb.) and Sen. Ann Holt (R-Neb.) are running.\n\nHale spoke to supporters on Saturday. "
     "\u201cI have a record,\u201d the Ohio Republican said.", "a record", "Ohio Republican"),
    # "spokesman" is given to women too: it says no gender, and "she" may stand for the spokesman; a man's given name
    # still does
    ("Ann Holt is running for mayor.\n\nHolt's campaign spokesman, Kendra Ashe, said the race was close. \u201cOur "
     "numbers show a dead heat,\u201d she said.", "dead heat", "Kendra Ashe"),
    ("Ann Holt is running for mayor.\n\nHolt's campaign spokesman, Tom Ashe, said the race was close. \u201cOur "
     "numbers show a dead heat,\u201d she said.", "dead heat", "Ann Holt"),
    # the writer spoke to two people: "she" is the one who can be a woman (the other a man), "he" the man; when someone
    # else spoke to them, the subject speaks
    ("By Lionel Ashcroft\n\nThe plant closed in March.\n\nI spoke to Marjorie Keane and Tom Haskell after Ann Whitlow "
     "knocked on their door. \u201cShe was the first to ask,\u201d she said.", "first to ask", "Marjorie Keane"),
    ("By Lionel Ashcroft\n\nThe plant closed in March.\n\nI spoke to Marjorie Keane and Tom Haskell after Ann Whitlow "
     "knocked on their door. \u201cShe was the first to ask,\u201d he said.", "first to ask", "Tom Haskell"),
    ("By Lionel Ashcroft\n\nThe plant closed in March.\n\nAnn Whitlow spoke to Marjorie Keane and Tom Haskell on "
     "Monday. \u201cThey were the first to ask,\u201d she said.", "first to ask", "Ann Whitlow"),
    # two heads of state "the country's leader" fits as well: the one the article is about, named first; a title one
    # of them holds, or a country given to one, tells them apart
    ("President Ana Ruiz met Premier Tom Hale in Lisbon on Monday to discuss trade.\n\n\u201cWe have agreed on the "
     "principles,\u201d the country's leader said.", "principles", "Ana Ruiz"),
    ("President Ana Ruiz met Premier Tom Hale in Lisbon on Monday to discuss trade.\n\n\u201cWe have agreed on the "
     "principles,\u201d the premier said.", "principles", "Tom Hale"),
    ("Oskelandic President Ana Ruiz met Varnian Premier Tom Hale in Lisbon on Monday to discuss trade.\n\n\u201cWe "
     "have agreed on the principles,\u201d the Varnian leader said.", "principles", "Tom Hale"),
    # "“…,” the line goes, he said": the saying is someone's, told by the one who says it; "the line goes" alone
    # is the saying's
    ("The team lost again on Sunday.\n\nCoach Tom Hale was blunt about it. \u201cWe lost the game, not the season,"
     "\u201d the line goes, he said.", "lost the game", "Tom Hale"),
    ("The team lost again on Sunday.\n\nCoach Tom Hale was blunt about it. \u201cWe lost the game, not the season,"
     "\u201d the line goes.", "lost the game", "line"),
    # "the old man" is the one the article made a father (or gave an old age) before; a sister is no old man
    ("Tom Hale returned to the town in May.\n\nHe visited the reservoir with his father, Walter. \u201cThere's the "
     "steeple,\u201d the old man said.", "steeple", "Walter"),
    ("Tom Hale returned to the town in May.\n\nHe visited the reservoir with his neighbour, Ann Dowse, 81. \u201cThere's "
     "the steeple,\u201d the old woman said.", "steeple", "Ann Dowse"),
    ("Tom Hale returned to the town in May.\n\nHe visited the reservoir with his sister, Ann. \u201cThere's the "
     "steeple,\u201d the old man said.", "steeple", "old man"),
    # a cue joined to an earlier verb by "and" shares its subject, who reports the words of the clause below it; a verb
    # that is no cue reports nothing
    ("The talks failed on Monday.\n\nTom Hale rejected the tariffs and said the government would respond with "
     "\u201creciprocal measures\u201d.", "reciprocal", "Tom Hale"),
    ("The talks failed on Monday.\n\nTom Hale rejected the tariffs and feared the government would respond with "
     "\u201creciprocal measures\u201d.", "reciprocal", "government"),
    # an age in the cue after a sentence about a thing of one person ("Hale's next event") stands for that person;
    # not when the sentence names another, nor after a sentence about no one
    ("Tom Hale lost the final on Sunday.\n\nHale's next event is Dubai. \u201cI'll regroup and go again,\u201d the "
     "29-year-old said.", "regroup", "Tom Hale"),
    ("Tom Hale lost the final on Sunday.\n\nHale's next event is against Adam Holt. \u201cI'll regroup and go again,"
     "\u201d the 29-year-old said.", "regroup", "29-year-old"),
    ("Tom Hale lost the final on Sunday.\n\nThe next event is Dubai. \u201cI'll regroup and go again,\u201d the "
     "29-year-old said.", "regroup", "29-year-old"),
    # "X is a first-time candidate" says what X is: "the first-time candidate" later is X, and no unnamed candidate was
    # brought in; not when the sentence says X is not one, nor when it leaves out the modifier
    ("Sen. Walter Pruett is running again. Curtis Lamb is a first-time candidate.\n\nPruett spoke on Saturday. "
     "\u201cI have a record,\u201d the first-time candidate said.", "a record", "Curtis Lamb"),
    ("Sen. Walter Pruett is running again. Curtis Lamb is not a first-time candidate.\n\nPruett spoke on Saturday. "
     "\u201cI have a record,\u201d the first-time candidate said.", "a record", "first-time candidate"),
    ("Sen. Walter Pruett is running again. Curtis Lamb is a candidate.\n\nPruett spoke on Saturday. "
     "\u201cI have a record,\u201d the first-time candidate said.", "a record", "first-time candidate"),
    # a numbered item's heading that names someone first, as subject or owner, gives the quote that opens the item
    # to them, not to one the paragraph before talked about
    ("Five moments from the debate\n\n1. Ann Holt goes after the front-runner\n\n\u201cYou have done nothing.\u201d"
     "\n\nThe jab was aimed at Tom Hale. Editor Ray Pike defended it.\n\n2. Tom Hale's comeback\n\n\u201cI showed up "
     "to work.\u201d\n\nHale meant Holt's absences. Her aide Lisa Marr disputed that.\n\n3. Dale Okoro on the border"
     "\n\n\u201cA wall is a failure.\u201d", "failure", "Dale Okoro"),
    ("Five moments from the debate\n\n1. Ann Holt goes after the front-runner\n\n\u201cYou have done nothing.\u201d"
     "\n\nThe jab was aimed at Tom Hale. Editor Ray Pike defended it.\n\n2. Tom Hale's comeback\n\n\u201cI showed up "
     "to work.\u201d", "showed up", "Tom Hale"),
    # one the heading names as an object is not the speaker: the one speaking before goes on
    ("Five moments from the debate\n\n1. Ann Holt goes after Tom Hale\n\n\u201cYou have done nothing.\u201d"
     "\n\nThe crowd cheered.\n\n2. Another jab at Hale\n\n\u201cYou never showed up to work.\u201d", "showed up",
     "Ann Holt"),
    # under topic headings ("On immigration", "On trade"), the quote opening a topic is spoken by the one who spoke
    # the quote opening the topic before, not by one the reporter's paragraph between named
    ("Ann Holt, in her own words\n\nAnn Holt, the former senator, is running for governor. Here is what she has "
     "said.\n\nOn immigration\n\n\u201cWe are a state of immigrants.\u201d\n\nHer stance drew fire from Gov. Tom Hale. "
     "Economist Ray Pike of Brennan University called it vague.\n\nOn trade\n\n"
     "\u201cEvery deal closes a factory.\u201d\n\nOn taxes\n\n\u201cI never voted for a tax.\u201d",
     "closes a factory", "Ann Holt"),
    ("Ann Holt, in her own words\n\nAnn Holt, the former senator, is running for governor. Here is what she has "
     "said.\n\nOn immigration\n\n\u201cWe are a state of immigrants.\u201d\n\nHer stance drew fire from Gov. Tom Hale. "
     "Economist Ray Pike of Brennan University called it vague.\n\nOn trade\n\n"
     "\u201cEvery deal closes a factory.\u201d\n\nOn taxes\n\n\u201cI never voted for a tax.\u201d",
     "never voted", "Ann Holt"),
    # a quote there with a cue of its own is still the cue's
    ("Ann Holt, in her own words\n\nAnn Holt, the former senator, is running for governor. Here is what she has "
     "said.\n\nOn immigration\n\n\u201cWe are a state of immigrants.\u201d\n\nHer stance drew fire from Gov. Tom Hale. "
     "Economist Ray Pike of Brennan University called it vague.\n\nOn trade\n\n"
     "\u201cEvery deal closes a factory,\u201d Pike said.\n\nOn taxes\n\n\u201cI never voted for a tax.\u201d",
     "closes a factory", "Ray Pike"),
    # uncued quotes standing as paragraphs, the reporter's paragraphs between: the speaker of the one before goes on,
    # not one a later sentence of the reporter's paragraph talked about
    ("Gov. Ann Holt spoke in Harlow on Saturday. Below are her remarks, annotated.\n\n\u201cIt is good to be home.\u201d"
     "\n\nHolt opened warmly. Her rival, Sen. Tom Hale, spoke to the same hall on Friday.\n\n\u201cWe cut taxes for "
     "working families.\u201d", "cut taxes", "Ann Holt"),
    ("Gov. Ann Holt spoke in Harlow on Saturday. Below are her remarks, annotated.\n\n\u201cIt is good to be home.\u201d"
     "\n\nThis is partly true. The budget was balanced after Speaker Ray Pike delayed two payments. Pike has since said "
     "the delay was a one-time measure.\n\n\u201cWe cut taxes for working families.\u201d", "cut taxes", "Ann Holt"),
    # the one the reporter's paragraph opens with takes the floor (when the lede gives the lines to no one), and so does
    # one quoted in full just before
    ("Gov. Ann Holt spoke in Harlow on Saturday. Sen. Tom Hale was there.\n\n\u201cIt is good to be home.\u201d"
     "\n\nSen. Tom Hale then turned to trade, accusing Holt of abandoning farmers.\n\n\u201cThe governor has been to "
     "Beijing three times.\u201d", "Beijing", "Tom Hale"),
    ("Gov. Ann Holt spoke in Harlow on Saturday. Below are her remarks, annotated.\n\n\u201cIt is good to be home.\u201d"
     "\n\nThe crowd cheered. \u201cShe is rewriting history,\u201d Sen. Tom Hale told reporters.\n\n\u201cThe governor "
     "has been to Beijing three times.\u201d", "Beijing", "Tom Hale"),
    # a quiz's numbered quote has the answer after it ("Answer: …") or the item of its number in the answers listed
    ("Who said it?\n\nEach quote was said by Ann Holt, Tom Hale or Ray Pike.\n\n1. \u201cI never met a farmer who wanted a "
     "handout.\u201d\n\nAnswer: Ray Pike, at a forum in Dover.\n\n2. \u201cThe only thing that trickles down is the bill.\u201d\n\n"
     "Answer: Tom Hale, in an interview. His rival Holt laughed.", "trickles down", "Tom Hale"),
    ("Who said it?\n\nEach quote was said by Ann Holt, Tom Hale or Ray Pike.\n\n1. \u201cI never met a farmer who wanted a "
     "handout.\u201d\n\n2. \u201cThe only thing that trickles down is the bill.\u201d\n\nHint: Holt's aide Lisa Marr got it right.\n\n"
     "Answers\n\n1. Ann Holt. 2. Tom Hale.", "trickles down", "Tom Hale"),
    # not numbered items after no "Answers" label
    ("Who said it?\n\nEach quote was said by Ann Holt, Tom Hale or Ray Pike.\n\n1. \u201cI never met a farmer who wanted a "
     "handout.\u201d\n\n2. \u201cThe only thing that trickles down is the bill.\u201d\n\nHint: Holt's aide Lisa Marr got it right.\n\n"
     "The issues were 1. Taxes and 2. Hale's record.", "trickles down", None),
    # so do a list's items, a bullet before each quote
    ("Tom Hale's best lines\n\nSen. Tom Hale needed a big night. Here are his best lines.\n\n\u2022 \u201cBoring is the "
     "nicest thing I have been called.\u201d\n\nThe opener set the tone. Gov. Ann Holt, to his left, laughed along.\n\n\u2022 \u201cThe governor balanced it "
     "on the backs of teachers.\u201d", "backs of teachers", "Tom Hale"),
    ("Debate night\n\nSen. Tom Hale needed a big night. Gov. Ann Holt did too.\n\n\u2022 \u201cBoring is the "
     "nicest thing I have been called.\u201d\n\nGov. Ann Holt then turned to schools.\n\n\u2022 \u201cThe senator voted against every school budget.\u201d",
     "every school budget", "Ann Holt"),
    # one the article quoted in full before, a voice of the debate, keeps the floor a later sentence gives them
    ("Gov. Ann Holt and Sen. Tom Hale debated on Wednesday.\n\nHale went first.\n\n\u201cEleven years of cuts.\u201d"
     "\n\nHolt waited for the applause to die down.\n\n\u201cYou voted for nine of them, Tom.\u201d\n\nThe exchange went "
     "on. At one point the moderator tried to move on, but Hale interrupted her.\n\n\u201cI need to respond to that.\u201d",
     "respond to that", "Tom Hale"),
    # when the lede says whose lines the article is made of ("annotated his remarks"), a reporter's paragraph opening
    # with another person does not give them the uncued quote paragraph after it
    ("Annotated: Hale's victory speech\n\nSen. Tom Hale won on Tuesday. Our reporters annotated his remarks.\n\n"
     "\u201cThank you, Ohio!\u201d\n\nThe crowd had waited two hours.\n\n\u201cThey said we couldn't win.\u201d\n\n"
     "Gov. Ann Holt conceded in Columbus, telling supporters that she would help.\n\n\u201cTomorrow we get to work.\u201d",
     "get to work", "Tom Hale"),
    # without it, the one the paragraph opens with still takes the floor
    ("Hale wins\n\nSen. Tom Hale won on Tuesday. Our reporters were there.\n\n"
     "\u201cThank you, Ohio!\u201d\n\nThe crowd had waited two hours.\n\n\u201cThey said we couldn't win.\u201d\n\n"
     "Gov. Ann Holt conceded in Columbus, telling supporters that she would help.\n\n\u201cTomorrow we get to work.\u201d",
     "get to work", "Ann Holt"),
    # a quote under a topic label ("On his critics: “…”") is spoken by the one who spoke under the topic label before,
    # not by one the reporter's paragraph between quoted
    ("Tom Hale in his own words\n\nTom Hale is running for governor. Here is a sampling.\n\nOn trade: \u201cEvery deal "
     "closes a factory.\u201d\n\nGov. Ann Holt's campaign seized on it. Her spokeswoman, Lisa Marr, called it "
     "\"disqualifying.\"\n\nOn his critics: \u201cLet them talk.\u201d", "Let them talk", "Tom Hale"),
    # a name's label before is no topic's: the one speaking now goes on, as before
    ("The forum\n\nThree candidates spoke on Monday.\n\nAnn Holt: \u201cWe will win.\u201d\n\nSen. Tom Hale spoke "
     "next, on the economy.\n\nOn trade: \u201cEvery deal closes a factory.\u201d", "closes a factory", "Tom Hale"),
    # under topic headings, the one the article credited a topic's quote to is no speaker of the lines of the next
    ("Highlights\n\nThe debate was on Monday.\n\nThe opener\n\n\u201cWe will win,\u201d Tom Hale said.\n\nGov. Ann "
     "Holt then took the stage.\n\nThe closing\n\n\u201cDecide with your heart.\u201d", "your heart", "Ann Holt"),
    # moments under headings that name no one: the one the paragraph after the quote opens with said it
    ("The best lines\n\nThe candidates met on Thursday.\n\n1. The zinger\n\n\u201cI have more positions than he has "
     "excuses.\u201d\n\nThat was Ann Holt. Her aide Lisa Marr called it fresh.\n\n2. The silence\n\n\u201cI lost my "
     "train of thought.\u201d\n\nTom Hale, 74, paused for ten seconds.", "train of thought", "Tom Hale"),
    # not when the lede gives the lines to someone ("Here are her best lines")
    ("The best lines\n\nAnn Holt met them on Thursday. Here are her best lines.\n\n1. The zinger\n\n\u201cI have more "
     "positions than he has excuses.\u201d\n\nHer aide Lisa Marr called it fresh.\n\n2. The silence\n\n\u201cI lost my "
     "train of thought.\u201d\n\nTom Hale, 74, smiled.", "train of thought", "Ann Holt"),
    # a credit with no dash after a quote ending its sentence: a name and where or when, no verb of its own
    ("The year in quotes\n\nDale Okoro's aide Ray Pike called it a fluke.\n\n\u201cWe are going to win this thing.\u201d "
     "Hale, accepting the nomination in Cleveland.\n\nSen. Tom Hale won in November.", "win this thing", "Tom Hale"),
    # a sentence with a verb after it is the reporter's, not a credit
    ("Gov. Ann Holt spoke first.\n\n\u201cWe are going to win this thing.\u201d Sen. Tom Hale, her rival, was not "
     "so sure.", "win this thing", "Ann Holt"),
    # one of several a sentence names with "or" said the quotes after it: no telling which
    ("Who said it?\n\nEach quote below was said by Ann Holt, Tom Hale or Ray Pike.\n\n1. \u201cI never met a farmer "
     "who wanted a handout.\u201d\n\n2. \u201cThe only thing that trickles down is the bill.\u201d\n\n3. \u201cMy "
     "opponent has more positions than a yoga instructor.\u201d\n\n4. \u201cVote for the other guy.\u201d",
     "other guy", None),
    # several named with "and" still hand the floor to the first of them, as before
    ("Ann Holt, Tom Hale and Ray Pike spoke at the rally.\n\n\u201cWe will win.\u201d", "will win", "Ann Holt"),
    # "“…,” Tom Hale III, founder of X, tells Y": a proper name right after the quote's close, before its apposition,
    # is the subject the parser hung on the quote, tagged or not
    ("\"We will win,\" Tom Hale III, founder of the Center, tells the Ledger in an interview.", "We will win", "Tom Hale"),
    ("\"We will win,\" the founder of the Center, Tom Hale, tells the Ledger.", "We will win", "Tom Hale"),
    # an age after a sentence about a person of someone's ("Hale's opponent", "Hale's coach") is that person's, not the
    # owner's
    ("Tom Hale lost the final on Sunday.\n\nHale's opponent in the final is Spanish. \u201cI played my best tennis,"
     "\u201d the 22-year-old said.", "best tennis", "22-year-old"),
    ("Tom Hale lost the final on Sunday.\n\nHale's coach was furious. \u201cHe gave up too soon,\u201d the "
     "54-year-old said.", "too soon", "54-year-old"),
    # "the city's chief executive" is the mayor only when the article gave no one that title
    ("The council met on Monday.\n\nThe city's chief executive, Ann Holt, presented the budget. Mayor Tom Hale opposed "
     "it. \u201cThis is reckless,\u201d the city's chief executive said.", "reckless", "Ann Holt"),
    ("The council met on Monday.\n\nMayor Tom Hale opposed the budget. \u201cThis is reckless,\u201d the city's chief "
     "executive said.", "reckless", "Tom Hale"),
    # a university's chancellor, in an article that names a Latin American country, is no foreign minister
    ("University Chancellor Tom Hale welcomed Mexican students on Monday.\n\nThe ministry sent a letter. \u201cWe are "
     "proud of them,\u201d the foreign minister said.", "proud", "foreign minister"),
    ("The chancellor of Eastfield University, Tom Hale, welcomed Mexican students.\n\nThe ministry sent a letter. "
     "\u201cWe are proud of them,\u201d the foreign minister said.", "proud", "foreign minister"),
    # "the old man" is a parent only as someone's ("his father, Walter Hale"), the father of the two sharing the surname;
    # not a priest called Father, nor "a father of two"
    ("Tom Hale and his father, Walter Hale, opened the bakery in 1990.\n\nThe queue ran around the block. "
     "\u201cBest bread in town,\u201d the old man said.", "Best bread", "Walter Hale"),
    ("Father Tom Hale leads the parish in Eastfield.\n\nThe church was full on Sunday. \u201cI come every week,"
     "\u201d the old man said.", "every week", "old man"),
    ("Tom Hale, a father of two, opened the bakery in May.\n\nThe queue ran around the block. \u201cBest bread in "
     "town,\u201d the old man said.", "Best bread", "old man"),
    # a church's, a rebel group's leader is no politician; the opposition's is
    ("Church leader Tom Hale condemned the violence on Sunday. \u201cWe pray for peace,\u201d the veteran politician "
     "said.", "peace", "veteran politician"),
    ("Rebel leader Tom Hale rejected the truce. \u201cWe will fight,\u201d the veteran politician said.", "fight",
     "veteran politician"),
    ("Opposition leader Tom Hale rejected the truce. \u201cWe will fight,\u201d the veteran politician said.", "fight",
     "Tom Hale"),
    # what a clause of "if" or "whether" supposes someone is, the article never said: no description stands for them
    ("If Curtis Lamb is a candidate, the race changes. Ann Holt said so.\n\n\u201cI have a record,\u201d the "
     "candidate said.", "a record", "candidate"),
    ("Curtis Lamb is a candidate, so the race changes. Ann Holt said so.\n\n\u201cI have a record,\u201d the "
     "candidate said.", "a record", "Curtis Lamb"),
    # of two heads of state named together, a leader noun fits the first; when one is named again since, that one
    ("President Ana Ruiz met Premier Tom Hale in Lima on Monday.\n\nHale praised the deal and left early. \u201cWe "
     "signed it,\u201d the country's leader said.", "signed it", "Tom Hale"),
    # a party's leader is a politician, "Party" written or not; a party's press secretary is not
    ("Labour Party leader Tom Hale toured the plant on Monday. \u201cWe need jobs,\u201d the veteran politician said.",
     "need jobs", "Tom Hale"),
    ("Party press secretary Tom Hale toured the plant on Monday. \u201cWe need jobs,\u201d the veteran politician said.",
     "need jobs", "veteran politician"),
    # … nor one whose university the article names after the name
    ("Chancellor Tom Hale of Eastfield University welcomed Mexican students on Monday.\n\nThe ministry sent a letter. "
     "\u201cWe are proud of them,\u201d the foreign minister said.", "proud", "foreign minister"),
    # "X is a deputy mayor", "a former candidate": the description must repeat the qualifier ("the mayor" is another)
    ("Curtis Lamb is a deputy mayor. Ann Holt runs the city.\n\nThe budget passed on Monday. \u201cIt is a good "
     "day,\u201d the mayor said.", "good day", "mayor"),
    ("Curtis Lamb is a former candidate. The race has three contenders.\n\nThe debate ended late. \u201cI have a "
     "record,\u201d the candidate said.", "a record", "candidate"),
    ("Curtis Lamb is a deputy mayor.\n\nThe budget passed on Monday. \u201cIt is a good day,\u201d the deputy "
     "mayor said.", "good day", "Curtis Lamb"),
    # a cue joined to the verb of a reported clause shares no subject with it: not "the talks", nor "the minister"
    ("The meeting ended on Monday.\n\nTom Hale said the talks failed and warned that the government would respond "
     "with \u201creciprocal measures\u201d.", "reciprocal", "government"),
    ("The meeting ended on Monday.\n\nOfficials said the minister rejected the tariffs and said the government would "
     "respond with \u201creciprocal measures\u201d.", "reciprocal", "government"),
    # a minister for youth or business is a politician
    ("Youth Minister Tom Hale toured the school on Monday. \u201cWe need teachers,\u201d the veteran politician said.",
     "teachers", "Tom Hale"),
    # an unnamed "spokesman" may be a woman: "she" after it is the spokesman; "he" after a spokeswoman is not
    ("Stroud's spokesman said the bill was dead. \u201cWe will not vote for it,\u201d she said.", "will not vote",
     "Stroud\u2019s spokesman"),
    ("Stroud's spokeswoman said the bill was dead. \u201cWe will not vote for it,\u201d he said.", "will not vote",
     "Stroud"),
    # uncued quote paragraphs of a campaign story: one a later sentence of the reporter's paragraph between has as its
    # subject takes the floor, not only one its first sentence opens with; one it only talks about does not
    ("Hale campaigns in Ohio\n\nSen. Tom Hale spoke in Dayton on Monday.\n\n\u201cWe will win Ohio.\u201d\n\nThe race "
     "has tightened in recent weeks. Gov. Ann Holt, campaigning in Toledo, attacked his record.\n\n\u201cHe has never "
     "run anything in his life.\u201d", "never run anything", "Ann Holt"),
    ("Hale campaigns in Ohio\n\nSen. Tom Hale spoke in Dayton on Monday.\n\n\u201cWe will win Ohio.\u201d\n\nThe race "
     "has tightened in recent weeks. Gov. Ann Holt, campaigning in Toledo, said Hale had never created a job.\n\n"
     "\u201cHe has never run anything in his life.\u201d", "never run anything", "Ann Holt"),
    ("Gov. Ann Holt spoke in Harlow on Saturday.\n\n\u201cIt is good to be home.\u201d\n\nThe hall was full. Many had "
     "come to see Sen. Tom Hale's old rival.\n\n\u201cWe cut taxes for working families.\u201d", "cut taxes", "Ann Holt"),
    # a story's subheadings are no numbered list of moments: the one a paragraph after a quote opening a section has
    # as subject did not say it ("Jobs / “…” / Gov. Ann Holt disputed the claim."); the one speaking before goes on
    ("Hale campaigns in Ohio\n\nSen. Tom Hale told a crowd in Dayton on Monday that jobs were coming back.\n\nJobs\n\n"
     "\u201cWe are bringing the factories home.\u201d\n\nGov. Ann Holt disputed the claim on Tuesday.\n\nTrade\n\n"
     "\u201cEvery deal we signed closes a factory.\u201d", "factories home", "Tom Hale"),
    # past a subheading over the quote, the one the paragraph before it has as subject takes the floor
    ("Storm hits coast\n\nMayor Tom Hale spoke at a briefing in Harlow on Monday.\n\n\u201cWe lost three hundred "
     "homes.\u201d\n\nFarther south, Gov. Ann Holt toured the flooded towns of the delta on Tuesday.\n\nRebuilding\n\n"
     "\u201cThe state will pay for every road that was lost.\u201d", "every road", "Ann Holt"),
    # a story's subheadings, the lede giving the lines to no one: the quote opening a section is not the one who opened
    # the section before's; one the paragraph between brought in goes on
    ("Storm hits coast\n\nMayor Tom Hale spoke at a briefing in Harlow on Monday.\n\nDamage\n\n\u201cWe lost three "
     "hundred homes.\u201d\n\nFarther south, Gov. Ann Holt toured the flooded towns of the delta on Tuesday.\n\n"
     "Rebuilding\n\n\u201cThe state will pay for every road that was lost.\u201d", "every road", "Ann Holt"),
    # a lede that talks about someone's remarks ("Hale's remarks drew a rebuke", "In her speech to volunteers, she …")
    # does not say the article is made of them: one the reporter's paragraph between has as subject takes the floor
    ("Hale remarks draw rebuke\n\nSen. Tom Hale's remarks on immigration drew a sharp rebuke from Gov. Ann Holt on "
     "Monday.\n\n\u201cWe will build the wall and the other side will pay for it.\u201d\n\nHolt, speaking in Toledo, "
     "called the plan cruel. She said she would fight it in court.\n\n\u201cThis is not who we are as a state.\u201d",
     "not who we are", "Ann Holt"),
    ("Holt visits flood zone\n\nGov. Ann Holt toured the flooded towns on Monday. In her speech to volunteers, she "
     "praised the Guard.\n\n\u201cYou saved lives this week.\u201d\n\nMayor Tom Hale, whose town lost its bridge, met "
     "her at the school. Hale said the state had been slow.\n\n\u201cWe waited four days for a truck.\u201d",
     "four days", "Tom Hale"),
    # a forum story giving each candidate's lines under inline topic labels: the one the paragraph between brings on
    # speaks under the next label, not the one who spoke under the label before (the lede gives the lines to no one)
    ("Candidates make their case\n\nThree candidates spoke at the forum in Dayton on Monday.\n\nSen. Tom Hale spoke "
     "first.\n\nOn trade: \u201cEvery deal we signed closes a factory.\u201d\n\nGov. Ann Holt followed him to the stage."
     "\n\nOn trade: \u201cWe need more deals, not fewer.\u201d", "more deals", "Ann Holt"),
    # nor only one the paragraph just before has as subject: one a paragraph since the last uncued quote brought on
    ("Hale campaigns in Ohio\n\nSen. Tom Hale spoke in Dayton on Monday.\n\n\u201cWe will win Ohio.\u201d\n\nGov. Ann "
     "Holt, campaigning in Toledo, said Hale had never created a job.\n\nPolls show the race tightening in the final "
     "week.\n\n\u201cHe has never run anything in his life.\u201d", "never run anything", "Ann Holt"),
    # one the reporter's paragraph names only as an object does not take the floor from the one whose quote came before
    ("Holt in Harlow\n\nGov. Ann Holt spoke in Harlow on Saturday.\n\n\u201cIt is good to be home.\u201d\n\nHolt opened "
     "warmly, a jab at her rival, Sen. Tom Hale.\n\n\u201cWe cut taxes for working families.\u201d", "cut taxes", "Ann Holt"),
    # one quoted in full before, not the last quoted, still keeps the floor a later sentence gives them
    ("Debate night\n\nGov. Ann Holt and Sen. Tom Hale debated on Wednesday.\n\n\u201cEleven years of cuts,\u201d Hale "
     "said.\n\nThe crowd cheered.\n\n\u201cI balanced every budget.\u201d\n\nThe moderator asked about schools, and Hale "
     "went after her record.\n\n\u201cNobody believes that.\u201d", "Nobody believes", "Tom Hale"),
    # a numbered item's heading naming its owner ("2. Tom Hale's closing") gives them the quote the item opens with
    ("Five moments from the debate\n\n1. Ann Holt goes after the front-runner\n\n\u201cYou have done nothing.\u201d"
     "\n\nThe jab was aimed at Tom Hale. Editor Ray Pike defended it.\n\n2. Tom Hale's closing\n\n\u201cI love this "
     "state too much to watch it fail.\u201d", "watch it fail", "Tom Hale"),
    # an infinitive after a quote does not invert: the object of "to deny" is no speaker
    ("Gov. Ann Holt signed a bill that lets clerks cite a \u201csincere belief\u201d to deny licenses to couples.",
     "sincere belief", "Ann Holt"),
    ("\u201cWe will not yield,\u201d asked the boy.", "not yield", "boy"),
    # lines under topic labels are one source's: one quoted or reported between them does not take the next topic
    ("Holt in Dayton\n\nGov. Ann Holt spoke for an hour on Monday at a forum in Dayton.\n\nOn trade: \u201cWe will not "
     "sign bad deals.\u201d\n\nHer spokeswoman, Tara Lind, later called the remarks \u201ca preview.\u201d\n\nOn taxes: "
     "\u201cWorking families have paid enough.\u201d", "paid enough", "Ann Holt"),
    ("The platform\n\nThe Harbor Party adopted its platform on Monday. Here are some of its planks.\n\nOn trade: "
     "\u201cWe will not sign bad deals.\u201d\n\nSen. Ann Holt, a delegate, said she was disappointed.\n\nOn taxes: "
     "\u201cTaxes should be lower.\u201d", "should be lower", None),
    # (one who takes the stage after a topic quote with a speaker takes the next topic)
    ("The forum\n\nGov. Ann Holt spoke first at the forum.\n\nOn trade: \u201cWe will not sign bad deals.\u201d\n\n"
     "Sen. Tom Hale took the stage after her.\n\nOn trade: \u201cI voted for every one of those deals.\u201d",
     "every one of those", "Tom Hale"),
    # two people are never one apposition: the name set off after a person's noun is the subject, the first closing
    # the phrase before ("to the chief of staff, Tom Hale,")
    ("In a 2015 email to the chief of staff, Tom Hale, the aide, Dana Reyes, wrote that the server \u201ccould be "
     "compromised.\u201d", "could be compromised", "Dana Reyes"),
    ("In a 2015 email to Tom Hale, the aide, Dana Reyes, wrote that the server \u201ccould be compromised.\u201d",
     "could be compromised", "Dana Reyes"),
    ("Tom Hale, the aide, wrote that the server \u201ccould be compromised.\u201d", "could be compromised", "Tom Hale"),
    ("Tom Hale, the aide to Dana Reyes, wrote that the server \u201ccould be compromised.\u201d", "could be compromised",
     "Tom Hale"),
    # a name in apposition to a person's noun is a person's, though the recogniser took it for a building
    ("In another email, Dana Reyes told a colleague, Jen Park, that she was tired. Park responded: \u201cHang in "
     "there.\u201d", "Hang in there", "Jen Park"),
    # "it" for a document its own sentence has for subject: the document, as written
    ("The report also faulted the deputy, Curtis Lamb, for what it called \u201ca culture of indifference.\u201d",
     "culture of indifference", "report"),
    ("The company said it was \u201cdeeply sorry.\u201d", "deeply sorry", "company"),
    # the passive subject of a verb of accusing, naming or telling says nothing: the agent does, or no one named
    ("Tom Hale was accused of \u201clying to voters\u201d by his rival, Ann Holt.", "lying to voters", "Ann Holt"),
    ("Sen. Tom Hale has been accused of \u201cburying bad news\u201d after the figures came out.", "burying bad news", None),
    ("Tom Hale has been called the \u201cKing of the Hill\u201d for his style.", "King of the Hill", None),
    ("Guccio was branded \u201cin homage to\u201d Lazo, Ann Song wrote.", "in homage to", "Ann Song"),
    ("According to the leaked playbook, salespeople were told, \u201cYou sell feelings.\u201d", "sell feelings",
     "leaked playbook"),
    # an organisation parsed as the head of "X's general secretary, Name,": the office's holder
    ("The Royal College of Nursing's general secretary, Pat Cullen, said the profession was at \u2018breaking "
     "point\u2019.", "breaking point", "Pat Cullen"),
    # (and where the quote is woven into the clause with no cue)
    ("Tom Hale has been criticized as \u201cout of touch.\u201d", "out of touch", None),
    ("Tom Hale called the plan \u201ca disaster.\u201d", "a disaster", "Tom Hale"),
    # "one of them": a partitive of a plural pronoun is an unnamed source, not the last one named
    ("Two officials, speaking on condition of anonymity, said Ana Ruiz had considered resigning. \u201cShe feels "
     "betrayed,\u201d one of them said.", "feels betrayed", "one of them"),
    ("Two officials said Ana Ruiz had considered resigning. \u201cShe feels betrayed,\u201d one official said.",
     "feels betrayed", "one official"),
    # a name with a particle the recogniser stopped short of: the surname its words hang from is part of it
    ("Brazilian President Marcos Antônio da Costa Neves vowed on Tuesday to veto the cuts. \u201cNot now, not ever,\u201d "
     "Costa Neves said.", "Not now", "Marcos Antônio da Costa Neves"),
    # a capitalised title whose "of" phrase runs into the name: the name, though the article names another leader
    ("Leader of the Opposition Rakesh Malhotra said the government had \u201cfailed the people\u201d. Mr Malhotra "
     "spoke for an hour.\n\nSenior party leader Vikram Joshi termed the response \u201ctoo little\u201d.",
     "failed the people", "Rakesh Malhotra"),
    # "she" in a first-person story is never the writer the byline names: the relative the writer just wrote of
    ("The farm\n\nBy Grace Whitley\n\nMy mother grew up in the farmhouse. When I asked her about those years, she "
     "laughed. \u201cWe were poor,\u201d she said.", "We were poor", "My mother"),
    ("The farm\n\nBy Grace Whitley\n\nMy uncle, Tom Pike, grew up in the farmhouse. \u201cWe were poor,\u201d he said.",
     "We were poor", "Tom Pike"),
    # "From X:" over the words, no verb: the one they come from
    ("Lamb was measured.\n\nFrom the Transit Riders Union: \u201cToday riders lost.\u201d", "riders lost",
     "Transit Riders Union"),
    ("Lamb was measured.\n\nFrom Sen. Ann Holt: \u201cWe will win.\u201d", "We will win", "Ann Holt"),
    ("Lamb was measured.\n\nFrom Lamb's Facebook post: \u201cWe will win.\u201d", "We will win", "Lamb"),
    # a pronoun does not stand for one of no known gender whose sentence has another of its gender as object; a role
    # noun given a name by "named" is that name ("a lawyer named Eli Brandt", "a 26-year-old named …")
    ("Ann Holt had never run before. Her manager, Eli Brandt, had warned her. \u201cI am no politician,\u201d she "
     "began.", "no politician", "Ann Holt"),
    ("Ann Holt had never run before. Her manager, Eli Brandt, had warned Hale. \u201cI am no politician,\u201d he "
     "said.", "no politician", "Eli Brandt"),
    ("Her campaign manager, a lawyer named Eli Brandt, said it was \u201crisky.\u201d", "risky", "Eli Brandt"),
    ("Her campaign manager, a 26-year-old named Eli Brandt, said it was \u201crisky.\u201d", "risky", "Eli Brandt"),
    ("A group called Citizens United said it was \u201crisky.\u201d", "risky", "group"),
    # a chancellor visiting a Latin American country, in an article naming a country whose chancellor heads the
    # government, is that head of government, no foreign minister; with no such country named, the canciller still is
    ("Chancellor Anna Weber met Mexico's president on Monday, the first visit by a German head of government in six "
     "years.\n\n\u201cWe respect that,\u201d the foreign minister said.", "respect that", "foreign minister"),
    ("Chancellor Anna Weber met Mexico's president on Monday, her first visit abroad in six years.\n\n\u201cWe "
     "respect that,\u201d the foreign minister said.", "respect that", "Anna Weber"),
    # an old age alone makes "the old man" the one named last; one named since (a woman too) leaves him unnamed
    ("Tom Hale, 78, has fished the river since 1960. He stood on the bank on Monday.\n\n\u201cIt was higher in "
     "1972,\u201d the old man said.", "higher in", "Tom Hale"),
    ("Mayor Tom Hale, 78, faced a packed town hall on Monday.\n\nAnn Holt, a nurse, said she was offered too little."
     "\n\n\u201cIt was higher in 1972,\u201d the old man said.", "higher in", "old man"),
    # "X is a candidate. Y is also running.": two fit "the candidate", the subject of the sentence just before is the
    # one; with neither there, no one; a sentence without "also" makes no second candidate
    ("Race heats up\n\nCurtis Lamb is a candidate. Ann Holt is also running. Holt spoke.\n\n\u201cWe will win this "
     "seat,\u201d the candidate said.", "win this seat", "Ann Holt"),
    ("Race heats up\n\nCurtis Lamb is a candidate. Ann Holt is also running. Lamb spoke.\n\n\u201cWe will win this "
     "seat,\u201d the candidate said.", "win this seat", "Curtis Lamb"),
    ("Race heats up\n\nCurtis Lamb is a candidate. Ann Holt is also running. The hall was full.\n\n\u201cWe will win "
     "this seat,\u201d the candidate said.", "win this seat", "candidate"),
    ("Race heats up\n\nCurtis Lamb is a candidate. Ann Holt is running his campaign. Holt spoke.\n\n\u201cWe will "
     "win this seat,\u201d the candidate said.", "win this seat", "Curtis Lamb"),
    # a hall is a council's chamber only as City or Town Hall: the leader of a concert hall is no councillor
    ("Carnegie Hall leader Tom Hale asked for the money.\n\n\u201cExplain why this comes first,\u201d the councillor "
     "said.", "comes first", "councillor"),
    ("The Opposition Leader in City Hall, Tom Hale, asked for the money.\n\n\u201cExplain why this comes first,"
     "\u201d the councillor said.", "comes first", "Tom Hale"),
    # a company in apposition to a title is the employer, the speaker the unnamed holder, however it is tagged; a name
    # there is the holder's
    ("Rates rise\n\nThe Director, Austin Energy, said the plan was sound. \u201cWe waited too long,\u201d the "
     "Director, Austin Energy, said.", "waited too long", "Director"),
    ("Rates rise\n\nThe Director, Bellmont Energy, said the plan was sound.\n\n\u201cWe waited too long,\u201d the "
     "director said.", "waited too long", "director"),
    ("Rates rise\n\nThe Director, Ana Ruiz, said the plan was sound.\n\n\u201cWe waited too long,\u201d the "
     "director said.", "waited too long", "Ana Ruiz"),
    # back-story in the past perfect about someone of the speaker's ("Her predecessor, X, had left") gives X no floor
    # in an interview write-up; a sentence in the past tense, or one about someone the speaker's pronoun does not own,
    # still does
    ("Holt speaks\n\nGov. Ann Holt sat down with the Courier on Friday.\n\n\u201cThe budget is balanced.\u201d\n\n"
     "She took office in 2020. Her predecessor, Tom Hale, had left under a cloud.\n\n\u201cI inherited a mess.\u201d",
     "inherited a mess", "Ann Holt"),
    ("Holt speaks\n\nGov. Ann Holt sat down with the Courier on Friday.\n\n\u201cThe budget is balanced.\u201d\n\n"
     "She took office in 2020. Her predecessor, Tom Hale, spoke to the Courier on Monday.\n\n\u201cI left a surplus."
     "\u201d", "left a surplus", "Tom Hale"),
    ("Holt speaks\n\nGov. Ann Holt sat down with the Courier on Friday.\n\n\u201cThe budget is balanced.\u201d\n\n"
     "She took office in 2020. Sen. Tom Hale had warned of a deficit for years.\n\n\u201cI left a surplus.\u201d",
     "left a surplus", "Tom Hale"),
    # a numbered item's heading names one the quote under it speaks of as "he", with no "I": the one the paragraph
    # after the quote has as subject said it; a quote in the first person is the heading's person's
    ("Takeaways\n\n1. Tom Hale on the defensive\n\n\u201cHe had no answers on the fund.\u201d\n\nGov. Ann Holt "
     "pounced early on the audit.\n\n2. Ann Holt's closing\n\n\u201cGive me four more years.\u201d",
     "no answers", "Ann Holt"),
    ("Takeaways\n\n1. Tom Hale on the defensive\n\n\u201cI had answers on the fund, and he knows it.\u201d\n\n"
     "Gov. Ann Holt pounced early on the audit.\n\n2. Ann Holt's closing\n\n\u201cGive me four more years.\u201d",
     "had answers", "Tom Hale"),
    # a question about which of two did something ("whether Hale or Holt wrote it") names no one speaking or asked:
    # the speaker before answers; one asked by name answers
    ("Memo leaks\n\nGov. Ann Holt spoke on Monday.\n\n\u201cWe did nothing wrong,\u201d Holt said.\n\nReporters "
     "asked whether Hale or Holt wrote the memo.\n\n\u201cI will not point fingers.\u201d", "point fingers", "Ann Holt"),
    ("Memo leaks\n\nGov. Ann Holt spoke on Monday.\n\n\u201cWe did nothing wrong,\u201d Holt said.\n\nReporters "
     "asked whether Commissioner Tom Hale or one of his deputies had written it.\n\n\u201cI will not point fingers."
     "\u201d", "point fingers", "Ann Holt"),
    ("Memo leaks\n\nGov. Ann Holt spoke on Monday.\n\n\u201cWe did nothing wrong,\u201d Holt said.\n\nReporters "
     "asked Commissioner Tom Hale whether he wrote the memo.\n\n\u201cI never saw it.\u201d", "never saw", "Tom Hale"),
    # a recording (one a newspaper obtained: it holds it, did not make it) gives the speaker's own words, no outer
    # account; a report by the newspaper is its account
    ("Budget talks stall\n\nAccording to a recording obtained by the Courier, Sen. Tom Hale said the governor "
     "\u201cwould fold by July.\u201d", "would fold", "Tom Hale"),
    ("Budget talks stall\n\nAccording to a report by the Courier, Sen. Tom Hale said the governor \u201cwould fold by "
     "July.\u201d", "would fold", "Courier"),
    # "the email" points back to the email the lede opens with, however many sentences back; one brought in past the
    # lede, more than eight sentences back, is too far
    ("Layoffs loom\n\nIn an email to staff on Sunday, Mayor Ann Holt wrote that the city would cut jobs.\n\nThe city "
     "faces a gap. Aid has fallen. Taxes are capped. Sales are flat. Pensions rose. Unions are in talks. Libraries cut "
     "hours. Two centers closed. Fees rose.\n\n\u201cThe second budget is not pretty,\u201d the email said.",
     "not pretty", "Ann Holt"),
    ("Layoffs loom\n\nThe city faces a gap.\n\nAid has fallen.\n\nIn an email to staff on Sunday, Mayor Ann Holt "
     "wrote that the city would cut jobs. Taxes are capped. Sales are flat. Pensions rose. Unions are in talks. "
     "Libraries cut hours. Two centers closed. Fees rose. Parks closed. Buses slowed.\n\n\u201cThe second budget is "
     "not pretty,\u201d the email said.", "not pretty", "email"),
    # the speaker's pronoun on the apposition of a past-perfect subject ties the back-story to the speaker too
    ("Holt speaks\n\nGov. Ann Holt sat down with the Courier on Friday.\n\n\u201cThe budget is balanced.\u201d\n\n"
     "She took office in 2020. Tom Hale, her predecessor, had left under a cloud.\n\n\u201cI inherited a mess.\u201d",
     "inherited a mess", "Ann Holt"),
    ("Holt speaks\n\nGov. Ann Holt sat down with the Courier on Friday.\n\n\u201cThe budget is balanced.\u201d\n\n"
     "She took office in 2020. Tom Hale, a former governor, had warned of a deficit.\n\n\u201cI left a surplus."
     "\u201d", "left a surplus", "Tom Hale"),
    # two labels taking turns over quotes in paragraphs in a row ("HALE: / HOLT: / HALE:") are two speakers, though the
    # article names them nowhere else or the tagger took a name for a common noun; labels that do not come back
    # (topics, states) are no speakers
    ("Debate night\n\nThe two candidates met in Dayton.\n\nHALE: \u201cWe will win.\u201d\n\nHOLT: \u201cWe will "
     "not.\u201d\n\nHALE: \u201cYes we will.\u201d", "will not", "Holt"),
    ("Debate night\n\nPike: \u201cWe will win.\u201d\n\nGomez: \u201cWe will not.\u201d\n\nPike: \u201cYes we "
     "will.\u201d\n\nThe two met in Dayton.", "will win", "Pike"),
    ("Hale in his own words\n\nSen. Tom Hale spoke in Dayton.\n\nTrade: \u201cWe will win.\u201d\n\nImmigration: "
     "\u201cWe will not lose.\u201d\n\nTaxes: \u201cYes we will.\u201d", "not lose", "Tom Hale"),
    ("Hale in his own words\n\nSen. Tom Hale spoke in Dayton.\n\nOHIO: \u201cWe will win.\u201d\n\nIOWA: "
     "\u201cWe will not lose.\u201d\n\nTEXAS: \u201cYes we will.\u201d", "not lose", "Tom Hale"),
    # "In a statement, he said …": the statement is that of whom "he" stands for; "they" stands for no one person
    ("Network hits back\n\nNetwork chairman Tom Hale was less restrained. In a statement, he said the attacks were "
     "unacceptable.\n\n\u201cWe will not be intimidated,\u201d the statement said.", "intimidated", "Tom Hale"),
    ("Network hits back\n\nNetwork chairman Tom Hale was less restrained. In a statement, they said the attacks were "
     "unacceptable.\n\n\u201cWe will not be intimidated,\u201d the statement said.", "intimidated", "statement"),
    # labels taking turns that are an interview's parts or a role are no names
    ("Interview\n\nWe spoke to the mayor.\n\nQuestion: \u201cWill you run?\u201d\n\nAnswer: \u201cMaybe.\u201d\n\n"
     "Question: \u201cWhen?\u201d", "Maybe", None),
    # a heading that has its person do something ("goes after") makes them the speaker, whoever "he" is
    ("Takeaways\n\n1. Tom Hale goes after the front-runner\n\n\u201cHe has never run anything.\u201d\n\nGov. Ann Holt "
     "shrugged off the attack.\n\n2. Ann Holt closes strong\n\n\u201cGive me four more years.\u201d", "never run",
     "Tom Hale"),
    # a newsletter's feature label in capitals names no one: the dash credit after the quote does
    ("Good morning.\n\nQUOTE OF THE DAY: \u201cI have been called worse.\u201d -- Gov. Ann Holt, asked about the ad.",
     "called worse", "Ann Holt"),
    ("Ann Holt spoke on Monday.\n\nHOLT RESPONDS: \u201cI have been called worse.\u201d", "called worse", "Ann Holt"),
    # an ad's script shown after a colon is the script's words, not the last one named
    ("The Hale campaign hit Gov. Ann Holt with a new ad. The script: \u201cShe raised your taxes.\u201d",
     "raised your taxes", "script"),
    # an utterance owned opening the colon's clause is its owner's, however reported
    ("Gov. Ann Holt was asked about taxes.\n\nHer answer, as reported by the Dayton Daily Ledger:\n\n\u201cEverybody "
     "will pay a little more.\u201d", "pay a little more", "Ann Holt"),
    ("Gov. Ann Holt was asked about taxes.\n\nAs the Dayton Daily Ledger reported:\n\n\u201cEverybody will pay a "
     "little more.\u201d", "pay a little more", "Dayton Daily Ledger"),
    # a title the parser joined to the name ("The President of the Republic, X," after a run-on dateline) is a title
    ("Caracas, March 3 (VTV).- The President of the Republic, Andr\u00e9s Quintero Robles, received the ambassadors on "
     "Tuesday.\n\nThe Head of State stressed that the nation \u201cextends its hand.\u201d", "extends its hand",
     "Andr\u00e9s Quintero Robles"),
    ("Caracas, March 3 (VTV).- The President of the Republic, Andr\u00e9s Quintero Robles, received the ambassadors on "
     "Tuesday.\n\n\u201cWe are a nation of peace,\u201d affirmed the Bolivarian leader.", "nation of peace",
     "Andr\u00e9s Quintero Robles"),
]


@pytest.mark.parametrize("text, fragment, speech", [
    # a short quote in a headline is a phrase held up, unless someone speaks in it
    ("Petrenko hails ‘new chapter’ in ties with Kyiv\n\nOleh Petrenko spoke on Monday.", "new chapter", False),
    ("‘We will not retreat’: Petrenko digs in\n\nOleh Petrenko spoke on Monday.", "not retreat", True),
    ("‘I never wanted this’: an interview with Maria Delgado\n\nMaria Delgado became mayor.", "never wanted", True),
    # a person the headline talks about after the colon is not the speaker
    ("‘A disgrace’: critics round on Tom Hale after debate\n\nTom Hale spoke on Monday.", "disgrace", False),
    # a programme's title after its channel is no one's words, though a cue governs it
    ("Harlan Voss defended the plan, telling NBC's “Meet the Press” that it was “fair.”", "Meet the Press", False),
    ("Appearing on CNN's “State of the Union,” Voss called the plan “fair.”", "State of the Union", False),
    ("Voss said on Fox News' “The Evening Report” that the plan was “fair.”", "Evening Report", False),
    # a title-case phrase after a person's possessive may be theirs
    ("Harlan Voss repeated Quell's “Jobs First, Always” at the rally.", "Jobs First", True),
    # a list item below the headline, a whole sentence quoted and a note after it, is someone speaking
    ("Halvorsen's greatest hits\n\nFormer Gov. Peter Halvorsen went after Sen. Diane Okonkwo all night.\n\n“I balanced "
     "eleven budgets. Eleven.” -- on his record", "eleven budgets", True),
    ("Halvorsen's greatest hits\n\nFormer Gov. Peter Halvorsen went after Sen. Diane Okonkwo.\n\n• “She should resign "
     "tomorrow.” (on the Fed chair)", "resign", True),
    # a title in quotes is not
    ("Halvorsen's greatest hits\n\nFormer Gov. Peter Halvorsen went after Sen. Diane Okonkwo all night.\n\nThe “Best "
     "Lines” of the Night", "Best Lines", False),
    # every word of a list a term prefix opens is a term; the words a spokesman is reported to dismiss are his
    ("Harwell Therapeutics reported its results. Words such as “expects,” “plans” and “anticipates” identify "
     "forward-looking statements.", "anticipates", False),
    ("Harwell Therapeutics reported its results. Words such as “expects,” “plans” and “anticipates” identify "
     "forward-looking statements.", "plans", False),
    ("People should not wave around speculative words like “maybe” and “perhaps”, he told reporters.", "perhaps", True),
    # a quote after a sentence's end is no item of the list before it
    ("The new ad uses terms such as “tax hike.” “It is a lie from start to finish,” Ruiz said on Monday.", "a lie", True),
    # a programme's one-word title after its channel is a title too; one word someone answers a channel with is speech
    ("Lasky, appearing on Fox News’ “Hadley,” said the ad spoke for itself.", "Hadley", False),
    ("Asked on CNN whether he would run, Lasky said “Absolutely,” and laughed.", "Absolutely", True),
    # a short title-case paragraph that a cued quote opens is no headline: the quote after the cue goes on speaking
    ("Dickerson asked Marchetti about violence at his rallies.\n\n“None,” Marchetti said. “Zero.”", "Zero", True),
    ("Dickerson asked Marchetti about violence at his rallies.\n\n“None,” Marchetti said.\n\n“Zero Tolerance”",
     "Zero", False),
])
def test_a_headline_quote_is_speech_when_someone_speaks_in_it(extract, text, fragment, speech):
    (q,) = [q for q in extract(text) if fragment in q.text]
    assert q.speech is speech


@pytest.mark.parametrize("text, fragment, expected", CASES)
def test_speaker(extract, text, fragment, expected):
    assert speaker_of(extract(text), fragment) == expected


@pytest.mark.parametrize("text, inner, expected", [
    # a cue inside the outer quote completing another verb: the subject of the verb it completes, not the vocative
    ("Harlan Voss met Marisa Quell. “People keep telling me, ‘Harlan, you have to run,’” Voss said.", "Harlan, you have to run,",
     "People"),
    ("Harlan Voss met Marisa Quell. “Quell kept saying, ‘We will win,’ and we did,” Voss said.", "We will win,",
     "Marisa Quell"),
    # "I" inside the outer quote is the one whose words the outer quote are
    ("Harlan Voss met Marisa Quell. “I wanted to tell them, ‘We will win,’” Voss said.", "We will win,", "Harlan Voss"),
    # another pronoun there points into the speaker's story: left unresolved
    ("Harlan Voss met Marisa Quell. “She told me, ‘We will win,’” Voss said.", "We will win,", None),
    # the cue verb the nested quote's clause hangs from, however far before it
    ("The Dispatch reports:\n\n“Paul Achebe warns that the record of Marisa Quell as a prosecutor could well become "
     "‘a serious liability’ in the suburbs.”", "a serious liability", "Paul Achebe"),
])
def test_nested_quote_speaker(extract, text, inner, expected):
    (q,) = [q for q in extract(text) if q.text == inner]
    assert q.speaker == expected



@pytest.mark.parametrize("text, fragment", [
    ("“We are worried,” a senior official said.", "worried"),
    ("“It was chaos,” one witness told reporters.", "chaos"),
    ("David Park is a strategist.\n\n“This is eerily similar,” said one longtime adviser to the governor.", "eerily"),
    ("“Will he be the next attorney general?” a Democratic staffer in the room wondered.", "attorney general"),
    ("One of the most senior officials of the foreign ministry of the United States said the talks were “a disaster.”",
     "disaster"),
])
def test_unnamed_source_is_reported_as_written_and_never_named(extract, text, fragment):
    (q,) = [q for q in extract(text) if fragment in q.text]
    assert q.speaker_kind == "unnamed"
    assert q.speaker_id is None
    assert q.speaker_mention and q.speaker_mention.lower() in text.lower()
    assert q.speaker_mention.split()[-1].lower() not in ("of", "the", "a", "in")  # cut on a noun, if cut


def test_a_lower_case_word_tagged_as_a_proper_noun_is_no_person(extract):
    # the tagger reads "foreign ministry" after a headline as a proper noun; it is no one's name
    text = ("Iran says it will respond 'at the right time'\n\n"
            "Iran's foreign ministry said on Saturday that the country would respond \"at the right time\".")
    (q,) = [q for q in extract(text) if q.start > 50]
    assert q.speaker_kind == "organization" and q.speaker != "ministry"


@pytest.mark.parametrize("text, kind", [
    ("Gov. Ana Ruiz spoke on Monday. The plan is “dead on arrival,” Politico reported.", "organization"),
    ("Gov. Ana Ruiz spoke on Monday. “It is dead on arrival,” Axios reported.", "organization"),
    # a person's name is no outlet's
    ("Gov. Ana Ruiz spoke on Monday. “It is dead on arrival,” Ruiz told Politico.", "person"),
])
def test_a_news_outlet_the_recogniser_takes_for_a_person_is_an_organization(extract, text, kind):
    (q,) = extract(text)
    assert q.speaker_kind == kind


@pytest.mark.parametrize("text, kind", [
    ("The team's new owner, Apex Capital, said the deal was “fair.”", "organization"),
    ("Her old coach at Ballinrobe Town, Padraig Dalaigh, said she was “a natural.”", "person"),
])
def test_a_business_named_in_apposition_to_a_persons_noun_is_an_organization(extract, text, kind):
    (q,) = extract(text)
    assert q.speaker_kind == kind


def test_it_for_a_document_an_organisation_sent_is_the_organisation(extract):
    # "it" for the report the sentence before has for subject: its sender, an organisation, stays one
    text = ("The Fiscal Watchdog Group released a report on Monday. The report found widespread waste in the parks "
            "department. “Controls were absent or ignored,” it said.")
    (q,) = extract(text)
    assert q.speaker == "Fiscal Watchdog Group" and q.speaker_kind == "organization"


def test_a_spokesman_speaks_for_someone_but_is_not_them(extract):
    (q,) = extract("Mark Ortiz arrived late.\n\n“No comment,” Ortiz’s spokesman said.")
    assert q.speaker == "Mark Ortiz’s spokesman" and q.speaker_kind == "unnamed" and q.speaker_id is None


def test_a_quote_inside_a_quote_belongs_to_whom_the_outer_quote_names(extract):
    quotes = extract("“They say, ‘we won the war.’ What nonsense,” Mark Ortiz said.")
    outer, inner = quotes
    assert outer.speaker == "Mark Ortiz"
    assert inner.nested and inner.speaker is None and inner.speaker_mention == "They" and inner.cue == "say"


def test_a_quote_inside_a_quote_without_its_own_cue_is_the_outer_speakers(extract):
    outer, inner = extract("“The ‘new deal’ is dead,” Mark Ortiz said.")
    assert inner.nested and inner.speaker == "Mark Ortiz" and inner.sieve == "nested"


def test_a_title_with_a_colon_is_no_speaker_label(extract):
    text = "Fred Trump built an empire. According to “The Trumps: Three Generations That Built an Empire” by Gwenda Blair, he did."
    (q,) = extract(text)
    assert q.sieve != "transcript" and q.speaker != "Trumps"


def test_a_quote_inside_a_quote_goes_to_the_subject_of_the_verb_its_cue_goes_on_from(extract):
    quotes = extract("A neighbor, Ellen Marsh, fell ill. “Ellen called me and said, ‘You have to do it,’” Marisa Quell recalls.")
    assert {q.text: q.speaker for q in quotes}["You have to do it,"] == "Ellen Marsh"


def test_a_mention_stops_at_a_quotation(extract):
    (q,) = extract("Marisa Quell's speech was interrupted by chants of “Lock her up!” from the crowd.")
    assert "“" not in (q.speaker or "") and "“" not in (q.speaker_mention or "")


def test_unresolved_pronoun_gets_no_name(extract):
    (q,) = extract("“It is over,” he said.")
    assert q.speaker is None


def test_evidence_is_recorded(extract):
    (q,) = extract("Mark Ortiz said, “We are ready.”")
    assert q.sieve == "cue" and q.cue == "said" and q.speaker_mention == "Mark Ortiz"
    assert 0.5 < q.confidence <= 1
    assert q.mention_start is not None and q.cue_start is not None


def test_speakers_file_resolves_a_title_the_article_leaves_open(extract, tmp_path):
    book = tmp_path / "people.toml"
    book.write_text('[[person]]\nname = "Karim Tabrizi"\naliases = ["Tabrizi"]\ntitles = ["Supreme Leader"]\n')
    text = "“Resistance works,” the Supreme Leader said."
    (alone,) = extract(text)
    assert alone.speaker_kind == "unnamed" and alone.speaker_id is None  # a title, never passed off as a name
    (q,) = extract(text, speakers=load_speakers(str(book)))
    assert q.speaker == "Karim Tabrizi" and q.speaker_kind == "person"


def test_speakers_file_joins_spellings(extract, tmp_path):
    book = tmp_path / "people.toml"
    book.write_text('[[person]]\nname = "Alexander Lukashenko"\naliases = ["Lukashenka"]\n')
    (q,) = extract("“We stand firm,” Lukashenka said.", speakers=load_speakers(str(book)))
    assert q.speaker == "Alexander Lukashenko" and q.speaker_id == "alexander-lukashenko"


def test_mention_offsets_index_the_text(extract):
    text = "Mark Ortiz arrived late. Then Mark Ortiz said, “We are ready.”"
    (q,) = extract(text)
    assert text[q.mention_start:q.mention_end] == q.speaker_mention == "Mark Ortiz"
    assert q.mention_start == text.index("Mark Ortiz", 5)
    assert text[q.cue_start:q.cue_end] == q.cue == "said"


@pytest.mark.parametrize("text, fragment, expected", [
    # the parser hangs the name on a date; the commas still frame an apposition
    ("But in a call with reporters on Dec. 2, Col. Steven Warren, a military spokesman in Baghdad, said, "
     "''I mean, a raid is a combat operation.''", "a raid", "Steven Warren"),
    # a colon before a typewriter quote
    ("Mark Ortiz spoke.\n\nAnd Mr. Christie gloated: ''I told you he wouldn't be ready.''", "told you", "Christie"),
])
def test_typewriter_quotes_attribute_like_curly_ones(extract, text, fragment, expected):
    assert speaker_of(extract(text), fragment) == expected


@pytest.mark.parametrize("line, dateline", [
    ("WASHINGTON -- President Obama said", "WASHINGTON -- "),
    ("LONDON (Reuters) - Donald Trump said", "LONDON (Reuters) - "),
    ("Washington (AFP) - Democrat Hillary Clinton", "Washington (AFP) - "),
    ("DES MOINES, Iowa — Ted Cruz", "DES MOINES, Iowa — "),
    ("PHILADELPHIA, July 25 (UPI) — The committee", "PHILADELPHIA, July 25 (UPI) — "),
    ("WASHINGTON, Aug. 24 (UPI) — A spokesman", "WASHINGTON, Aug. 24 (UPI) — "),
    ("MINSK, 14 March (BelTA) – Belarus will", "MINSK, 14 March (BelTA) – "),
    ("Caracas, March 14 (teleSUR) – Venezuelan President", "Caracas, March 14 (teleSUR) – "),
    ("MANCHESTER, N.H., Jan. 5, 2016 (Reuters) - Tom Ruiz", "MANCHESTER, N.H., Jan. 5, 2016 (Reuters) - "),
    ("TEHRAN, Nov. 3 -- Iran said", "TEHRAN, Nov. 3 -- "),
    # negatives
    ("Mr. Trump said -- not for the first time", None),
    ("The plan - if it works - is cheap", None),
    ("On Tuesday, March 14 - the day of the vote - Ruiz said", None),
    ("Ana Ruiz, March 14 - a date she remembers", None),
    ("Ray Tillis (R-Ohio) – “I will oppose any nominee.”", None),
    ("Ana Ruiz (via Twitter) – “A giant of the law.”", None),
])
def test_dateline(line, dateline):
    from quotecmp.mentions import DATELINE

    m = DATELINE.match(line)
    assert (m.group() if m else None) == dateline



@pytest.mark.parametrize("titles, word, expected", [
    ({"president", "of", "iran"}, "iranian", True),
    ({"president", "of", "kazakhstan"}, "kazakh", True),
    ({"president", "venezuelan"}, "venezuelan", True),
    ({"president", "of", "venezuela"}, "iranian", False),
    ({"senator", "former"}, "florida", False),
    ({"president", "of", "iran"}, "iraqi", False),
])
def test_a_title_word_matches_the_same_place_named_another_way(titles, word, expected):
    from quotecmp.mentions import _has_title_word

    assert _has_title_word(titles, word) is expected


def test_confidence_orders_the_sieves_as_measured():
    from quotecmp.attribution import confidence

    assert confidence("cue", "name", True) > confidence("cue", "pronoun", True) > confidence("nearest", "name", True)
    assert confidence("transcript", "unresolved", False) < confidence("transcript", "name", True)  # the default rule
    assert all(0 < confidence(s, h, True) <= 1 for s in ("cue", "colon", "nearest") for h in ("name", "org", "title"))


def test_a_headline_quote_the_body_repeats_has_the_bodys_speaker(extract):
    text = ("‘Nobody was listening to us’: the nurse who ran for the senate\n\n"
            "Joan Mbeki never planned a career in politics.\n\n"
            "“Nobody was listening to us,” says Mbeki, 51. “So I stood.”")
    head, body, _ = extract(text)
    assert (head.speaker, head.sieve, head.speech) == ("Joan Mbeki", "repeated", True)
    assert (body.speaker, body.sieve) == ("Joan Mbeki", "cue")
    # a headline quote the body never repeats keeps no speaker
    (alone, *_) = extract("‘Nobody was listening to us’: the nurse who ran\n\nJoan Mbeki stood. “I won,” she said.")
    assert alone.speaker is None


def test_name_tagged_as_a_common_noun_before_a_verb_tagged_as_one():
    """"“…,” Cook says of Okafor." parsed as two nouns ("Cook" a common noun, "says" a plural one), as the small
    model parses a surname that is also a word: the verb is a cue and the name its subject. Built by hand, since
    the model parses invented names well."""
    import spacy
    from spacy.tokens import Doc

    from quotecmp.cues import _is_cue, _subject
    vocab = spacy.blank("en").vocab
    words = ['"', "Well", ",", "he", "failed", ",", '"', "Cook", "says", "of", "Okafor", "."]
    doc = Doc(vocab, words=words,
              pos=["PUNCT", "INTJ", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"],
              tags=["``", "UH", ",", "PRP", "VBD", ",", "''", "NN", "NNS", "IN", "NNP", "."],
              deps=["punct", "intj", "punct", "nsubj", "ccomp", "punct", "punct", "compound", "ROOT", "prep", "pobj", "punct"],
              heads=[8, 4, 4, 4, 8, 8, 8, 8, 8, 8, 9, 8],
              ents=["O", "O", "O", "O", "O", "O", "O", "B-PERSON", "O", "O", "B-PERSON", "O"])
    in_quote = [0 < i < 6 for i in range(len(doc))]
    assert _is_cue(doc[8])
    assert _subject(doc[8], in_quote).text == "Cook"
    # a plural noun after a common noun that names no one is no cue ("the ship notes")
    doc2 = Doc(vocab, words=["the", "ship", "notes"], pos=["DET", "NOUN", "NOUN"], tags=["DT", "NN", "NNS"],
               deps=["det", "compound", "ROOT"], heads=[2, 2, 2])
    assert not _is_cue(doc2[2])
