// Package dict reads the dictionaries of the TABARI/PETRARCH family of event
// coders: actors, agents, verb patterns, discards and issues, in the formats
// of PETRARCH-2 (Open Event Data Alliance). It also embeds the Phoenix
// dictionaries and the CAMEO 2.0 verb dictionary (MIT licence, Open Event
// Data Alliance) as the default set.
//
// The readers are lenient, as the real files are irregular: a line that
// cannot be understood is skipped or read as well as it can be, and a
// Problem naming the file and line is added to the warnings. Only I/O
// errors stop a reader.
//
// Common rules of all formats: blank lines are skipped; "#" starts a comment
// anywhere on a line, and so does ";" (a KEDS/TABARI legacy); "<!-- ... -->"
// is a comment and may span lines. Words in phrases are separated by blanks
// or underscores and are upper-cased; a trailing underscore (TABARI's
// "whole word only" mark) is dropped.
package dict
