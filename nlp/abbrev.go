package nlp

// Read-only tables used by the tokeniser and the sentence splitter. They are
// built as literals and never modified.

// abbrevClass says how an abbreviation (written without its final period)
// behaves at a potential sentence end.
type abbrevClass uint8

const (
	abbrevNone abbrevClass = iota
	// abbrevTitle precedes a name and never ends a sentence: "Dr. Smith".
	abbrevTitle
	// abbrevPrefix precedes a number or a word and never ends a sentence:
	// "No. 5", "vs. Russia", "e.g. the".
	abbrevPrefix
	// abbrevMonth is usually followed by a day number: "Jan. 5".
	abbrevMonth
	// abbrevEnd may end a sentence: "Inc.", "U.S.", "etc.", "a.m.".
	abbrevEnd
	// abbrevTime is a.m./p.m. and the like: a capitalised word after it
	// usually starts a new sentence.
	abbrevTime
)

// abbreviations maps known abbreviations, without the final period, to their
// class. Abbreviations with inner periods that are not listed ("J.R.R",
// "Ph.D") are recognised by shape.
var abbreviations = map[string]abbrevClass{
	// titles and ranks
	"Mr": abbrevTitle, "Mrs": abbrevTitle, "Ms": abbrevTitle, "Messrs": abbrevTitle, "Mme": abbrevTitle,
	"Dr": abbrevTitle, "Prof": abbrevTitle, "Rev": abbrevTitle, "Fr": abbrevTitle, "Hon": abbrevTitle,
	"Gen": abbrevTitle, "Lt": abbrevTitle, "Col": abbrevTitle, "Maj": abbrevTitle, "Capt": abbrevTitle,
	"Cpt": abbrevTitle, "Cmdr": abbrevTitle, "Cdr": abbrevTitle, "Adm": abbrevTitle, "Brig": abbrevTitle,
	"Sgt": abbrevTitle, "Cpl": abbrevTitle, "Pvt": abbrevTitle, "Pte": abbrevTitle, "Lieut": abbrevTitle,
	"Gov": abbrevTitle, "Sen": abbrevTitle, "Rep": abbrevTitle, "Reps": abbrevTitle, "Sens": abbrevTitle,
	"Pres": abbrevTitle, "Amb": abbrevTitle, "Supt": abbrevTitle, "Insp": abbrevTitle, "Det": abbrevTitle,
	"Dep": abbrevTitle, "Spc": abbrevTitle, "Mx": abbrevTitle, "Atty": abbrevTitle, "Gens": abbrevTitle, "Sec": abbrevTitle, "Secy": abbrevTitle, "Msgr": abbrevTitle,
	"St": abbrevEnd, "Ste": abbrevTitle, "Mt": abbrevTitle, "Ft": abbrevTitle, "Pt": abbrevTitle,
	"Hwy": abbrevEnd, "Rte": abbrevTitle,
	// prefixes of numbers and the like
	"No": abbrevPrefix, "Nos": abbrevPrefix, "no": abbrevPrefix, "nos": abbrevPrefix,
	"Art": abbrevPrefix, "art": abbrevPrefix, "Fig": abbrevPrefix, "fig": abbrevPrefix,
	"Vol": abbrevPrefix, "vol": abbrevPrefix, "pp": abbrevPrefix, "p": abbrevPrefix,
	"para": abbrevPrefix, "Para": abbrevPrefix, "ch": abbrevPrefix, "Ch": abbrevPrefix,
	"sec": abbrevPrefix, "Sect": abbrevPrefix, "ca": abbrevPrefix, "c": abbrevPrefix,
	"approx": abbrevPrefix, "Approx": abbrevPrefix, "vs": abbrevPrefix, "v": abbrevPrefix,
	"cf": abbrevPrefix, "e.g": abbrevPrefix, "i.e": abbrevPrefix, "E.g": abbrevPrefix, "I.e": abbrevPrefix,
	"viz": abbrevPrefix, "ref": abbrevPrefix, "Ref": abbrevPrefix, "tel": abbrevPrefix, "Tel": abbrevPrefix,
	"est": abbrevPrefix, "Est": abbrevPrefix, "op": abbrevPrefix, "Op": abbrevPrefix,
	"Rs": abbrevPrefix, "incl": abbrevPrefix, "excl": abbrevPrefix, "esp": abbrevPrefix, "resp": abbrevPrefix,
	// months and days
	"Jan": abbrevMonth, "Feb": abbrevMonth, "Mar": abbrevMonth, "Apr": abbrevMonth, "Jun": abbrevMonth,
	"Jul": abbrevMonth, "Aug": abbrevMonth, "Sep": abbrevMonth, "Sept": abbrevMonth, "Oct": abbrevMonth,
	"Nov": abbrevMonth, "Dec": abbrevMonth,
	"Mon": abbrevMonth, "Tue": abbrevMonth, "Tues": abbrevMonth, "Wed": abbrevMonth, "Thu": abbrevMonth,
	"Thur": abbrevMonth, "Thurs": abbrevMonth, "Fri": abbrevMonth, "Sat": abbrevMonth, "Sun": abbrevMonth,
	// may end a sentence
	"Inc": abbrevEnd, "Corp": abbrevEnd, "Ltd": abbrevEnd, "Co": abbrevEnd, "Cos": abbrevEnd,
	"Bros": abbrevEnd, "Plc": abbrevEnd, "Jr": abbrevEnd, "Sr": abbrevEnd, "Esq": abbrevEnd,
	"etc": abbrevEnd, "al": abbrevEnd, "Dept": abbrevEnd, "dept": abbrevEnd, "Univ": abbrevEnd,
	"Assn": abbrevEnd, "Ave": abbrevEnd, "Blvd": abbrevEnd, "Rd": abbrevEnd, "Sq": abbrevEnd,
	"govt": abbrevEnd, "Govt": abbrevEnd, "Intl": abbrevEnd, "Natl": abbrevEnd,
	"U.S": abbrevEnd, "U.K": abbrevEnd, "U.N": abbrevEnd, "E.U": abbrevEnd, "U.S.A": abbrevEnd,
	"D.C": abbrevEnd, "N.Y": abbrevEnd, "L.A": abbrevEnd,
	// AP-style US state abbreviations
	"Ala": abbrevEnd, "Ariz": abbrevEnd, "Ark": abbrevEnd, "Calif": abbrevEnd, "Colo": abbrevEnd,
	"Conn": abbrevEnd, "Del": abbrevEnd, "Fla": abbrevEnd, "Ga": abbrevEnd, "Ill": abbrevEnd,
	"Ind": abbrevEnd, "Kan": abbrevEnd, "Kans": abbrevEnd, "Ky": abbrevEnd, "La": abbrevEnd,
	"Md": abbrevEnd, "Mass": abbrevEnd, "Mich": abbrevEnd, "Minn": abbrevEnd, "Miss": abbrevEnd,
	"Mo": abbrevEnd, "Mont": abbrevEnd, "Neb": abbrevEnd, "Nev": abbrevEnd, "Okla": abbrevEnd,
	"Ore": abbrevEnd, "Pa": abbrevEnd, "Penn": abbrevEnd, "Tenn": abbrevEnd, "Tex": abbrevEnd,
	"Vt": abbrevEnd, "Va": abbrevEnd, "Wash": abbrevEnd, "Wis": abbrevEnd, "Wyo": abbrevEnd,
	// times
	"a.m": abbrevTime, "p.m": abbrevTime, "A.M": abbrevTime, "P.M": abbrevTime,
}

// sentenceStarters are capitalised words that, after an abbreviation that
// may end a sentence ("in the U.S. The president..."), signal that a new
// sentence starts. They are function words and frequent news openers that
// rarely continue a proper name.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "You": true, "His": true, "Her": true, "Its": true, "Their": true,
	"Our": true, "My": true, "This": true, "That": true, "These": true, "Those": true,
	"There": true, "Here": true, "But": true, "And": true, "Or": true, "So": true, "Yet": true,
	"If": true, "When": true, "While": true, "After": true, "Before": true, "As": true,
	"In": true, "On": true, "At": true, "For": true, "With": true, "By": true, "From": true,
	"Since": true, "Although": true, "Though": true, "Because": true, "However": true,
	"Meanwhile": true, "Also": true, "Still": true, "Some": true, "Many": true, "Most": true,
	"All": true, "No": true, "Not": true, "Now": true, "Then": true, "Such": true, "What": true,
	"Who": true, "Where": true, "Why": true, "How": true, "Which": true, "Last": true,
	"Earlier": true, "Later": true, "According": true, "Officials": true, "Both": true,
	"Each": true, "Every": true, "Another": true, "Several": true, "Other": true, "One": true,
	"Under": true, "During": true, "Despite": true, "Over": true, "About": true, "Only": true,
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Today": true, "Yesterday": true,
	"Thus": true, "Instead": true, "Nevertheless": true, "Moreover": true, "Furthermore": true,
	"Analysts": true, "Police": true, "Critics": true, "Experts": true, "Officers": true,
}

// hyphenPrefixes are prefixes that UD English-EWT keeps attached to the
// following word ("non-binding", "pro-Russian", "e-mail"); other
// hyphenated compounds are split ("Taliban - led", "well - known").
var hyphenPrefixes = map[string]bool{
	"e": true, "non": true, "pre": true, "anti": true, "re": true, "mid": true, "post": true,
	"co": true, "multi": true, "pro": true, "ex": true, "sub": true, "semi": true, "over": true,
	"inter": true, "intra": true, "counter": true, "ultra": true, "neo": true, "mis": true,
	"micro": true, "macro": true, "bi": true, "tri": true, "cyber": true, "quasi": true,
	"pseudo": true, "mega": true, "mini": true, "trans": true, "extra": true, "hyper": true,
	"un": true, "de": true, "x": true, "geo": true, "socio": true, "uni": true, "auto": true,
}
