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
// An Index is immutable after New and safe for concurrent use. Later
// issues add office holders, role titles and coreference on top of the
// mentions found here; Mention keeps its token and byte spans for that.
package actor
