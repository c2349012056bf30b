package extract

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parley/parley/graph"
	"go.yaml.in/yaml/v3"
)

// langs are the languages Parley reads; a lexicon key outside them is an
// error, because a typo there would silently drop names.
var langs = []string{"ur", "ar", "de", "en", "fr", "it", "tr", "es", "ru"}

func knownLang(l string) bool {
	for _, x := range langs {
		if x == l {
			return true
		}
	}
	return false
}

// actorEntry is one actor of actors/*.yaml.
type actorEntry struct {
	ID          string `yaml:"id"`
	Name        string `yaml:"name"`
	Kind        string `yaml:"kind"`
	Role        string `yaml:"role"`
	Affiliation string `yaml:"affiliation"`
	Country     string `yaml:"country"`
	Years       string `yaml:"years"`
	// Term is when the role was held, "FROM/TO" in ISO dates of any
	// precision ("2014-06/", "2016-04/2021-03-15"), either side open: it
	// picks the one holder of an office at an article's date ("son
	// homologue égyptien"); without it the years say.
	Term   string `yaml:"term"`
	Gender string `yaml:"gender"` // "f" for a woman: "la ministre" is never a man
	// Rival marks a government or body that ran beside the one states
	// recognised ("the eastern Interim Government"): a bare title of the
	// country ("the Libyan foreign minister") means its officers only
	// when the recognised side had none then.
	Rival    bool                `yaml:"rival"`
	Names    map[string][]string `yaml:"names"`
	Short    map[string][]string `yaml:"short"`
	Metonyms map[string][]string `yaml:"metonyms"`
	// SpeakerMetonyms stand for the actor only as the one who speaks
	// ("Paris estime que", "ودعت باريس إلى", "Rabat insiste en que"):
	// capitals that are just as often the seat of a conference ("the
	// Berlin conference"), a traveller's origin ("the guest from Berlin")
	// or a dateline, where as a party they would join meetings.
	SpeakerMetonyms map[string][]string `yaml:"speaker_metonyms"`
	// Epithets are descriptions that stand for the person alone ("the
	// Libyan strongman", "l'homme fort de l'Est libyen"): with no name
	// after them, in an article that named the person before, they are
	// that person.
	Epithets map[string][]string `yaml:"epithets"`
	// FullFirst: the surname alone names this person only after the full
	// name ("Gerd Müller ... Müller sagte"); it is never found by its
	// spelling alone, which a common surname shares with anyone.
	FullFirst bool `yaml:"full_first"`
}

// placeEntry is one place of places.yaml.
type placeEntry struct {
	ID      string              `yaml:"id"`
	Name    string              `yaml:"name"`
	Country string              `yaml:"country"`
	Capital bool                `yaml:"capital"` // the capital of its country: "in the capital" is there
	Sea     bool                `yaml:"sea"`     // a sea: a region talked about ("migration across the Mediterranean"), never where a meeting is held
	Names   map[string][]string `yaml:"names"`
}

// Name kinds, in the order a tie between equally long matches prefers.
const (
	nameFull = iota
	nameShort
	nameMetonym
	nameDerived // last word of a full name: only after the full name
	namePlace
	nameDemonymPair // one of a hyphened pair of demonyms before a meeting noun ("российско-турецких консультаций"): a party, never a topic
	nameSpeaker     // a speaker_metonyms form: kept only as the subject of a speech verb
)

type nameEntry struct {
	keys  []string
	actor int // index in lexicon.actors, or -1
	place int // index in lexicon.places, or -1
	kind  int
	caps  bool // an acronym: matches a word written in capitals only ("US", not "us")
	// initial: a one-word name every spelling of which starts with a
	// capital ("NATO", "Nato"): matches only a word that does in a
	// cased script; Italian "è nato" (was born) is no NATO (session 18)
	initial bool
	// notUr: an Arabic one-word short form with no article, of an actor
	// that lists Urdu short forms of its own, matches no Urdu word: the
	// two languages spell foreign names apart, and folded, Arabic
	// "بيروني" (Perrone) is Urdu "بیرونی" (foreign); Urdu writes
	// "پیرونے". Urdu uses the Arabic forms with "ال" ("السراج") as they are.
	notUr bool
}

type lexActor struct {
	graph.Actor
	country  string
	female   bool
	from, to graph.Date // the term of the role (zero: open)
	rival    bool       // a rival body's (actorEntry.Rival)
}

type skelEntry struct {
	skel  string
	form  string // the folded word the skeleton came from
	actor int
	mask  uint64 // skelMask(skel)
}

// lexicon is the loaded, indexed lexicon. It is read-only after load.
type lexicon struct {
	// heads remembers headOfOrg's answers (id + "\x00" + org -> bool):
	// the lexicon never changes, and orgHeadAt asks of every actor
	heads    sync.Map
	actors   []lexActor
	actorIdx map[string]int
	places   []graph.Place
	placeIdx map[string]int
	capitals map[string]string // country id -> its capital's place id (capital: true in places.yaml)
	seas     map[string]bool   // place ids of seas (sea: true in places.yaml): never an event's place
	// cityStems are the folded one-word names (4 runes or more) of the
	// places that are neither a country nor a sea, in lexicon order: the
	// stems of city adjectives ("Berliner", "Берлинской")
	cityStems []cityStem
	// names maps the first key of every name to its entries, longest first.
	names map[string][]*nameEntry
	// nameSig has the bit of each key of names set (see mayName)
	nameSig *[nameSigBits / 64]uint64
	// skels indexes single-word surname skeletons by first class for the
	// cross-script fuzzy match.
	skels map[byte][]skelEntry
	// skelsByLen holds the same entries by first class and length, for
	// the fuzzy match, which compares only skeletons of close lengths.
	skelsByLen map[skelKey]*skelBucket
	// given holds the first words of full person names: a word after one
	// of them is in a name context for the fuzzy match.
	given map[string]bool
	// givenOf holds each person's given names (by actor index): a surname
	// after another person's given name is not theirs ("Ahmed Salem" is not
	// Ghassan Salamé).
	givenOf map[int]map[string]bool
	// innerOf holds the words before the last of each person's names
	// ("tayyip" of "Recep Tayyip Erdoğan"), by actor index
	innerOf map[int]map[string]bool
	// nisba holds the stems of Arabic-script country names ("مصر",
	// "روسي"): "المصري", "الروسية" are adjectives of a country, never
	// a variant spelling of a surname ("المصري" is not al-Mishri).
	nisba map[string]bool
	rules map[string]*langRules
	// roleHeads maps a title role to the heads of the lexicon roles it
	// names (demonyms.yaml): "Ministro" -> "Minister".
	roleHeads map[string][]string
	// roman maps folded Arabic-script name words (and two-word compounds)
	// to their usual English romanisation (romanise.yaml); romanUR holds
	// the South Asian spellings Urdu texts prefer.
	roman, romanUR map[string]string
	// romanRU maps folded Cyrillic Arabic given names to their usual
	// English romanisation (romanise.yaml's ru).
	romanRU map[string]string
}

// romaniseFile is romanise.yaml.
type romaniseFile struct {
	Words map[string]string `yaml:"words"`
	UR    map[string]string `yaml:"ur"`
	RU    map[string]string `yaml:"ru"`
}

// loadRomanise reads romanise.yaml, when there is one, keyed by folded
// form; two spellings that fold alike must agree.
func (lx *lexicon) loadRomanise(fsys fs.FS) error {
	lx.roman, lx.romanUR, lx.romanRU = map[string]string{}, map[string]string{}, map[string]string{}
	if _, err := fs.Stat(fsys, "romanise.yaml"); err != nil {
		return nil
	}
	var rf romaniseFile
	if err := readYAML(fsys, "romanise.yaml", &rf); err != nil {
		return err
	}
	for _, part := range []struct {
		from map[string]string
		to   map[string]string
	}{{rf.Words, lx.roman}, {rf.UR, lx.romanUR}, {rf.RU, lx.romanRU}} {
		for _, w := range sortedKeys(part.from) {
			r := part.from[w]
			k := strings.Join(strings.Fields(Fold(w)), " ")
			if k == "" || r == "" {
				return fmt.Errorf("romanise.yaml: empty entry %q: %q", w, r)
			}
			if old, dup := part.to[k]; dup && old != r {
				return fmt.Errorf("romanise.yaml: %q is both %q and %q", w, old, r)
			}
			part.to[k] = r
		}
	}
	return nil
}

// demonymsFile is demonyms.yaml.
type demonymsFile struct {
	Demonyms map[string]map[string][]string `yaml:"demonyms"`
	Roles    map[string][]string            `yaml:"roles"`
}

// nisbaStem is an Arabic-script word without its article and its
// feminine or adjective ending ("المصرية" -> "مصر", "روسيا" -> "روس");
// adj strips the adjective endings too. It is "" for other scripts.
func nisbaStem(key string, adj bool) string {
	if r, _ := utf8.DecodeRuneInString(key); !unicode.Is(unicode.Arabic, r) {
		return ""
	}
	w := key
	for _, p := range []string{"وال", "بال", "لل", "ال"} {
		if strings.HasPrefix(w, p) && utf8.RuneCountInString(w) > utf8.RuneCountInString(p)+2 {
			w = strings.TrimPrefix(w, p)
			break
		}
	}
	if adj {
		for _, suf := range []string{"يين", "يون", "ية", "يه", "یہ", "ي", "ی"} {
			if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w) > utf8.RuneCountInString(suf)+1 {
				w = strings.TrimSuffix(w, suf)
				break
			}
		}
	}
	for _, suf := range []string{"ا", "ة", "ه", "ہ"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w) > 2 {
			w = strings.TrimSuffix(w, suf)
			break
		}
	}
	return w
}

func loadLexicon(fsys fs.FS) (*lexicon, error) {
	lx := &lexicon{
		actorIdx: map[string]int{},
		placeIdx: map[string]int{},
		names:    map[string][]*nameEntry{},
		skels:    map[byte][]skelEntry{},
		given:    map[string]bool{},
		givenOf:  map[int]map[string]bool{},
		innerOf:  map[int]map[string]bool{},
		nisba:    map[string]bool{},
	}
	var errs []error
	actorFiles, err := fs.Glob(fsys, "actors/*.yaml")
	if err != nil {
		return nil, fmt.Errorf("list actors: %w", err)
	}
	sort.Strings(actorFiles)
	var raw []actorEntry
	var from []string
	for _, f := range actorFiles {
		var list []actorEntry
		if err := readYAML(fsys, f, &list); err != nil {
			errs = append(errs, err)
			continue
		}
		for _, a := range list {
			raw = append(raw, a)
			from = append(from, f)
		}
	}
	byName := map[string]int{}
	for i, a := range raw {
		if err := checkActor(a); err != nil {
			errs = append(errs, fmt.Errorf("%s: actor %q: %w", from[i], a.ID, err))
			continue
		}
		if j, dup := lx.actorIdx[a.ID]; dup {
			errs = append(errs, fmt.Errorf("%s: actor %q: duplicate id (also in %s)", from[i], a.ID, from[j]))
			continue
		}
		// Two entries under one canonical name would split one person's
		// mentions between two ids that export and eval cannot tell apart.
		if j, dup := byName[a.Name]; dup {
			errs = append(errs, fmt.Errorf("%s: actor %q: duplicate name %q (also actor %q in %s)", from[i], a.ID, a.Name, lx.actors[j].ID, from[j]))
			continue
		}
		byName[a.Name] = len(lx.actors)
		lx.actorIdx[a.ID] = len(lx.actors)
		from[len(lx.actors)] = from[i]
		la := lexActor{Actor: graph.Actor{ID: a.ID, Name: a.Name, Kind: a.Kind, Role: a.Role, Affiliation: a.Affiliation, Reviewed: true}, country: a.Country, female: a.Gender == "f", rival: a.Rival}
		if err := la.setTerm(a.Term, a.Years); err != nil {
			return nil, fmt.Errorf("actor %s: %v", a.ID, err)
		}
		la.Aliases = allNames(a.Name, a.Names, a.Short, a.Metonyms)
		lx.actors = append(lx.actors, la)
		raw[len(lx.actors)-1] = a
	}
	raw = raw[:len(lx.actors)]
	for i, a := range raw {
		if a.Affiliation != "" {
			if _, ok := lx.actorIdx[a.Affiliation]; !ok {
				errs = append(errs, fmt.Errorf("%s: actor %q: unknown affiliation %q", from[i], a.ID, a.Affiliation))
			}
		}
		if a.Country != "" {
			if _, ok := lx.actorIdx[a.Country]; !ok {
				errs = append(errs, fmt.Errorf("%s: actor %q: unknown country %q", from[i], a.ID, a.Country))
			}
		}
	}
	var places []placeEntry
	if _, err := fs.Stat(fsys, "places.yaml"); err == nil {
		if err := readYAML(fsys, "places.yaml", &places); err != nil {
			errs = append(errs, err)
		}
	}
	for _, p := range places {
		if err := checkNames(p.ID, p.Name, p.Names); err != nil {
			errs = append(errs, fmt.Errorf("places.yaml: place %q: %w", p.ID, err))
			continue
		}
		if _, dup := lx.placeIdx[p.ID]; dup {
			errs = append(errs, fmt.Errorf("places.yaml: place %q: duplicate id", p.ID))
			continue
		}
		lx.placeIdx[p.ID] = len(lx.places)
		lx.places = append(lx.places, graph.Place{ID: p.ID, Name: p.Name, Country: p.Country, Aliases: allNames(p.Name, p.Names)})
		if p.Sea {
			if lx.seas == nil {
				lx.seas = map[string]bool{}
			}
			lx.seas[p.ID] = true
		}
		if p.Capital && p.Country != "" {
			if lx.capitals == nil {
				lx.capitals = map[string]string{}
			}
			lx.capitals[p.Country] = p.ID
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	for _, p := range lx.places {
		if k, ok := lx.actorIdx[p.ID]; p.Country == "" || ok && lx.actors[k].Kind == graph.KindCountry || lx.seas[p.ID] {
			continue
		}
		for _, n := range p.Aliases {
			if f := Fold(n); utf8.RuneCountInString(f) >= 4 && !strings.Contains(f, " ") {
				lx.cityStems = append(lx.cityStems, cityStem{form: f, id: p.ID})
			}
		}
	}
	rules, err := loadRules(fsys)
	if err != nil {
		return nil, err
	}
	lx.rules = rules
	if err := lx.loadRomanise(fsys); err != nil {
		return nil, err
	}
	for c := range lx.capitals {
		if _, ok := lx.actorIdx[c]; !ok {
			return nil, fmt.Errorf("places.yaml: capital of unknown country %q", c)
		}
	}
	if _, err := fs.Stat(fsys, "demonyms.yaml"); err == nil {
		var dm demonymsFile
		if err := readYAML(fsys, "demonyms.yaml", &dm); err != nil {
			return nil, err
		}
		lx.roleHeads = dm.Roles
		for _, l := range sortedKeys(dm.Demonyms) {
			r, ok := rules[l]
			if !ok {
				return nil, fmt.Errorf("demonyms.yaml: unknown language code %q", l)
			}
			for _, c := range sortedKeys(dm.Demonyms[l]) {
				if i, ok := lx.actorIdx[c]; !ok || lx.actors[i].Kind != graph.KindCountry {
					return nil, fmt.Errorf("demonyms.yaml: %s: %q is no country of the lexicon", l, c)
				}
				for _, w := range dm.Demonyms[l][c] {
					if p := newPhrase(w, pDemonym); p != nil {
						p.role, p.name = c, "demonym"
						r.phrases.add(p)
					}
				}
			}
		}
	}
	if err := addEpithets(raw, rules); err != nil {
		return nil, err
	}
	for i, a := range raw {
		lx.index(i, -1, nameFull, a.Name)
		for _, l := range sortedKeys(a.Names) {
			for _, n := range a.Names[l] {
				lx.index(i, -1, nameFull, n)
			}
		}
		for _, l := range sortedKeys(a.Short) {
			for _, n := range a.Short[l] {
				e := lx.index(i, -1, nameShort, n)
				lx.addSkel(i, n)
				shortLangs(e, a.Short, l)
			}
		}
		for _, l := range sortedKeys(a.Metonyms) {
			for _, n := range a.Metonyms[l] {
				lx.index(i, -1, nameMetonym, n)
			}
		}
		for _, l := range sortedKeys(a.SpeakerMetonyms) {
			for _, n := range a.SpeakerMetonyms[l] {
				lx.index(i, -1, nameSpeaker, n)
			}
		}
		if a.Kind == graph.KindCountry {
			for _, n := range append(flatten(a.Names), flatten(a.Short)...) {
				if keys := tokenizeName(n); len(keys) == 1 {
					if st := nisbaStem(keys[0], false); st != "" {
						lx.nisba[st] = true
					}
				}
			}
		}
		if a.Kind == graph.KindPerson {
			full := append([]string{a.Name}, flatten(a.Names)...)
			for _, n := range full {
				keys := tokenizeName(n)
				if len(keys) < 2 {
					continue
				}
				lx.index(i, -1, nameDerived, keys[len(keys)-1])
				// an Arabic-script surname with its article ("المنفي")
				// is also written without it once the person is named
				// ("منفی نے …", "قال منفي"): the bare form, often a
				// common word, names him only after his full name
				if stem, ok := strings.CutPrefix(keys[len(keys)-1], "ال"); ok && utf8.RuneCountInString(stem) >= 3 && scriptOf([]rune(stem)[0]) == scriptArabic {
					lx.index(i, -1, nameDerived, stem)
				}
				if !a.FullFirst {
					lx.addSkel(i, keys[len(keys)-1])
				}
				if lx.innerOf[i] == nil {
					lx.innerOf[i] = map[string]bool{}
				}
				for _, k := range keys[:len(keys)-1] {
					lx.innerOf[i][k] = true
				}
				// Only the first word is a given name: middle words are
				// often particles or common words (Urdu "کی" in "بان کی مون").
				if !isNameParticle(keys[0]) {
					lx.given[keys[0]] = true
					if lx.givenOf[i] == nil {
						lx.givenOf[i] = map[string]bool{}
					}
					lx.givenOf[i][keys[0]] = true
				}
			}
		}
	}
	for i, p := range places {
		lx.index(-1, i, namePlace, p.Name)
		for _, l := range sortedKeys(p.Names) {
			for _, n := range p.Names[l] {
				lx.index(-1, i, namePlace, n)
			}
		}
	}
	for k, es := range lx.names {
		sort.SliceStable(es, func(i, j int) bool {
			if len(es[i].keys) != len(es[j].keys) {
				return len(es[i].keys) > len(es[j].keys)
			}
			return es[i].kind < es[j].kind
		})
		lx.names[k] = dedupeEntries(es)
	}
	lx.skelsByLen = map[skelKey]*skelBucket{}
	for c, es := range lx.skels {
		for _, e := range es {
			k := skelKey{c, len(e.skel)}
			b := lx.skelsByLen[k]
			if b == nil {
				b = &skelBucket{}
				lx.skelsByLen[k] = b
			}
			b.entries = append(b.entries, e)
			b.masks = append(b.masks, e.mask)
		}
	}
	return lx, nil
}

// skelBucket holds the skeletons of one first class and length, with
// their letter masks side by side for a quick scan.
type skelBucket struct {
	entries []skelEntry
	masks   []uint64
}

// skelKey is a skeleton's first class and length.
type skelKey struct {
	first byte
	n     int
}

func checkActor(a actorEntry) error {
	if a.ID == "" {
		return errors.New("empty id")
	}
	switch a.Kind {
	case graph.KindPerson, graph.KindOrganisation, graph.KindCountry:
	default:
		return fmt.Errorf("unknown kind %q", a.Kind)
	}
	if err := checkNames(a.ID, a.Name, a.Names); err != nil {
		return err
	}
	for _, m := range []map[string][]string{a.Short, a.Metonyms, a.SpeakerMetonyms} {
		for l, ns := range m {
			if !knownLang(l) {
				return fmt.Errorf("unknown language code %q", l)
			}
			for _, n := range ns {
				if len(tokenizeName(n)) == 0 {
					return fmt.Errorf("empty name under %s", l)
				}
			}
		}
	}
	return nil
}

func checkNames(id, name string, names map[string][]string) error {
	if id == "" {
		return errors.New("empty id")
	}
	if slug(id) != id {
		return fmt.Errorf("id %q is not a slug", id)
	}
	if strings.TrimSpace(name) == "" {
		return errors.New("empty name")
	}
	if len(names) == 0 {
		return errors.New("empty names")
	}
	for l, ns := range names {
		if !knownLang(l) {
			return fmt.Errorf("unknown language code %q", l)
		}
		if len(ns) == 0 {
			return fmt.Errorf("empty name list under %s", l)
		}
		for _, n := range ns {
			if len(tokenizeName(n)) == 0 {
				return fmt.Errorf("empty name under %s", l)
			}
		}
	}
	return nil
}

func readYAML(fsys fs.FS, name string, v any) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	if err := yaml.Unmarshal(b, v); err != nil {
		return fmt.Errorf("parse %s: %w", name, err)
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func flatten(m map[string][]string) []string {
	var out []string
	for _, k := range sortedKeys(m) {
		out = append(out, m[k]...)
	}
	return out
}

// allNames lists a name and every form under the maps, once each.
func allNames(name string, maps ...map[string][]string) []string {
	seen := map[string]bool{name: true}
	out := []string{name}
	for _, m := range maps {
		for _, n := range flatten(m) {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}

func (lx *lexicon) index(actor, place, kind int, name string) *nameEntry {
	keys := tokenizeName(name)
	if len(keys) == 0 {
		return nil
	}
	e := &nameEntry{keys: keys, actor: actor, place: place, kind: kind, caps: len(keys) == 1 && allCaps(name), initial: len(keys) == 1 && upperInitial(name)}
	lx.names[keys[0]] = append(lx.names[keys[0]], e)
	if lx.nameSig == nil {
		lx.nameSig = new([nameSigBits / 64]uint64)
	}
	h := wordHash(keys[0]) >> (32 - nameSigLog)
	lx.nameSig[h>>6] |= 1 << (h & 63)
	return e
}

const nameSigLog = 20
const nameSigBits = 1 << nameSigLog

// mayName tells whether names may hold key w; false means it does not.
func (lx *lexicon) mayName(w string) bool {
	if lx.nameSig == nil {
		return true
	}
	h := wordHash(w) >> (32 - nameSigLog)
	return lx.nameSig[h>>6]&(1<<(h&63)) != 0
}

// allCaps tells whether a name is written in capitals only ("US", "ООН"),
// dots aside: such acronyms are often common words in lower case.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == '.' || r == '-':
		case unicode.IsUpper(r):
			n++
		default:
			return false
		}
	}
	return n >= 2
}

// upperInitial tells whether a name starts with a capital letter.
func upperInitial(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

func (lx *lexicon) addSkel(actor int, name string) {
	keys := tokenizeName(name)
	if len(keys) != 1 {
		return
	}
	s := skeleton(keys[0])
	if len(s) < 3 {
		return
	}
	for _, e := range lx.skels[s[0]] {
		if e.form == keys[0] && e.actor == actor {
			return
		}
	}
	lx.skels[s[0]] = append(lx.skels[s[0]], skelEntry{skel: s, form: keys[0], actor: actor, mask: skelMask(s)})
}

// dedupeEntries drops entries naming the same target with the same keys,
// keeping the preferred kind; the match is case-sensitive only if every
// listed spelling is an acronym.
func dedupeEntries(es []*nameEntry) []*nameEntry {
	out := es[:0]
	for _, e := range es {
		dup := false
		for _, o := range out {
			if o.actor == e.actor && o.place == e.place && equalKeys(o.keys, e.keys) {
				// "NATO" and "Nato" listed both: any case will do.
				o.caps = o.caps && e.caps
				o.initial = o.initial && e.initial
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	return out
}

func equalKeys(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// ---- engine-owned rule files ----

// Phrase kinds of the rule files.
const (
	pMeet = iota + 1
	pMeetNoun
	pHost
	pVisit
	pCall
	pCallFrom
	pVideo
	pJoin
	pNegation
	pNegated
	pPlanned
	pCancelled
	pIgnore
	pSpeech
	pComplementizer
	pLocative
	pDirection
	pStop
	pMonth
	pWeekday
	pRelative
	pTitle
	pBetween
	pAccording      // "according to X", "selon X": the source follows
	pAccordingAfter // "X کے مطابق", "X'e göre", "X zufolge": the source precedes
	pViewpoint      // "for", "pour", "para", "для" opening a clause: "Pour X, …" is X's view when X is a person, no one's words when X is a state
	pUnnamed
	pUnnamedLink
	pAnd         // a coordinating "and": "Maas and Le Drian said" is not Le Drian's alone
	pNextWeek    // "next" next to a weekday: the week after ("next Tuesday", "mardi prochain")
	pLastWeek    // "last" next to a weekday: the week before ("last Wednesday", "mercredi dernier")
	pSeparate    // "separate talks with X and with Y": one meeting per partner
	pTopic       // "about", "über", "حول": a country after it is a topic, not a participant
	pTopicAfter  // "hakkında", "کے بارے میں": the same after the country
	pCounterpart // "his counterpart", "mevkidaşı", "نظيره"
	pAnaphor     // "after the meeting", "nach dem Treffen", "خلال اللقاء": an event told before
	pPronoun     // "er", "ihn", "il", "он", "انہوں": a person named before
	pSpeechTo    // "asked", "acusó a", "ha chiesto": speech whose addressee follows
	pDemonym     // "Egyptian", "turco", "الجزائري": role holds the country id
	pBoth        // "the two leaders", "دونوں رہنماؤں": the pair of the last event
	pRelPron     // "who", "der", "qui", "который": opens a relative clause after a comma
	pHead        // "رئيس", "глава": the head of the organisation named right after
	pObjPron     // "l'a", "lo ha", "lo recibió": an object pronoun right before the verb
	pInstitution // "ministry", "embassy", "الخارجية", "МИД": a state's office; with a country or demonym beside it, that country speaks
	pFronted     // "bei", "nach": opens a fronted phrase; the verb-second verb after it has its subject after it
	pHedge       // "is said to", "contrairement à ce que": the speech verb right after it reports no one's words
	pPurpose     // "para", "pour", "in order to": opens a purpose clause; a place in it is what is aimed at, not where they met
	pSequence    // "then", "ensuite", "después": the next step of the event told before, in the same place
	pCapital     // "capital", "capitale": after a locative, the capital of the country the story is in
	pOrdinal     // "the first", "la première": after a comma, opens an apposition that describes the event told before it
	pIdentity    // "il s'agit de", "it was": before an ordinal, opens a sentence that describes the event told before it
	pRefusal     // "lehnte … ab", "отказался от", "reddetti": refuses the meeting noun it governs
	pDelegation  // "Türk heyeti", "die Delegation", "делегация": as subject, the members named with the trip before
	pDirAfter    // "پہنچے", "روانہ": a place right before it, with no postposition, is where one goes
	pPriorStop   // "کا دورہ کرنے کے بعد", "بعد زيارة": the places it governs are stops before the one the sentence tells
	pPairAnchor  // "الزيارتين", "دونوں دوروں": after "the eve of", the two events told before; the day before the first
	pDiscuss     // "حيث بحثا", "پر بات چیت": says what a meeting told before it discussed; a place in it is the topic, not where they met
	pHeadAfter   // "Başkanı", "Komutanı": the head of the organisation named right before it
	pAgent       // "von", "by": before a name after a pronoun ("wo sie von X empfangen wurde"), the passive's agent, not its subject
	pOblique     // "ile", "tarafından", or a case ending after an apostrophe ("Sisi'yle"): the name before it is no subject
	pExistential // "there was", "hubo", "c'è stato": beside a negation, denies the meeting noun that follows
	pNothing     // "little", "nothing", "rien", "nada": as a speech verb's object, nothing was said
	pAfter       // "after", "après", "dopo", "tras": before a meeting, opens a time phrase of another verb's clause
	pAfterPost   // "کے اگلے روز", "ertesi günü": the same, after the noun it governs (postpositions)
	pMultiCall   // "three-way", "à trois", "a tre", "трехсторонний": a call of three or more ends, one event
	pRecogBy     // "recognised by", "reconnu par", "المعترف بها من": the organisation or state right after it recognises or backs someone, it is no party
	pRecogAfter  // "-recognised", "tarafından tanınan", "کی تسلیم شدہ": the same, for the organisation or state right before it
	pContrast    // "while", "tandis que", "بينما", "جبکہ": opens a clause with a subject and an event of its own
	pSupport     // "to support", "pour soutenir", "لدعم": the one it backs, named right after it, is no partner of the trip or meeting
	pGuest       // "the guest", "der Gast", "l'ospite", "الضيف": the visitor of the trip told last
	pBefore      // "before", "avant", "prima di", "antes de": before a meeting noun after a comma, opens an event of the clause's subject with its own partner
	pUrge        // "a appelé", "llamó a", "ha chiamato": a call verb that, with a complement naming no one, urges ("a appelé les parties à la retenue")
	pUrgePrep    // "à", "a": after an urge verb, opens what is urged ("à la retenue", "a la calma") unless a name or place follows
	pLatter      // "the latter", "ce dernier", "quest'ultimo", "الأخير": as a speech verb's subject, the person named last
	pLatterFem   // "celle-ci", "cette dernière", "quest'ultima", "الأخيرة": the same, a woman
	pPressOffice // "press office", "ufficio stampa", "المكتب الإعلامي": speaks for the actor it belongs to
	pConference  // "conference", "sommet", "المؤتمر": a gathering of many; as a host verb's object, the host's meeting with those told as attending
	pBackdrop    // "on the eve of", "ahead of", "am Vorabend", "عشية": before a conference noun, dates something else by it; the conference is no meeting told
	pCapitalOf   // "столица": a capital word that names the capital only with a demonym or country beside it
	pDeparture   // "before returning", "avant de regagner", "dönmeden önce": a place it governs is where one goes after the meeting, not where it was
	pAttend      // "around the table were", "took part", "nahmen teil", "شارك في": a list of three or more people who attended, with no meeting before it to join, is the gathering itself
	pSinceDate   // "since", "depuis", "seit", "с", "منذ", or a noun that owns the date ("elections on"), right before a date: it dates no meeting
	pButNot      // "but not", "ma non", "mais pas", "pero no", "но не", "لكن ليس": the name right after it is the one not met
	pSinceAfter  // "'dan beri", "'den bu yana", "سے", "seçimleri" right after a date: the same, for a postposition or a noun after its date
	pLedBy       // "led by", "برئاسة", "во главе с", "başkanlığındaki": the organisation named before the leader only labels him
	pBased       // "based in", "qui siège à", "con sede en", "mit Sitz in", "базирующ* в", "ومقره" right before a place, or "-based", "merkezli", "ansässige" right after it: the place is where someone or something sits, not where the event is
	pObjRel      // "qu'elle", "avec qui", "con cui", "con quien", "a quien" after a comma: opens a relative clause whose antecedent is the object or partner of its verb
	pUrgeInf     // "to": after an urge verb, right before a word that names no one, opens the infinitive of what is urged ("called on Turkey to withdraw from Libya"), names after it included
	pBut         // "but", "although", "aber", "obwohl", "مگر", "لیکن" after a comma: opens a clause whose denial ("but the two did not meet") leaves the meetings told before it standing
	pVenueHead   // "Palast", "Flughafen": hyphened after a place ("Karthago-Palast"), makes the compound a venue in that place, not a topic ("Libyen-Konferenz")
	pPluperfect  // "had", "avait", "aveva", "había", "كان قد" right before a meeting verb: the meeting is background, told before the story's scene
	pHostPerson  // "the host", "der Gastgeber", "el anfitrión", "المضيف": with no name after it, the host of the visit told last
	pEpithet     // an actor's epithet of the lexicon ("the Libyan strongman"): role holds the actor id
	pCompanion   // "accompanied by", "begleitet von", "beraberinde", "ويضم": the people its sentence names travel with the trip's leader, members of its delegation
	pAgain       // "again", "si rivedranno", "se reverront", "wiedersehen", "снова", "yeniden", "مجددا": a `both` clause with it is a return meeting of the story's pair
	pThem        // "them", "li", "les", "los", "sie": a plural object pronoun; with a `separate` word beside the verb, the two people named last, met one after the other
	pPremises    // "at the headquarters of", "au siège de", "nella sede di", "en la sede de", "am Sitz des": the organisation named right after it is the venue, not a party
	pAbroad      // "embassy", "Botschaft", "السفارة": an institution that sits abroad; the city after it is not its country's
	pRemit       // "for", "para", "pour", "per", "für": before a country closed by a comma and a person's name, the remit of that person's title ("the UN envoy for Libya, Stephanie Williams")
	pThen        // "then", "ثم", "а затем", "ardından", "اور پھر": between two partners of one trigger, the meeting with the one after it is another, later one ("met A, then B")
	pOrigin      // "из", "from": a place right after it is where someone came from ("прибывшими из Анкары"), never the meeting's place
	pSign        // "signed", "firmaron", "unterzeichneten": also a `meet` phrase; a signing is a meeting only of people, two or more, all persons
	pBeside      // "alongside", "junto a", "aux côtés de": also a `meet` phrase; doing something beside someone is a meeting only of people, two or more, all persons
	pCallInf     // "to call", "appeler", "chiamare", "llamar a": also a `call` phrase; an infinitive that is a call only with a person named right after it ("found time to call Dendias", not "urged him to call for a truce")
	pSpeechPass  // "bildirildi", "belirtildi", "کہا گیا": a passive speech verb; its speaker is the owner of the statement its clause names, or the genitive subject of a nominalised speech verb right before it
	pStatementIn // "yapılan açıklamada", "açıklamasında", "کی جانب سے جاری بیان میں": the statement whose owner, named right before it, speaks through a passive speech verb
	pSpeechNoun  // "söylediği", "dile getirdiği": a nominalised speech verb; right before a passive speech verb, its genitive subject is the speaker
	pImpersonal  // "aseguran", "spiegano", "on assure": a speech verb with no subject of its own; a place or seat of government opening its clause ("en la Moncloa insisten") is the source
	pTimeWhen    // "at a time when", "au moment où", "ایسے وقت": after a trigger, opens a clause of its own with its own actors
	pFrontedSub  // "after", "when", "après que", "dopo che", "después de que", "после того как": opening the sentence, a subordinate clause that a comma closes before the main clause
	pPresence    // "in the presence of", "sous son égide", "بحضور", "huzurunda": a signing done before a person is a meeting of the sides and that person
	pAsAside     // "as", "как", "comme", "wie": after a comma, opens an aside that cites a source ("X, as his office reported, said"); the verb after it keeps the subject before it
	pGeneric     // "every", "any", "كل", "کسی بھی": an event noun it quantifies is any such event, none told ("from every round of talks", "before any talks")
	pCopresence  // "together", "ensemble", "gemeinsam", "flanked by", "stood between": also a `meet` phrase; people doing one thing together at one place (persons only, two or more), told with no meeting verb in the sentence
	pCoApart     // "from their capitals", "in a joint statement", "chacun de son côté": a sentence with it tells its people apart; its `copresence` phrases tell no meeting
	pAddressee   // "to reporters", "ai giornalisti", "aux journalistes", "журналистам": right after a speech verb, whom it was said to; an inverted subject follows it
	pParty       // "and his delegation", "et sa délégation", "ومرافقوه": right after a person in a meeting's clause, the people who travel with him
	pJudgement   // "must", "il faut", "demuestra", "bisogna": in the clause after "For X,", makes it X's judgement, a statement
	pReportWord  // "readout", "statement", "office", "communiqué": right after the source of an "according to" phrase, the source is a document or an office, provenance and no statement
	pForces      // "forces", "troops", "قوات", "Truppen", "güçleri": armed men or an offensive; whose they are, named right before or after, is no party to the event
	pOrdinalDay  // "السادس من": a day of the month written as an ordinal, with its link word, right before a month (dates.yaml ordinal_days)
	pEachOf      // "كلا من" ("each of") before a verb's partners: no negation; with a meet_adverb after them ("على انفراد") the partners were met one by one
	pMediators   // "the mediators", "die Vermittler", "посредники", "الوسطاء": as a clause's subject with no one named, the people of the talks told just before
	pHostThing   // "letter", "decision", "решение", "меры": the object of a host verb right after it (or a passive's subject right before it) makes it receiving or taking a thing, no meeting ("received a letter from Putin", "принял решение")
	pOneApart    // "الگ ملاقات", "a separate meeting": a `separate` word before a singular meeting noun, one meeting apart from the others told, not one per partner
	pDepart      // "روانہ" (set off): a visit word only toward a destination named with it ("ماسکو روانہ"); "ماسکو سے روانہ" (left Moscow) or a bare one is no visit
	pToward      // "کے لیے", "کی جانب": between a place and a `depart` word, the place is the destination
	pInfinitive  // "de", "di", "to": the mark of an infinitive a refusal governs across a time phrase ("avait exclu dès la veille de le rencontrer")
	pSinceEvent  // "dopo il", "dal", "tras la", "desde la": before a conference noun whose phrase names no person ("A due mesi dal vertice di Berlino, …", "Tras la cumbre de Moscú, …"), dates something else by it; the conference is no meeting told (session 18)
	pIrrealis    // "бы": the particle of the Russian subjunctive in a meeting's clause, near its trigger, makes the meeting wished, counterfactual or only thinkable: none told ("хотел бы встретиться", "встреча … была бы полезна")
	pComitative  // "with", "mit", "с", "ile", "کے ساتھ": marks the partner of a talk_anchored verb (before the name; after it in tr ur)
	pTalkOf      // "de", "della", "del": after the partner of a talk ("avec Choukry de la Libye"), the country right after it is what they talked of
	pIncluding   // fr "dont", "parmi lesquels": after a comma, a group noun and before a name, "including" ("une douzaine de dirigeants, dont X et Y"): the list of the group's members, no relative clause
	pConditional // "if", "si", "wenn", "если", "إذا", "اگر": a meeting trigger after it in its clause, no punctuation between, is only supposed (the protasis of a condition): none told
	pCondThen    // "تو": the word that opens the main clause after a condition with no comma ("اگر … تو"): a trigger after it is no longer in the condition
	pNeither     // "neither", "ni", "weder": the first word of a correlative negation opening its clause ("Neither in Moscow nor in Berlin did X and Y agree to meet", "Ni X ni Y n'ont voulu se rencontrer"): it denies the clause's verb
	pThisDay     // "ce", "este", "questo", "this": a demonstrative right before a weekday names a day of the paper's own week, told in the present as news of the day ("reçoivent ce lundi"), never a plan (session 19)
	pPropose     // "proposed", "suggested", "ha proposto", "предложил", "önerdi": a meeting it governs, recipient between or not, is only proposed ("proposed to Haftar a meeting with Sarraj"): none told (session 19)
	pIndirect    // "indirect talks", "pourparlers indirects", "непрямые переговоры", "through intermediaries": the talks never join the two sides (see indirectSides)
	pMediateAs   // "acted as mediators", "посредниками выступили", "arabuluculuğu üstlendi": its clause's people met each of the two sides named before it on its own (see separateThem)
	pDuring      // "during", "lors de", "خلال", "لدى": opening the sentence before a meeting word, a time phrase closed by a comma, as an `after` phrase is: the name after the comma is the next verb's subject and the meeting's party (session 19)
	pAnyone      // "everyone", "anybody", "со всеми": a universal or indefinite pronoun as the object of a meeting or hosting verb, at most two words after it ("has met almost everyone who matters", "встречался почти со всеми"): no one named was met, no meeting (session 19)
	pWithout     // "without meeting", "sans rencontrer", "ohne … zu treffen", "دون أن يلتقي", "ile görüşmeden": the one it governs (named right after it; right before it in tr ur) was not met; the clause's other meetings stand (session 19)
	pOccurred    // "took place", "eu lieu", "gegeben", "было": beside a negation after a meeting noun that opens its clause, denies the meeting (session 19)
	pLastMinute  // "at the last minute", "à la dernière minute", "in letzter Minute": a meeting called off then was due about when it was called off; its weekday is the one behind the paper (session 19)
	pWithoutVoid // "ile görüşmeden önce": a longer phrase that makes a `without` phrase inside it something else (tr "before meeting X")
	pJointWith   // "together with", "gemeinsam mit", "insieme a", "вместе с": also a `beside` and `meet` phrase, a trigger only with a `joint_act` verb near it in its sentence (session 19)
	pTopicTurn   // tr "ise", "ancak", "fakat": a word that turns to a second subject and clause of its own ("Serrac imzaladı, Hafter ise süre istedi"); only a signing's clause reads it (session 19)
	pPresentVerb // "trifft", "meets", "reçoit", "встречается": the present of a meeting verb; with a bare weekday in its clause, the meeting is still to come (session 19)
	pJointAct    // "presented", "unveiled", "stellte … vor", "представили": a verb of a thing done and shown; beside a `joint_with` phrase, the people named do it together, in one place (session 19)
	pPrepRel     // "with whom", "mit dem", "avec qui", "con cui", "con quien", "с которым": after a comma and a person, a relative clause of the main subject's doing with that person, an event of its own (session 20)
	pElect       // "chose", "a élu", "ha eletto", "eligió", "wählte", "избрал": a body's choice of people for an office; whom it names after it, past the meeting's trigger, are no participants (session 20)
	pRelation    // "an ally of", "rival de", "Verbündeter von", "союзник", "حليف": opening an apposition set off after a person's name, it says whose ally or kin he is; the one it names takes no part in his meeting (session 20)
	pHope        // "hoping to", "in the hope of", "sperando di", "en espérant", "in der Hoffnung", "надеясь", "على أمل": a meeting after it in its clause is only hoped for, none told, and whom it names after it takes no part in the clause's event before it (session 20)
	pCorrel      // "sowohl", "à la fois", "sia", "tanto", "как", "hem", "both": opens the first of two partners named one by one (see splitCorrelative; session 20)
	pCorrelAnd   // "als auch", "et", "sia", "como", "так и", "hem de", "and": links the second partner a `correlative` word opened (session 20)
	pJointAdverb // "gemeinsam", "conjuntamente", "مشترکہ طور پر": also a `copresence` and `meet` phrase, a trigger only with a `joint_appeal` verb near it in its clause (session 20)
	pJointAppeal // "aufgerufen", "pidieron", "اپیل": a verb of appealing or demanding; beside a `joint_adverb`, the people named made the appeal together, in one place (session 20)
	pEscortEnd   // `companion_end`, de "begleitet wurde": a passive of accompanying that closes a relative clause about the subject; the name before it came with the subject (session 20)
	pRelTalk     // `rel_talk`, "will discuss", "discuterà", "обсудит": a talk verb of things still to come; a meeting trigger only in a `prep_relative` clause ("…, with whom he will discuss …") (session 20)
	pRelPrep     // "mit dem", "avec lequel", "with whom", "с которым": a relative pronoun a preposition governs; right after a comma it opens a relative clause ("…, mit dem er am 17. Januar … besprechen will") (session 20)
	pSaidBack    // "یہ بات", "ان خیالات کا اظہار", "Lo ha detto", "That was the message of", "جاء ذلك على لسان": opening a sentence, points back to the sentence before as what the actor named after it said (see saidBackStatements; session 20)
	pBodyMembers // `body_members`, "foreign ministers", "homologues", "Außenminister", "وزراء", "ہم منصبوں": the members of a body whose own session a meeting noun before it (after it in tr ur) names; attending it meets no one named (see bodySession; session 21)
	pSides       // `both_sides`, "both sides", "beider Seiten", "les deux camps", "الطرفين": a pair phrase of sides, camps or chambers, whose people are the two bodies the discourse set up (sidesPair; session 21)
	pRoster      // `roster`, "the delegation included", "Heyette", "Della delegazione facevano parte": a sentence naming the members of a delegation told before; its people are the delegation's, as a `companion` phrase's are (rosterHit; session 21)
	pAttendBack  // `attend_back`, "An dem Gespräch", "Во встрече", "Görüşmeye", "All'incontro": the meeting noun a taking-part word governs, the meeting told before (attendBack; session 21)
	pSpeechAdded // `speech_added`, "added", "aggiunge", "ajoute", "fügte … hinzu", "добавил", "ekledi", "وأضاف", "مزید کہا": a speech verb that goes on with words already being said; with no subject of its own after a quotation, the speaker of the sentence before (session 21)
	pReciprocal  // `reciprocal`, "each other", "einander", "entre eux", "entre ellos", "tra loro", "друг с другом", "birbiriyle", "آپس میں": in a denied clause with no pair named, the pair of the last talks, as a `both` phrase (session 21)
	pAlsoNot     // `also_not`, "tampoco", "nor", "non plus", "neanche", "auch nicht", "тоже не", "بھی نہیں": a denial that adds to one before it; after a `but` word it denies the whole sentence (butBetween; session 21)
)

// isSpeech tells whether a phrase attributes words to someone: a speech verb
// or an "according to" phrase.
func isSpeech(kind int) bool {
	return kind == pSpeech || kind == pSpeechTo || kind == pAccording || kind == pAccordingAfter
}

// phraseKinds are the keys of the trigger files, one per line so that
// rounds adding kinds in parallel do not collide on one line.
var phraseKinds = map[string]int{
	"meet":             pMeet,
	"meet_noun":        pMeetNoun,
	"meet_adverb":      pMeet,
	"talk":             pMeet,
	"talk_anchored":    pMeet,
	"comitative":       pComitative,
	"talk_of":          pTalkOf,
	"object_relative":  pObjRel,
	"host":             pHost,
	"visit":            pVisit,
	"visit_stay":       pVisit,
	"call":             pCall,
	"call_from":        pCallFrom,
	"video":            pVideo,
	"join":             pJoin,
	"negation":         pNegation,
	"negated":          pNegated,
	"planned":          pPlanned,
	"cancelled":        pCancelled,
	"ignore":           pIgnore,
	"speech":           pSpeech,
	"complementizer":   pComplementizer,
	"locative":         pLocative,
	"viewpoint":        pViewpoint,
	"direction":        pDirection,
	"stop":             pStop,
	"between":          pBetween,
	"according":        pAccording,
	"according_after":  pAccordingAfter,
	"unnamed":          pUnnamed,
	"unnamed_link":     pUnnamedLink,
	"and":              pAnd,
	"next":             pNextWeek,
	"last":             pLastWeek,
	"both":             pBoth,
	"both_ministers":   pBoth,
	"both_sides":       pSides,
	"group_three":      pBoth,
	"group_four":       pBoth,
	"relative_pronoun": pRelPron,
	"head":             pHead,
	"separate":         pSeparate,
	"institution":      pInstitution,
	"fronted":          pFronted,
	"hedge":            pHedge,
	"purpose":          pPurpose,
	"sequence":         pSequence,
	"capital":          pCapital,
	"ordinal":          pOrdinal,
	"identity":         pIdentity,
	"refusal":          pRefusal,
	"delegation":       pDelegation,
	"party":            pParty,
	"report_word":      pReportWord,
	"judgement":        pJudgement,
	"discuss":          pDiscuss,
	"pair_anchor":      pPairAnchor,
	"prior_stop":       pPriorStop,
	"direction_after":  pDirAfter,
	"oblique":          pOblique,
	"agent":            pAgent,
	"head_after":       pHeadAfter,
	"topic":            pTopic,
	"topic_after":      pTopicAfter,
	"counterpart":      pCounterpart,
	"anaphor":          pAnaphor,
	"pronoun":          pPronoun,
	"pronoun_fem":      pPronoun,
	"speech_to":        pSpeechTo,
	"object_pronoun":   pObjPron,
	"plural_object":    pThem,
	"each_object":      pThem,
	"both_object":      pThem,
	"office_abroad":    pAbroad,
	"existential":      pExistential,
	"nothing":          pNothing,
	"after":            pAfter,
	"after_post":       pAfterPost,
	"multi_call":       pMultiCall,
	"during":           pDuring,
	"recognised_by":    pRecogBy,
	"recognised_after": pRecogAfter,
	"auspices":         pRecogBy,
	"auspices_after":   pRecogAfter,
	"contrast":         pContrast,
	"support":          pSupport,
	"before":           pBefore,
	"guest":            pGuest,
	"urge":             pUrge,
	"urge_prep":        pUrgePrep,
	"latter":           pLatter,
	"latter_fem":       pLatterFem,
	"press_office":     pPressOffice,
	"conference":       pConference,
	"backdrop":         pBackdrop,
	"attend":           pAttend,
	"departure":        pDeparture,
	"pluperfect":       pPluperfect,
	"capital_of":       pCapitalOf,
	"but_not":          pButNot,
	"led_by":           pLedBy,
	"based":            pBased,
	"urge_infinitive":  pUrgeInf,
	"but":              pBut,
	"venue_head":       pVenueHead,
	"also_not":         pAlsoNot,
	"reciprocal":       pReciprocal,
	"host_person":      pHostPerson,
	"companion":        pCompanion,
	"again":            pAgain,
	"premises":         pPremises,
	"forces":           pForces,
	"host_thing":       pHostThing,
	"remit":            pRemit,
	"origin":           pOrigin,
	"then":             pThen,
	"sign":             pSign,
	"beside":           pBeside,
	"presence":         pPresence,
	"joint":            pSign,
	"call_infinitive":  pCallInf,
	"speech_passive":   pSpeechPass,
	"statement_in":     pStatementIn,
	"speech_nominal":   pSpeechNoun,
	"impersonal":       pImpersonal,
	"time_when":        pTimeWhen,
	"fronted_sub":      pFrontedSub,
	"as_aside":         pAsAside,
	"mediators":        pMediators,
	"generic":          pGeneric,
	"distributive":     pEachOf,
	"one_apart":        pOneApart,
	"depart":           pDepart,
	"toward":           pToward,
	"infinitive":       pInfinitive,
	"irrealis":         pIrrealis,
	"including":        pIncluding,
	"conditional":      pConditional,
	"conditional_then": pCondThen,
	"neither":          pNeither,
	"without":          pWithout,
	"without_void":     pWithoutVoid,
	"occurred":         pOccurred,
	"last_minute":      pLastMinute,
	"backdrop_unnamed": pSinceEvent,
	"addressee":        pAddressee,
	"copresence":       pCopresence,
	"copresence_apart": pCoApart,
	"propose":          pPropose,
	"this_day":         pThisDay,
	"indirect":         pIndirect,
	"mediate_as":       pMediateAs,
	"correlative":      pCorrel,
	"correlative_and":  pCorrelAnd,
	"anyone":           pAnyone,
	"joint_with":       pJointWith,
	"joint_act":        pJointAct,
	"joint_adverb":     pJointAdverb,
	"joint_appeal":     pJointAppeal,
	"companion_end":    pEscortEnd,
	"topic_turn":       pTopicTurn,
	"present_verb":     pPresentVerb,
	"prep_relative":    pPrepRel,
	"rel_talk":         pRelTalk,
	"elect":            pElect,
	"relation":         pRelation,
	"hope":             pHope,
	"relative_prep":    pRelPrep,
	"said_back":        pSaidBack,
	"body_members":     pBodyMembers,
	"roster":           pRoster,
	"attend_back":      pAttendBack,
	"speech_added":     pSpeechAdded,
}

// phrase is one entry of a rule file, split into folded words; a word
// ending in "*" matches any word it begins.
type phrase struct {
	keys   []string
	prefix []bool
	kind   int
	val    int    // month 1-12, weekday 0-6 (Monday 0), relative days
	anchor bool   // relative to the previous event, not to publication
	lede   bool   // anchor: relative to publication when no event of its paragraph anchors it
	months int    // relative: whole months from publication ("last month" -1), the day unknown
	month  bool   // relative: the paper's own month ("earlier this month"), months 0
	weeks  int    // relative: whole weeks from publication's ("next week" 1), the month when the week lies in one
	years  int    // relative: the year of the month named right before it ("в январе прошлого года" -1)
	tense  bool   // sign of val follows the tense (Urdu کل)
	since  bool   // "a day after [event]": the event named next is val days before the sentence's other event
	of     bool   // anchor: counted from the event the noun after it names ("the eve of the signing")
	event  bool   // of-anchor whose own last word names the event ("before the conference")
	named  bool   // event anchor whose event is named beside it ("forumunun açılışından bir gün önce", "عشية افتتاح ملتقى …")
	vague  bool   // anchor counting an unsaid number of days or weeks ("days later", "días después"): no day
	role   string // title: the role it implies
	name   string // the rule file key, for Evidence.Rule
	// particle closes a separable verb further on in its clause ("kam …
	// zusammen", "rief … an"): written after "…" in the rule file, it
	// must end the clause; the hit covers the verb only
	particle []string
	// next is keys[1] when that word is matched whole (not as a prefix),
	// else "": phraseLen finds it within the three words after the first
	// or not at all, so findHits skips the phrase when none of them is it
	next string
}

type phraseSet struct {
	exact map[string][]*phrase
	wild  []*phrase
	// sig has the bit of wordSig set for every key of exact, so that most
	// words with no phrase are told apart without a map lookup
	sig *[wordSigBits / 64]uint64
	// wildFirst has the first bytes of the wild phrases' first words;
	// wildAny is set when one of them is empty
	wildFirst [256]bool
	wildAny   bool
}

const wordSigBits = 1 << 16

// wordSig is wordHash cut to wordSigBits.
func wordSig(w string) uint32 {
	return wordHash(w) >> 16
}

// wordHash is a cheap hash of a word: its length and three of its bytes.
func wordHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	return uint32(n)*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[n-1])*0xC2B2AE3D ^ uint32(w[n/2])*0x27D4EB2F
}

// mayHave tells whether exact may hold word w; false means it does not.
func (ps *phraseSet) mayHave(w string) bool {
	if ps.sig == nil {
		return ps.exact != nil
	}
	h := wordSig(w)
	return ps.sig[h>>6]&(1<<(h&63)) != 0
}

func (ps *phraseSet) add(p *phrase) {
	if ps.exact == nil {
		ps.exact = map[string][]*phrase{}
	}
	if p.prefix[0] {
		ps.wild = append(ps.wild, p)
		if p.keys[0] == "" {
			ps.wildAny = true
		} else {
			ps.wildFirst[p.keys[0][0]] = true
		}
		return
	}
	ps.exact[p.keys[0]] = append(ps.exact[p.keys[0]], p)
	if ps.sig == nil {
		ps.sig = new([wordSigBits / 64]uint64)
	}
	h := wordSig(p.keys[0])
	ps.sig[h>>6] |= 1 << (h & 63)
}

// langRules are the rules of one language.
type langRules struct {
	lang    string
	phrases phraseSet
	// inserted are the adverbs that may stand inside a phrase ("inserted"
	// in the rule file); they are no phrase of their own
	inserted map[string]bool
	// auxiliaries ("auxiliary": "fue", "era", "had", "wurde") may stand
	// between a subordinate clause's subject and its verb ("que Serraj
	// fuera recibido")
	auxiliary map[string]bool
	// subjectParticiples ("subject_participle": "görüşen", "ağırlayan")
	// close a trigger that qualifies the name after it, its subject
	subjectParticiples map[string]bool
	// capitalLinks ("capital_link": "of", "della", "de") link a venue to
	// the capital word after it ("in a guest house of the Russian
	// capital"): the venue's locative places the meeting in the capital
	capitalLinks map[string]bool
	// whereWords ("where": "where", "wo", "où", "где", "حيث") open a
	// relative clause about the place named right before them ("flew on
	// to Ankara, where Çavuşoğlu received him"): the clause's meeting is
	// there
	whereWords map[string]bool
	// clauseOpeners ("clause_opener": "dass", "weil", "und") open a clause
	// of its own after a comma; with them listed, a separable verb's
	// particle is sought past the other commas, which set off appositions
	// ("kam am Montag, dem 10. Februar, X mit Y zusammen"), and over a
	// longer middle field
	clauseOpeners map[string]bool
	// openParticles ("open_particle": "مع") are prepositions that, as a
	// separable phrase's part after "…" ("بحث … مع"), open the partner's
	// phrase after the verb's subject in a verb-first clause ("بحث الرئيس
	// X مع Y"): they need not close the clause (session 17)
	openParticles map[string]bool
	// participleEndings ("participle_ending": "вший", "ющий") are the
	// folded endings of the participles that, right after a comma that
	// follows a name, open a clause about that person, as a relative
	// pronoun does ("Кубиш, сменивший Уильямс,")
	participleEndings []string
	// nonfiniteEndings ("nonfinite_ending": it "ando", "endo", es
	// "ando", "iendo", "ado", "ido") are the folded endings of the
	// gerunds and participles that, opening a sentence, head a clause
	// with no subject of its own ("Incontrando Sarraj, Di Maio ha
	// ribadito", "Reunido con Sarraj, Erdogan reiteró"); nonfiniteOpeners
	// ("nonfinite_opener": es "al") open one with an infinitive ("Al
	// recibir a Haftar, Sánchez pidió"). The main clause's subject after
	// the comma is the meeting's (session 18)
	nonfiniteEndings []string
	nonfiniteOpeners map[string]bool
	// gerundEndings ("gerund_ending": it "ando", "endo", es "ando",
	// "iendo") are the folded endings of the gerunds among them: after a
	// comma, a gerund's subject is the main clause's ("…, incontrando
	// Dbeibah e Menfi"); with none named before it, its partners never
	// met only each other (session 18)
	gerundEndings []string
	// notAnd ("not_and": it "è") are words, as written, that fold to an
	// `and` word but are none: Italian "è" (is) is no "e" (and) (session 18)
	notAnd map[string]bool
	// timePostpositions ("time_postposition": "ardından", "sonra") close,
	// in a verb-final language, a time phrase headed by a verbal noun whose
	// case ending timeNounEndings lists ("görüşmesinin ardından",
	// "ziyaretinden sonra")
	timePostpositions map[string]bool
	timeNounEndings   []string
	// relativeOpeners ("relative_opener": "der", "dem") open a relative
	// clause after a comma unless a capitalised word or a number follows:
	// then they are the article of an apposition ("…, dem 10. Februar,",
	// "…, dem Parlamentspräsidenten im Osten,")
	relativeOpeners map[string]bool
	// nominativePronouns ("nominative_pronoun": de "er") are personal
	// pronouns that can only be a subject: right after a finite verb of
	// a verb-second clause they are its subject, whatever was fronted
	// before the verb ("Das Abkommen mit der Türkei bezeichnete er als
	// nichtig") (session 17)
	nominativePronouns map[string]bool
	// referDeterminers ("refer_determiner": "the", "this", "his", "la",
	// "cette", "der", "этот", "bu", "یہ") make the event noun they
	// determine one the reader already knows: with events told before,
	// a clause whose triggers are all such nouns, naming no person or day
	// of their own ("The visit was meant to signal …", "has not
	// commented on the envoy's visit"), tells no new held event
	referDeterminers map[string]bool
	// judgement is set when the language lists "judgement" words: then a
	// viewpoint naming a person is a statement only with one of them or
	// a quotation in its clause
	judgement bool
	// guards are the words around a written date that make it no event's
	// ("since", "с", "سے", "the elections on"): looked up at each date
	// only, since some are among a language's commonest words
	guards phraseSet
}

// oneWords takes key out of a rule file's map as a set of single words
// (nil when it lists none); an entry of more than one word is an error
// naming the file.
func oneWords(file, key string, m map[string][]string, errs *[]error) map[string]bool {
	var set map[string]bool
	for _, w := range m[key] {
		k := tokenizeRaw(w)
		if len(k) != 1 {
			*errs = append(*errs, fmt.Errorf("%s: %s: %q is not one word", file, key, w))
			continue
		}
		if set == nil {
			set = map[string]bool{}
		}
		set[k[0]] = true
	}
	delete(m, key)
	return set
}

// cityStem is one folded name of a city, for cityAdjective.
type cityStem struct{ form, id string }

func newPhrase(text string, kind int) *phrase {
	fields := strings.Fields(text)
	p := &phrase{kind: kind}
	for k, f := range fields {
		if f == "…" || f == "..." {
			p.particle = tokenizeRaw(strings.Join(fields[k+1:], " "))
			break
		}
		wild := strings.HasSuffix(f, "*")
		f = strings.TrimSuffix(f, "*")
		for i, k := range tokenizeRaw(f) {
			p.keys = append(p.keys, k)
			p.prefix = append(p.prefix, wild && i == len(tokenizeRaw(f))-1)
		}
	}
	if len(p.keys) == 0 {
		return nil
	}
	if len(p.keys) > 1 && !p.prefix[1] {
		p.next = p.keys[1]
	}
	return p
}

// tokenizeRaw folds a rule word without stemming: rule files list the
// inflected forms they mean.
func tokenizeRaw(s string) []string {
	toks := tokenize([]rune(s))
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.norm)
	}
	return out
}

type datesFile struct {
	Months   map[string][][]string `yaml:"months"`
	Weekdays map[string][][]string `yaml:"weekdays"`
	Relative map[string][]struct {
		Words  []string `yaml:"words"`
		Days   int      `yaml:"days"`
		Anchor bool     `yaml:"anchor"`
		Lede   bool     `yaml:"lede"`
		Months int      `yaml:"months"`
		Month  bool     `yaml:"month"`
		Weeks  int      `yaml:"weeks"`
		Years  int      `yaml:"years"`
		Tense  bool     `yaml:"tense"`
		Since  bool     `yaml:"since"`
		Of     bool     `yaml:"of"`
		Event  bool     `yaml:"event"`
		Named  bool     `yaml:"named"`
		Vague  bool     `yaml:"vague"`
	} `yaml:"relative"`
	// SinceBefore opens a "since" phrase before a date ("since", "depuis",
	// "seit", "с", "منذ"); SinceAfter closes one after it ("'dan beri",
	// "سے"): the date starts a state, it dates no meeting
	SinceBefore map[string][]string `yaml:"since_before"`
	SinceAfter  map[string][]string `yaml:"since_after"`
	// OwnerBefore is a noun, with its preposition, whose date follows it
	// ("elections on", "Wahlen am", "élections du", "выборы"); OwnerAfter
	// one whose date precedes it ("seçimleri", "کے انتخابات"): that date is
	// the noun's, it dates no meeting of the sentence
	OwnerBefore map[string][]string `yaml:"owner_before"`
	OwnerAfter  map[string][]string `yaml:"owner_after"`
	// ThisMonth writes the paper's month where a month name would stand
	// beside a day ("bu ayın 6'sında", "التاسع من الشهر الجاري", "am 6.
	// dieses Monats"): a month phrase of value 0, read only with a day
	ThisMonth map[string][]string `yaml:"this_month"`
	// ThatMonth writes the month the story last named where a month name
	// would stand ("el 17 de ese mes", "am 17. desselben Monats", "17-го
	// того же месяца", "aynı ayın 17'sinde", "A finales de ese mes"): a
	// month phrase of value -1, read from the last month written before it
	// (storyMonths), the paper's when none was
	ThatMonth map[string][]string `yaml:"that_month"`

	// OrdinalDays lists per language the ordinal forms of days 1 to 31,
	// each with the word that links it to the month after it ("السادس
	// من يناير": the sixth of January).
	OrdinalDays map[string][][]string `yaml:"ordinal_days"`
}

func loadRules(fsys fs.FS) (map[string]*langRules, error) {
	rules := map[string]*langRules{}
	for _, l := range langs {
		rules[l] = &langRules{lang: l}
	}
	var errs []error
	files, _ := fs.Glob(fsys, "triggers/*.yaml")
	for _, f := range files {
		l := strings.TrimSuffix(path.Base(f), ".yaml")
		r, ok := rules[l]
		if !ok {
			errs = append(errs, fmt.Errorf("%s: unknown language code %q", f, l))
			continue
		}
		var m map[string][]string
		if err := readYAML(fsys, f, &m); err != nil {
			errs = append(errs, err)
			continue
		}
		// one word each: the words of "por separado" would each be skipped
		// on their own, inside any phrase
		r.inserted = oneWords(f, "inserted", m, &errs)
		r.auxiliary = oneWords(f, "auxiliary", m, &errs)
		r.subjectParticiples = oneWords(f, "subject_participle", m, &errs)
		r.capitalLinks = oneWords(f, "capital_link", m, &errs)
		r.whereWords = oneWords(f, "where", m, &errs)
		r.clauseOpeners = oneWords(f, "clause_opener", m, &errs)
		r.openParticles = oneWords(f, "open_particle", m, &errs)
		for w := range oneWords(f, "participle_ending", m, &errs) {
			r.participleEndings = append(r.participleEndings, w)
		}
		sort.Strings(r.participleEndings)
		for w := range oneWords(f, "nonfinite_ending", m, &errs) {
			r.nonfiniteEndings = append(r.nonfiniteEndings, w)
		}
		sort.Strings(r.nonfiniteEndings)
		r.nonfiniteOpeners = oneWords(f, "nonfinite_opener", m, &errs)
		for _, w := range m["not_and"] {
			if r.notAnd == nil {
				r.notAnd = map[string]bool{}
			}
			r.notAnd[strings.ToLower(w)] = true
		}
		delete(m, "not_and")
		for w := range oneWords(f, "gerund_ending", m, &errs) {
			r.gerundEndings = append(r.gerundEndings, w)
		}
		sort.Strings(r.gerundEndings)
		r.timePostpositions = oneWords(f, "time_postposition", m, &errs)
		for w := range oneWords(f, "time_noun_ending", m, &errs) {
			r.timeNounEndings = append(r.timeNounEndings, w)
		}
		sort.Strings(r.timeNounEndings)
		r.relativeOpeners = oneWords(f, "relative_opener", m, &errs)
		r.nominativePronouns = oneWords(f, "nominative_pronoun", m, &errs)
		r.referDeterminers = oneWords(f, "refer_determiner", m, &errs)
		r.judgement = len(m["judgement"]) > 0
		for _, k := range sortedKeys(m) {
			kind, ok := phraseKinds[k]
			if !ok {
				errs = append(errs, fmt.Errorf("%s: unknown key %q", f, k))
				continue
			}
			for _, w := range m[k] {
				if p := newPhrase(w, kind); p != nil {
					p.name = k
					r.phrases.add(p)
				}
			}
		}
	}
	if _, err := fs.Stat(fsys, "dates.yaml"); err == nil {
		var d datesFile
		if err := readYAML(fsys, "dates.yaml", &d); err != nil {
			errs = append(errs, err)
		}
		errs = append(errs, addNumbered(rules, d.Months, 12, pMonth, "month", "months")...)
		// this_month names the paper's month (val 0), that_month the month
		// of the last date the text wrote (val -1)
		errs = append(errs, addMonthWords(rules, d.ThisMonth, 0, "this_month")...)
		errs = append(errs, addMonthWords(rules, d.ThatMonth, -1, "that_month")...)
		errs = append(errs, addNumbered(rules, d.OrdinalDays, 31, pOrdinalDay, "ordinal_day", "ordinal_days")...)
		for l, days := range d.Weekdays {
			r, ok := rules[l]
			if !ok || len(days) != 7 {
				errs = append(errs, fmt.Errorf("dates.yaml: weekdays %q: want a known language and 7 days", l))
				continue
			}
			for i, forms := range days {
				for _, w := range forms {
					if p := newPhrase(w, pWeekday); p != nil {
						p.val, p.name = i, "weekday"
						r.phrases.add(p)
					}
				}
			}
		}
		for _, set := range []struct {
			key  string
			m    map[string][]string
			kind int
		}{{"since_before", d.SinceBefore, pSinceDate}, {"since_after", d.SinceAfter, pSinceAfter}, {"owner_before", d.OwnerBefore, pSinceDate}, {"owner_after", d.OwnerAfter, pSinceAfter}} {
			for l, ws := range set.m {
				r, ok := rules[l]
				if !ok {
					errs = append(errs, fmt.Errorf("dates.yaml: %s: unknown language code %q", set.key, l))
					continue
				}
				for _, w := range ws {
					if p := newPhrase(w, set.kind); p != nil {
						p.name = "since"
						r.guards.add(p)
					}
				}
			}
		}
		for l, rels := range d.Relative {
			r, ok := rules[l]
			if !ok {
				errs = append(errs, fmt.Errorf("dates.yaml: relative: unknown language code %q", l))
				continue
			}
			for _, rel := range rels {
				for _, w := range rel.Words {
					if p := newPhrase(w, pRelative); p != nil {
						p.val, p.anchor, p.tense, p.since, p.name = rel.Days, rel.Anchor, rel.Tense, rel.Since, "relative"
						p.lede, p.months, p.years, p.of = rel.Lede, rel.Months, rel.Years, rel.Of
						p.event, p.named = rel.Event || rel.Named, rel.Named
						p.month, p.weeks = rel.Month, rel.Weeks
						p.vague = rel.Vague
						r.phrases.add(p)
					}
				}
			}
		}
	}
	if _, err := fs.Stat(fsys, "titles.yaml"); err == nil {
		var t map[string]map[string][]string
		if err := readYAML(fsys, "titles.yaml", &t); err != nil {
			errs = append(errs, err)
		}
		for l, roles := range t {
			r, ok := rules[l]
			if !ok {
				errs = append(errs, fmt.Errorf("titles.yaml: unknown language code %q", l))
				continue
			}
			for _, role := range sortedKeys(roles) {
				for _, w := range roles[role] {
					if p := newPhrase(w, pTitle); p != nil {
						p.role, p.name = role, "title"
						r.phrases.add(p)
					}
				}
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return rules, nil
}

// setTerm reads an actor's term ("2014-06/", "2016/2021-03-15"), or,
// without one, its years ("2019-2021", "2021").
func (a *lexActor) setTerm(term, years string) error {
	from, to, ok := strings.Cut(term, "/")
	if term == "" {
		from, to, ok = strings.Cut(years, "-")
		if !ok {
			to = from
		}
		if _, err := strconv.Atoi(from); err != nil || to != "" && !isYear(to) {
			return nil // informative prose: no term
		}
	} else if !ok {
		return fmt.Errorf("term %q: want FROM/TO", term)
	}
	var err error
	if a.from, err = graph.ParseDate(from); err != nil {
		return fmt.Errorf("term %q: %v", term, err)
	}
	if a.to, err = graph.ParseDate(to); err != nil {
		return fmt.Errorf("term %q: %v", term, err)
	}
	return nil
}

func isYear(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n > 1900 && n < 2100
}

// outside tells whether date t (of any precision) lies wholly outside
// the actor's term: before it began or after it ended.
func (a *lexActor) outside(t graph.Date) bool {
	return !a.from.IsZero() && !t.IsZero() && dateBefore(t, a.from) == 1 || !a.to.IsZero() && !t.IsZero() && dateBefore(a.to, t) == 1
}

// dateBefore is 1 when a lies wholly before b, at the precision both
// give; 0 otherwise.
func dateBefore(a, b graph.Date) int {
	x := []int{a.Year, a.Month, a.Day}
	y := []int{b.Year, b.Month, b.Day}
	for i := range x {
		if x[i] == 0 || y[i] == 0 {
			return 0
		}
		if x[i] != y[i] {
			if x[i] < y[i] {
				return 1
			}
			return 0
		}
	}
	return 0
}

// shortLangs marks an Arabic one-word short form with no article as no
// Urdu word when the actor lists Urdu short forms of its own (notUr).
func shortLangs(e *nameEntry, short map[string][]string, l string) {
	if e == nil || len(e.keys) != 1 || l != "ar" || len(short["ur"]) == 0 || strings.HasPrefix(e.keys[0], "ال") {
		return
	}
	for _, n := range short["ur"] {
		if keys := tokenizeName(n); len(keys) == 1 && keys[0] == e.keys[0] {
			return // the same form in both
		}
	}
	e.notUr = true
}

// addMonthWords adds, per language, the words of dates.yaml's key that
// stand for a month the text does not name, with month value val.
func addMonthWords(rules map[string]*langRules, words map[string][]string, val int, key string) []error {
	var errs []error
	for l, ws := range words {
		r, ok := rules[l]
		if !ok {
			errs = append(errs, fmt.Errorf("dates.yaml: %s: unknown language code %q", key, l))
			continue
		}
		for _, w := range ws {
			if p := newPhrase(w, pMonth); p != nil {
				p.val, p.name = val, "month"
				r.phrases.add(p)
			}
		}
	}
	return errs
}

// addNumbered adds, per language, n lists of forms whose place in the list
// is their value (months 1-12, days of the month 1-31) as phrases of kind.
func addNumbered(rules map[string]*langRules, lists map[string][][]string, n, kind int, name, key string) []error {
	var errs []error
	for l, items := range lists {
		r, ok := rules[l]
		if !ok || len(items) != n {
			errs = append(errs, fmt.Errorf("dates.yaml: %s %q: want a known language and %d entries", key, l, n))
			continue
		}
		for i, forms := range items {
			for _, w := range forms {
				if p := newPhrase(w, kind); p != nil {
					p.val, p.name = i+1, name
					r.phrases.add(p)
				}
			}
		}
	}
	return errs
}
