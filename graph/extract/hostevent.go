package extract

import (
	"sort"

	"github.com/parley/parley/graph"
)

// hostsUnnamedEvent tells whether host verb main hosts an event, not a
// guest, and the clause names no one who takes part in it: its object is
// a `conference` or `meet_noun` word at most three words after it with
// no punctuation or `purpose` word between ("to host an inter-Libyan
// dialogue", "accueillir une réunion des pays voisins", "принять у себя
// межливийский диалог"), and no person or organisation is named after
// that word in the clause. Not in tr and ur, whose object comes first and
// whose clause may name the event's people anywhere before it. Hosting a dialogue or a conference is then no meeting of the host
// with whoever else the sentence names: the one who said so ("Sarraj
// said Algeria was ready to host a dialogue"), a country the event is of
// ("a conference of Libya's neighbours"). "Tebboune hosted a meeting
// between Sarraj and Haftar" names its people and stays.
func (d *doc) hostsUnnamedEvent(g *group, main hit) bool {
	if main.p.kind != pHost || d.inQuote[main.tok0] {
		return false
	}
	if d.lang == "tr" || d.lang == "ur" {
		return false
	}
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].tok0 >= g.lo })
	for ; i < len(d.hits) && d.hits[i].tok0 < g.hi; i++ {
		e := d.hits[i]
		if e.p.kind != pConference && e.p.kind != pMeetNoun || d.inQuote[e.tok0] {
			continue
		}
		// (a purpose word between makes the event what the guest came
		// for: "l'a accueillie pour un entretien")
		if e.tok0 >= main.tok1 && d.wordsOutside(main.tok1, e.tok0) <= 3 && !d.punctIn(main.tok1, e.tok0, ",;:.()«»\"") && !d.namedIn(main.tok1, e.tok0) && !d.kindBetween(main.tok1, e.tok0, pPurpose) {
			return !d.partyIn(e.tok1, g.hi)
		}
	}
	return false
}

// partyIn tells whether a person or an organisation, in no place use, is
// named in tokens [t0, t1).
func (d *doc) partyIn(t0, t1 int) bool {
	for _, m := range d.mentions {
		if m.tok0 >= t0 && m.tok1 <= t1 && !m.loc && !m.dir && (m.kind == graph.KindPerson || m.kind == graph.KindOrganisation) {
			return true
		}
	}
	return false
}
