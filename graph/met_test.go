package graph

import (
	"fmt"
	"math/rand"
	"reflect"
	"testing"
)

// TestMetUpdateEqualsMetProps changes random sets of shared meetings and
// checks the update against MetProps of the whole new set, whenever the
// update says it is exact; it must be exact in most cases, or the loader
// gains nothing.
func TestMetUpdateEqualsMetProps(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	dates := []string{"", "2020-01-08", "2020-01-09", "--01-08", "2020-02", "2019-12-30", "2020-03-01"}
	statuses := []string{"", StatusHeld, StatusPlanned, StatusCancelled}
	meeting := func(id int) MetInput {
		m := MetInput{ID: fmt.Sprintf("m%d", id), Date: dates[r.Intn(len(dates))], Status: statuses[r.Intn(len(statuses))]}
		for k := 0; k < 1+r.Intn(3); k++ {
			m.Articles = append(m.Articles, fmt.Sprintf("a%d", r.Intn(12)))
		}
		m.Articles = sortedUnique(m.Articles)
		return m
	}
	exact := 0
	const rounds = 2000
	for round := 0; round < rounds; round++ {
		var before []MetInput
		next := 0
		for k := 0; k < r.Intn(6); k++ {
			before = append(before, meeting(next))
			next++
		}
		var after, gone, came []MetInput
		for _, m := range before {
			if r.Intn(3) == 0 {
				gone = append(gone, m)
			} else {
				after = append(after, m)
			}
		}
		for k := 0; k < r.Intn(4); k++ {
			m := meeting(next)
			next++
			came = append(came, m)
			after = append(after, m)
		}
		// What the loader reads after the write, for the articles of the
		// meetings that went or came.
		isCame := map[string]bool{}
		for _, m := range came {
			isCame[m.ID] = true
		}
		now, kept := map[string]bool{}, map[string]bool{}
		for _, m := range after {
			if !m.counted() {
				continue
			}
			for _, a := range m.Articles {
				now[a] = true
				if !isCame[m.ID] {
					kept[a] = true
				}
			}
		}
		old, okOld := MetProps(before)
		if !okOld {
			old = nil
		}
		want, wantOK := MetProps(after)
		got, ok, ex := MetUpdate(old, gone, came, now, kept)
		if !ex {
			continue
		}
		exact++
		if ok != wantOK || (ok && !reflect.DeepEqual(got, want)) {
			t.Fatalf("round %d: before %+v gone %+v came %+v: got %v %v, want %v %v", round, before, gone, came, got, ok, want, wantOK)
		}
	}
	if exact < rounds/2 {
		t.Errorf("exact in %d of %d rounds; want most", exact, rounds)
	}
}
