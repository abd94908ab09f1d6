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
//     default code applies; the null code [---] codes nothing.
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
//  6. Codes: a paired code "042:043" gives the forward event and the
//     reverse one (target to source); see dict.SplitCode.
//  7. Modality (modality.go): negation (not, never, "no X", refrain from),
//     hypothetical (could, might, may, would, should; consider), future
//     (will; plan/expect/intend to; plans, intention), question (whether),
//     conditional (an if-clause). Clauses inherit the modality of the
//     clauses that govern them through xcomp and conj.
//
// Without a dependency parse (Token.Head < 0) the coder works as TABARI
// did: the clause is the words between punctuation, the source the nearest
// actor before the verb, the target the first after it.
//
// # Options for news
//
// Options add what dyad's annotation guidelines ask for and PETRARCH does
// not do: an asserted statement of intent (032 and the like) for an act
// announced for the future; implicit targets for acts that reduce
// relations or welcome or condemn something, taken from the state the
// article names most; pronoun subjects resolved to the last named subject;
// event dates from time expressions in the event's clause (package timex);
// and a shallow fallback for imperfect parses. Default turns them on; the
// PETRARCH validation suites run without them (and with ClauseTargets,
// which PETRARCH does).
//
// # The supplement
//
// data/dyad.verbs.txt holds dyad's own verb patterns in the PETRARCH
// format: recognition (054) rather than CAMEO 2.0's praise (051) for
// recognising a state; establishing, restoring or severing relations;
// recalling ambassadors and expelling diplomats; sanctions; welcoming a
// decision; signing agreements; visits. Rules are by lemma and phrase, not
// by sentence.
package coder
