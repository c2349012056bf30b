package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley/parley/graph"
)

// construction is one wire-style sentence (or two) and the facts it
// states. meet lists the events as "class status date p1 p2 ...": class is
// meet (in person or visit) or call (telephone or video), date is "-" when
// not checked, else a date the event's must be compatible with (and
// present); participants in any order. stmt lists the speakers, "id" or
// "id quote" for a direct quotation, in any order.
type construction struct {
	pub, text string
	meet      []string
	stmt      []string
}

// constructionPub is a Wednesday.
const constructionPub = "2021-03-10"

func eventClass(mode string) string {
	if mode == graph.ModeCall || mode == graph.ModeVideo {
		return "call"
	}
	return "meet"
}

// checkConstructions runs each case and reports every event or statement
// that differs from what the case wants.
func checkConstructions(t *testing.T, lang string, cases []construction) {
	t.Helper()
	x := shipped(t)
	for _, c := range cases {
		pub := c.pub
		if pub == "" {
			pub = constructionPub
		}
		f, err := x.Article(graph.Article{ID: "t", Lang: lang, Text: c.text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range f.Meetings {
			p := participants(m)
			slices.Sort(p)
			st := m.Status
			if st == "" {
				st = graph.StatusHeld
			}
			got = append(got, eventClass(m.Mode)+" "+st+" "+m.Date.String()+" "+strings.Join(p, " "))
		}
		ok := len(got) == len(c.meet)
		used := make([]bool, len(got))
		for _, w := range c.meet {
			f := strings.Fields(w)
			p := slices.Clone(f[3:])
			slices.Sort(p)
			found := false
			for i, m := range f0(got) {
				g := strings.Fields(m)
				if used[i] || g[0] != f[0] || g[1] != f[1] || !slices.Equal(g[3:], p) {
					continue
				}
				if f[2] != "-" {
					wd, err := graph.ParseDate(f[2])
					if err != nil {
						t.Fatal(err)
					}
					gd, _ := graph.ParseDate(g[2])
					if g[2] == "" || gd.IsZero() || !wd.Compatible(gd) {
						continue
					}
				}
				used[i], found = true, true
				break
			}
			ok = ok && found
		}
		var says []string
		for _, s := range f.Statements {
			if s.Quote {
				says = append(says, s.Speaker+" quote")
			} else {
				says = append(says, s.Speaker)
			}
		}
		want := slices.Clone(c.stmt)
		slices.Sort(says)
		slices.Sort(want)
		if !ok || !slices.Equal(says, want) {
			t.Errorf("%s %q:\n events %q\n   want %q\n speakers %q\n     want %q", lang, c.text, got, c.meet, says, want)
		}
	}
}

// f0 lets an event line with an empty date keep its four fields.
func f0(got []string) []string {
	out := make([]string, len(got))
	for i, g := range got {
		f := strings.SplitN(g, " ", 4)
		if f[2] == "" {
			f[2] = "none"
		}
		out[i] = strings.Join(f, " ")
	}
	return out
}

func TestConstructionsEnglish(t *testing.T) {
	checkConstructions(t, "en", []construction{
		// meetings
		{text: "Fayez al-Sarraj met Khalifa Haftar in Abu Dhabi on Tuesday.", meet: []string{"meet held 2021-03-09 fayez-al-sarraj khalifa-haftar"}},
		{text: "Sergey Lavrov and Mevlüt Çavuşoğlu met in Moscow on 13 January to prepare the truce.", meet: []string{"meet held 2021-01-13 sergey-lavrov mevlut-cavusoglu"}},
		{text: "Heiko Maas held talks with Fathi Bashagha in Tripoli on Monday.", meet: []string{"meet held 2021-03-08 heiko-maas fathi-bashagha"}},
		{text: "Emmanuel Macron received Mohamed al-Menfi at the Élysée on Tuesday.", meet: []string{"meet held 2021-03-09 emmanuel-macron mohamed-al-menfi"}},
		{text: "Khalid al-Mishri was received by Nasser Bourita in Rabat on Monday.", meet: []string{"meet held 2021-03-08 khalid-al-mishri nasser-bourita"}},
		{text: "Luigi Di Maio visited Tripoli on Monday and met Abdul Hamid Dbeibah.", meet: []string{"meet held 2021-03-08 luigi-di-maio abdul-hamid-dbeibah"}},
		{text: "The meeting between Recep Tayyip Erdoğan and Fayez al-Sarraj in Istanbul lasted two hours.", meet: []string{"meet held - recep-tayyip-erdogan fayez-al-sarraj"}},
		{text: "Talks between Stephanie Williams and Aguila Saleh Issa in Cairo ended without agreement.", meet: []string{"meet held - stephanie-williams aguila-saleh-issa"}},
		{text: "Mike Pompeo's meeting with Khalifa Haftar in Paris focused on the oil blockade.", meet: []string{"meet held - mike-pompeo khalifa-haftar"}},
		{text: "During his meeting with Abdel Fattah el-Sisi in Cairo, Aguila Saleh Issa discussed the ceasefire.", meet: []string{"meet held - aguila-saleh-issa abdel-fattah-el-sisi"}},
		{text: "Sergey Lavrov met Mevlüt Çavuşoğlu and Fayez al-Sarraj in Moscow on Monday.", meet: []string{"meet held 2021-03-08 sergey-lavrov mevlut-cavusoglu fayez-al-sarraj"}},
		{text: "Sergey Lavrov, Sergei Shoigu and Khalifa Haftar met in Moscow on Monday.", meet: []string{"meet held 2021-03-08 sergey-lavrov sergei-shoigu khalifa-haftar"}},
		{text: "Angela Merkel hosted a meeting of Fayez al-Sarraj and Khalifa Haftar in Berlin.", meet: []string{"meet held - angela-merkel fayez-al-sarraj khalifa-haftar"}},
		{text: "Abdel Fattah el-Sisi received Khalifa Haftar in Cairo in the presence of Abbas Kamel.", meet: []string{"meet held - abdel-fattah-el-sisi khalifa-haftar abbas-kamel"}},
		{text: "Luigi Di Maio, accompanied by Lorenzo Guerini, met Fayez al-Sarraj in Tripoli.", meet: []string{"meet held - luigi-di-maio lorenzo-guerini fayez-al-sarraj"}},
		{text: "Heiko Maas met Fathi Bashagha in Tripoli on 4 June. The next day he met Khalifa Haftar in Benghazi.", meet: []string{"meet held 2020-06-04 heiko-maas fathi-bashagha", "meet held 2020-06-05 heiko-maas khalifa-haftar"}},
		{text: "Mike Pompeo met Khalifa Haftar in Washington yesterday.", meet: []string{"meet held 2021-03-09 mike-pompeo khalifa-haftar"}},
		// calls
		{text: "Sergey Lavrov phoned Mevlüt Çavuşoğlu on Friday.", meet: []string{"call held 2021-03-05 sergey-lavrov mevlut-cavusoglu"}},
		{text: "In a phone call with Emmanuel Macron, Recep Tayyip Erdoğan discussed the fighting in Libya.", meet: []string{"call held - recep-tayyip-erdogan emmanuel-macron"}},
		{text: "Abdelmadjid Tebboune received a phone call from Recep Tayyip Erdoğan on Sunday.", meet: []string{"call held 2021-03-07 abdelmadjid-tebboune recep-tayyip-erdogan"}},
		{text: "Antony Blinken and Najla Mangoush spoke by telephone on Thursday.", meet: []string{"call held 2021-03-04 antony-blinken najla-mangoush"}},
		{text: "Stephanie Williams held a video conference with Khalid al-Mishri.", meet: []string{"call held - stephanie-williams khalid-al-mishri"}},
		// statements
		{text: "\"We will not accept foreign mercenaries on our soil,\" Fayez al-Sarraj said.", stmt: []string{"fayez-al-sarraj quote"}},
		{text: "Khalifa Haftar told reporters that his army would not withdraw from Sirte.", stmt: []string{"khalifa-haftar"}},
		{text: "The Kremlin said the ceasefire had to be respected by all sides.", stmt: []string{"russia"}},
		{text: "According to Sameh Shoukry, Egypt will not accept a threat to its western border.", stmt: []string{"sameh-shoukry"}},
		{text: "Foreign Minister Najla Mangoush warned that the mercenaries must leave the country.", stmt: []string{"najla-mangoush"}},
		{text: "The country needs elections, not more weapons, Stephanie Williams said on Tuesday.", stmt: []string{"stephanie-williams"}},
		{text: "\"We are ready to talk,\" Aguila Saleh Issa said. \"But the militias must leave Tripoli first.\"", stmt: []string{"aguila-saleh-issa quote"}},
		{text: "The US embassy said the United States supported the ceasefire.", stmt: []string{"united-states"}},
		// status
		{text: "Mevlüt Çavuşoğlu will meet Sergey Lavrov in Sochi next week.", meet: []string{"meet planned - mevlut-cavusoglu sergey-lavrov"}},
		{text: "Khalifa Haftar is expected in Paris on Monday for talks with Emmanuel Macron.", meet: []string{"meet planned - khalifa-haftar emmanuel-macron"}},
		{text: "The meeting between Fayez al-Sarraj and Khalifa Haftar, scheduled for Thursday in Moscow, was called off.", meet: []string{"meet cancelled - fayez-al-sarraj khalifa-haftar"}},
		{text: "Talks between Sergey Lavrov and Mevlüt Çavuşoğlu in Istanbul were postponed indefinitely.", meet: []string{"meet cancelled - sergey-lavrov mevlut-cavusoglu"}},
		{text: "Khalifa Haftar did not meet Fayez al-Sarraj in Moscow."},
		{text: "Khalifa Haftar refused to meet Fayez al-Sarraj in Berlin."},
	})
}
