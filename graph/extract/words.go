package extract

import (
	"fmt"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// closedWords are the closed-class word lists of lexicon/words.yaml: the
// function words that tell our languages apart, those of the
// neighbouring languages we refuse, the abbreviations whose dot ends no
// sentence, group numerals, a few Arabic-script nouns, and the home
// country of a language's press. The reader needs them before any lexicon is chosen, so
// they come from the embedded lexicon.
type closedWords struct {
	function   map[string]map[string]bool // language -> word
	neighbour  map[string]map[string]bool
	abbrev     map[string]bool
	groupNum   map[string]int             // word -> count
	capital    map[string]bool            // folded
	deleg      map[string]bool            // folded
	placeNoun  map[string]bool            // folded
	titleAdj   map[string]bool            // folded (title_adjectives)
	home       map[string]string          // language -> country id
	homeTitle  map[string]map[string]bool // language -> title's folded words, joined by spaces
	stateHead  map[string]map[string]bool // language -> head-of-state title's folded words, joined by spaces
	cityOffice map[string][]string        // language -> titles of an office held in a city ("mayor"), as written
	// portfolio: language -> portfolio phrase written after a generic
	// title and its demonym ("des affaires étrangères") -> the lexicon
	// offices it names (portfolio_after)
	portfolio map[string]map[string][]string
	names     nameWords
	locMod    map[string]map[string]bool // language -> folded word
	visitGen  map[string]bool            // folded
	// groupHead: language -> folded head nouns of a group phrase a
	// group numeral counts ("drei Minister", "los cuatro cancilleres")
	groupHead map[string]map[string]bool
	// sideHead: language -> folded head nouns of sides, camps, chambers
	// and delegations (side_heads): a pair phrase with one is "both_sides"
	sideHead map[string]map[string]bool
	// bodyHead: the sideHead nouns that name chambers and councils
	// (body_heads): their pair is the two bodies the people named head
	bodyHead map[string]map[string]bool
	// ledVerb: language -> folded finite verbs of leading a delegation
	// (led_verbs; see countryHeads)
	ledVerb map[string]map[string]bool
	// sidePair: language -> folded words that count two before a side
	// head whatever stands before them (side_pairs: "des deux camps")
	sidePair map[string]map[string]bool
	// pairDual, pairTwo: folded words that count two in a group phrase,
	// the numeral after a groupDet word only (language -> folded word)
	pairDual, pairTwo map[string]bool
	groupDet          map[string]map[string]bool
	// groupSig has the wordSig bit of every key of groupNum, pairDual and
	// pairTwo: groupHits skips the other words without a map lookup
	groupSig *[wordSigBits / 64]uint64
	// headRole, headCountry: language -> folded group head -> the office
	// (a roles key of demonyms.yaml) or country id its people have
	headRole, headCountry map[string]map[string]string
	// nisbaNoun holds the stems (nisbaStem) of Arabic-script nouns whose
	// adjective in -ی/-ي is an everyday word, as a country's is
	nisbaNoun map[string]bool
	// givenName: common given names in Latin and Cyrillic script, as
	// written (givenKeys holds their keys)
	givenName []string
}

// nameWords are the small words that sit inside or after names.
type nameWords struct {
	particle   map[string]bool // Latin and Cyrillic: al, de, von, bin, аль
	arabicJoin map[string]bool // joined to Arab family names in Latin/Cyrillic script
	scriptPart map[string]bool // European particles written in Arabic script (folded)
	arStart    map[string]bool // Arabic-script particles that start a name (folded)
	trArticle  map[string]bool // Turkish assimilated Arabic article
	ruSuffix   map[string]bool // Russian adjectival surname suffixes
	genitive   map[string]bool // endings after an apostrophe (tr, en)
	trGenitive map[string]bool // Turkish genitive suffixes after an apostrophe
}

var closed = sync.OnceValue(func() *closedWords {
	cw, err := readClosedWords()
	if err != nil {
		panic(err) // the file is embedded: a test reads it
	}
	return cw
})

func readClosedWords() (*closedWords, error) {
	b, err := lexiconFS.ReadFile("lexicon/words.yaml")
	if err != nil {
		return nil, fmt.Errorf("read lexicon/words.yaml: %w", err)
	}
	var raw struct {
		Function  map[string][]string            `yaml:"function_words"`
		Neighbour map[string][]string            `yaml:"neighbour_words"`
		Abbrev    []string                       `yaml:"abbreviations"`
		GroupNum  map[int][]string               `yaml:"group_numbers"`
		Capital   []string                       `yaml:"capital_nouns"`
		Deleg     []string                       `yaml:"delegation_nouns"`
		PlaceNoun []string                       `yaml:"place_nouns"`
		Home      map[string]string              `yaml:"home_country"`
		HomeTitle map[string][]string            `yaml:"home_titles"`
		StateHead map[string][]string            `yaml:"head_of_state_titles"`
		CityOff   map[string][]string            `yaml:"city_office_titles"`
		TitleAdj  []string                       `yaml:"title_adjectives"`
		Portfolio map[string]map[string][]string `yaml:"portfolio_after"`
		Names     struct {
			Particle   []string `yaml:"particles"`
			ArabicJoin []string `yaml:"arabic_article"`
			ScriptPart []string `yaml:"particles_arabic_script"`
			ArStart    []string `yaml:"arabic_script_starts"`
			TrArticle  []string `yaml:"tr_article"`
			RuSuffix   []string `yaml:"ru_surname_suffixes"`
			Genitive   []string `yaml:"genitive_endings"`
			TrGenitive []string `yaml:"tr_genitives"`
		} `yaml:"names"`
		LocMod   map[string][]string `yaml:"locative_modifiers"`
		VisitGen []string            `yaml:"visit_genitives"`
		Heads    map[string][]string `yaml:"group_heads"`
		Sides    map[string][]string `yaml:"side_heads"`
		Bodies   map[string][]string `yaml:"body_heads"`
		LedVerb  map[string][]string `yaml:"led_verbs"`
		SidePair map[string][]string `yaml:"side_pairs"`
		Pairs    map[string][]string `yaml:"group_pairs"`
		Dets     map[string][]string `yaml:"group_determiners"`
		// (office or country -> language -> group heads)
		HeadRole map[string]map[string][]string `yaml:"group_head_roles"`
		HeadLand map[string]map[string][]string `yaml:"group_head_countries"`
		Nisba    []string                       `yaml:"nisba_nouns"`
		Given    []string                       `yaml:"given_names"`
	}
	if err := yaml.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("parse lexicon/words.yaml: %w", err)
	}
	sets := func(m map[string][]string) map[string]map[string]bool {
		out := map[string]map[string]bool{}
		for lang, ws := range m {
			out[lang] = set(ws)
		}
		return out
	}
	folded := func(ws []string) map[string]bool {
		m := make(map[string]bool, len(ws))
		for _, w := range ws {
			m[Fold(w)] = true
		}
		return m
	}
	cw := &closedWords{function: sets(raw.Function), neighbour: sets(raw.Neighbour), abbrev: set(raw.Abbrev),
		groupNum: map[string]int{}, capital: folded(raw.Capital), deleg: folded(raw.Deleg), placeNoun: folded(raw.PlaceNoun), home: raw.Home}
	n := raw.Names
	cw.names = nameWords{particle: set(n.Particle), arabicJoin: set(n.ArabicJoin), scriptPart: set(n.ScriptPart), arStart: folded(n.ArStart),
		trArticle: set(n.TrArticle), ruSuffix: set(n.RuSuffix), genitive: set(n.Genitive), trGenitive: set(n.TrGenitive)}
	cw.visitGen = folded(raw.VisitGen)
	cw.titleAdj = folded(raw.TitleAdj)
	cw.nisbaNoun = map[string]bool{}
	for _, w := range raw.Nisba {
		if st := nisbaStem(Fold(w), false); st != "" {
			cw.nisbaNoun[st] = true
		}
	}
	cw.givenName = raw.Given
	cw.homeTitle = foldedTitles(raw.HomeTitle)
	cw.stateHead = foldedTitles(raw.StateHead)
	cw.cityOffice = raw.CityOff
	cw.portfolio = raw.Portfolio
	cw.locMod = map[string]map[string]bool{}
	for lang, ws := range raw.LocMod {
		cw.locMod[lang] = folded(ws)
	}
	cw.pairDual, cw.pairTwo = folded(raw.Pairs["dual"]), folded(raw.Pairs["two"])
	cw.groupDet = map[string]map[string]bool{}
	byHead := func(m map[string]map[string][]string) map[string]map[string]string {
		out := map[string]map[string]string{}
		for v, langs := range m {
			for lang, ws := range langs {
				if out[lang] == nil {
					out[lang] = map[string]string{}
				}
				for _, w := range ws {
					out[lang][Fold(w)] = v
				}
			}
		}
		return out
	}
	cw.headRole, cw.headCountry = byHead(raw.HeadRole), byHead(raw.HeadLand)
	for lang, ws := range raw.Dets {
		cw.groupDet[lang] = folded(ws)
	}
	cw.groupHead = map[string]map[string]bool{}
	for lang, ws := range raw.Heads {
		cw.groupHead[lang] = folded(ws)
	}
	cw.sideHead = map[string]map[string]bool{}
	for lang, ws := range raw.Sides {
		cw.sideHead[lang] = folded(ws)
	}
	cw.ledVerb = map[string]map[string]bool{}
	for lang, ws := range raw.LedVerb {
		cw.ledVerb[lang] = folded(ws)
	}
	cw.sidePair = map[string]map[string]bool{}
	for lang, ws := range raw.SidePair {
		cw.sidePair[lang] = folded(ws)
	}
	cw.bodyHead = map[string]map[string]bool{}
	for lang, ws := range raw.Bodies {
		cw.bodyHead[lang] = folded(ws)
	}
	for n, ws := range raw.GroupNum {
		for _, w := range ws {
			cw.groupNum[w] = n
			cw.groupNum[Fold(w)] = n
		}
	}
	cw.groupSig = new([wordSigBits / 64]uint64)
	for _, m := range []map[string]bool{cw.pairDual, cw.pairTwo} {
		for w := range m {
			h := wordSig(w)
			cw.groupSig[h>>6] |= 1 << (h & 63)
		}
	}
	for _, m := range cw.sidePair {
		for w := range m {
			h := wordSig(w)
			cw.groupSig[h>>6] |= 1 << (h & 63)
		}
	}
	for w := range cw.groupNum {
		h := wordSig(w)
		cw.groupSig[h>>6] |= 1 << (h & 63)
	}
	return cw, nil
}

// givenKeys are the matching keys of the `given_names`: built after the
// closed words, since tokenizing a Russian name reads them.
var givenKeys = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range closed().givenName {
		if ks := tokenizeName(w); len(ks) == 1 {
			m[ks[0]] = true
		}
	}
	return m
})

// mayGroup tells whether w may be a key of groupNum, pairDual or pairTwo;
// false means it is none.
func (cw *closedWords) mayGroup(w string) bool {
	h := wordSig(w)
	return cw.groupSig[h>>6]&(1<<(h&63)) != 0
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// foldedTitles is, per language, each title's folded words joined by
// spaces, as hitWords gives a title hit's.
func foldedTitles(raw map[string][]string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for lang, ws := range raw {
		out[lang] = map[string]bool{}
		for _, w := range ws {
			out[lang][strings.Join(tokenizeRaw(w), " ")] = true
		}
	}
	return out
}
