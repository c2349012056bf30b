// Package graph is Parley's domain: the facts found in news articles
// (actors, meetings, statements, places), the evidence behind each of them,
// and the rules that merge reports of one event from many articles into one
// graph. It knows nothing of files, Neo4j or HTTP.
package graph

// Labels and relationship types of the graph model. They are the contract
// with users who write Cypher, so they are spelled once, here.
const (
	LabelActor     = "Actor"
	LabelMeeting   = "Meeting"
	LabelStatement = "Statement"
	LabelArticle   = "Article"
	LabelPlace     = "Place"

	RelAttended       = "ATTENDED"
	RelHeldIn         = "HELD_IN"
	RelSaid           = "SAID"
	RelAbout          = "ABOUT"
	RelReports        = "REPORTS"
	RelMentions       = "MENTIONS"
	RelAffiliatedWith = "AFFILIATED_WITH"
	RelMet            = "MET"
	RelSameStory      = "SAME_STORY"
)

// Actor kinds.
const (
	KindPerson       = "person"
	KindOrganisation = "organisation"
	KindCountry      = "country"
)

// Meeting modes.
const (
	ModeInPerson = "in_person"
	ModeCall     = "call"  // telephone
	ModeVideo    = "video" // video conference
	ModeVisit    = "visit"
)

// Meeting statuses. An empty status means the text did not say; extraction
// sets held for events reported in the past tense.
const (
	StatusHeld      = "held"
	StatusPlanned   = "planned"
	StatusCancelled = "cancelled"
)

// Article is one news article as read from a file. Offsets in every
// Evidence of the article count Unicode code points into Text, the text as
// read (after decoding to UTF-8 and dropping a byte-order mark), so that
// text[start:end] in Python or []rune(text)[start:end] in Go is the span.
type Article struct {
	ID        string `json:"id"`
	Path      string `json:"path"`
	Title     string `json:"title"`
	Lang      string `json:"lang"`                // ISO 639-1: ur, ar, de, en, fr, it, tr, es, ru
	URL       string `json:"url,omitempty"`       // from metadata only
	Outlet    string `json:"outlet,omitempty"`    // from metadata only
	Published string `json:"published,omitempty"` // ISO date (YYYY-MM-DD) from metadata only
	SHA256    string `json:"sha256"`              // of the bytes the article was read from
	// Extractor fingerprints the rules and lexicon that produced the
	// article's facts; a stored article is re-extracted when it differs.
	Extractor string `json:"extractor,omitempty"`
	Text      string `json:"-"`
}

// Evidence ties a fact to the words that support it in one article.
type Evidence struct {
	Sentence   int     `json:"sentence"` // 0-based index of the sentence in the article
	Start      int     `json:"start"`    // code point offset into Article.Text, inclusive
	End        int     `json:"end"`      // code point offset, exclusive
	Text       string  `json:"evidence"` // the sentence (or span) in the original script
	Rule       string  `json:"rule"`     // the rule that produced the fact, e.g. "ar.meet.verb"
	Confidence float64 `json:"confidence"`
	// Trigger and the actor spans are offsets of the matched words inside
	// the article; the dashboard highlights them.
	Trigger [2]int   `json:"trigger"`
	Spans   [][2]int `json:"spans,omitempty"`
}

// Actor is a person, organisation or country.
type Actor struct {
	ID          string   `json:"id"` // stable slug of the canonical name, e.g. "khalifa-haftar"
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	Role        string   `json:"role,omitempty"`
	Affiliation string   `json:"affiliation,omitempty"` // id of the actor this one belongs to
	Aliases     []string `json:"aliases,omitempty"`     // every form seen, in every script
	Reviewed    bool     `json:"reviewed"`              // false for actors found only by a title rule
}

// Place is a city or country where a meeting happened.
type Place struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Country string   `json:"country,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
}

// Participant is an actor's part in a meeting.
type Participant struct {
	Actor string `json:"actor"` // actor id
	Role  string `json:"role"`  // host, guest, caller, callee, participant
}

// Participant roles.
const (
	RoleHost        = "host"
	RoleGuest       = "guest"
	RoleCaller      = "caller"
	RoleCallee      = "callee"
	RoleParticipant = "participant"
)

// Meeting is an encounter between actors: in person, by phone or video, or a
// visit. In Facts it is one article's claim; after Merge it stands for every
// claim about the same event.
type Meeting struct {
	ID           string        `json:"id"`
	Mode         string        `json:"mode"`
	Date         Date          `json:"date"`
	Status       string        `json:"status,omitempty"`
	CAMEO        string        `json:"cameo"`
	Place        string        `json:"place,omitempty"` // place id
	Participants []Participant `json:"participants"`
	Evidence     Evidence      `json:"evidence"`
}

// Statement is something an actor said: a direct quote or reported speech.
type Statement struct {
	ID       string   `json:"id"`
	Speaker  string   `json:"speaker"` // actor id
	Text     string   `json:"text"`    // what was said, in the original script
	Quote    bool     `json:"quote"`   // true for a direct quotation
	Lang     string   `json:"lang"`
	About    []string `json:"about,omitempty"` // ids of actors the statement is about
	Date     Date     `json:"date"`
	Evidence Evidence `json:"evidence"`
}

// Facts is everything extraction found in one article.
type Facts struct {
	Article    Article        `json:"article"`
	Actors     []Actor        `json:"actors"`   // actors mentioned, with the aliases seen in this article
	Mentions   map[string]int `json:"mentions"` // actor id -> number of mentions
	Places     []Place        `json:"places"`
	Meetings   []Meeting      `json:"meetings"`
	Statements []Statement    `json:"statements"`
}
