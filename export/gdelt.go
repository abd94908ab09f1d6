package export

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"dyad"
	"dyad/cameo"
	"dyad/geo"
)

// GDELTColumns are the 61 columns of the GDELT 2.0 event table, in order,
// as the GDELT 2.0 Event Codebook names them. The gdelt format writes them
// tab-separated, one event a line, with no header (as GDELT's own files),
// and fills them from the event record like this:
//
//	GlobalEventID         the first 15 hex digits of the dyad event ID as a decimal integer (60 bits)
//	Day                   the event date as YYYYMMDD; a month or year date gives its first day;
//	                      an event without a date gets the article's publication day
//	MonthYear, Year       YYYYMM and YYYY of Day
//	FractionDate          Year + (month*30 + day)/365 (GDELT's formula, at most .9999), four decimals
//	Actor1Code            the full CAMEO code of the source, e.g. RUSGOV
//	Actor1Name            the state's name in capitals (RUSSIA), else the actor's words in capitals
//	Actor1CountryCode     the CAMEO country code (ISO alpha-3, or CAMEO's own such as KSV), as GDELT
//	                      writes actor countries; not FIPS
//	Actor1KnownGroupCode  for an IGO actor (IGOUNO, IGOWSTNAT), its organisation code (UNO, NAT)
//	Actor1EthnicCode, Actor1Religion1Code, Actor1Religion2Code: empty (dyad does not code them)
//	Actor1Type1Code       the primary sector (GOV, MIL, ...), or IGO for an organisation
//	Actor1Type2Code, Actor1Type3Code: the further roles of the actor code, when present
//	Actor2*               the same for the target
//	IsRootEvent           1 when the event is in the article's first sentence, else 0
//	EventCode, EventBaseCode, EventRootCode: the CAMEO code, its first three digits, its root
//	QuadClass, GoldsteinScale: from the event record
//	NumMentions, NumSources, NumArticles: 1 (each row is one report; see the clusters for more)
//	AvgTone               empty (dyad computes no tone)
//	Actor1Geo_*, Actor2Geo_*: Type 0 and the rest empty, as GDELT writes a block without a
//	                      place (dyad places events, not actors)
//	ActionGeo_Type        1 (country) when the event's place is a state, 3 (US city or landmark)
//	                      for another place in the United States, else 4 (world city or landmark);
//	                      0, with the rest of the block empty, when the event has no place
//	ActionGeo_FullName    "place, state" (or the state alone)
//	ActionGeo_CountryCode the FIPS 10-4 country code, as GDELT writes it (AF for Afghanistan,
//	                      RS for Russia, UK for the United Kingdom, GM for Germany, KV for
//	                      Kosovo; GZ for a place of Palestine in the Gaza Strip, WE for one
//	                      elsewhere), from geo.FIPSAt; empty for a place whose country has no
//	                      FIPS 10-4 code in dyad's table. Never an ISO code: the actor columns
//	                      carry the CAMEO (ISO alpha-3) codes
//	ActionGeo_ADM1Code    the FIPS country code alone, GDELT's value when the first-order
//	                      division is unknown (dyad's gazetteer has no divisions)
//	ActionGeo_ADM2Code    empty
//	ActionGeo_Lat, ActionGeo_Long: from the event's place, at most four decimals, without
//	                      trailing zeros (33, 65.5, 34.5312)
//	ActionGeo_FeatureID   for a country (Type 1), its FIPS country code, as GDELT writes the
//	                      textual ID of a country match; else empty (dyad has no GNS or GNIS
//	                      feature IDs)
//	DATEADDED             the article's publication time in UTC, YYYYMMDDHHMMSS (dyad's stores do
//	                      not expose the time of ingest)
//	SOURCEURL             the article's URL, else its outlet name (GDELT too names non-web sources)
//
// Tabs, newlines and other control characters inside a field are replaced
// by spaces, so every event is one line of exactly 61 fields.
var GDELTColumns = []string{
	"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// Indexes of GDELTColumns; the actor blocks have 10 columns, the geo
// blocks 8.
const (
	gID            = 0
	gDay           = 1
	gMonthYear     = 2
	gYear          = 3
	gFractionDate  = 4
	gActor1        = 5
	gActor2        = 15
	gIsRoot        = 25
	gEventCode     = 26
	gEventBaseCode = 27
	gEventRootCode = 28
	gQuadClass     = 29
	gGoldstein     = 30
	gNumMentions   = 31
	gNumSources    = 32
	gNumArticles   = 33
	gAvgTone       = 34
	gActor1Geo     = 35
	gActor2Geo     = 43
	gActionGeo     = 51
	gDateAdded     = 59
	gSourceURL     = 60
	gdeltFields    = 61
)

// gdeltRow returns the 61 fields of e.
func gdeltRow(e *dyad.Event, a *dyad.Article) []string {
	r := make([]string, gdeltFields)
	r[gID] = gdeltID(e.ID)
	day := gdeltDay(e.Date)
	if day.IsZero() && a != nil && !a.Published.IsZero() {
		day = a.Published.UTC()
	}
	if !day.IsZero() {
		r[gDay] = day.Format("20060102")
		r[gMonthYear] = day.Format("200601")
		r[gYear] = day.Format("2006")
		// GDELT's codebook computes the fraction as (month*30 + day)/365;
		// late December would pass 1 and is held at .9999.
		frac := min(float64(int(day.Month())*30+day.Day())/365, 0.9999)
		r[gFractionDate] = strconv.FormatFloat(float64(day.Year())+frac, 'f', 4, 64)
	}
	gdeltActor(r[gActor1:gActor1+10], e.Source)
	gdeltActor(r[gActor2:gActor2+10], e.Target)
	r[gIsRoot] = "0"
	if e.Sentence == 0 {
		r[gIsRoot] = "1"
	}
	r[gEventCode] = e.Code
	r[gEventBaseCode] = e.Code[:min(3, len(e.Code))]
	r[gEventRootCode] = e.Root
	if r[gEventRootCode] == "" && len(e.Code) >= 2 {
		r[gEventRootCode] = e.Code[:2]
	}
	r[gQuadClass] = strconv.Itoa(e.Quad)
	r[gGoldstein] = formatFloat(e.Goldstein)
	r[gNumMentions], r[gNumSources], r[gNumArticles] = "1", "1", "1"
	gdeltGeo(r[gActor1Geo:gActor1Geo+8], nil)
	gdeltGeo(r[gActor2Geo:gActor2Geo+8], nil)
	gdeltGeo(r[gActionGeo:gActionGeo+8], e.Location)
	if a != nil {
		if !a.Published.IsZero() {
			r[gDateAdded] = a.Published.UTC().Format("20060102150405")
		}
		r[gSourceURL] = a.URL
		if r[gSourceURL] == "" {
			r[gSourceURL] = a.Outlet
		}
	}
	return r
}

// The GDELT geographic types (Geo_Type).
const (
	geoNone      = "0"
	geoCountry   = "1"
	geoUSCity    = "3"
	geoWorldCity = "4"
)

// gdeltGeo fills the 8 columns of a geo block from l: Type, FullName,
// CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID. A nil l gives
// Type 0 and empty columns. The country columns hold FIPS 10-4 codes, never
// l.Country itself.
func gdeltGeo(g []string, l *dyad.Location) {
	g[0] = geoNone
	if l == nil {
		return
	}
	typ := geoWorldCity
	if l.Country == "USA" {
		typ = geoUSCity
	}
	name := strings.Join(strings.Fields(l.Name), " ")
	if c, ok := geo.Default().Country(l.Country); ok {
		if name == "" || strings.EqualFold(name, c.Name) {
			typ, name = geoCountry, c.Name
		} else {
			name += ", " + c.Name
		}
	}
	g[0], g[1] = typ, name
	if fips, ok := geo.FIPSAt(l.Country, l.Lat, l.Lon); ok {
		g[2], g[3] = fips, fips
		if typ == geoCountry {
			g[7] = fips
		}
	}
	g[5], g[6] = gdeltCoord(l.Lat), gdeltCoord(l.Lon)
}

// gdeltCoord formats a latitude or longitude to at most four decimals,
// without trailing zeros, as GDELT writes them.
func gdeltCoord(x float64) string {
	s := strconv.FormatFloat(x, 'f', 4, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		s = "0"
	}
	return s
}

// gdeltID returns the first 15 hex digits of a dyad event ID as a
// decimal integer, or the ID itself when it is not hex.
func gdeltID(id string) string {
	n, err := strconv.ParseUint(id[:min(15, len(id))], 16, 64)
	if err != nil {
		return id
	}
	return strconv.FormatUint(n, 10)
}

// gdeltDay parses an event date of day, month or year precision to its
// first day.
func gdeltDay(date string) time.Time {
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if len(date) == len(layout) {
			if t, err := time.Parse(layout, date); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}

// gdeltActor fills the 10 actor columns from a: Code, Name,
// CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
// Type1Code, Type2Code, Type3Code.
func gdeltActor(c []string, a dyad.Actor) {
	if a.Code == "" {
		return
	}
	c[0] = a.Code
	p, err := cameo.ParseActor(a.Code)
	country := a.Country
	if err == nil && country == "" {
		country = p.Country
	}
	var types []string
	switch {
	case strings.HasPrefix(country, "IGO"):
		c[3] = country[max(3, len(country)-3):]
		types = append(types, "IGO")
	case cameo.IsCountry(country):
		c[2] = country
	}
	name := strings.Join(strings.Fields(a.Text), " ")
	if cn, ok := geo.Default().Country(country); ok {
		name = cn.Name
	}
	c[1] = strings.ToUpper(name)
	add := func(t string) {
		if t != "" && len(types) < 3 && !slices.Contains(types, t) {
			types = append(types, t)
		}
	}
	add(a.Sector)
	if err == nil {
		add(p.Sector)
		for _, r := range p.Roles {
			add(r)
		}
	}
	copy(c[7:10], types)
}

// tsvField returns s with tabs, newlines and other control characters
// replaced by spaces; a field that had any gets its runs of space folded.
func tsvField(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if isControl(r) {
			return ' '
		}
		return r
	}, s)), " ")
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 }
