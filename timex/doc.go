// Package timex finds time expressions in English news text and resolves them
// against a reference time, usually the article's publication date.
//
// Find scans a text once with a hand-written matcher (no regular expressions,
// no allocation beyond the result) and reports every expression it
// recognises, in text order and without overlaps, with byte offsets, the
// resolved date, its precision and its kind:
//
//	on Thursday            -> the most recent Thursday (the reference day itself on a Thursday)
//	last month             -> the month before the reference month, precision Month
//	in August 2021         -> 2021-08, precision Month
//	since 2021             -> 2021, precision Year, Rel Since
//	two weeks ago          -> the ISO week of the reference minus 14 days, precision Week
//	the past two years     -> the year two years back, Kind Duration, Rel Since
//	in recent days         -> no date (precision None, Kind Vague)
//
// # Recognised expressions
//
//   - Day dates: "July 3", "July 3, 2025", "3 July", "3rd of July 2025", "the
//     3rd of July", "Sept. 22", "May 14th", "Thursday, July 3", "Wed 2 Apr
//     2025", "Monday 22 September", "July 3-5" (the first day), "on the 3rd";
//     lists and ranges ("12 and 13 June", "3-5 July", "July 1 and 2", each day
//     its own expression); numeric "2025-07-03", "2025/07/03" and unambiguous
//     "13/07/2025".
//   - Months and years: "in July", "July 2025", "July of 2025", "in 2021",
//     "since 2021", "Trump 2024", "mid-July", "early 2024", "late October",
//     "the end of June", "the beginning of 2025", "last December", "next
//     March", lists ("between March and May", "in January, February and April").
//   - Weekdays: "Thursday", "on Thursday night", "Thursday's", "last Thursday",
//     "this past Monday", "next Friday", "this coming Monday", "Tuesday last
//     week", "early Friday".
//   - Relative: "today", "tonight", "this morning", "earlier today",
//     "yesterday (afternoon)", "last night", "the day before yesterday",
//     "tomorrow", "the day after tomorrow", "this/last/next week, month, year,
//     weekend", "earlier this month", "later this year", "late last year",
//     "the end of the year", "N days/weeks/fortnights/months/years/decades
//     ago" (digits or words up to ninety-nine, "a", "an"), "in two weeks'
//     time", "the weekend".
//   - Durations reaching back from the reference: "the past week", "the last
//     three months", "over the past decade" (Date is the window's start).
//   - Vague: "recently", "in recent days/weeks/months/years", "a few days
//     ago", "days ago", "in the coming weeks", "the next few days" (no date).
//
// Month names that are also common words ("May", "March", "August") count only when
// capitalised, and a month name alone only after a preposition or a
// part-of-period word: "Russia may recognise", "a protest march" and "others
// May follow" are not dates. Abbreviations ("Jan", "Sat") need a capital, and
// an abbreviated month alone needs its period ("in Sept."). A bare four-digit
// number is a year only in 1900-2099 (from 1000 after "in", "since", "before" and
// the like), when it
// is not grouped ("2,021"), not a quantity ("some 2000 troops", "2000 km",
// "$2025", "over 2000") and not a decade ("the 1990s"). "Sunday Times", "Good
// Friday" and similar names are not weekdays.
//
// # Resolution conventions
//
// News reports the past, so an expression that does not say its direction is
// resolved towards the past unless Options.Tense says otherwise:
//
//   - A bare weekday ("on Thursday", "Thursday night") is the most recent such
//     day on or before the reference day. With TenseFuture it is the first such
//     day strictly after the reference day (a future clause published on a
//     Thursday that means the same day would say "today").
//   - "last Thursday" and "this past Thursday" are the most recent Thursday
//     strictly before the reference day: one to seven days back, so on a
//     Friday "last Thursday" is the day before. Some style guides read it as
//     the Thursday of the previous week; we take the nearest, because news
//     style (AP) uses the bare weekday within the week and "last" then mostly
//     marks the past, and because it never skips a week silently. Use
//     "Thursday last week" for the other reading, which is supported.
//   - "next Thursday", "this coming Thursday" and "coming Thursday" are the
//     first Thursday strictly after the reference day (one to seven days ahead).
//   - "this Thursday" is the next Thursday on or after the reference day, or the
//     most recent one on or before it with TensePast.
//   - "Thursday last week" / "Thursday next week" / "Thursday this week" is that
//     weekday in the ISO week (Monday to Sunday) before, after or of the
//     reference day.
//   - A date or month without a year ("July 3", "in July", "on the 3rd") takes
//     its most recent occurrence on or before the reference, unless its next
//     occurrence is close ahead (at most 61 days for a day, at most two months
//     for a month): writers spell out the year for anything further away, and
//     "recognition takes effect on 28 May" in an article of 22 May is six days
//     ahead, not a year back. TensePast always takes the past occurrence,
//     TenseFuture the next one on or after the reference. A weekday written
//     with the date ("Monday 22 September") picks the year in which they agree.
//     February 29 goes to the nearest leap year in the chosen direction.
//   - "last July" is the most recent July strictly before the reference month
//     (in January, "last December" is the month before); "next July" the first
//     July strictly after it; "this July" July of the reference year.
//   - Weeks run Monday to Sunday; Week precision dates are Mondays and print as
//     ISO weeks ("2025-W27"). "N weeks ago" is the week that contains the day
//     N*7 days back. "the weekend" is the most recent weekend (the current one
//     on a Saturday or Sunday, the coming one with TenseFuture) and has Week
//     precision; "last weekend" is the previous week's, "this weekend" the
//     current week's.
//   - "N months ago" is the month N months back (Month precision), "N years
//     ago" the year (Year precision), "N days ago" the day.
//   - "tonight", "this morning" and "earlier today" are the reference day;
//     "last night" is the day before it.
//   - "in three days" is read as a future date only with TenseFuture or with
//     "time" ("in three days' time"): "the first visit in two years" is not a
//     date.
//   - Numeric dates: "2025-07-03" and "2025/07/03" are read as year, month,
//     day. Day-month-year orders ("03/07/2025", "13-07-2025", "13.07.2025") are
//     read only when unambiguous: one of the first two parts is greater than 12,
//     or they are equal. An ambiguous one yields only its year. Two-digit years
//     are never read.
//
// The reference day is the calendar day of ref in ref's own location, and
// dates are returned at midnight in that location. Without a reference time
// (the zero time.Time) only expressions that fix their own year are returned,
// in UTC.
//
// Part-of-period words ("early", "mid", "late", "the end of", "the beginning
// of") are kept in Expr.Part and do not move the date, which is always the
// first day of the period. Prepositions that relate an event to the period
// ("since", "from", "until", "by", "before", "after") are kept in Expr.Rel;
// prepositions are never part of an expression's span.
//
// # Not supported
//
// Clock times and hours ("48 hours after"), seasons ("last summer"),
// holidays ("Easter Sunday", "Christmas"), decades ("the 1990s"), ordinal
// words ("the third of July"), quarters ("Q3"), expressions anchored in the
// narrative rather than the reference ("the next day", "two years later",
// "seventy years after the war"), two-digit years ("'21"), and languages other
// than English.
//
// The package keeps no mutable global state; all functions are safe for
// concurrent use.
package timex
