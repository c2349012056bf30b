package extract

import (
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// TestGermanTalkTakesThePhoneCue: German talk ("sprach mit", "im
// Gespräch mit") says nothing of where, like "a parlé avec": a telephone
// cue before it in its sentence ("telefonisch", "am Telefon") or in the
// sentence before of its paragraph ("griff zum Telefon") makes it a call;
// with no cue it stays a meeting in person. Italian "sentirà X" (the
// future of "sentire", to hear from) is a call planned.
func TestGermanTalkTakesThePhoneCue(t *testing.T) {
	x := shipped(t)
	wantOnlyModes(t, x, []modeCase{
		{"de", "Am Dienstagabend griff Heiko Maas zum Telefon. Er sprach mit Sameh Schukri über die Lage in Sirte.", []string{"heiko-maas", "sameh-shoukry"}, graph.ModeCall},
		{"de", "Am Telefon sprach Heiko Maas am Montag mit Sergej Lawrow über das Waffenembargo.", []string{"heiko-maas", "sergey-lavrov"}, graph.ModeCall},
		{"it", "Il ministro Luigi Di Maio sentirà domani Sameh Shoukry, ha fatto sapere la Farnesina.", []string{"luigi-di-maio", "sameh-shoukry"}, graph.ModeCall},
		{"de", "Heiko Maas sprach mit Sergej Lawrow am Montag in Berlin über das Waffenembargo.", []string{"heiko-maas", "sergey-lavrov"}, graph.ModeInPerson},
	})
}

// TestMannerBeforeTheNextClause: a telephone or video word closing a
// meeting's clause is its manner though the clause after the comma names
// someone ("doivent s'entretenir jeudi par visioconférence, et l'Élysée a
// fait savoir …").
func TestMannerBeforeTheNextClause(t *testing.T) {
	x := shipped(t)
	wantOnlyModes(t, x, []modeCase{
		{"fr", "Jean-Yves Le Drian et Heiko Maas doivent s'entretenir mardi par visioconférence, et le Quai d'Orsay a indiqué que la France soutiendrait la mission de l'ONU.", []string{"jean-yves-le-drian", "heiko-maas"}, graph.ModeVideo},
		{"it", "Luigi Di Maio e Heiko Maas si sono riuniti martedì in videoconferenza, e la Farnesina ha spiegato che l'Italia sostiene la missione Irini.", []string{"luigi-di-maio", "heiko-maas"}, graph.ModeVideo},
		{"en", "Heiko Maas and Jean-Yves Le Drian met on Tuesday by video link, and the German foreign ministry said Berlin would back the UN mission.", []string{"heiko-maas", "jean-yves-le-drian"}, graph.ModeVideo},
	})
}

// TestRussianRepeatedCalls: the imperfective "созванивался с" (kept
// calling) is a call like "созвонился", and "не раз" (more than once)
// denies nothing.
func TestRussianRepeatedCalls(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"В мае Сергей Лавров не раз созванивался с Мевлютом Чавушоглу.",
		"Летом Сергей Лавров регулярно созванивался с Мевлютом Чавушоглу.",
	} {
		f := factsOf(t, x, "ru", "Заголовок\n\n"+text)
		if !onlyMeetingOf(f, []string{"sergey-lavrov", "mevlut-cavusoglu"}) || f.Meetings[0].Mode != graph.ModeCall {
			t.Errorf("ru %q: meetings %v, want only a call of Lavrov and Çavuşoğlu", text, allParts(f))
		}
	}
}

// TestTakingPartInAnotherMedium: a "took part" sentence that tells a
// video conference (a call) after a call (a meeting) is an event of its
// own, not more people on the last one.
func TestTakingPartInAnotherMedium(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "Mardi, Kaïs Saïed a eu un entretien téléphonique avec Abdelmadjid Tebboune. Le même jour, Othman Jerandi a participé à une visioconférence avec Sameh Shoukry et Sabri Boukadoum."},
		{"en", "On Tuesday Kais Saied had a telephone conversation with Abdelmadjid Tebboune. The same day Othman Jerandi took part in a video conference with Sameh Shoukry and Sabri Boukadoum."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		for _, ps := range allParts(f) {
			if slices.Contains(ps, "kais-saied") && slices.Contains(ps, "othman-jerandi") {
				t.Errorf("%s %q: meetings %v, want the call and the video conference apart", c.lang, c.text, allParts(f))
			}
		}
	}
}

// TestGermanPronounBeforeThePartner: a German clause closing on its
// participle ("hatte er mit X telefoniert") is the call (the meeting) of
// the one its subject pronoun stands for, though the partner stands
// before the verb.
func TestGermanPronounBeforeThePartner(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
		mode string
	}{
		{"Heiko Maas reiste am Dienstag nach Rom. Bereits am Montag hatte er mit Luigi Di Maio telefoniert.", []string{"heiko-maas", "luigi-di-maio"}, graph.ModeCall},
		{"Sergej Lawrow flog am Mittwoch nach Ankara. Am Vortag hatte er mit Mevlüt Çavuşoğlu telefoniert.", []string{"sergey-lavrov", "mevlut-cavusoglu"}, graph.ModeCall},
	}
	for _, c := range cases {
		f := factsOf(t, x, "de", "Titel\n\n"+c.text)
		ok := false
		for _, m := range f.Meetings {
			if string(m.Mode) == c.mode && len(m.Participants) == 2 {
				ok = slices.ContainsFunc(allParts(f), func(ps []string) bool {
					return slices.Contains(ps, c.want[0]) && slices.Contains(ps, c.want[1]) && len(ps) == 2
				})
			}
		}
		if !ok {
			t.Errorf("de %q: meetings %v, want a %s of %v", c.text, allParts(f), c.mode, c.want)
		}
	}
}

// modeCase is a sentence that must give one event only, of these
// participants and this mode.
type modeCase struct {
	lang, text string
	want       []string
	mode       string
}

func wantOnlyModes(t *testing.T, x *Extractor, cases []modeCase) {
	t.Helper()
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) || f.Meetings[0].Mode != c.mode {
			got := ""
			if len(f.Meetings) > 0 {
				got = string(f.Meetings[0].Mode)
			}
			t.Errorf("%s %q: meetings %v (%s), want only a %s of %v", c.lang, c.text, allParts(f), got, c.mode, c.want)
		}
	}
}
