package graph

import (
	"fmt"
	"sort"
	"strings"
)

// This file turns per-article facts into the merged graph Document. The
// same functions serve `parley extract` (all articles in memory) and the
// Neo4j loader (the affected part of the graph, rebuilt from the claims it
// keeps on REPORTS edges), so that the two print the same document.
//
// Property values are what Neo4j can store: strings, numbers, booleans and
// lists of them. Empty strings and empty lists are left out, because Neo4j
// does not keep a null property and the document must read the same after a
// round trip through the database.

// Seen is what one article says about an actor.
type Seen struct {
	Article string
	Actor   Actor // as this article's extraction resolved it, with the aliases seen in it
	Count   int   // mentions
}

// Entry is one article's contribution, normalised: claims with stable
// ids, every actor a claim names listed in Seen, and the story fingerprint.
type Entry struct {
	Article Article
	// Text is the article's text, kept until the loader has stored it
	// (Article.Text is dropped); in-memory corpora drop it at once.
	Text       string
	Seen       map[string]Seen // actor id ->
	Places     []Place
	Meetings   []MeetingClaim
	Statements []StatementClaim
	Features   []string
}

// NewEntry normalises one article's facts.
func NewEntry(f Facts) *Entry {
	e := &Entry{Article: f.Article, Seen: map[string]Seen{}, Text: f.Article.Text}
	e.Article.Text = "" // memory grows with the facts, not the text read
	id := f.Article.ID
	for _, a := range f.Actors {
		s := e.Seen[a.ID]
		if s.Actor.ID == "" {
			s = Seen{Article: id, Actor: a}
		} else {
			s.Actor.Aliases = append(s.Actor.Aliases, a.Aliases...)
		}
		e.Seen[a.ID] = s
	}
	need := func(actor string) {
		if actor == "" {
			return
		}
		if _, ok := e.Seen[actor]; !ok {
			e.Seen[actor] = Seen{Article: id, Actor: Actor{ID: actor, Name: actor}}
		}
	}
	for i, m := range f.Meetings {
		c := MeetingClaim{ID: fmt.Sprintf("%s/m%d", id, i), Article: id, Meeting: m}
		c.Participants = nil
		dup := map[string]bool{}
		for _, p := range m.Participants {
			if p.Actor == "" || dup[p.Actor] {
				continue
			}
			dup[p.Actor] = true
			need(p.Actor)
			c.Participants = append(c.Participants, p)
		}
		e.Meetings = append(e.Meetings, c)
	}
	for i, s := range f.Statements {
		c := StatementClaim{ID: fmt.Sprintf("%s/s%d", id, i), Article: id, Statement: s}
		if c.Lang == "" {
			c.Lang = f.Article.Lang
		}
		need(s.Speaker)
		for _, a := range s.About {
			need(a)
		}
		e.Statements = append(e.Statements, c)
	}
	for aid, s := range e.Seen {
		s.Count = f.Mentions[aid]
		if s.Count < 1 {
			s.Count = 1
		}
		s.Actor.Aliases = sortedUnique(s.Actor.Aliases)
		e.Seen[aid] = s
	}
	places := map[string]Place{}
	for _, p := range f.Places {
		if p.ID != "" {
			places[p.ID] = p
		}
	}
	for _, k := range sortedKeys(places) {
		e.Places = append(e.Places, places[k])
	}
	e.Features = Features(e)
	return e
}

// Props is a node's or relationship's properties.
type Props map[string]any

// set stores v unless it is empty.
func (p Props) set(k string, v any) {
	switch x := v.(type) {
	case string:
		if x == "" {
			return
		}
	case []string:
		if len(x) == 0 {
			return
		}
	case []int:
		if len(x) == 0 {
			return
		}
	}
	p[k] = v
}

// PlaceNodeID is the document id of a place. Countries are places and
// actors with the same id, so places are qualified to keep node ids unique.
func PlaceNodeID(id string) string { return "place:" + id }

// RelID is the stable id of a relationship, derived from what it joins (and
// for REPORTS from the claim), so exports of two runs compare line by line.
func RelID(typ, start, end string, props map[string]any) string {
	if typ == RelReports {
		if c, ok := props["claim"].(string); ok {
			return "rep:" + c
		}
	}
	return strings.ToLower(typ) + ":" + start + "|" + end
}

func rel(typ, start, end string, p Props) Relationship {
	if p == nil {
		p = Props{}
	}
	return Relationship{ID: RelID(typ, start, end, p), Type: typ, Start: start, End: end, Properties: p}
}

// ArticleNode is the Article node of an entry.
func ArticleNode(e *Entry) Node {
	a := e.Article
	p := Props{"id": a.ID}
	p.set("path", a.Path)
	p.set("title", a.Title)
	p.set("lang", a.Lang)
	p.set("url", a.URL)
	p.set("outlet", a.Outlet)
	p.set("published", a.Published)
	p.set("sha256", a.SHA256)
	p.set("extractor", a.Extractor)
	p.set("features", e.Features)
	return Node{ID: a.ID, Labels: []string{LabelArticle}, Properties: p}
}

// MentionRels are the entry's MENTIONS edges. Each carries what the
// article says of the actor, so that the Actor node can be rebuilt from its
// remaining articles when one goes away.
func MentionRels(e *Entry) []Relationship {
	var out []Relationship
	for _, id := range sortedKeys(e.Seen) {
		s := e.Seen[id]
		p := Props{"count": s.Count, "reviewed": s.Actor.Reviewed}
		p.set("aliases", s.Actor.Aliases)
		p.set("name", s.Actor.Name)
		p.set("kind", s.Actor.Kind)
		p.set("role", s.Actor.Role)
		p.set("affiliation", s.Actor.Affiliation)
		out = append(out, rel(RelMentions, e.Article.ID, id, p))
	}
	return out
}

// SeenFromMention reads back what MentionRels wrote.
func SeenFromMention(article, actor string, p map[string]any) Seen {
	s := Seen{Article: article, Actor: Actor{ID: actor}}
	s.Count = toInt(p["count"])
	s.Actor.Name, _ = p["name"].(string)
	s.Actor.Kind, _ = p["kind"].(string)
	s.Actor.Role, _ = p["role"].(string)
	s.Actor.Affiliation, _ = p["affiliation"].(string)
	s.Actor.Reviewed, _ = p["reviewed"].(bool)
	s.Actor.Aliases = toStrings(p["aliases"])
	return s
}

// ActorNode builds an Actor from what its articles say: the name, kind,
// role and affiliation from the first article (by id) that knows the actor
// from the lexicon, the aliases of all of them, and search, the folded
// forms for the full-text index.
func ActorNode(id string, seen []Seen, fold func(string) string) Node {
	ss := append([]Seen(nil), seen...)
	sort.Slice(ss, func(i, j int) bool {
		if ss[i].Actor.Reviewed != ss[j].Actor.Reviewed {
			return ss[i].Actor.Reviewed
		}
		return ss[i].Article < ss[j].Article
	})
	var a Actor
	if len(ss) > 0 {
		a = ss[0].Actor
	}
	var aliases []string
	reviewed := false
	for _, s := range ss {
		aliases = append(aliases, s.Actor.Aliases...)
		reviewed = reviewed || s.Actor.Reviewed
	}
	aliases = sortedUnique(aliases)
	name := a.Name
	if name == "" {
		name = id
	}
	if fold == nil {
		fold = strings.ToLower
	}
	search := sortedUnique(append([]string{fold(name)}, mapStrings(aliases, fold)...))
	p := Props{"id": id, "name": name, "reviewed": reviewed}
	if len(ss) > 0 {
		// view: whose account this is, so that the loader can fold in new
		// articles without re-reading every mention of a busy actor.
		p.set("view", ss[0].Article)
	}
	p.set("kind", a.Kind)
	p.set("role", a.Role)
	p.set("affiliation", a.Affiliation)
	p.set("aliases", aliases)
	p.set("search", strings.Join(search, " | "))
	return Node{ID: id, Labels: []string{LabelActor}, Properties: p}
}

// PlaceNode is the Place node of a place.
func PlaceNode(pl Place) Node {
	p := Props{"id": pl.ID}
	p.set("name", pl.Name)
	p.set("country", pl.Country)
	p.set("aliases", sortedUnique(pl.Aliases))
	return Node{ID: PlaceNodeID(pl.ID), Labels: []string{LabelPlace}, Properties: p}
}

// ArticleMeta is what source counting needs of an article.
type ArticleMeta struct {
	ID, Lang, Outlet string
}

// sourceProps are the honest counts of a fact: articles, distinct
// outlets, languages, and independent origins (SAME_STORY components).
func sourceProps(p Props, articles []string, arts map[string]ArticleMeta, stories Stories) {
	as := sortedUnique(articles)
	outlets, langs := map[string]bool{}, map[string]bool{}
	for _, a := range as {
		if m := arts[a]; m.Outlet != "" {
			outlets[m.Outlet] = true
		}
		if m := arts[a]; m.Lang != "" {
			langs[m.Lang] = true
		}
	}
	p["sources"] = len(as)
	p["outlets"] = len(outlets)
	p.set("langs", sortedKeys(langs))
	p["origins"] = stories.Origins(as)
}

func evidenceProps(p Props, ev Evidence) {
	p["sentence"] = ev.Sentence
	p["start"] = ev.Start
	p["end"] = ev.End
	p.set("evidence", ev.Text)
	p.set("rule", ev.Rule)
	p["confidence"] = ev.Confidence
	p["trigger"] = []int{ev.Trigger[0], ev.Trigger[1]}
	var spans []int
	for _, s := range ev.Spans {
		spans = append(spans, s[0], s[1])
	}
	p.set("spans", spans)
}

func evidenceFrom(p map[string]any) Evidence {
	ev := Evidence{
		Sentence:   toInt(p["sentence"]),
		Start:      toInt(p["start"]),
		End:        toInt(p["end"]),
		Confidence: toFloat(p["confidence"]),
	}
	ev.Text, _ = p["evidence"].(string)
	ev.Rule, _ = p["rule"].(string)
	if t := toInts(p["trigger"]); len(t) == 2 {
		ev.Trigger = [2]int{t[0], t[1]}
	}
	sp := toInts(p["spans"])
	for i := 0; i+1 < len(sp); i += 2 {
		ev.Spans = append(ev.Spans, [2]int{sp[i], sp[i+1]})
	}
	return ev
}

// MeetingClaimProps are the REPORTS properties of a meeting claim: the
// evidence and the claim itself, enough to recompute the merge.
func MeetingClaimProps(c MeetingClaim) Props {
	p := Props{"claim": c.ID}
	evidenceProps(p, c.Evidence)
	p.set("claim_mode", c.Mode)
	p.set("claim_date", c.Date.String())
	p.set("claim_status", c.Status)
	p.set("claim_cameo", c.CAMEO)
	p.set("claim_place", c.Place)
	p.set("actors", participantActors(c.Participants))
	p.set("roles", participantRoles(c.Participants))
	p.set("anchor", MonthDay(c.Date))
	return p
}

// MeetingClaimFrom reads back what MeetingClaimProps wrote.
func MeetingClaimFrom(article string, p map[string]any) (MeetingClaim, error) {
	c := MeetingClaim{Article: article}
	c.ID, _ = p["claim"].(string)
	c.Evidence = evidenceFrom(p)
	c.Mode, _ = p["claim_mode"].(string)
	c.Status, _ = p["claim_status"].(string)
	c.CAMEO, _ = p["claim_cameo"].(string)
	c.Place, _ = p["claim_place"].(string)
	ds, _ := p["claim_date"].(string)
	d, err := ParseDate(ds)
	if err != nil {
		return c, fmt.Errorf("claim %s: %w", c.ID, err)
	}
	c.Date = d
	actors, roles := toStrings(p["actors"]), toStrings(p["roles"])
	for i, a := range actors {
		r := RoleParticipant
		if i < len(roles) {
			r = roles[i]
		}
		c.Participants = append(c.Participants, Participant{Actor: a, Role: r})
	}
	return c, nil
}

// StatementClaimProps are the REPORTS properties of a statement claim.
func StatementClaimProps(c StatementClaim) Props {
	p := Props{"claim": c.ID, "claim_quote": c.Quote}
	evidenceProps(p, c.Evidence)
	p.set("claim_text", c.Text)
	p.set("claim_lang", c.Lang)
	p.set("claim_date", c.Date.String())
	p.set("claim_about", c.About)
	p.set("actors", []string{c.Speaker})
	p.set("anchor", MonthDay(c.Date))
	return p
}

// StatementClaimFrom reads back what StatementClaimProps wrote.
func StatementClaimFrom(article string, p map[string]any) (StatementClaim, error) {
	c := StatementClaim{Article: article}
	c.ID, _ = p["claim"].(string)
	c.Evidence = evidenceFrom(p)
	c.Text, _ = p["claim_text"].(string)
	c.Lang, _ = p["claim_lang"].(string)
	c.Quote, _ = p["claim_quote"].(bool)
	c.About = toStrings(p["claim_about"])
	if a := toStrings(p["actors"]); len(a) > 0 {
		c.Speaker = a[0]
	}
	ds, _ := p["claim_date"].(string)
	d, err := ParseDate(ds)
	if err != nil {
		return c, fmt.Errorf("claim %s: %w", c.ID, err)
	}
	c.Date = d
	return c, nil
}

// MeetingGraph is a merged meeting's node with its ATTENDED, HELD_IN and
// REPORTS relationships.
func MeetingGraph(m MergedMeeting, arts map[string]ArticleMeta, stories Stories) (Node, []Relationship) {
	p := Props{"id": m.ID, "month": m.Date.Month, "confidence": m.Evidence.Confidence}
	p.set("mode", m.Mode)
	p.set("date", m.Date.String())
	p.set("date_precision", m.Date.Precision())
	p.set("cameo", m.CAMEO)
	p.set("status", m.Status)
	p.set("place", m.Place)
	var articles []string
	for _, c := range m.Claims {
		articles = append(articles, c.Article)
	}
	sourceProps(p, articles, arts, stories)
	p.set("contradictions", m.Contradictions)
	p.set("alt_dates", mapDates(m.AltDates))
	p.set("alt_places", m.AltPlaces)
	// The participants' ids on the node as well: a read that needs them
	// for many meetings (an actor's network) reads one property per
	// meeting instead of expanding its ATTENDED edges.
	var actors []string
	for _, pt := range m.Participants {
		actors = append(actors, pt.Actor)
	}
	p.set("actors", sortedUnique(actors))
	n := Node{ID: m.ID, Labels: []string{LabelMeeting}, Properties: p}
	var rels []Relationship
	for _, pt := range m.Participants {
		rels = append(rels, rel(RelAttended, pt.Actor, m.ID, Props{"role": pt.Role, "key": AttendKey(pt.Actor, m.Date.Month, ModeClass(m.Mode)), "at": AttendAt(pt.Actor, m.Date.String())}))
	}
	for _, pl := range m.Places {
		src := map[string]bool{}
		for _, c := range m.Claims {
			if c.Place == pl {
				src[c.Article] = true
			}
		}
		rels = append(rels, rel(RelHeldIn, m.ID, PlaceNodeID(pl), Props{"sources": len(src)}))
	}
	for _, c := range m.Claims {
		rels = append(rels, rel(RelReports, c.Article, m.ID, MeetingClaimProps(c)))
	}
	return n, rels
}

// StatementGraph is a merged statement's node with SAID, ABOUT and REPORTS.
func StatementGraph(s MergedStatement, arts map[string]ArticleMeta, stories Stories) (Node, []Relationship) {
	p := Props{"id": s.ID, "quote": s.Quote, "cameo": "010"}
	p.set("text", s.Text)
	p.set("lang", s.Lang)
	p.set("speaker", s.Speaker)
	p.set("date", s.Date.String())
	p.set("date_precision", s.Date.Precision())
	var articles []string
	for _, c := range s.Claims {
		articles = append(articles, c.Article)
	}
	sourceProps(p, articles, arts, stories)
	n := Node{ID: s.ID, Labels: []string{LabelStatement}, Properties: p}
	var rels []Relationship
	if s.Speaker != "" {
		rels = append(rels, rel(RelSaid, s.Speaker, s.ID, Props{"at": SaidAt(s.Speaker, s.Date.String(), s.ID)}))
	}
	for _, a := range s.About {
		rels = append(rels, rel(RelAbout, s.ID, a, nil))
	}
	for _, c := range s.Claims {
		rels = append(rels, rel(RelReports, c.Article, s.ID, StatementClaimProps(c)))
	}
	return n, rels
}

// SameStoryRel is the SAME_STORY edge of two articles, from the smaller id.
func SameStoryRel(a, b string, score float64) Relationship {
	if b < a {
		a, b = b, a
	}
	return rel(RelSameStory, a, b, Props{"score": score})
}

// MetInput is what MET needs of one meeting.
type MetInput struct {
	ID, Date, Status string
	Actors           []string
	Articles         []string
}

// MetProps summarises the meetings two actors both attended: how many
// (held or of unknown status; planned and cancelled ones do not count), the
// first and last dates that know their year, and the number of distinct
// articles reporting them. ok is false when they never met.
func MetProps(ms []MetInput) (p Props, ok bool) {
	n := 0
	var first, last string
	arts := map[string]bool{}
	for _, m := range ms {
		if !m.counted() {
			continue
		}
		n++
		first, last = widen(first, last, m.Date)
		for _, a := range m.Articles {
			arts[a] = true
		}
	}
	if n == 0 {
		return nil, false
	}
	p = Props{"meetings": n, "sources": len(arts)}
	p.set("first", first)
	p.set("last", last)
	return p, true
}

// counted: planned and cancelled meetings do not count towards MET.
func (m MetInput) counted() bool { return m.Status != StatusPlanned && m.Status != StatusCancelled }

// widen stretches MET's first and last dates to d; only dates that know
// their year bound them.
func widen(first, last, d string) (string, string) {
	if d == "" || strings.HasPrefix(d, "-") {
		return first, last
	}
	if first == "" || d < first {
		first = d
	}
	if d > last {
		last = d
	}
	return first, last
}

// MetUpdate derives a pair's MET props from the props it had (old; nil
// when there was no edge) and the pair's shared meetings that went and
// came in a write, so that a busy pair costs what changed, not all its
// meetings. For every article of those meetings, now says whether it
// reports a counted shared meeting after the write, and kept whether one
// of those is neither among the meetings that came nor among those that
// went (so it reported it before, too). exact is false when the update
// cannot know the result (a meeting on the first or last date went, or
// old was not written by MetProps): recompute the pair from its meetings.
func MetUpdate(old Props, gone, came []MetInput, now, kept map[string]bool) (p Props, ok, exact bool) {
	n, sources := 0, 0
	var first, last string
	if old != nil {
		_, okN := old["meetings"]
		_, okS := old["sources"]
		if !okN || !okS {
			return nil, false, false
		}
		n, sources = toInt(old["meetings"]), toInt(old["sources"])
		first, _ = old["first"].(string)
		last, _ = old["last"].(string)
	}
	// A meeting on the first (last) date that went leaves that bound
	// unknown, unless one that came is on or before (after) it.
	lostFirst, lostLast := false, false
	before, arts := map[string]bool{}, map[string]bool{}
	for _, m := range gone {
		if !m.counted() {
			continue
		}
		n--
		lostFirst = lostFirst || first != "" && m.Date == first
		lostLast = lostLast || last != "" && m.Date == last
		for _, a := range m.Articles {
			before[a], arts[a] = true, true
		}
	}
	var cameFirst, cameLast string
	for _, m := range came {
		if !m.counted() {
			continue
		}
		n++
		cameFirst, cameLast = widen(cameFirst, cameLast, m.Date)
		for _, a := range m.Articles {
			arts[a] = true
		}
	}
	if lostFirst && (cameFirst == "" || cameFirst > first) || lostLast && (cameLast == "" || cameLast < last) {
		return nil, false, false
	}
	first, last = widen(first, last, cameFirst)
	first, last = widen(first, last, cameLast)
	for a := range arts {
		if before[a] || kept[a] {
			sources--
		}
		if now[a] {
			sources++
		}
	}
	if n < 0 || sources < 0 {
		return nil, false, false
	}
	if n == 0 {
		return nil, false, true
	}
	p = Props{"meetings": n, "sources": sources}
	p.set("first", first)
	p.set("last", last)
	return p, true, true
}

// MetRels derives every MET edge from the meetings, from the smaller id.
func MetRels(ms []MetInput) []Relationship {
	pairs := map[[2]string][]MetInput{}
	for _, m := range ms {
		as := sortedUnique(m.Actors)
		for i := range as {
			for j := i + 1; j < len(as); j++ {
				k := [2]string{as[i], as[j]}
				pairs[k] = append(pairs[k], m)
			}
		}
	}
	var out []Relationship
	for k, v := range pairs {
		if p, ok := MetProps(v); ok {
			out = append(out, rel(RelMet, k[0], k[1], p))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Corpus is a set of articles in memory, merged on demand. `parley
// extract` uses it; it is also the reference the loader is tested against.
type Corpus struct {
	entries map[string]*Entry
	places  map[string]Place
	Fold    func(string) string // folding for Actor.search; nil: lower case
}

// NewCorpus makes an empty corpus.
func NewCorpus(fold func(string) string) *Corpus {
	return &Corpus{entries: map[string]*Entry{}, places: map[string]Place{}, Fold: fold}
}

// Add adds (or replaces) one article's facts.
func (c *Corpus) Add(f Facts) {
	e := NewEntry(f)
	e.Text = ""
	c.entries[e.Article.ID] = e
}

// Len is the number of articles.
func (c *Corpus) Len() int { return len(c.entries) }

// Document merges everything and returns the graph, nodes and
// relationships sorted by id.
func (c *Corpus) Document() Document {
	var entries []*Entry
	for _, id := range sortedKeys(c.entries) {
		entries = append(entries, c.entries[id])
	}
	return Build(entries, c.Fold)
}

// Build merges entries into a document. fold gives Actor.search.
func Build(entries []*Entry, fold func(string) string) Document {
	var doc Document
	b := NewBuilder(fold)
	for _, e := range entries {
		n, rels := b.Add(e)
		doc.Nodes = append(doc.Nodes, n)
		doc.Relationships = append(doc.Relationships, rels...)
	}
	_ = b.Emit(func(nodes []Node, rels []Relationship) error {
		doc.Nodes = append(doc.Nodes, nodes...)
		doc.Relationships = append(doc.Relationships, rels...)
		return nil
	})
	Sort(&doc)
	return doc
}

// MetInputOf is a merged meeting as MET sees it.
func MetInputOf(m MergedMeeting) MetInput {
	in := MetInput{ID: m.ID, Date: m.Date.String(), Status: m.Status}
	for _, p := range m.Participants {
		in.Actors = append(in.Actors, p.Actor)
	}
	for _, c := range m.Claims {
		in.Articles = append(in.Articles, c.Article)
	}
	in.Articles = sortedUnique(in.Articles)
	return in
}

// AffiliationRels are the AFFILIATED_WITH edges between actors present.
func AffiliationRels(nodes []Node, present map[string]bool) []Relationship {
	var out []Relationship
	for _, n := range nodes {
		if len(n.Labels) == 0 || n.Labels[0] != LabelActor {
			continue
		}
		if aff, _ := n.Properties["affiliation"].(string); aff != "" && aff != n.ID && present[aff] {
			out = append(out, rel(RelAffiliatedWith, n.ID, aff, nil))
		}
	}
	return out
}

// Sort puts nodes and relationships in id order, the canonical order of a
// document.
func Sort(d *Document) {
	sort.Slice(d.Nodes, func(i, j int) bool { return d.Nodes[i].ID < d.Nodes[j].ID })
	sort.Slice(d.Relationships, func(i, j int) bool { return d.Relationships[i].ID < d.Relationships[j].ID })
	if d.Nodes == nil {
		d.Nodes = []Node{}
	}
	if d.Relationships == nil {
		d.Relationships = []Relationship{}
	}
}

func participantActors(ps []Participant) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Actor
	}
	return out
}

func participantRoles(ps []Participant) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Role
	}
	return out
}

func mapStrings(xs []string, f func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func mapDates(ds []Date) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return out
}

func toInt(v any) int {
	switch x := v.(type) {
	case int:
		return x
	case int64:
		return int(x)
	case float64:
		return int(x)
	}
	return 0
}

func toFloat(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	case int:
		return float64(x)
	}
	return 0
}

func toInts(v any) []int {
	switch x := v.(type) {
	case []int:
		return x
	case []int64:
		out := make([]int, len(x))
		for i, n := range x {
			out[i] = int(n)
		}
		return out
	case []any:
		out := make([]int, len(x))
		for i, n := range x {
			out[i] = toInt(n)
		}
		return out
	}
	return nil
}

func toStrings(v any) []string {
	switch x := v.(type) {
	case []string:
		return x
	case []any:
		out := make([]string, 0, len(x))
		for _, s := range x {
			if str, ok := s.(string); ok {
				out = append(out, str)
			}
		}
		return out
	}
	return nil
}
