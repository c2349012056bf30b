package extract

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// TestClaimIDIsShortHash: claimID writes the ids shortHash wrote (prefix
// + FNV-1a of the article id and the two numbers' digits), so the ids of
// the facts do not change with the allocation-free form.
func TestClaimIDIsShortHash(t *testing.T) {
	ids := []string{"", "a", "ar_v29_x.txt", "de_v17_ankara_delegation_tripolis", "ملتقى", "статья-1"}
	nums := []int{0, 1, 9, 10, 99, 100, 12345, 987654321, -1, -42}
	for _, id := range ids {
		for _, a := range nums {
			for _, b := range nums {
				for _, pre := range []string{"m", "s"} {
					if got, want := claimID(pre, id, a, b), pre+shortHash(id, itoa(a), itoa(b)); got != want {
						t.Fatalf("claimID(%q, %q, %d, %d) = %q, want %q", pre, id, a, b, got, want)
					}
				}
			}
		}
	}
}

// TestHitsEndingAtSlicesTheIndex: hitsEndingAt, now a slice of the hits
// laid out in byEnd's order, lists for every token the hits the index
// names, in the same order, and an append to it copies.
func TestHitsEndingAtSlicesTheIndex(t *testing.T) {
	x := shipped(t)
	texts := []struct{ lang, text string }{
		{"en", "Title\n\nForeign Minister Heiko Maas met Fayez al-Sarraj in Tripoli on Tuesday, the ministry said. He later held talks by phone with Recep Tayyip Erdogan."},
		{"fr", "Titre\n\nLe président Emmanuel Macron s'est entretenu mardi à Paris avec Khalifa Haftar, a indiqué l'Élysée."},
		{"ar", "عنوان\n\nالتقى وزير الخارجية المصري سامح شكري في القاهرة أمس برئيس مجلس النواب الليبي عقيلة صالح، وبحث معه تطورات الأزمة."},
		{"ru", "Заголовок\n\nМинистр иностранных дел России Сергей Лавров провёл в Москве переговоры с Халифой Хафтаром, сообщили в МИД."},
		{"tr", "Başlık\n\nDışişleri Bakanı Mevlüt Çavuşoğlu, Trablus'ta Fayez es-Serrac ile görüştü."},
	}
	dev, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "gold", "dev", "*_v29_*.txt"))
	for _, p := range dev {
		a, err := readArticle(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, struct{ lang, text string }{a.Lang, a.Text})
	}
	for _, c := range texts {
		d := newDoc(x, graph.Article{ID: "t", Lang: c.lang, Published: "2020-06-10", Text: c.text})
		d.run()
		for tok := -1; tok <= len(d.toks)+1; tok++ {
			var want []hit
			for _, i := range d.hitsByEnd(tok) {
				want = append(want, d.hits[i])
			}
			got := d.hitsEndingAt(tok)
			if !slices.Equal(got, want) {
				t.Fatalf("%s token %d: hitsEndingAt %v, want %v", c.lang, tok, got, want)
			}
			if cap(got) != len(got) {
				t.Fatalf("%s token %d: hitsEndingAt leaves room to append into the shared hits", c.lang, tok)
			}
		}
		d.release()
	}
}

// TestEvidenceTextSharedPerSentence: the evidence text of the facts of
// one sentence is its text, copied once and shared; two sentences keep
// their own texts.
func TestEvidenceTextSharedPerSentence(t *testing.T) {
	x := shipped(t)
	f, err := x.Article(graph.Article{ID: "t", Lang: "de", Published: "2020-06-10", Text: "Titel\n\nAußenminister Heiko Maas traf am Dienstag in Tripolis Fayez al-Sarraj, sagte ein Sprecher. Am Mittwoch telefonierte Maas mit Recep Tayyip Erdogan."})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Meetings) < 2 {
		t.Fatalf("meetings %v, want two", allParts(f))
	}
	for _, m := range f.Meetings {
		e := m.Evidence
		if e.Text == "" || e.Text != f.Article.Text[e.Start:e.End] && e.Text != string([]rune(f.Article.Text)[e.Start:e.End]) {
			t.Errorf("evidence %q is not the text of its sentence [%d:%d]", e.Text, e.Start, e.End)
		}
	}
	if f.Meetings[0].Evidence.Text == f.Meetings[1].Evidence.Text {
		t.Errorf("two sentences share one evidence text %q", f.Meetings[0].Evidence.Text)
	}
}

// TestGroupSigHasEveryGroupWord: groupHits' signature filter lets
// through every group numeral and pair word (a word it stops is none).
func TestGroupSigHasEveryGroupWord(t *testing.T) {
	cw := closed()
	for w := range cw.groupNum {
		if !cw.mayGroup(w) {
			t.Errorf("group numeral %q stopped by groupSig", w)
		}
	}
	for _, m := range []map[string]bool{cw.pairDual, cw.pairTwo} {
		for w := range m {
			if !cw.mayGroup(w) {
				t.Errorf("pair word %q stopped by groupSig", w)
			}
		}
	}
}

// TestPhraseNextIsSecondWord: findHits' skip test reads phrase.next, the
// second word of every rule phrase that matches it whole, and "" for the
// others (one word, or a second word matched as a prefix).
func TestPhraseNextIsSecondWord(t *testing.T) {
	x := shipped(t)
	for _, l := range langs {
		r := x.lx.rules[l]
		var all []*phrase
		for _, ps := range r.phrases.exact {
			all = append(all, ps...)
		}
		all = append(all, r.phrases.wild...)
		for _, p := range all {
			want := ""
			if len(p.keys) > 1 && !p.prefix[1] {
				want = p.keys[1]
			}
			if p.next != want {
				t.Errorf("%s %s %v: next %q, want %q", l, p.name, p.keys, p.next, want)
			}
		}
	}
}
