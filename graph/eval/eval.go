// Package eval scores an extractor against Parley's hand-annotated gold set
// (testdata/gold). It does not import the extractor: the caller passes an
// Extract function, so any extractor (or a hand-built fake in a test) can be
// measured the same way. The matching rules are documented in
// testdata/gold/README.md; this file is their implementation.
package eval

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/parley/parley/graph"
	"go.yaml.in/yaml/v3"
)

// Extract reads the article at path and returns its facts and a function
// that gives the canonical name of an actor id (the lexicon name). A nil
// name function, or one that returns "", makes the matcher fall back to the
// id itself, which is a slug of the canonical name.
type Extract func(path string) (graph.Facts, func(actorID string) string, error)

// Fact types scored by Run. Meeting, Call and Statement are fact matches;
// NotMetViolation counts extracted meetings that join a pair the text says
// did not meet (only FP is used: the goal is zero). The attribute types are
// scored on matched meeting and statement pairs only, so that a wrong status
// or a missing date shows up without hiding the match itself.
const (
	TypeMeeting         = "meeting"            // in_person + visit
	TypeCall            = "call"               // call + video
	TypeStatement       = "statement"          // speaker + contains
	TypeNotMetViolation = "not_met_violations" // FP only
	TypeStatus          = "status"             // held/planned/cancelled of matched meetings
	TypeDate            = "date"               // date of matched meetings, when either side gives one
	TypePlace           = "place"              // place of matched meetings, when either side gives one
	TypeQuote           = "quote"              // direct vs reported of matched statements
)

// MainTypes are the columns of the first table Table prints.
var MainTypes = []string{TypeMeeting, TypeCall, TypeStatement, TypeNotMetViolation}

// AttrTypes are the columns of the second table Table prints.
var AttrTypes = []string{TypeStatus, TypeDate, TypePlace, TypeQuote}

// Score counts true positives, false positives and false negatives.
type Score struct{ TP, FP, FN int }

// Precision is TP/(TP+FP), or 0 when nothing was extracted.
func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is TP/(TP+FN), or 0 when nothing was expected.
func (s Score) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s *Score) add(o Score) { s.TP += o.TP; s.FP += o.FP; s.FN += o.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Mismatch is one fact that did not match: a gold fact the extractor missed
// (FN), an extracted fact with no gold counterpart (FP), or a wrong
// attribute on a matched pair. It is what an engine author reads to fix a
// rule.
type Mismatch struct {
	File     string `json:"file"` // the gold file
	Lang     string `json:"lang"`
	Type     string `json:"type"`           // one of the Type constants
	Kind     string `json:"kind"`           // "FP" or "FN" (a wrong attribute is both)
	Gold     string `json:"gold,omitempty"` // the gold fact, summarised
	Got      string `json:"got,omitempty"`  // the extracted fact, summarised
	Evidence string `json:"evidence,omitempty"`
	Rule     string `json:"rule,omitempty"`
}

// Report is the outcome of a Run.
type Report struct {
	// ByLang maps language -> fact type -> score.
	ByLang map[string]map[string]*Score
	// Errors are gold files that could not be read or articles the
	// extractor failed on; the rest of the run goes on without them.
	Errors []string
	// Details lists every mismatch, in file order.
	Details []Mismatch
	// Warnings name gold actors that no extraction in the run produced,
	// usually a spelling difference between the gold set and the lexicon.
	Warnings []string
	// Files is the number of gold files scored.
	Files int
	// aliases gives every name the lexicon lists for an actor id (see
	// RunWith); nil when the run has no lexicon.
	aliases func(actorID string) []string
}

// Total sums a fact type over every language.
func (r *Report) Total(typ string) Score {
	var t Score
	for _, m := range r.ByLang {
		if s := m[typ]; s != nil {
			t.add(*s)
		}
	}
	return t
}

func (r *Report) score(lang, typ string) *Score {
	if r.ByLang == nil {
		r.ByLang = map[string]map[string]*Score{}
	}
	m := r.ByLang[lang]
	if m == nil {
		m = map[string]*Score{}
		r.ByLang[lang] = m
	}
	s := m[typ]
	if s == nil {
		s = &Score{}
		m[typ] = s
	}
	return s
}

// Gold is one annotation file (NAME.gold.yaml).
type Gold struct {
	// Article is the article's path relative to the gold file; empty means
	// NAME.txt beside NAME.gold.yaml.
	Article string `yaml:"article,omitempty"`
	Lang    string `yaml:"lang"`
	// Story names a story told by several articles (translations); the
	// articles sharing it should merge into the same meetings.
	Story      string          `yaml:"story,omitempty"`
	Meetings   []GoldMeeting   `yaml:"meetings"`
	Statements []GoldStatement `yaml:"statements"`
	NotMet     [][]string      `yaml:"not_met"`
}

// GoldMeeting is a meeting, call, video call or visit the text reports.
type GoldMeeting struct {
	Participants []string `yaml:"participants"`
	Mode         string   `yaml:"mode"`
	Date         string   `yaml:"date,omitempty"`
	Place        string   `yaml:"place,omitempty"`
	Status       string   `yaml:"status"`
}

// GoldStatement is something an actor said, quoted or reported.
type GoldStatement struct {
	Speaker  string `yaml:"speaker"`
	Quote    bool   `yaml:"quote"`
	Contains string `yaml:"contains,omitempty"`
}

// LoadGold reads and checks one gold file: known modes and statuses,
// parseable dates, at least two names in each not_met pair.
func LoadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var g Gold
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	if err := g.check(); err != nil {
		return nil, fmt.Errorf("check %s: %w", path, err)
	}
	return &g, nil
}

func (g *Gold) check() error {
	var errs []error
	if g.Lang == "" {
		errs = append(errs, errors.New("lang is empty"))
	}
	for i, m := range g.Meetings {
		switch m.Mode {
		case graph.ModeInPerson, graph.ModeVisit, graph.ModeCall, graph.ModeVideo:
		default:
			errs = append(errs, fmt.Errorf("meeting %d: unknown mode %q", i, m.Mode))
		}
		switch m.Status {
		case graph.StatusHeld, graph.StatusPlanned, graph.StatusCancelled:
		default:
			errs = append(errs, fmt.Errorf("meeting %d: unknown status %q", i, m.Status))
		}
		if len(m.Participants) == 0 {
			errs = append(errs, fmt.Errorf("meeting %d: no participants", i))
		}
		if _, err := graph.ParseDate(m.Date); err != nil {
			errs = append(errs, fmt.Errorf("meeting %d: %w", i, err))
		}
	}
	for i, s := range g.Statements {
		if s.Speaker == "" {
			errs = append(errs, fmt.Errorf("statement %d: no speaker", i))
		}
	}
	for i, p := range g.NotMet {
		if len(p) != 2 {
			errs = append(errs, fmt.Errorf("not_met %d: want a pair, got %d names", i, len(p)))
		}
	}
	return errors.Join(errs...)
}

// ArticlePath is the article a gold file annotates.
func ArticlePath(goldPath string, g *Gold) string {
	if g.Article != "" {
		return filepath.Join(filepath.Dir(goldPath), filepath.FromSlash(g.Article))
	}
	return strings.TrimSuffix(goldPath, ".gold.yaml") + ".txt"
}

// GoldFiles lists every *.gold.yaml under dir, sorted.
func GoldFiles(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".gold.yaml") {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("walk %s: %w", dir, err)
	}
	sort.Strings(out)
	return out, nil
}

// Run scores fn on every gold file under dir. A gold file that does not
// parse or an article fn fails on is recorded in Report.Errors and skipped;
// the error return is for a dir that cannot be walked.
func Run(dir string, fn Extract) (*Report, error) {
	return RunWith(dir, fn, nil)
}

// RunWith is Run with the lexicon's names of each actor: a gold file may
// name a lexicon person by any name the lexicon lists for them ("Khalid
// Haftar" for Khaled Haftar, "Béatrice du Hellen" for Béatrice Le Fraper
// du Hellen), and the extracted actor is then compared under that name.
func RunWith(dir string, fn Extract, aliases func(actorID string) []string) (*Report, error) {
	files, err := GoldFiles(dir)
	if err != nil {
		return nil, err
	}
	r := &Report{ByLang: map[string]map[string]*Score{}, aliases: aliases}
	seen := map[string]bool{}     // normalised names the extractor produced
	wanted := map[string]string{} // normalised gold name -> as written
	for _, gf := range files {
		g, err := LoadGold(gf)
		if err != nil {
			r.Errors = append(r.Errors, err.Error())
			continue
		}
		art := ArticlePath(gf, g)
		facts, name, err := fn(art)
		if err != nil {
			r.Errors = append(r.Errors, fmt.Sprintf("extract %s: %v", art, err))
			continue
		}
		r.Files++
		res := newResolver(facts, name)
		for _, a := range facts.Actors {
			seen[res.actor(a.ID)] = true
		}
		for _, m := range g.Meetings {
			for _, p := range m.Participants {
				wanted[norm(p)] = p
			}
		}
		for _, s := range g.Statements {
			wanted[norm(s.Speaker)] = s.Speaker
		}
		r.scoreFile(gf, g, facts, res)
	}
	for n, orig := range wanted {
		if !seen[n] {
			r.Warnings = append(r.Warnings, fmt.Sprintf("gold actor %q was never extracted (missing from the lexicon or spelled differently?)", orig))
		}
	}
	sort.Strings(r.Warnings)
	return r, nil
}

// resolver turns extracted ids into normalised names.
type resolver struct {
	name   func(string) string
	places map[string]string // place id -> name
	// spelled maps an extracted actor's id to the gold name of the
	// article it stands for under another spelling (see respelled).
	spelled map[string]string
}

func newResolver(f graph.Facts, name func(string) string) resolver {
	r := resolver{name: name, places: map[string]string{}}
	for _, p := range f.Places {
		r.places[p.ID] = p.Name
	}
	return r
}

func (r resolver) actor(id string) string {
	if n, ok := r.spelled[id]; ok {
		return n
	}
	if r.name != nil {
		if n := r.name(id); n != "" {
			return norm(n)
		}
	}
	return norm(id)
}

// place gives the candidate normalised names of an extracted place id: its
// name in Facts.Places and the id itself (a slug of the name).
func (r resolver) place(id string) []string {
	out := []string{norm(id)}
	if n := r.places[id]; n != "" {
		out = append(out, norm(n))
	}
	return out
}

// ScoreFile scores one article's extraction against its gold annotation and
// adds the result to r. Run calls it per file; tests call it with
// hand-built Facts.
func (r *Report) ScoreFile(goldPath string, g *Gold, f graph.Facts, name func(string) string) {
	r.scoreFile(goldPath, g, f, newResolver(f, name))
}

func (r *Report) scoreFile(file string, g *Gold, f graph.Facts, res resolver) {
	lang := g.Lang
	res.spelled = respelled(g, f, res, r.aliases)
	for _, t := range MainTypes {
		r.score(lang, t) // every language shows every column, even at zero
	}
	r.matchMeetings(file, g, f, res, TypeMeeting)
	r.matchMeetings(file, g, f, res, TypeCall)
	r.matchStatements(file, g, f, res)
	r.notMet(file, g, f, res)
}

// respelled pairs each unreviewed person (one found only by a title rule,
// so its name is the engine's own romanisation of a native spelling) with
// the gold name of the same article that spells the same name another way:
// "nader al werfalli" is "Nader al-Warfalli", "faradzh al mabruk" is "Faraj
// al-Mabrouk". No engine can know which of the usual romanisations a writer
// chose for someone outside the lexicon; the person is still the right one.
// The pairing needs equal consonant skeletons (spellingKey) and a unique
// gold name; lexicon actors are re-spelled only to another name the
// lexicon lists for them (RunWith), when the gold uses that name and not
// the canonical one.
func respelled(g *Gold, f graph.Facts, res resolver, aliases func(string) []string) map[string]string {
	keys := map[string][]string{}
	gold := map[string]bool{}
	add := func(n string) {
		gold[norm(n)] = true
		k := spellingKey(n)
		if len(k) < 4 || len(strings.Fields(norm(n))) < 2 {
			return
		}
		for _, have := range keys[k] {
			if have == norm(n) {
				return
			}
		}
		keys[k] = append(keys[k], norm(n))
	}
	for _, m := range g.Meetings {
		for _, p := range m.Participants {
			add(p)
		}
	}
	for _, s := range g.Statements {
		add(s.Speaker)
	}
	for _, pair := range g.NotMet {
		for _, p := range pair {
			add(p)
		}
	}
	out := map[string]string{}
	for _, a := range f.Actors {
		if a.Reviewed && aliases != nil {
			// a lexicon person the gold names by another of their
			// lexicon names
			got := res.actor(a.ID)
			for _, al := range aliases(a.ID) {
				if n := norm(al); n != got && gold[n] && !gold[got] {
					out[a.ID] = n
					break
				}
			}
			continue
		}
		if a.Reviewed || a.Kind != "person" {
			continue
		}
		got := res.actor(a.ID)
		if c := keys[spellingKey(got)]; len(c) == 1 && c[0] != got {
			out[a.ID] = c[0]
		}
	}
	return out
}

// spellingKey is a name's consonant skeleton in Latin letters: the article
// "al"/"el" dropped, vowels and y dropped, digraphs of one sound made one
// letter (dzh, dj, zh -> j; ph -> f; q, ck -> k; kh -> h, since Russian
// writes Turkish "Mehmet" as "Мехмет"; ch -> sh, the French "Rachid" of an
// Arabic "rashid"), doubled letters made single.
func spellingKey(name string) string {
	var words []string
	for _, w := range strings.Fields(norm(name)) {
		if w != "al" && w != "el" {
			words = append(words, w)
		}
	}
	s := strings.Join(words, "")
	for _, d := range [][2]string{{"dzh", "j"}, {"dj", "j"}, {"zh", "j"}, {"ph", "f"}, {"ck", "k"}, {"q", "k"}, {"kh", "h"}, {"ch", "sh"}} {
		s = strings.ReplaceAll(s, d[0], d[1])
	}
	var b strings.Builder
	var last rune
	for _, c := range s {
		if strings.ContainsRune("aeiouy", c) || c == last {
			continue
		}
		b.WriteRune(c)
		last = c
	}
	return b.String()
}

// class is the fact type a meeting mode counts under.
func class(mode string) string {
	switch mode {
	case graph.ModeCall, graph.ModeVideo:
		return TypeCall
	}
	return TypeMeeting
}

type pair struct{ gi, ei, score int }

// greedy assigns pairs one-to-one, best score first, ties to the earlier
// gold then the earlier extraction, so the result does not depend on map
// order.
func greedy(cands []pair) (gold, ext map[int]int) {
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.gi != b.gi {
			return a.gi < b.gi
		}
		return a.ei < b.ei
	})
	gold, ext = map[int]int{}, map[int]int{}
	for _, c := range cands {
		if _, ok := gold[c.gi]; ok {
			continue
		}
		if _, ok := ext[c.ei]; ok {
			continue
		}
		gold[c.gi], ext[c.ei] = c.ei, c.gi
	}
	return gold, ext
}

func (r *Report) matchMeetings(file string, g *Gold, f graph.Facts, res resolver, typ string) {
	var gi, ei []int
	for i, m := range g.Meetings {
		if class(m.Mode) == typ {
			gi = append(gi, i)
		}
	}
	for i, m := range f.Meetings {
		if class(m.Mode) == typ {
			ei = append(ei, i)
		}
	}
	extNames := make([]map[string]bool, len(f.Meetings))
	for _, i := range ei {
		extNames[i] = map[string]bool{}
		for _, p := range f.Meetings[i].Participants {
			extNames[i][res.actor(p.Actor)] = true
		}
	}
	var cands []pair
	for _, a := range gi {
		gm := g.Meetings[a]
		gd, _ := graph.ParseDate(gm.Date) // checked by LoadGold
		names := uniqueNorm(gm.Participants)
		need := min(2, len(names))
		for _, b := range ei {
			em := f.Meetings[b]
			overlap := 0
			for _, p := range names {
				if extNames[b][p] {
					overlap++
				}
			}
			if overlap < need || !gd.Compatible(em.Date) {
				continue
			}
			if gm.Place != "" && em.Place != "" && !placeEq(gm.Place, res.place(em.Place)) {
				continue
			}
			// More shared actors first; then an agreeing status, a
			// known date and a known place break ties.
			score := overlap * 8
			if statusOf(em.Status) == gm.Status {
				score += 4
			}
			if !gd.IsZero() && !em.Date.IsZero() {
				score += 2
			}
			if gm.Place != "" && em.Place != "" {
				score++
			}
			cands = append(cands, pair{a, b, score})
		}
	}
	gm, em := greedy(cands)
	s := r.score(g.Lang, typ)
	for _, a := range gi {
		b, ok := gm[a]
		if !ok {
			s.FN++
			r.Details = append(r.Details, Mismatch{File: file, Lang: g.Lang, Type: typ, Kind: "FN", Gold: goldMeetingString(g.Meetings[a])})
			continue
		}
		s.TP++
		r.meetingAttrs(file, g, g.Meetings[a], f.Meetings[b], res)
	}
	for _, b := range ei {
		if _, ok := em[b]; ok {
			continue
		}
		s.FP++
		m := f.Meetings[b]
		r.Details = append(r.Details, Mismatch{File: file, Lang: g.Lang, Type: typ, Kind: "FP", Got: meetingString(m, res), Evidence: m.Evidence.Text, Rule: m.Evidence.Rule})
	}
}

// statusOf reads an empty extracted status as held: the model leaves it
// empty when the text did not say, and a report of a meeting without a
// cue of plan or cancellation is a report of a meeting held.
func statusOf(s string) string {
	if s == "" {
		return graph.StatusHeld
	}
	return s
}

// meetingAttrs scores status, date and place of a matched pair.
func (r *Report) meetingAttrs(file string, g *Gold, gm GoldMeeting, em graph.Meeting, res resolver) {
	attr := func(typ string, goldV, gotV string, ok bool) {
		s := r.score(g.Lang, typ)
		switch {
		case ok && goldV == "" && gotV == "":
			return // neither side has it: nothing to score
		case ok:
			s.TP++
			return
		case goldV != "":
			s.FN++
		}
		if gotV != "" {
			s.FP++
		}
		r.Details = append(r.Details, Mismatch{File: file, Lang: g.Lang, Type: typ, Kind: "FP/FN", Gold: goldV, Got: gotV, Evidence: em.Evidence.Text, Rule: em.Evidence.Rule})
	}
	st := statusOf(em.Status)
	attr(TypeStatus, gm.Status, st, gm.Status == st)

	gd, _ := graph.ParseDate(gm.Date)
	dateOK := gd.IsZero() == em.Date.IsZero() && gd.Compatible(em.Date)
	attr(TypeDate, gm.Date, em.Date.String(), dateOK)

	got := ""
	if em.Place != "" {
		got = em.Place
		if n := res.places[em.Place]; n != "" {
			got = n
		}
	}
	placeOK := gm.Place == "" && em.Place == "" || gm.Place != "" && em.Place != "" && placeEq(gm.Place, res.place(em.Place))
	attr(TypePlace, gm.Place, got, placeOK)
}

func placeEq(gold string, got []string) bool {
	n := norm(gold)
	for _, g := range got {
		if g == n {
			return true
		}
	}
	return false
}

func (r *Report) matchStatements(file string, g *Gold, f graph.Facts, res resolver) {
	var cands []pair
	for a, gs := range g.Statements {
		speaker, want := norm(gs.Speaker), normSpace(gs.Contains)
		for b, es := range f.Statements {
			if res.actor(es.Speaker) != speaker {
				continue
			}
			score := 1
			if want != "" {
				if !strings.Contains(normSpace(es.Text), want) && !strings.Contains(normSpace(es.Evidence.Text), want) {
					continue
				}
				score = 2 // a matched substring beats a bare speaker match
			}
			if es.Quote == gs.Quote {
				score++
			}
			cands = append(cands, pair{a, b, score})
		}
	}
	gm, em := greedy(cands)
	s := r.score(g.Lang, TypeStatement)
	q := r.score(g.Lang, TypeQuote)
	for a, gs := range g.Statements {
		b, ok := gm[a]
		if !ok {
			s.FN++
			r.Details = append(r.Details, Mismatch{File: file, Lang: g.Lang, Type: TypeStatement, Kind: "FN", Gold: fmt.Sprintf("%s: %q", gs.Speaker, gs.Contains)})
			continue
		}
		s.TP++
		if es := f.Statements[b]; es.Quote == gs.Quote {
			q.TP++
		} else {
			q.FP++
			q.FN++
			r.Details = append(r.Details, Mismatch{File: file, Lang: g.Lang, Type: TypeQuote, Kind: "FP/FN", Gold: fmt.Sprintf("quote=%v", gs.Quote), Got: fmt.Sprintf("quote=%v", es.Quote), Evidence: es.Evidence.Text, Rule: es.Evidence.Rule})
		}
	}
	for b, es := range f.Statements {
		if _, ok := em[b]; ok {
			continue
		}
		s.FP++
		r.Details = append(r.Details, Mismatch{File: file, Lang: g.Lang, Type: TypeStatement, Kind: "FP", Got: fmt.Sprintf("%s: %q", res.actor(es.Speaker), es.Text), Evidence: es.Evidence.Text, Rule: es.Evidence.Rule})
	}
}

// notMet counts every extracted meeting (any mode, any status) that puts
// both actors of a not_met pair together. A meeting that names the pair
// and is also in the gold set cannot happen: the annotator does not list a
// pair both ways.
func (r *Report) notMet(file string, g *Gold, f graph.Facts, res resolver) {
	s := r.score(g.Lang, TypeNotMetViolation)
	for _, p := range g.NotMet {
		if len(p) != 2 {
			continue
		}
		a, b := norm(p[0]), norm(p[1])
		for _, m := range f.Meetings {
			var hasA, hasB bool
			for _, pt := range m.Participants {
				n := res.actor(pt.Actor)
				hasA = hasA || n == a
				hasB = hasB || n == b
			}
			if hasA && hasB {
				s.FP++
				r.Details = append(r.Details, Mismatch{File: file, Lang: g.Lang, Type: TypeNotMetViolation, Kind: "FP", Gold: p[0] + " / " + p[1], Got: meetingString(m, res), Evidence: m.Evidence.Text, Rule: m.Evidence.Rule})
			}
		}
	}
}

func goldMeetingString(m GoldMeeting) string {
	return fmt.Sprintf("%s %s [%s] date=%s place=%s", m.Mode, m.Status, strings.Join(m.Participants, ", "), m.Date, m.Place)
}

func meetingString(m graph.Meeting, res resolver) string {
	names := make([]string, 0, len(m.Participants))
	for _, p := range m.Participants {
		names = append(names, res.actor(p.Actor))
	}
	return fmt.Sprintf("%s %s [%s] date=%s place=%s", m.Mode, statusOf(m.Status), strings.Join(names, ", "), m.Date, m.Place)
}

func uniqueNorm(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		k := norm(n)
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// fold maps Latin letters with diacritics to their base letter, so that
// "Salamé" = "Salame", "Erdoğan" = "Erdogan", "Çavuşoğlu" = "Cavusoglu".
// The standard library has no Unicode decomposition; the list covers the
// letters of the languages Parley reads and of the names in its lexicon.
var fold = func() map[rune]rune {
	m := map[rune]rune{}
	for base, vs := range map[rune]string{
		'a': "áàâäãåāăąǎ", 'c': "çćčĉċ", 'd': "ďđ", 'e': "éèêëēĕėęě",
		'g': "ğĝġģ", 'h': "ĥħ", 'i': "íìîïīĭįıǐ", 'j': "ĵ", 'k': "ķ",
		'l': "ĺļľŀł", 'n': "ñńņňŉ", 'o': "óòôöõøōŏőǒ", 'r': "ŕŗř",
		's': "śŝşšș", 't': "ţťŧț", 'u': "úùûüũūŭůűųǔ", 'w': "ŵ",
		'y': "ýÿŷ", 'z': "źżž",
	} {
		for _, v := range vs {
			m[v] = base
		}
	}
	return m
}()

// norm is the form names are compared in: lower case, diacritics folded,
// hyphens, apostrophes, dots and underscores read as spaces, runs of space
// collapsed. A slug id ("fayez-al-sarraj") and its name ("Fayez al-Sarraj")
// normalise alike.
func norm(s string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		if f, ok := fold[r]; ok {
			r = f
		}
		switch {
		case r == '-' || r == '_' || r == '.' || r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
		default:
			b.WriteRune(r)
			space = false
		}
	}
	return strings.TrimSpace(b.String())
}

// normSpace collapses every run of white space (including no-break and
// zero-width joiners' neighbours) to one space, for substring tests.
func normSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200f' || r == '\u200e'
	}), " ")
}

// Table writes two Markdown tables: languages by the main fact types, then
// languages by the attribute types. Each cell is P/R/F1 with TP/FP/FN; the
// not_met column is a violation count, where 0 is the goal.
func (r *Report) Table(w io.Writer) {
	langs := make([]string, 0, len(r.ByLang))
	for l := range r.ByLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	cell := func(typ string, s Score) string {
		if typ == TypeNotMetViolation {
			return fmt.Sprintf("%d", s.FP)
		}
		if s.TP+s.FP+s.FN == 0 {
			return "-"
		}
		return fmt.Sprintf("%.2f/%.2f/%.2f (%d/%d/%d)", s.Precision(), s.Recall(), s.F1(), s.TP, s.FP, s.FN)
	}
	table := func(types []string, withAll bool) {
		fmt.Fprint(w, "| lang |")
		for _, t := range types {
			if t == TypeNotMetViolation {
				fmt.Fprintf(w, " %s |", t)
			} else {
				fmt.Fprintf(w, " %s P/R/F1 (TP/FP/FN) |", t)
			}
		}
		if withAll {
			fmt.Fprint(w, " all facts P/R/F1 (TP/FP/FN) |")
		}
		fmt.Fprint(w, "\n|---|")
		for range types {
			fmt.Fprint(w, "---|")
		}
		if withAll {
			fmt.Fprint(w, "---|")
		}
		fmt.Fprintln(w)
		row := func(label string, get func(t string) Score) {
			fmt.Fprintf(w, "| %s |", label)
			var all Score
			for _, t := range types {
				s := get(t)
				if t != TypeNotMetViolation {
					all.add(s)
				}
				fmt.Fprintf(w, " %s |", cell(t, s))
			}
			if withAll {
				fmt.Fprintf(w, " %s |", cell("", all))
			}
			fmt.Fprintln(w)
		}
		for _, l := range langs {
			row(l, func(t string) Score {
				if s := r.ByLang[l][t]; s != nil {
					return *s
				}
				return Score{}
			})
		}
		row("**total**", r.Total)
	}
	table(MainTypes, true)
	fmt.Fprintln(w)
	table(AttrTypes, false)
}
