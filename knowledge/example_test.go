package knowledge_test

import (
	"fmt"
	"strings"
	"time"

	"dyad"
	"dyad/knowledge"
)

func day(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return t
}

// Three invented articles report one visit; a fourth reports another visit
// a month later.
func ExampleClusterer() {
	visit := func(id, date, precision string) dyad.Event {
		return dyad.Event{ID: id, Source: dyad.Actor{Code: "BRAGOV", Country: "BRA"},
			Target: dyad.Actor{Code: "ZAFGOV", Country: "ZAF"}, Code: "042", Root: "04",
			Modality: dyad.ModalityAsserted, Date: date, DatePrecision: precision,
			Evidence: "The minister arrived in Pretoria (" + id + ")."}
	}
	c := knowledge.NewClusterer(knowledge.ClusterOptions{})
	c.Add(dyad.Article{ID: "a1", Outlet: "Harbour Post", Published: day("2025-03-04")},
		[]dyad.Event{visit("e1", "2025-03-03", "day")})
	c.Add(dyad.Article{ID: "a2", Outlet: "Plains Gazette", Published: day("2025-03-05")},
		[]dyad.Event{visit("e2", "2025-03-04", "day")})
	c.Add(dyad.Article{ID: "a3", Outlet: "Harbour Post", Published: day("2025-03-09")},
		[]dyad.Event{visit("e3", "2025-03", "month")})
	c.Add(dyad.Article{ID: "a4", Outlet: "Delta Observer", Published: day("2025-04-10")},
		[]dyad.Event{visit("e4", "2025-04-09", "day")})
	for _, k := range c.Clusters() {
		fmt.Printf("%s %s->%s %s on %s (%s): %d events, %d articles, %d outlets\n  %s\n",
			k.ID, k.Source, k.Target, k.Code, k.Date, k.DatePrecision, k.Events, k.Articles, k.Outlets, k.Evidence)
	}
	// Output:
	// e1 BRA->ZAF 042 on 2025-03-03 (day): 3 events, 3 articles, 2 outlets
	//   The minister arrived in Pretoria (e1).
	// e4 BRA->ZAF 042 on 2025-04-09 (day): 1 events, 1 articles, 1 outlets
	//   The minister arrived in Pretoria (e4).
}

// An invented article reports that Russia recognised the government of
// Afghanistan and that no Western country has done so.
func ExampleRegistry() {
	r := knowledge.NewRegistry(knowledge.RegistryOptions{})
	r.Add(dyad.Article{ID: "n1", Outlet: "Northern Wire", Published: day("2025-07-04")}, []dyad.Event{
		{ID: "n1-1", Source: dyad.Actor{Code: "RUSGOV", Country: "RUS"}, Target: dyad.Actor{Code: "AFGGOV", Country: "AFG"},
			Code: "054", Modality: dyad.ModalityAsserted, Date: "2025-07-03", DatePrecision: "day",
			Evidence: "Moscow said on Thursday it now recognises the government in Kabul."},
		{ID: "n1-2", Source: dyad.Actor{Text: "Western countries"}, Target: dyad.Actor{Code: "AFGGOV", Country: "AFG"},
			Code: "054", Modality: dyad.ModalityNegated, Date: "2025-07-04", DatePrecision: "published",
			Evidence: "Western capitals have not followed."},
	})
	st := r.Status("AFG", day("2025-07-10"))
	fmt.Println(st.Regime.Name, "-", st.Regime.ShortName)
	for _, x := range st.Recognizers {
		fmt.Printf("recognised by %s since %s (%s, %d article)\n", x.Recognizer, x.Date, x.Evidence.Outlet, x.Support.Articles)
	}
	fmt.Println("first:", st.First.Recognizer)
	for _, x := range st.NonRecognizers {
		fmt.Printf("not recognised by %s (%d states) as of %s\n", x.Name, len(x.Members), x.Date)
	}
	for _, g := range st.Groups {
		if g.Recognizing > 0 {
			fmt.Printf("%s: %d of %d\n", g.Name, g.Recognizing, g.Members)
		}
	}
	// Output:
	// Islamic Emirate of Afghanistan - Taliban
	// recognised by RUS since 2025-07-03 (Northern Wire, 1 article)
	// first: RUS
	// not recognised by Western states (39 states) as of 2025-07-04
	// Shanghai Cooperation Organisation: 1 of 10
	// BRICS: 1 of 10
}

// An invented article reports that Spain will recognise Palestine on a
// day to come; a later one that it has. Until then Spain may follow.
func ExampleRegistry_mayFollow() {
	r := knowledge.NewRegistry(knowledge.RegistryOptions{})
	spain, palestine := dyad.Actor{Code: "ESPGOV", Country: "ESP"}, dyad.Actor{Code: "PSEGOV", Country: "PSE"}
	r.Add(dyad.Article{ID: "m1", Outlet: "Harbour Post", Published: day("2024-05-22")}, []dyad.Event{
		{ID: "m1-1", Source: spain, Target: palestine, Code: "032", Modality: dyad.ModalityAsserted,
			Date: "2024-05-22", DatePrecision: "day", Evidence: "Spain said it will recognise Palestine on 28 May."},
		{ID: "m1-2", Source: spain, Target: palestine, Code: "054", Modality: dyad.ModalityFuture,
			Date: "2024-05-28", DatePrecision: "day", Evidence: "Spain said it will recognise Palestine on 28 May."},
	})
	r.Add(dyad.Article{ID: "m2", Outlet: "Northern Wire", Published: day("2024-05-28")}, []dyad.Event{
		{ID: "m2-1", Source: spain, Target: palestine, Code: "054", Modality: dyad.ModalityAsserted,
			Date: "2024-05-28", DatePrecision: "day", Evidence: "Spain recognised Palestine on Tuesday."},
	})
	for _, asOf := range []string{"2024-05-25", "2024-05-28"} {
		st := r.Status("PSE", day(asOf))
		fmt.Printf("%s: %d recognizer(s)\n", asOf, len(st.Recognizers))
		for _, p := range st.MayFollow {
			fmt.Printf("  may follow: %s, %s %v since %s, expected %s\n", p.Name, p.Kind, p.Kinds, p.Since, p.Expected)
		}
	}
	// Output:
	// 2024-05-25: 0 recognizer(s)
	//   may follow: Spain, announced [announced future] since 2024-05-22, expected 2024-05-28
	// 2024-05-28: 1 recognizer(s)
}

func ExampleRegistry_Import() {
	r := knowledge.NewRegistry(knowledge.RegistryOptions{})
	n, err := r.Import(strings.NewReader(`recognizer,recognized,date,kind,source
NIC,TWN,1990-11,recognize,invented reference
NIC,TWN,2021-12-09,withdraw,invented reference
`))
	fmt.Println(n, err)
	st := r.Status("TWN", day("2022-01-01"))
	fmt.Println(len(st.Recognizers), st.Withdrawals[0].Recognizer, st.Withdrawals[0].Date, "since", st.Withdrawals[0].Since)
	// Output:
	// 2 <nil>
	// 0 NIC 2021-12-09 since 1990-11
}

func ExampleSeries() {
	evs := []dyad.Event{
		{Source: dyad.Actor{Country: "IND"}, Target: dyad.Actor{Country: "PAK"}, Code: "112", Modality: dyad.ModalityAsserted, Goldstein: -2, Date: "2025-05-02"},
		{Source: dyad.Actor{Country: "PAK"}, Target: dyad.Actor{Country: "IND"}, Code: "190", Modality: dyad.ModalityAsserted, Goldstein: -10, Date: "2025-05-08"},
		{Source: dyad.Actor{Country: "IND"}, Target: dyad.Actor{Country: "PAK"}, Code: "036", Modality: dyad.ModalityAsserted, Goldstein: 4, Date: "2025-07-10"},
	}
	pts, _ := knowledge.Series("IND", "PAK", knowledge.Month, evs)
	for _, p := range pts {
		fmt.Printf("%s %d %v %.1f\n", p.Start, p.Events, p.Quad, p.Mean)
	}
	// Output:
	// 2025-05-01 2 [0 0 1 1] -6.0
	// 2025-06-01 0 [0 0 0 0] 0.0
	// 2025-07-01 1 [1 0 0 0] 4.0
}
