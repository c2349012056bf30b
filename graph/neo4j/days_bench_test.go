package neo4j

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// BenchmarkPairEdges groups 2,000 meetings of two to four of 180 actors,
// the size of the filtered network at 100,000 articles.
func BenchmarkPairEdges(b *testing.B) {
	ms := benchMeetings()
	b.ReportAllocs()
	for b.Loop() {
		pairEdges(ms)
	}
}

func benchMeetings() []dayMeeting {
	r := rand.New(rand.NewSource(1))
	ms := make([]dayMeeting, 2000)
	for i := range ms {
		as := map[string]bool{}
		for len(as) < 2+r.Intn(3) {
			as[fmt.Sprintf("actor-name-%03d", int(r.ExpFloat64()*40)%180)] = true
		}
		var ids []string
		for a := range as {
			ids = append(ids, a)
		}
		slices.Sort(ids)
		ms[i] = dayMeeting{date: fmt.Sprintf("2020-%02d-%02d", 1+r.Intn(12), 1+r.Intn(28)), actors: strings.Join(ids, " ")}
	}
	return ms
}

// BenchmarkStrongest keeps the 300 strongest of the edges of 2,000
// meetings, as /api/network does by default.
func BenchmarkStrongest(b *testing.B) {
	var n Network
	var meetings map[string]int
	n.Edges, meetings = pairEdges(benchMeetings())
	for id, k := range meetings {
		n.Nodes = append(n.Nodes, ActorRank{Ref: Ref{ID: id}, Meetings: k})
	}
	b.ReportAllocs()
	for b.Loop() {
		n.Strongest(300)
	}
}
