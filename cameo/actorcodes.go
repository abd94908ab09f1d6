package cameo

import "strings"

// The code lists below follow the CAMEO codebook's actor chapter and the
// Phoenix actor dictionaries of the Open Event Data Alliance (MIT).

// isoCountries holds the ISO 3166-1 alpha-3 codes.
const isoCountries = `ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN
BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR
COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH
FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD
HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT
LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG
MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER
PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR
SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV
TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE`

// cameoCountries holds CAMEO's country codes outside ISO 3166-1: Kosovo,
// former states and the codes CountryInfo uses instead of ISO's.
const cameoCountries = `KSV ANT CSK DDR SUN USR YUG SCG FRY TMP ZAR ROM IMY`

// subnational holds codes that CAMEO places after a country code for a
// territory or status: Gaza, West Bank, occupied and unrecognised
// territories, Republika Srpska.
const subnational = `GZA WBK OCC UNR SRP`

// regions holds CAMEO's regional codes.
const regions = `AFR ASA BLK CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM
SAS SEA SAF WAF WST WEU CRB ARB`

// transnational holds codes that open a non-state actor code: international
// governmental and non-governmental organisations, movements, militarised
// groups, multinational corporations, unidentified state actors.
const transnational = `IGO NGO NGM IMG MNC UIS INT`

// religions holds CAMEO's religion codes and their common subdivisions.
const religions = `ADR ALE ATH BAH BUD CHR CTH ORT PRO CPT MRM MAR CON DRZ HIN ITR JAN JEW HSD
MOS SHI SUN SUF SHN SIK TAO ZRO NRM PAG`

// sectors holds CAMEO's sector and role codes (DIP, diplomats, is a dyad
// extension used alongside GOV).
const sectors = `GOV DIP MIL LEG JUD REB OPP BUS MED CVL COP SPY EDU HLH IGO NGO ELI LAB REF
PTY CRM HRI AGR DEV ENV MOD RAD UAF REL SET PPL INS SEP AMN IRC RCR MNC NGM IMG UIS`

// knownIGOs lists organisation codes that do not follow the
// IGO[region]org pattern or are too common to be left to it.
const knownIGOs = `IGOUNO IGOEUREEC IGOWSTNAT IGOAFRAFU IGOMEAARL IGOSEAASN IGOCAS IGOGOS
IGOBRICS IGOMOSOIC IGOBUSOPC IGOBUSIMF IGOBUSWTO IGOJUDICC IGOCOPITP IGOAGRIGC IGOAGRCPA IGOOAS IGOCWN
IGOLAM IGOSAM IGOCRB IGOSCN IGOAFROAU IGOEURDEVEBR IGOEAFEAC IGOASADEVADB IGOSASSAA IGOWAFWAS IGOCASCIS
IGOEURBUSEFT IGOMEAAMU IGONAFCSS IGOARBBUSAPE IGOAFRDEVAFB IGOCAFCEM IGOWAFWAD IGOUNOWBK`

func set(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, c := range strings.Fields(l) {
			m[c] = true
		}
	}
	return m
}

// actorCodes is the parsed form of the lists, shared and never modified.
type actorCodes struct {
	country, sub, region, trans, religion, sector, igo map[string]bool
}

func newActorCodes() *actorCodes {
	return &actorCodes{
		country:  set(isoCountries, cameoCountries),
		sub:      set(subnational),
		region:   set(regions),
		trans:    set(transnational),
		religion: set(religions),
		sector:   set(sectors),
		igo:      set(knownIGOs),
	}
}
