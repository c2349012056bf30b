package graph

import "sort"

// Builder merges articles into the graph document without holding the
// document: what one article decides alone (its Article node and MENTIONS
// edges) comes back from Add at once, and the merged rest comes out of
// Emit in pieces. It keeps only what the merge needs: the claims, the story
// features, and per actor a running fold of what the articles say. The
// loader's first load into an empty database writes a large archive this
// way, the way Neo4j's bulk path would; Build collects the same pieces into
// a Document.
type Builder struct {
	fold    func(string) string
	arts    map[string]ArticleMeta
	actors  map[string]*actorFold
	places  map[string]Place
	mclaims []MeetingClaim
	sclaims []StatementClaim
	stories []*Entry // id and features only
}

// actorFold is ActorNode's input reduced as it arrives: the account it
// takes the name from, and every alias seen.
type actorFold struct {
	best    Seen
	aliases map[string]bool
}

// NewBuilder starts an empty document. fold gives Actor.search.
func NewBuilder(fold func(string) string) *Builder {
	return &Builder{fold: fold, arts: map[string]ArticleMeta{}, actors: map[string]*actorFold{}, places: map[string]Place{}}
}

// Add takes one article and returns its Article node and MENTIONS edges.
// Each article id must be added once.
func (b *Builder) Add(e *Entry) (Node, []Relationship) {
	b.arts[e.Article.ID] = ArticleMeta{ID: e.Article.ID, Lang: e.Article.Lang, Outlet: e.Article.Outlet}
	for id, s := range e.Seen {
		f := b.actors[id]
		if f == nil {
			f = &actorFold{best: s, aliases: map[string]bool{}}
			b.actors[id] = f
		} else if s.Actor.Reviewed && !f.best.Actor.Reviewed ||
			s.Actor.Reviewed == f.best.Actor.Reviewed && s.Article < f.best.Article {
			f.best = s
		}
		for _, a := range s.Actor.Aliases {
			f.aliases[a] = true
		}
	}
	for _, p := range e.Places {
		if _, ok := b.places[p.ID]; !ok {
			b.places[p.ID] = p
		}
	}
	b.mclaims = append(b.mclaims, e.Meetings...)
	b.sclaims = append(b.sclaims, e.Statements...)
	b.stories = append(b.stories, &Entry{Article: Article{ID: e.Article.ID}, Features: e.Features})
	return ArticleNode(e), MentionRels(e)
}

// Emit merges what was added and hands the rest of the document to fn, a
// piece at a time, each piece's nodes before its relationships and every
// relationship after the nodes it joins (Articles and the Actors of
// MENTIONS come from Add): Actors, SAME_STORY, each meeting with any Place
// it is the first to use, statements, then AFFILIATED_WITH and MET. The
// Builder is spent afterwards.
func (b *Builder) Emit(fn func(nodes []Node, rels []Relationship) error) error {
	actorIDs := map[string]bool{}
	var actors []Node
	for _, id := range sortedKeys(b.actors) {
		f := b.actors[id]
		s := f.best
		s.Actor.Aliases = sortedKeys(f.aliases)
		actorIDs[id] = true
		actors = append(actors, ActorNode(id, []Seen{s}, b.fold))
	}
	b.actors = nil
	if err := fn(actors, nil); err != nil {
		return err
	}
	sort.Slice(b.stories, func(i, j int) bool { return b.stories[i].Article.ID < b.stories[j].Article.ID })
	stories := LinkStories(b.stories)
	b.stories = nil
	var same []Relationship
	for _, a := range sortedKeys(stories) {
		for _, o := range sortedKeys(stories[a]) {
			if a < o {
				same = append(same, SameStoryRel(a, o, stories[a][o]))
			}
		}
	}
	if err := fn(nil, same); err != nil {
		return err
	}
	placed := map[string]bool{}
	var met []MetInput
	clusters := ClusterMeetings(b.mclaims)
	b.mclaims = nil
	for i, cl := range clusters {
		clusters[i] = nil
		m := Merge(cl)
		var nodes []Node
		for _, p := range m.Places {
			if !placed[p] {
				placed[p] = true
				pl, ok := b.places[p]
				if !ok {
					pl = Place{ID: p, Name: p}
				}
				nodes = append(nodes, PlaceNode(pl))
			}
		}
		n, rels := MeetingGraph(m, b.arts, stories)
		if err := fn(append(nodes, n), rels); err != nil {
			return err
		}
		met = append(met, MetInputOf(m))
	}
	sclusters := ClusterStatements(b.sclaims, stories)
	b.sclaims = nil
	for i, cl := range sclusters {
		sclusters[i] = nil
		n, rels := StatementGraph(MergeStatements(cl), b.arts, stories)
		if err := fn([]Node{n}, rels); err != nil {
			return err
		}
	}
	return fn(nil, append(AffiliationRels(actors, actorIDs), MetRels(met)...))
}
