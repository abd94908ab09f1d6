// Package actor finds actor mentions in parsed sentences and gives them
// CAMEO actor codes from TABARI/PETRARCH dictionaries.
//
// An Index is built once from a dict.Set: every actor phrase and every
// agent phrase (MINISTER, AMBASSADOR ...) goes into a trie keyed by
// upper-case tokens. Find walks a sentence and takes, at each token, the
// longest phrase that matches (case-insensitively, with a possessive 's
// tolerated on the last word). Actor codes restricted to dates are resolved
// against the date given to Find. A country next to an agent is combined
// into one mention: "the Russian ambassador", "Russia's foreign minister"
// and "the ambassador of Russia" all give RUSDIP or RUSGOV.
//
// Matching is linear over tokens and does not need a dependency parse;
// callers that have one (package coder) combine agents with countries
// across the tree as well, through Combine.
//
// Stems (one-word country names matching the start of a longer word) only
// match capitalised words and a name's inflection or demonym ending
// ("Gondorians", not "baseless" for Basel); "Brussels-based" names a place,
// not an actor. A prefix agent before an actor ("MSF Gondor") combines with
// it and with a role after it ("an MSF Gondor diplomat" is NGOGONGOV).
// Names with a possessive inside ("People's Republic of China") match as
// the tokeniser splits them.
//
// People finds, across an article, the persons introduced with a title
// ("Somaliland's President Amina Warsame", "Omar Rahimi, the Afghan
// ambassador") and gives the title's code to their later mentions by name.
//
// An Index is immutable after New and safe for concurrent use; People is a
// pure function of its arguments.
package actor
