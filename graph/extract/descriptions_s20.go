package extract

import (
	"strings"
	"sync"

	"github.com/parley/parley/graph"
)

// datedHolder is the lexicon person of country who held, at the paper's
// date, the office bare title h names by its portfolio ("the Russian
// foreign minister", "глава российского МИД", "وزير الخارجية الروسي":
// Lavrov; "the Libyan foreign minister" of 2020 Siala, of May 2021
// Mangoush), when the article names no one of that country whose office
// it is: one holder only, and only for a title that names one office
// (a generic "minister" names none).
func (d *doc) datedHolder(h hit, country string) (mention, bool) {
	offices := d.x.lx.roleHeads[h.p.role]
	if len(offices) == 0 || country == "" || d.pluralTitle(h) {
		return mention{}, false
	}
	if po := d.portfolioAfter(h); po != nil {
		offices = po
	}
	id := d.officeHolderOf(country, offices, true)
	if id == "" {
		return mention{}, false
	}
	return mention{actor: id, kind: graph.KindPerson}, true
}

// heldBeforeLater tells whether a lexicon role holds every one of its
// offices that offices lists only before a later one ("German Foreign
// Minister, later Federal President"): the term given spans both, so at
// a date inside it another holder of the earlier office goes first.
func (d *doc) heldBeforeLater(role string, offices []string) bool {
	i := strings.Index(role, "later ")
	if i < 0 {
		return false
	}
	before := role[:i]
	for _, o := range offices {
		if strings.Contains(role[i:], o) {
			return false
		}
	}
	for _, o := range offices {
		if strings.Contains(before, o) {
			return true
		}
	}
	return false
}

// rivalOfficer tells whether a lexicon person is affiliated to a rival
// body (`rival: true`: "the eastern Interim Government"), whose officer a
// country's bare title names only when no one else held the office.
func (d *doc) rivalOfficer(a *lexActor) bool {
	j, ok := d.x.lx.actorIdx[a.Affiliation]
	return ok && d.x.lx.actors[j].rival
}

// possessiveS tells whether token k is the English possessive "'s" and
// token next follows it at once: "Italy's foreign minister", "the
// Kremlin's top diplomat" name the title's country as "the Italian
// foreign minister" does.
func (d *doc) possessiveS(k, next int) bool {
	return d.lang == "en" && k+1 == next && k < len(d.toks) && d.toks[k].apos && d.toks[k].norm == "s" && d.toks[k].sent == d.toks[next-1].sent
}

// orgHeadAt is the one lexicon person whose office heads organisation
// org (headOfOrg) at the paper's date, by the lexicon's terms, when the
// article names none (a dated paper only): "the head of the Government of National Accord" of
// 2020 is Sarraj, "رئيس المجلس الرئاسي" of May 2021 Menfi.
func (d *doc) orgHeadAt(org string) (mention, bool) {
	t := d.pub
	if t.IsZero() {
		return mention{}, false // an undated paper: no date to tell the holder by
	}
	// the head of the body itself goes before the head of a body
	// affiliated to it ("the head of the GNA" is its prime minister, not
	// the commander of a force it has under it)
	var own, other []string
	for i := range d.x.lx.actors {
		a := &d.x.lx.actors[i]
		if a.Kind != graph.KindPerson || a.from.IsZero() && a.to.IsZero() || a.outside(t) || !d.headOfOrg(a.ID, org) {
			continue
		}
		if d.headOfOwn(a.Role, org) {
			own = append(own, a.ID)
		} else {
			other = append(other, a.ID)
		}
	}
	switch {
	case len(own) == 1:
		return mention{actor: own[0], kind: graph.KindPerson}, true
	case len(own) == 0 && len(other) == 1:
		return mention{actor: other[0], kind: graph.KindPerson}, true
	}
	return mention{}, false
}

// headOfOwn tells whether one office of a lexicon role ends with the
// name or an alias of organisation org itself ("Prime Minister of the
// GNA"), not of a body affiliated to it.
func (d *doc) headOfOwn(role, org string) bool {
	j, ok := d.x.lx.actorIdx[org]
	if !ok {
		return false
	}
	names := append([]string{d.x.lx.actors[j].Name}, d.x.lx.actors[j].Aliases...)
	for _, part := range strings.FieldsFunc(role, func(r rune) bool { return r == ',' || r == '/' || r == ';' }) {
		part = strings.TrimSpace(part)
		for _, n := range names {
			if n != "" && strings.HasSuffix(part, " "+n) {
				return true
			}
		}
	}
	return false
}

// datedMember is, for bare title h qualified by organisation org ("the UN
// envoy", "l'envoyé de l'ONU", "المبعوث الأممي") when the article names
// no one of it, the one lexicon person of org (or of a body of it: UNSMIL
// is the UN's) whose role the title names and whose term holds the
// paper's date: Salamé before March 2020, Williams until January 2021,
// Kubiš after. A dated paper only.
func (d *doc) datedMember(h hit, org string) (mention, bool) {
	if d.pub.IsZero() || d.pluralTitle(h) {
		return mention{}, false
	}
	found := ""
	for i := range d.x.lx.actors {
		a := &d.x.lx.actors[i]
		if a.Kind != graph.KindPerson || a.from.IsZero() && a.to.IsZero() || a.outside(d.pub) || !d.affiliatedTo(a.ID, org) || !d.roleFits(a.ID, h.p.role) {
			continue
		}
		if found != "" {
			return mention{}, false
		}
		found = a.ID
	}
	if found == "" {
		return mention{}, false
	}
	return mention{actor: found, kind: graph.KindPerson}, true
}

// pluralTitle tells whether title h is written in the plural ("the
// foreign ministers of Libya's neighbours", "les chefs de la diplomatie",
// "los ministros de Exteriores", "i ministri degli Esteri"): it names
// several, no one holder. By the plural ending of the head noun: the last
// word in English, the first in French, Spanish and Italian; other
// languages tell nothing here.
func (d *doc) pluralTitle(h hit) bool {
	switch d.lang {
	case "en":
		return strings.HasSuffix(d.toks[h.tok1-1].norm, "s")
	case "fr", "es":
		return strings.HasSuffix(d.toks[h.tok0].norm, "s")
	case "it":
		return strings.HasSuffix(d.toks[h.tok0].norm, "i")
	}
	return false
}

// titleSeatCountry is the country of a ministry's seat that a title names
// within itself ("il capo della Farnesina", "il titolare del Viminale",
// "le patron du Quai d'Orsay"): a place of places.yaml past the title's
// first word, inside its phrase. "" when none.
func (d *doc) titleSeatCountry(h hit) string {
	for _, p := range d.placeMs {
		if p.tok0 > h.tok0 && p.tok1 <= h.tok1 {
			return d.countryOf(p.place)
		}
	}
	return ""
}

// portfolioWords is portfolio_after tokenized as the text is, read once
// on first use.
var portfolioWords = sync.OnceValue(func() map[string]map[string][]string {
	out := map[string]map[string][]string{}
	for lang, m := range closed().portfolio {
		out[lang] = map[string][]string{}
		for ph, offices := range m {
			out[lang][strings.Join(tokenizeRaw(ph), " ")] = offices
		}
	}
	return out
})

// portfolioAfter is the offices a portfolio phrase names that follows
// generic title h right after its demonym ("le ministre turc des
// Affaires étrangères", "el ministro turco de Exteriores"); nil when
// none does.
func (d *doc) portfolioAfter(h hit) []string {
	ps := portfolioWords()[d.lang]
	if len(ps) == 0 {
		return nil
	}
	for _, x := range d.hitsStartingAt(h.tok1) {
		if x.p.kind != pDemonym {
			continue
		}
		for n := 1; n <= 3 && x.tok1+n <= len(d.toks); n++ {
			if d.punctIn(x.tok1, x.tok1+n-1, ",;:.()") {
				break
			}
			ws := make([]string, n)
			for i := range ws {
				ws[i] = d.toks[x.tok1+i].norm
			}
			if o, ok := ps[strings.Join(ws, " ")]; ok {
				return o
			}
		}
	}
	return nil
}

// demonymWordAt tells whether token j is by itself a demonym of the
// language ("российского", "германского"): a one-word phrase of
// demonyms.yaml.
func (d *doc) demonymWordAt(j int) bool {
	w := d.toks[j].norm
	for _, p := range d.rules.phrases.exact[w] {
		if p.kind == pDemonym && len(p.keys) == 1 {
			return true
		}
	}
	for _, p := range d.rules.phrases.wild {
		if p.kind == pDemonym && len(p.keys) == 1 && strings.HasPrefix(w, p.keys[0]) {
			return true
		}
	}
	return false
}
