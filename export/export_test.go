package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/geo"
	"dyad/sqlite"
)

// testEvent returns an invented event of article art-1 with a place.
func testEvent() dyad.Event {
	e := dyad.Event{
		ArticleID: "art-1", Sentence: 0, Span: [2]int{0, 40},
		Source: dyad.Actor{Code: "RUSGOV", Country: "RUS", Sector: "GOV", Text: "Russia"},
		Target: dyad.Actor{Code: "AFGGOV", Country: "AFG", Sector: "GOV", Text: "the government in Kabul"},
		Code:   "042", Root: "04", Quad: 1, Goldstein: 1.9, Plover: "CONSULT",
		Modality: dyad.ModalityAsserted, Date: "2026-03-12", DatePrecision: dyad.PrecisionDay,
		Location:    &dyad.Location{Name: "Kabul", Country: "AFG", Lat: 34.53, Lon: 69.17},
		Attribution: []string{"Example Wire"},
		Evidence:    "Invented: the Russian envoy visited Kabul.",
	}
	e.ID = dyad.EventID(&e)
	return e
}

func testArticle() *dyad.Article {
	return &dyad.Article{ID: "art-1", URL: "https://news.example/art-1", Outlet: "Example Wire",
		Published: time.Date(2026, 3, 13, 9, 30, 5, 0, time.FixedZone("", 3600))}
}

func write(t *testing.T, f Format, evs []dyad.Event, a *dyad.Article) string {
	t.Helper()
	var b bytes.Buffer
	w, err := NewWriter(&b, f)
	if err != nil {
		t.Fatal(err)
	}
	for i := range evs {
		if err := w.Write(&evs[i], a); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if w.Count() != len(evs) {
		t.Errorf("Count = %d, want %d", w.Count(), len(evs))
	}
	return b.String()
}

func TestGDELTColumns(t *testing.T) {
	if len(GDELTColumns) != 61 || gdeltFields != 61 {
		t.Fatalf("%d columns (%d indexed), want 61", len(GDELTColumns), gdeltFields)
	}
	for i, want := range map[int]string{gDay: "Day", gActor1: "Actor1Code", gActor2: "Actor2Code", gIsRoot: "IsRootEvent",
		gEventCode: "EventCode", gAvgTone: "AvgTone", gActor1Geo: "Actor1Geo_Type", gActor2Geo: "Actor2Geo_Type",
		gActionGeo: "ActionGeo_Type", gDateAdded: "DATEADDED", gSourceURL: "SOURCEURL"} {
		if GDELTColumns[i] != want {
			t.Errorf("column %d = %s, want %s", i, GDELTColumns[i], want)
		}
	}
}

func TestGDELT(t *testing.T) {
	base := testEvent()
	month := base
	month.Date, month.DatePrecision, month.Sentence = "2026-03", dyad.PrecisionMonth, 2
	undated := base
	undated.Date, undated.DatePrecision, undated.Location = "", "", nil
	messy := base
	messy.Source.Text = "the\tRussian\nenvoy"
	messy.Source.Code, messy.Source.Country, messy.Source.Sector = "IGOUNO", "IGOUNO", ""
	messy.Location = &dyad.Location{Name: "Kabul\tcity\r\n", Country: "AFG", Lat: 34.53, Lon: 69.17}
	messy.Evidence = "line one\nline\ttwo"
	country := base
	country.Location = &dyad.Location{Name: "Afghanistan", Country: "AFG", Lat: 33, Lon: 65}
	noURL := *testArticle()
	noURL.URL, noURL.Outlet = "", "Example\tWire\n"

	tests := []struct {
		name string
		e    dyad.Event
		a    *dyad.Article
		want map[string]string
	}{
		{"full", base, testArticle(), map[string]string{
			"GlobalEventID": gdeltID(base.ID), "Day": "20260312", "MonthYear": "202603", "Year": "2026",
			"FractionDate": "2026.2795", "Actor1Code": "RUSGOV", "Actor1Name": "RUSSIA", "Actor1CountryCode": "RUS",
			"Actor1Type1Code": "GOV", "Actor1KnownGroupCode": "", "Actor2Name": "AFGHANISTAN", "Actor2CountryCode": "AFG",
			"IsRootEvent": "1", "EventCode": "042", "EventBaseCode": "042", "EventRootCode": "04", "QuadClass": "1",
			"GoldsteinScale": "1.9", "NumMentions": "1", "NumSources": "1", "NumArticles": "1", "AvgTone": "",
			"Actor1Geo_Type": "0", "Actor1Geo_CountryCode": "", "Actor2Geo_Type": "0", "Actor2Geo_Lat": "",
			"ActionGeo_Type": "4", "ActionGeo_FullName": "Kabul, Afghanistan",
			"ActionGeo_CountryCode": "AF", "ActionGeo_ADM1Code": "AF", "ActionGeo_ADM2Code": "",
			"ActionGeo_Lat": "34.53", "ActionGeo_Long": "69.17",
			"ActionGeo_FeatureID": "", "DATEADDED": "20260313083005", "SOURCEURL": "https://news.example/art-1"}},
		{"month date", month, nil, map[string]string{
			"Day": "20260301", "MonthYear": "202603", "IsRootEvent": "0", "DATEADDED": "", "SOURCEURL": ""}},
		{"undated", undated, testArticle(), map[string]string{
			"Day": "20260313", "FractionDate": "2026.2822", "ActionGeo_Type": "0", "ActionGeo_FullName": "",
			"ActionGeo_CountryCode": "", "ActionGeo_ADM1Code": "", "ActionGeo_Lat": "", "ActionGeo_Long": ""}},
		{"tabs and newlines", messy, &noURL, map[string]string{
			"Actor1Code": "IGOUNO", "Actor1Name": "THE RUSSIAN ENVOY", "Actor1CountryCode": "",
			"Actor1KnownGroupCode": "UNO", "Actor1Type1Code": "IGO",
			"ActionGeo_FullName": "Kabul city, Afghanistan", "SOURCEURL": "Example Wire"}},
		{"country place", country, nil, map[string]string{
			"ActionGeo_Type": "1", "ActionGeo_FullName": "Afghanistan", "ActionGeo_CountryCode": "AF",
			"ActionGeo_ADM1Code": "AF", "ActionGeo_Lat": "33", "ActionGeo_Long": "65", "ActionGeo_FeatureID": "AF"}},
		{"Moscow", at(base, "Moscow", "RUS", 55.7558, 37.6173), nil, map[string]string{
			"ActionGeo_Type": "4", "ActionGeo_FullName": "Moscow, Russia", "ActionGeo_CountryCode": "RS",
			"ActionGeo_ADM1Code": "RS", "ActionGeo_Lat": "55.7558", "ActionGeo_Long": "37.6173",
			"Actor1CountryCode": "RUS"}},
		{"London", at(base, "London", "GBR", 51.5, -0.12), nil, map[string]string{
			"ActionGeo_CountryCode": "UK", "ActionGeo_ADM1Code": "UK", "ActionGeo_Long": "-0.12"}},
		{"Berlin", at(base, "Berlin", "DEU", 52.52, 13.405), nil, map[string]string{
			"ActionGeo_CountryCode": "GM", "ActionGeo_ADM1Code": "GM"}},
		{"Kosovo", at(base, "Kosovo", "KSV", 42.66, 21.17), nil, map[string]string{
			"ActionGeo_Type": "1", "ActionGeo_CountryCode": "KV", "ActionGeo_FeatureID": "KV"}},
		{"Gaza", at(base, "Gaza", "PSE", 31.5, 34.47), nil, map[string]string{
			"ActionGeo_FullName": "Gaza, Palestine", "ActionGeo_CountryCode": "GZ", "ActionGeo_ADM1Code": "GZ"}},
		{"Ramallah", at(base, "Ramallah", "PSE", 31.9, 35.2), nil, map[string]string{
			"ActionGeo_CountryCode": "WE", "ActionGeo_ADM1Code": "WE"}},
		{"US landmark", at(base, "White House", "USA", 38.8977, -77.0365), nil, map[string]string{
			"ActionGeo_Type": "3", "ActionGeo_FullName": "White House, United States",
			"ActionGeo_CountryCode": "US", "ActionGeo_ADM1Code": "US", "ActionGeo_FeatureID": ""}},
		{"no FIPS code", at(base, "Kralendijk", "BES", 12.15, -68.27), nil, map[string]string{
			"ActionGeo_Type": "4", "ActionGeo_FullName": "Kralendijk", "ActionGeo_CountryCode": "",
			"ActionGeo_ADM1Code": "", "ActionGeo_FeatureID": "", "ActionGeo_Lat": "12.15"}},
		{"no country", at(base, "Somewhere", "", -0.00001, 0), nil, map[string]string{
			"ActionGeo_Type": "4", "ActionGeo_CountryCode": "", "ActionGeo_Lat": "0", "ActionGeo_Long": "0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := write(t, GDELT, []dyad.Event{tt.e, tt.e}, tt.a)
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) != 2 {
				t.Fatalf("%d lines, want 2:\n%q", len(lines), out)
			}
			for _, line := range lines {
				f := strings.Split(line, "\t")
				if len(f) != 61 {
					t.Fatalf("%d columns, want 61: %q", len(f), line)
				}
				for col, want := range tt.want {
					i := indexOf(GDELTColumns, col)
					if f[i] != want {
						t.Errorf("%s = %q, want %q", col, f[i], want)
					}
				}
			}
		})
	}
}

// at returns e placed at a named place.
func at(e dyad.Event, name, country string, lat, lon float64) dyad.Event {
	e.Location = &dyad.Location{Name: name, Country: country, Lat: lat, Lon: lon}
	return e
}

// TestGDELTFIPS checks that the geo country columns of an event placed in
// any state of the gazetteer, or at its capital, hold the state's FIPS 10-4
// code and never its ISO code.
func TestGDELTFIPS(t *testing.T) {
	cc, adm1, fid := indexOf(GDELTColumns, "ActionGeo_CountryCode"), indexOf(GDELTColumns, "ActionGeo_ADM1Code"),
		indexOf(GDELTColumns, "ActionGeo_FeatureID")
	for _, c := range geo.Default().Countries() {
		want, ok := geo.FIPS(c.ISO3)
		if !ok {
			t.Errorf("%s has no FIPS code", c.ISO3)
			continue
		}
		for _, l := range []dyad.Location{
			{Name: c.Name, Country: c.ISO3, Lat: c.Capital.Lat, Lon: c.Capital.Lon},
			{Name: c.Capital.Name, Country: c.ISO3, Lat: c.Capital.Lat, Lon: c.Capital.Lon},
		} {
			e := testEvent()
			e.Location = &l
			r := gdeltRow(&e, nil)
			if r[cc] != want || r[adm1] != want {
				t.Errorf("%s: CountryCode, ADM1Code = %q, %q; want %q", l.Name, r[cc], r[adm1], want)
			}
			if wantID := map[bool]string{true: want}[l.Name == c.Name]; r[fid] != wantID {
				t.Errorf("%s: FeatureID = %q, want %q", l.Name, r[fid], wantID)
			}
			for i := gActor1Geo; i < gDateAdded; i++ {
				if r[i] == c.ISO3 {
					t.Errorf("%s: %s holds the ISO code %s", l.Name, GDELTColumns[i], c.ISO3)
				}
			}
		}
	}
}

func indexOf(s []string, v string) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	panic("no column " + v)
}

func TestCSV(t *testing.T) {
	plain := testEvent()
	messy := testEvent()
	messy.Evidence = "He said \"no\", then\nleft;\tfinally."
	messy.Location = nil
	messy.Attribution = nil
	tests := []struct {
		name string
		evs  []dyad.Event
	}{
		{"none", nil},
		{"plain", []dyad.Event{plain}},
		{"quotes, commas and newlines", []dyad.Event{messy, plain}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := write(t, CSV, tt.evs, nil)
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if len(rows) != 1+len(tt.evs) || !reflect.DeepEqual(rows[0], CSVColumns) {
				t.Fatalf("%d rows, header %v", len(rows), rows[0])
			}
			for i, e := range tt.evs {
				r := rows[i+1]
				if len(r) != len(CSVColumns) {
					t.Fatalf("row %d: %d columns, want %d", i, len(r), len(CSVColumns))
				}
				get := func(c string) string { return r[indexOf(CSVColumns, c)] }
				if get("id") != e.ID || get("evidence") != e.Evidence || get("source_code") != e.Source.Code ||
					get("span_end") != fmt.Sprint(e.Span[1]) || get("goldstein") != "1.9" {
					t.Errorf("row %d = %q", i, r)
				}
				wantLoc := ""
				if e.Location != nil {
					wantLoc = e.Location.Name
				}
				if get("location_name") != wantLoc {
					t.Errorf("location_name = %q, want %q", get("location_name"), wantLoc)
				}
				var attr []string
				if err := json.Unmarshal([]byte(get("attribution")), &attr); err != nil || len(attr) != len(e.Attribution) {
					t.Errorf("attribution %q: %v", get("attribution"), err)
				}
			}
		})
	}
}

func TestJSONL(t *testing.T) {
	e := testEvent()
	bare := dyad.Event{ID: "x", ArticleID: "a", Code: "010", Root: "01", Modality: dyad.ModalityNegated,
		Evidence: "Line\twith\ntabs.", Attribution: []string{}}
	out := write(t, JSONL, []dyad.Event{e, bare}, testArticle())
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	for i, want := range []dyad.Event{e, bare} {
		var got dyad.Event
		if err := json.Unmarshal([]byte(lines[i]), &got); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("line %d = %+v, want %+v", i, got, want)
		}
		// Exactly the event record: the same bytes as its JSON encoding.
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.Encode(want)
		if lines[i]+"\n" != b.String() {
			t.Errorf("line %d = %s, want %s", i, lines[i], b.String())
		}
	}
}

func TestPlover(t *testing.T) {
	visit := testEvent()
	recognise := testEvent()
	recognise.Code, recognise.Root, recognise.Plover = "054", "05", ""
	other := testEvent()
	other.Plover = "SUPPORT" // another type than the map gives 042
	igo := testEvent()
	igo.Target = dyad.Actor{Code: "IGOUNO", Text: "the UN"}
	igo.Location = nil
	tests := []struct {
		name          string
		e             dyad.Event
		typ, mode     string
		context       []string
		a2, a2country string
	}{
		{"visit", visit, "CONSULT", "visit", []string{}, "Afghanistan", "AFG"},
		{"from the map", recognise, "SUPPORT", "", []string{"diplomatic"}, "Afghanistan", "AFG"},
		{"own type", other, "SUPPORT", "", []string{}, "Afghanistan", "AFG"},
		{"igo", igo, "CONSULT", "visit", []string{}, "", "IGOUNO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := write(t, PLOVER, []dyad.Event{tt.e}, testArticle())
			var p PloverEvent
			if err := json.Unmarshal([]byte(out), &p); err != nil {
				t.Fatal(err)
			}
			if p.EventType != tt.typ || p.Mode != tt.mode || !reflect.DeepEqual(p.Context, tt.context) {
				t.Errorf("type %q mode %q context %q; want %q %q %q", p.EventType, p.Mode, p.Context, tt.typ, tt.mode, tt.context)
			}
			if p.Actor2.Name != tt.a2 || p.Actor2.Country != tt.a2country || p.Actor1.Sector != "GOV" {
				t.Errorf("actors %+v %+v", p.Actor1, p.Actor2)
			}
			if p.SourceText != tt.e.Evidence || p.Date != "2026-03-12" || p.Source.URL != "https://news.example/art-1" || p.Cameo != tt.e.Code {
				t.Errorf("plover = %+v", p)
			}
			if (p.Location == nil) != (tt.e.Location == nil) {
				t.Errorf("location %v, want %v", p.Location, tt.e.Location)
			}
		})
	}
	// The keys of the plover object.
	var m map[string]any
	json.Unmarshal([]byte(write(t, PLOVER, []dyad.Event{visit}, nil)), &m)
	for _, k := range []string{"event_type", "mode", "context", "actor1", "actor2", "date", "location", "source_text"} {
		if _, ok := m[k]; !ok {
			t.Errorf("no %q in %v", k, m)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, s := range []string{"gdelt", "PLOVER", "csv", "jsonl"} {
		if _, err := ParseFormat(s); err != nil {
			t.Errorf("ParseFormat(%q): %v", s, err)
		}
	}
	if _, err := ParseFormat("xml"); err == nil {
		t.Error("ParseFormat(xml): no error")
	}
	if _, err := NewWriter(&bytes.Buffer{}, "xml"); err == nil {
		t.Error("NewWriter(xml): no error")
	}
}

func TestEvents(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var recs []dyad.Record
	for i := range 7 {
		a := dyad.Article{ID: fmt.Sprintf("a%d", i), URL: fmt.Sprintf("https://news.example/%d", i),
			Published: time.Date(2026, 1, 1+i, 0, 0, 0, 0, time.UTC), Text: fmt.Sprintf("Invented text %d.", i)}
		a.Finish()
		var evs []dyad.Event
		for j := range 3 {
			e := testEvent()
			e.ArticleID, e.Sentence = a.ID, j
			if j == 2 {
				e.Source.Code, e.Source.Country = "CHNGOV", "CHN"
			}
			e.ID = dyad.EventID(&e)
			evs = append(evs, e)
		}
		recs = append(recs, dyad.Record{Article: a, Events: evs})
	}
	if _, err := s.Save(ctx, recs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		f    dyad.EventFilter
		want int
	}{
		{dyad.EventFilter{}, 21},
		{dyad.EventFilter{Source: "CHN"}, 7},
		{dyad.EventFilter{Limit: 5}, 5},
		{dyad.EventFilter{Source: "RUS", Offset: 10, Limit: 100}, 4},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		w, _ := NewWriter(&b, GDELT)
		n, err := Events(ctx, w, s, tt.f)
		if err != nil {
			t.Fatal(err)
		}
		w.Flush()
		lines := strings.Count(b.String(), "\n")
		if n != tt.want || lines != tt.want {
			t.Errorf("%+v: wrote %d (%d lines), want %d", tt.f, n, lines, tt.want)
		}
		if n > 0 && !strings.Contains(b.String(), "\thttps://news.example/") {
			t.Errorf("%+v: no source URL in\n%s", tt.f, b.String())
		}
	}
}

func ExamplePlover() {
	e := dyad.Event{
		ID: "ev1", ArticleID: "art-1", Span: [2]int{0, 33},
		Source: dyad.Actor{Code: "FRAGOV", Country: "FRA", Sector: "GOV", Text: "France"},
		Target: dyad.Actor{Code: "DEUGOV", Country: "DEU", Sector: "GOV", Text: "Germany"},
		Code:   "042", Root: "04", Quad: 1, Goldstein: 1.9, Plover: "CONSULT",
		Modality: dyad.ModalityAsserted, Date: "2026-03-02", DatePrecision: "day",
		Attribution: []string{}, Evidence: "France's minister visited Berlin.",
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(Plover(&e, nil))
	// Output:
	// {
	//   "id": "ev1",
	//   "event_type": "CONSULT",
	//   "mode": "visit",
	//   "context": [],
	//   "actor1": {
	//     "code": "FRAGOV",
	//     "name": "France",
	//     "country": "FRA",
	//     "sector": "GOV",
	//     "text": "France"
	//   },
	//   "actor2": {
	//     "code": "DEUGOV",
	//     "name": "Germany",
	//     "country": "DEU",
	//     "sector": "GOV",
	//     "text": "Germany"
	//   },
	//   "date": "2026-03-02",
	//   "date_precision": "day",
	//   "location": null,
	//   "source_text": "France's minister visited Berlin.",
	//   "cameo": "042",
	//   "quad": 1,
	//   "goldstein": 1.9,
	//   "modality": "asserted",
	//   "attribution": [],
	//   "source": {
	//     "article_id": "art-1"
	//   }
	// }
}
