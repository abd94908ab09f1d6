// Package knowledge is the layer of dyad that reads across articles. It has
// three parts.
//
// # Event clusters
//
// A Clusterer merges the many reports of one real-world event into a
// Cluster as articles arrive: same source and target country, compatible
// codes, dates and places (see Clusterer for the rules). Clusters are the
// same whatever order the articles come in, and each gives its number of
// events, articles and outlets, when it was first and last seen, its
// best-supported date and a representative sentence. PairwiseScore
// measures a clustering against a gold one.
//
// # Recognition registry
//
// A Registry records who recognises which state or government: asserted
// 054 events (recognition, establishing relations) and 161 events (breaking
// relations, read as ending recognition), reported non-recognition (negated
// 054 statements, by a state or a group of states such as "Western
// countries"), and known facts imported from CSV. Registry.Status answers
// for a state or government as of a day: recognisers with date, evidence
// and support, the first recogniser, withdrawals, reported non-recognisers,
// the states that may follow, and counts by group (EU, NATO, G7, Western
// states, SCO, BRICS, Arab League, AU, ASEAN, OIC, from package geo).
//
// The states that may follow (Status.MayFollow) are those that do not
// recognise the entity on the day but announced an intention to (an
// asserted 032, "express intent to engage in diplomatic cooperation",
// toward it, whose sentence speaks of recognition or whose article also
// has a future, conditional or hypothetical 054 of the same state toward
// the same state) or were reported as going to, conditionally or possibly
// recognising it (a future, conditional or hypothetical 054). Only reports
// after the state's last recognition or withdrawal count: a recognition
// fulfils the intentions before it.
//
// Governments are data: the embedded table data/regimes.tsv (see Regime)
// lists, for states whose recognition is a question of which government,
// the governments with their periods: Afghanistan's first Islamic Emirate
// (AFG-1996, 1996-09-27 to 2001-11-13), the Interim and Transitional
// Administration (AFG-2001), the Islamic Republic (AFG-2004, 2004-01-26 to
// 2021-08-15) and the Islamic Emirate under the Taliban (AFG-2021, from
// 2021-08-15); Syria's Ba'athist government (SYR-1963, to 2024-12-08) and
// the transitional government after it (SYR-2024). An entry about AFG
// dated 2025-07-03 is about AFG-2021; recognitions of the Islamic Republic
// do not carry over to the Emirate. States without a row are recognised as
// states.
//
// # Relations
//
// Series gives the relations between two states per week or month (events
// by quad class, Goldstein sum and mean), and Partners a state's partners
// by volume, with their mean tone. Both pass over the events they are
// given; a Relations index keeps the sums as events arrive and answers the
// same queries without that pass.
//
// Only asserted events count as events. Dates follow the event record:
// Event.Date is YYYY-MM-DD, YYYY-MM or YYYY with Event.DatePrecision day,
// month or year; precision "published" marks a date taken from the
// article's publication, which is weak evidence of when the event
// happened.
package knowledge
