// Package coder codes CAMEO events (who did what to whom) from parsed
// sentences with PETRARCH-compatible dictionaries.
//
// Coding is a pure function of a parsed nlp.Doc, the dictionaries and a
// reference date: no I/O, no global state. A Coder is built once with New
// (or Default, for the embedded dictionaries) and is safe for concurrent
// use.
//
// # How a sentence is coded
//
//  1. Discards: a sentence containing a discard phrase is skipped; a story
//     discard skips the whole document.
//  2. Actors: package actor finds the actor mentions (longest dictionary
//     match, date-valid codes, countries combined with agents).
//  3. Predicates: every verb whose lemma or form is in the verb dictionary
//     (multi-word verbs with their particles) is a predicate.
//  4. Patterns: the verb's patterns are matched against the words of its
//     own clause in the dependency tree (clausal complements excluded),
//     before and after the verb, with gaps allowed between elements, noun
//     phrases ({A B}) allowing short gaps inside, synsets (&SET, with
//     plurals), prepositional phrases ((TO +)) and the source, target and
//     compound slots ($ + %). The pattern with the most matched elements
//     wins; dyad's own supplement (files named "dyad.*") wins outright when
//     one of its patterns matches. Without a match the verb's (or block's)
//     default code applies; the null code [---] codes nothing. The
//     preposition of a time expression is none of a pattern's ("called
//     Gondor on Monday" does not match "* (ON)"). Without
//     ClauseTargets (news), a passive's subject stands where an active
//     clause has its object ("sanctions were imposed on Gondor" matches
//     "* SANCTIONS").
//  5. Arguments: the source is the subject (nsubj) or, in the passive, the
//     "by" agent (obl:agent, nmod:agent, or obl/nmod with case "by"); the
//     target is the object (nsubj:pass in the passive), else the indirect
//     object, else the first prepositional argument that names an actor.
//     An argument's actor may sit in its modifiers ("the government of
//     Gondor", "Russia's decision"). Conjoined nouns give one event each
//     ("Spain, Ireland and Norway recognised Palestine"). A clause without
//     a subject takes it from the clause above: xcomp (object control for
//     "urge X to"), conj, advcl, relative clauses, and a pronoun subject of
//     a ccomp ("X said it would ..."). UD v1 labels (dobj, nmod,
//     nsubjpass, neg) and v2 labels (obj, obl, nsubj:pass) are both read.
//     More argument rules: a compound subject whose first member is no
//     actor ("The lions and Gondor welcomed"); roles conjoined before a
//     list of states hold for each ("lawmakers and officials in Arnor and
//     Gondor"); a title with a state of its own names a person's office
//     ("Ithilen's minister Calimehtar" is ITHGOV); a list of actors just
//     before the verb whose last members the parser attached elsewhere; a
//     "by" agent misattached to another phrase of a passive clause or
//     to the object it keeps ("was denied a visa by Gondor"); a
//     collective noun made precise by a list ("countries that recognised
//     it, including Spain and Norway"); "X joined Y in V-ing" and "...,
//     joining Y" make Y a source of V too (and the joining is no event);
//     the state that names talks is no target of them ("Moscow will host
//     the Moscow format talks on Afghanistan"); a place inside the object
//     is none either ("the deaths of civilians in Gaza"), nor the place
//     of a meeting or talks ("met in Geneva", "at the UN", "talks between
//     them resumed in Geneva"; but "talks
//     with officials in Kabul" are with Afghanistan), nor a state that a
//     reason phrase names as a qualifier ("sanctions over the Ukraine
//     war"), nor one who comes along on a visit ("visited the cathedral
//     with the king of Denmark"). Roles listed before a plural role each
//     hold it ("US and UK officials", "Chinese and Russian diplomats").
//     An object that is a role of no state ("mobilised troops against
//     Ukraine") leaves the target to the verb's prepositional phrases,
//     also of place ("near", "around", "off", "along", "into"); a force
//     placed so is no partner of a cooperative act ("deployed troops
//     near Rohan" is no military aid). What a subject noun is aimed at
//     is not its actor ("pressure on Russia"), nor is a subject with a
//     preposition of its own ("including Russia's president, the EU
//     approved"). The act noun just before a "to" clause hung from the
//     verb acts ("withdrew its envoy over the U.S. decision to
//     recognise Kosovo"). A participle with a "by" agent of its own is
//     passive ("the diplomats expelled by Gondor"), and so is one tagged
//     passive with neither object nor subject ("two men sought in the
//     killing of Rohirrim", not the first of two main verbs: "the
//     country called for a ceasefire and said"). A pronoun object of
//     a clause hung from another verb stands for that verb's target
//     ("expelled two diplomats, accusing them of spying"). What is
//     discussed is no party to the talks ("discussed Ukraine with
//     Putin"), nor is the host of a summit on whose sidelines others
//     meet, nor what a gathering is about ("attend a conference on
//     Rohan"). No act of help or goodwill (03 but 035, 05-07) is aimed
//     at a state named by "against" ("defend its islands against
//     Gondor"). Naming verbs
//     ("called Putin a friend", "described Rohan as a threat") praise
//     (051) or criticise (111) by the tone of the name, else code nothing.
//     The pattern element % matches only an actor conjoined with another;
//     ^ passes over the next noun or prepositional phrase. Typical
//     errors of a statistical tagger and parser are repaired: a verb
//     tagged as an adverb after a modal ("will abandon") or as a root
//     noun with an auxiliary ("did not clash"); an actor's name taken
//     for the root with the verb below it ("Pyongyang on Thursday fired
//     ..."); a main verb read as the modifier of its object ("Russian
//     police arrested students"); a verb hung from a word of an actor's
//     name ("the Ministry of Silly Walks condemned"); the head word of a
//     verb of several words read as a noun ("wire tap"); a subject list
//     whose first members the parser made the root ("Evil Mordor, the
//     awful Fornost, and good Gondor welcomed"); a word of one subject
//     phrase read as a second subject; the pronoun subject of a
//     complement read as the object above ("indicated it would act");
//     a main verb read as the modifier of its object after a time
//     expression ("North Korea on Monday fired missiles"), its place no
//     party to talks ("X and Y officials held talks in Baghdad"); the
//     subjects of an adverbial clause read as a phrase of the main
//     clause ("grew as Spain and Ireland recognised"); a role that
//     qualifies a noun read as the target ("fired artillery shells
//     into India"); a that-clause hung from the wrong noun ("expressed hopes on
//     Thursday that Gondor ..."); the object of a verb read as a second
//     subject of the reporting clause after it ("will recognise Gondor,
//     the government said"); with Options.Shallow, a past tense verb
//     of the dictionary after "and" read as an adjective of its object,
//     the object conjoined with a noun before ("severed ties with Rohan
//     and recognised Gondor"). A title and the name after it are one
//     actor, the title's ("Ithilen's minister Calimehtar" is ITHGOV).
//  6. Codes: a paired code "042:043" gives the forward event and the
//     reverse one (target to source); see dict.SplitCode.
//  7. Event nouns (nominal.go, with Options.Nominals): a noun of the
//     nominals table names an event ("Arnor's recognition of Gondor",
//     "talks between Arnor and Gondor", "the blockade of Rohan", "aid to
//     Gondor", "Arnor's condemnation of Rohan"). Its source is the
//     possessor, a "by" phrase, an actor adjective, or the subject of a
//     verb that performs it ("held talks with", "voiced support for",
//     "the deal was signed by"; the subject of a clause that talks or a
//     meeting are the scene of: "at a meeting with Gondor, Arnor said");
//     its target the noun's own prepositions
//     ("of", "to", "on", "against", "with" as the noun allows), also one
//     that the parser hung on the verb right after the noun as its
//     object ("rejected Arnor's accusations against Gondor"). "Their"
//     stands for a subject of several states of the clause above ("Arnor
//     and Gondor said their talks ..."). Mutual
//     acts (talks, meetings, agreements, ceasefires) with "between X and
//     Y" are an act of each. Agreements, protests and threats count only
//     when performed ("signed a deal", not "under the deal"; "has an
//     agreement" holds one). An event noun that qualifies another takes
//     its phrases ("the sanctions regime against Gondor"). Acts on
//     relations name them in their "of" phrase ("the restoration of ties
//     between", "Arnor's severing of ties with Gondor"), and a passive
//     verb on relations without an agent is an act of each party ("ties
//     between Arnor and Gondor were restored"; bare "relations" take the
//     parties of the clause it is conjoined with, or, in a sentence that
//     names no state, the earlier pair). So is an agentless passive
//     that removes a state's people from another: "Gondorian diplomats
//     were expelled from Arnor" (Arnor 166 Gondor; other people 174),
//     "Gondor's envoy was recalled from Arnor" (Gondor 161 Arnor). Talks
//     or aid (06-08) offered or proposed are hypothetical; a withdrawal
//     is from a state, not from an organisation. The noun's modality: negated by
//     its own "no" or a verb that undoes it ("cancelled the talks",
//     "ruled out a visit", "talks were suspended", "broke off talks"; "rejected talks", though "rejected the
//     accusations" presupposes them);
//     hypothetical or future under what asks, hopes or plans for it
//     ("called for talks", "calls for a resumption of talks", "talks are
//     planned"), and an accusation's "of"; a reason beside the verb's
//     object is taken for granted ("seeks arms for its war"); hearsay
//     for an adjective that hedges ("the alleged attack", "reported
//     talks"); else the governing verb's. A noun whose pair the sentence's verbs already
//     code with the same root adds nothing ("held talks with" is the
//     verb's 040), and a future named by a noun yields no intent.
//  8. Modality (modality.go): negation (not, never, "no X", refrain from),
//     hypothetical (could, might, may, would, should; consider), future
//     (will; plan/expect/intend to; determined/committed to; plans,
//     intention; "would" after a verb of speech: "announced it would
//     free", also when the tagger misread the verb), question (whether),
//     conditional (an if-clause). Clauses inherit the modality of the
//     clauses that govern them through xcomp and conj. The "of" clause of
//     an accusation is alleged, not asserted ("accused Rohan of attacking
//     Gondor" is hypothetical); so is what an addressee is told, warned
//     or advised to do, or warned against ("told Gondor to withdraw",
//     "warned Gondor against sending troops"); a purpose clause ("backed a motion to
//     recognise Gondor") is future; what a state is urged to do stays
//     hypothetical when the parser reads it as an adverbial clause.
//     Hedged reports are hypothetical: a hedging adverb of the clause or
//     of a clause above ("reportedly", "allegedly"; not when the sentence
//     names its source, "according to Gondor"), the complement of a verb
//     that hedges ("reports suggested that", "it is rumoured that",
//     "alleged that"), the open complement of a passive verb of hearsay
//     ("is said to have", "is believed to"), and what unconfirmed reports
//     or rumours say. Attribution is no hedge: "X said that Y ..." and
//     "according to reports, Y ..." stay asserted.
//
// Without a dependency parse (Token.Head < 0) the coder works as TABARI
// did: the clause is the words between punctuation, the source the nearest
// actor before the verb, the target the first after it.
//
// # Options for news
//
// Options add what dyad's annotation guidelines ask for and PETRARCH does
// not do: background dated by a year is coded, the Phoenix discard
// phrases that are time phrases ("2009", "years ago") not applied when
// events are dated (Options.Dates); an asserted statement of intent (032 and the like) for an act
// announced for the future (not for what others expect of an actor: "X is
// expected to recognise", nor for what actors of other states say of its
// plans: "Y's minister said that X plans to recognise"; nor for the target's part of a paired code: "X
// will visit Y" is no intent of Y's), and an intent code (03x) coded for
// the future asserted as it stands, and only for its subject ("X will host
// talks with Y", HOST WILL * [036:036], is no intent of Y's); for an act threatened or refused
// ("threatened to impose sanctions on Y", "vowed to retaliate against
// Y", "refused to meet Y"), the
// asserted threat (13x: 1312) or rejection (12x: 125) it is, the act
// itself keeping its own modality (future, negated); a joint act of a
// compound subject for verbs of mutual acts (meet, talk, speak by phone,
// sign, reach or seal a deal), unless the act is one addressed to others
// (a statement, an appeal, a complaint: "X and Y spoke out against the
// coup"); a meeting asserted in the past a meeting (040), whatever intent
// (036) a pattern gives it ("met Y at the summit", MEET * (AT));
// telling, ordering or instructing an addressee to act a demand (100)
// where a pattern gives a statement (010: "told Y to withdraw"); a
// protest by a government, a diplomat or a state named as such an
// official complaint (114), not a demonstration (14x: "the foreign
// ministry protested", not "Gondorian students protested"); no force
// (19x) for an aiming verb ("target") coded by its default alone when its
// clause names nothing military and has a civil aim (a "to" purpose,
// votes, voters, markets, campaigns: "targeted Y to win votes");
// implicit targets for acts that reduce relations (with an object: "cut
// ties", not "seceded"),
// calls for a ceasefire, or welcome or condemn something, taken from the
// state the article names most (for a recognition without its object,
// the state the article has seen recognised; never a state the clause
// names as the topic of a reason, "sanctions over the Ukraine war");
// pronoun subjects resolved
// to the last named subject, "the government" to its state ("the
// country" or "the nation" alone, as the subject of the main clause of
// a sentence that reports no one's words, to that state), "both
// countries", "the two nations", "the two sides" or "both governments"
// (as subject or object) to the two states of the latest sentence that
// had two (in its last clause that names two, as a compound subject or
// as the source and target of an event; a pair that includes the source
// of the verb gives way to an earlier one: "France urged both
// countries"; "the two leaders" are the latest pair of persons or
// governments, "Putin met Kim", not states named since), and persons
// the article introduces with a title ("Somaliland's President Amina
// Warsame ... Warsame said") or the dictionaries name in full ("Hassan
// Sheikh Mohamud ... Mohamud said") to that code (actor.People); event
// dates from time expressions in the event's clause (package timex); and
// a shallow fallback for imperfect parses (dyad's own patterns on the
// words around the verb, a verb tagged as a noun, a main verb parsed
// without its subject). Default turns them on.
//
// The PETRARCH validation suites run without them, with PetrarchOptions:
// ClauseTargets (the subject of a following clausal complement is the
// target, and the complement's own event is absorbed: "Arnor noted that
// Rohan regretted ..." is Arnor's comment on Rohan), PassiveSource (a
// passive without agent takes the actor of another prepositional phrase
// as source), DeepTargets (the first actor after the verb in its clause,
// however deep, when its arguments name none) and LooseSubjects. As
// PETRARCH 2 does, patterns do not see the adverbs before the verb; for
// suites written for PETRARCH 1 (without a PICO file) validate sets
// AdverbPatterns, under which they do. A clause parsed as an adverbial
// passive with a patient of its own ("after a hobbit was seen in Mordor")
// takes no source from the main clause.
//
// Two options follow the <Config> elements of the PETRARCH 1 suites,
// which validate sets per record; both are off by default and never on in
// NewsOptions or PetrarchOptions. MissingActors (require_dyad = false)
// keeps an event whose verb has a source but no target or a target but no
// source, the missing actor coded "---" ("a senior official said" is
// ---GOV --- 010); a paired code needs both actors, and a compound
// subject without target still codes the joint act. NewActorLength
// (new_actor_length = N) codes an unknown noun phrase of at most N words
// as the verb's subject (each member of a compound subject that names no
// actor), or, when the verb has no target, as its object or else its
// first prepositional phrase headed by a proper noun. Its code is the
// phrase's words in upper case between double quotes ("the river
// pirates" is coded "THE RIVER PIRATES", quotes included), without the
// preposition, the possessive "'s", clauses, appositions and
// punctuation; members side by side with no conjunction between them are
// one phrase. PETRARCH's comma_* options, which delete comma-delimited
// clauses of some lengths from its parse, have no counterpart.
//
// # The supplement
//
// data/dyad.verbs.txt holds dyad's own verb patterns in the PETRARCH
// format: recognition (054) rather than CAMEO 2.0's praise (051) for
// recognising a state; establishing, restoring or severing relations;
// recalling ambassadors and expelling diplomats; sanctions; welcoming a
// decision; signing agreements; visits; opinions that are no acts
// ("considers Taiwan as its province"); raising concerns (111); delisting
// (081); restricting supplies (191); talks (not CAMEO's combat for
// ENGAGE); assurances (030). Rules are by lemma and phrase, not by
// sentence. A verb with a block there is tried on wider frames only with
// the supplement's patterns, which keeps coding fast.
package coder
