package coder

import (
	"slices"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/nlp/annotate"
)

// TestSupplementVocabulary codes sentences written for the families of
// patterns in data/dyad.verbs.txt and the agents and office holders of
// the supplements, as dyad codes news: the embedded tagger and parser,
// the default dictionaries, the news options and the international filter.
// Each case lists events that must be asserted ("SRC CODE TGT", actors by
// country or organisation) and root-level events ("SRC ROOT TGT") that
// must not be.
func TestSupplementVocabulary(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger and parser models")
	}
	a, err := annotate.New()
	if err != nil {
		t.Fatal(err)
	}
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		date string
		want []string
		not  []string
	}{
		// Summoning envoys: another state's is a complaint, one's own a recall.
		{"Poland summoned the Russian ambassador over the drone incursion.", "2025-09-10", []string{"POL 114 RUS"}, []string{"POL 16 RUS"}},
		{"Chile recalled its ambassador to Israel for consultations.", "2024-02-01", []string{"CHL 161 ISR"}, nil},
		// Criticism and feelings expressed.
		{"China slammed the United States over the arms sale.", "2025-03-12", []string{"CHN 111 USA"}, nil},
		{"Britain castigated Iran for the executions.", "2025-03-12", []string{"GBR 111 IRN"}, nil},
		{"Japan voiced concern about China's military drills.", "2025-03-12", []string{"JPN 111 CHN"}, nil},
		{"France expressed support for Ukraine.", "2025-03-12", []string{"FRA 051 UKR"}, []string{"FRA 03 UKR"}},
		{"Japan expressed condolences to Turkey after the earthquake.", "2023-02-07", []string{"JPN 018 TUR"}, nil},
		{"China lodged a strong protest with the United States.", "2025-03-12", []string{"CHN 114 USA"}, nil},
		{"France protested to Iran over the detention of its citizens.", "2025-03-12", []string{"FRA 114 IRN"}, nil},
		{"Britain endorsed France's plan.", "2025-03-12", []string{"GBR 051 FRA"}, nil},
		// Meetings, visits and calls.
		{"Kenya's president made a state visit to Ethiopia.", "2025-03-12", []string{"KEN 042 ETH", "ETH 043 KEN"}, nil},
		{"The Italian prime minister flew to Egypt on Sunday.", "2025-03-12", []string{"ITA 042 EGY"}, nil},
		{"The French president phoned the British prime minister on Monday.", "2025-03-12", []string{"FRA 041 GBR"}, []string{"FRA 02 GBR"}},
		{"The French president had a telephone conversation with the British prime minister.", "2025-03-12", []string{"FRA 041 GBR"}, nil},
		{"The United States negotiated with Russia over the prisoner swap.", "2025-03-12", []string{"USA 046 RUS"}, nil},
		{"France invited Britain to a summit.", "2025-03-12", []string{"FRA 036 GBR"}, nil},
		{"Ukraine asked Germany for more air defence systems.", "2025-03-12", []string{"UKR 020 DEU"}, []string{"UKR 04 DEU"}},
		// Visits still to come are not asserted.
		{"Macron heads to China on Friday.", "2025-03-12", nil, []string{"FRA 04 CHN"}},
		// Receiving things is no hosting.
		{"China received a letter from Japan.", "2025-03-12", nil, []string{"CHN 04 JPN"}},
		// Agreements, aid and cooperation.
		{"Armenia clinched a peace deal with Azerbaijan.", "2025-03-12", []string{"ARM 057 AZE"}, nil},
		{"Germany sent military aid to Ukraine.", "2025-03-12", []string{"DEU 072 UKR"}, []string{"DEU 06 UKR"}},
		{"Britain supplied tanks to Ukraine.", "2025-03-12", []string{"GBR 072 UKR"}, nil},
		{"Iran freed a French citizen.", "2025-03-12", []string{"IRN 084 FRA"}, nil},
		{"Israel pulled its forces out of Lebanon.", "2025-03-12", []string{"ISR 0874 LBN"}, nil},
		{"The United States upgraded relations with Vietnam to a comprehensive strategic partnership.", "2023-09-11", []string{"USA 050 VNM"}, []string{"USA 054 VNM"}},
		// Relations reduced, sanctions, coercion.
		{"Honduras terminated diplomatic relations with Taiwan.", "2023-03-26", []string{"HND 161 TWN"}, nil},
		{"Nicaragua derecognised Taiwan.", "2021-12-10", []string{"NIC 161 TWN"}, nil},
		{"Honduras revoked its recognition of Taiwan.", "2023-03-26", []string{"HND 161 TWN"}, nil},
		{"Mali ordered French troops to leave.", "2022-02-18", []string{"MLI 166 FRA"}, nil},
		{"The United States hit China with tariffs.", "2025-04-02", []string{"USA 163 CHN"}, []string{"USA 19 CHN"}},
		{"The EU renewed sanctions on Russia for six months.", "2025-03-12", []string{"IGOEUREEC 163 RUS"}, nil},
		{"The United States halted funding to the United Nations.", "2025-03-12", []string{"USA 162 IGOUNO"}, nil},
		{"The United States designated the Houthis as a foreign terrorist organization.", "2025-03-04", []string{"USA 172 YEM"}, nil},
		{"South Africa took Israel to the International Court of Justice.", "2023-12-29", []string{"ZAF 115 ISR"}, nil},
		// Force.
		{"Russia launched a massive missile attack on Ukraine.", "2025-03-12", []string{"RUS 195 UKR"}, nil},
		{"Azerbaijan launched an offensive against Armenia.", "2023-09-19", []string{"AZE 190 ARM"}, nil},
		{"Russia amassed forces against Ukraine.", "2022-01-20", []string{"RUS 154 UKR"}, nil},
		{"The United States and Australia held joint military exercises.", "2025-03-12", []string{"USA 062 AUS", "AUS 062 USA"}, []string{"USA 15 AUS"}},
		{"Israel waged a ground invasion of Gaza.", "2023-11-10", []string{"ISR 190 PSE"}, nil},
		{"France's president sat down with Germany's chancellor on Monday.", "2025-03-12", []string{"FRA 040 DEU"}, nil},
		{"France's president held a video call with Germany's chancellor.", "2025-03-12", []string{"FRA 040 DEU"}, nil},
		// Rejections by what is rejected (CAMEO 12x); denials stay 016.
		{"Chile rejected Peru's proposal for talks on Monday.", "2025-03-12", []string{"CHL 125 PER"}, nil},
		{"Russia rejected Ukraine's peace plan.", "2025-03-12", []string{"RUS 127 UKR"}, nil},
		{"Germany refused Ukraine's request for more missiles.", "2025-03-12", []string{"DEU 1222 UKR"}, nil},
		{"Israel rejected the UN's call for a ceasefire.", "2025-03-12", []string{"ISR 1246 IGOUNO"}, nil},
		{"Venezuela rejected the ultimatum from the United States.", "2025-03-12", []string{"VEN 124 USA"}, nil},
		{"North Korea turned down South Korea's invitation to talks.", "2025-03-12", []string{"PRK 125 KOR"}, nil},
		{"Pakistan refused India's offer of mediation.", "2025-03-12", []string{"PAK 126 IND"}, nil},
		{"Russia rebuffed Germany's appeal for the release of the prisoners.", "2025-03-12", []string{"RUS 1243 DEU"}, nil},
		{"Kosovo rejected Serbia's request for extradition.", "2025-03-12", []string{"KSV 1213 SRB"}, nil},
		{"Morocco rejected Algeria's invitation.", "2025-03-12", []string{"MAR 120 DZA"}, nil},
		{"Venezuela rejected Guyana's claim to the territory.", "2025-03-12", []string{"VEN 120 GUY"}, []string{"VEN 01 GUY"}},
		{"China dismissed the accusations by the United States.", "2025-03-12", []string{"CHN 016 USA"}, nil},
		{"Ukraine has not rejected the American peace plan.", "2025-03-12", nil, []string{"UKR 12 USA"}},
		{"Russia boycotted the talks with Ukraine.", "2025-03-12", []string{"RUS 125 UKR"}, []string{"RUS 16 UKR"}},
		// Letters and messages are statements, not meetings.
		{"Iran sent a letter to the United Nations.", "2025-03-12", []string{"IRN 010 IGOUNO"}, []string{"IRN 04 IGOUNO"}},
		{"North Korea sent a message to South Korea.", "2025-03-12", []string{"PRK 010 KOR"}, []string{"PRK 04 KOR"}},
		{"The Iranian president wrote to the French president.", "2025-03-12", []string{"IRN 010 FRA"}, nil},
		// Complaints, invitations, demands and appeals.
		{"Pakistan lodged a complaint with the UN against India.", "2025-03-12", []string{"PAK 114 IND"}, nil},
		{"Biden extended an invitation to the Indian prime minister.", "2025-03-12", []string{"USA 036 IND"}, []string{"USA 028 IND"}},
		{"Iran demanded that the United States lift sanctions.", "2025-03-12", []string{"IRN 1054 USA"}, []string{"IRN 13 USA"}},
		{"France urged Iran to release its citizens.", "2025-03-12", []string{"FRA 0253 IRN"}, nil},
		// Extradition, treaties and talks left.
		{"Spain extradited a Russian hacker to the United States.", "2025-03-12", []string{"ESP 063 USA"}, nil},
		{"Russia withdrew from the talks with Ukraine.", "2025-03-12", []string{"RUS 164 UKR"}, []string{"RUS 08 UKR"}},
		{"India suspended the water treaty with Pakistan.", "2025-04-24", []string{"IND 160 PAK"}, nil},
		{"France ratified the agreement with Canada.", "2025-03-12", []string{"FRA 057 CAN"}, nil},
		{"Hungary ratified Sweden's accession to NATO.", "2024-02-26", []string{"HUN 050 SWE"}, nil},
		// Places named after states are not the states.
		{"North Korea fired a ballistic missile into the Sea of Japan.", "2025-03-12", nil, []string{"PRK 19 JPN"}},
		// Actors of recognition news.
		{"Ireland established diplomatic relations with the Holy See.", "2025-03-12", []string{"IRL 054 VAT"}, nil},
		{"Kenya recognised the Sahrawi Arab Democratic Republic.", "2025-03-12", []string{"KEN 054 ESH"}, nil},
		{"The State Department criticised Russia on Monday.", "2025-03-12", []string{"USA 111 RUS"}, nil},
		{"The EU suspended talks with Turkey.", "2025-03-12", []string{"IGOEUREEC 164 TUR"}, nil},
		{"The United States paused tariffs on Chinese goods.", "2025-04-09", []string{"USA 085 CHN"}, nil},
		// A condemned attack criticises the attacker, not the state attacked;
		// with no attacker named there is nothing to code.
		{"Britain condemned Russia's attack on Ukraine on Monday.", "2025-03-12", []string{"GBR 111 RUS"}, []string{"GBR 11 UKR"}},
		{"Egypt denounced the Israeli strike on Qatar.", "2025-09-10", []string{"EGY 111 ISR"}, []string{"EGY 11 QAT"}},
		{"Qatar condemned the raid on its territory by Israel.", "2025-09-10", []string{"QAT 111 ISR"}, nil},
		{"Germany condemned the attacks by Hamas on Israel.", "2025-03-12", []string{"DEU 111 PSE"}, []string{"DEU 11 ISR"}},
		{"India condemned the terrorist attack in Moscow.", "2024-03-23", []string{"IND 018 RUS"}, []string{"IND 11 RUS"}},
		{"Brazil condemned the attack on the Venezuelan embassy.", "2025-03-12", nil, []string{"BRA 11 VEN"}},
		{"Norway criticised the shelling of Kharkiv.", "2025-03-12", nil, []string{"NOR 11 UKR"}},
		// Condemned sanctions and detentions are criticised, not rallied for.
		{"Russia denounced the sanctions imposed by the European Union.", "2025-03-12", []string{"RUS 111 IGOEUREEC"}, []string{"RUS 05 IGOEUREEC"}},
		{"China criticised the detention of its citizens by the United States.", "2025-03-12", []string{"CHN 111 USA"}, nil},
		// Accused of an attack on a third state or on the accuser.
		{"Russia accused Ukraine of an attack on Kursk.", "2025-03-12", []string{"RUS 1123 UKR"}, nil},
		{"Iran blamed Israel for the strike on its consulate.", "2024-04-02", []string{"IRN 1123 ISR"}, nil},
		{"Iran blamed Israel for the killing of its nuclear scientist.", "2025-03-12", []string{"IRN 1121 ISR"}, nil},
		// Linking a state's agents to a crime accuses it; linking states by
		// rail stays cooperation.
		{"Britain tied Russia to the poisoning of the defector.", "2025-03-12", []string{"GBR 112 RUS"}, []string{"GBR 06 RUS"}},
		{"Germany linked Moscow to a wave of cyberattacks.", "2025-03-12", []string{"DEU 112 RUS"}, []string{"DEU 06 RUS"}},
		{"Canada's move to link the Indian diplomats to the Nijjar case angered Delhi.", "2025-03-12", []string{"CAN 112 IND"}, []string{"CAN 06 IND"}},
		{"China linked Kenya and Uganda by rail.", "2025-03-12", []string{"CHN 060 KEN"}, []string{"CHN 11 KEN"}},
		// Ruling, governing or controlling a state is no cooperation; its
		// land controlled is occupied.
		{"Beijing views democratically governed Taiwan as its own territory.", "2025-03-12", nil, []string{"CHN 06 TWN", "CHN 19 TWN"}},
		{"Russia now controls large parts of eastern Ukraine.", "2025-03-12", []string{"RUS 192 UKR"}, []string{"RUS 06 UKR"}},
		{"Britain ruled Hong Kong until 1997.", "2025-03-12", nil, []string{"GBR 06 HKG"}},
		// Opinions, refugees and economic rankings are no acts.
		{"Beijing considers Taiwan a breakaway province.", "2025-03-12", nil, []string{"CHN 04 TWN"}},
		{"Turkey hosted Syrian refugees.", "2025-03-12", nil, []string{"TUR 04 SYR", "SYR 04 TUR"}},
		{"China overtook the United States as Brazil's top trading partner.", "2025-03-12", nil, []string{"CHN 19 USA"}},
		// An ambassador arriving takes up his post: travel, no hosting.
		{"The new Afghan ambassador arrived in Moscow on Monday.", "2025-03-12", []string{"AFG 042 RUS"}, []string{"RUS 04 AFG"}},
		// Attacks stepped up are attacks; sanctions placed are imposed.
		{"Russia stepped up attacks on Ukraine.", "2025-03-12", []string{"RUS 190 UKR"}, []string{"RUS 13 UKR"}},
		{"Israel escalated its air strikes on Lebanon.", "2025-03-12", []string{"ISR 195 LBN"}, []string{"ISR 06 LBN"}},
		{"China placed sanctions on US lawmakers.", "2025-03-12", []string{"CHN 163 USA"}, nil},
		// Criticism drawn from a state; votes abstained in, demands met and
		// cases joined.
		{"Japan drew a sharp rebuke from China.", "2025-03-12", []string{"CHN 111 JPN"}, nil},
		{"India abstained in the vote on Ukraine.", "2025-03-12", nil, []string{"IND 08 UKR"}},
		{"Russia met Ukraine's demands.", "2025-03-12", []string{"RUS 080 UKR"}, []string{"RUS 04 UKR"}},
		{"Ukraine met the conditions for EU membership talks.", "2025-03-12", nil, []string{"UKR 04 IGOEUREEC"}},
		{"Mexico joined South Africa's case against Israel.", "2025-03-12", []string{"MEX 115 ISR"}, []string{"MEX 04 ZAF"}},
		{"Ukraine took part in the talks with Russia.", "2025-03-12", []string{"UKR 046 RUS"}, []string{"UKR 03 RUS"}},
		{"Hungary approved Sweden's accession to NATO.", "2024-02-26", []string{"HUN 050 SWE"}, nil},
		{"Germany considered Poland's proposal.", "2025-03-12", []string{"DEU 014 POL"}, []string{"DEU 04 POL"}},
		{"Ukraine joined NATO's exercises.", "2025-03-12", []string{"UKR 062 IGOWSTNAT"}, []string{"UKR 04 IGOWSTNAT"}},
		// Conversations consult, calls received are phone talks, honours praise.
		{"Macron spoke with Zelensky on Monday.", "2025-03-12", []string{"FRA 040 UKR"}, []string{"FRA 046 UKR"}},
		{"The Indian prime minister received a phone call from the Russian president.", "2025-03-12", []string{"IND 041 RUS"}, nil},
		{"Putin awarded Modi Russia's highest honour.", "2024-07-09", []string{"RUS 051 IND"}, []string{"RUS 06 IND"}},
		// Support from a state is its own; statements come, they do not
		// travel; leaving a state is no meeting.
		{"Washington said such a move enjoyed support from Moscow.", "2025-03-12", nil, []string{"USA 03 RUS"}},
		{"The Turkish statement comes a day before Erdogan heads to Moscow for talks.", "2025-03-12", nil, []string{"TUR 04 RUS", "RUS 04 TUR"}},
		{"The expelled Russian diplomats left Britain on Friday.", "2025-03-12", nil, []string{"RUS 04 GBR"}},
		// Titles and office holders.
		{"Mao Ning criticised Japan on Monday.", "2025-03-12", []string{"CHN 111 JPN"}, nil},
		{"Rubio held talks with his Chinese counterpart Wang Yi.", "2025-03-12", []string{"USA 040 CHN"}, nil},
		{"Surangel Whipps Jr. visited Taiwan.", "2025-03-12", []string{"PLW 042 TWN"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			date, err := time.Parse("2006-01-02", tt.date)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range c.CodeDoc(a.Annotate(tt.text), date) {
				if e.Modality != dyad.ModalityAsserted || !International(&e) {
					continue
				}
				got = append(got, actorOf(e.Source)+" "+e.Code+" "+actorOf(e.Target))
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, n := range tt.not {
				f := strings.Fields(n)
				for _, g := range got {
					gf := strings.Fields(g)
					if gf[0] == f[0] && gf[2] == f[2] && strings.HasPrefix(gf[1], f[1]) {
						t.Errorf("unwanted %q in %q", g, got)
					}
				}
			}
		})
	}
}

// actorOf names an event's actor by its organisation code or country.
func actorOf(a dyad.Actor) string {
	if strings.HasPrefix(a.Code, "IGO") {
		return a.Code
	}
	return a.Country
}
