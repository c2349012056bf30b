package extract

import (
	"strings"
	"testing"
)

// TestCoPresenceJointAct: two or more persons doing one thing together at
// one place, told with no meeting verb, met: a joint-act noun ("joint
// appeal", "appel commun", "appello congiunto", "llamamiento conjunto",
// "совместным призывом", "نداء مشتركا"), standing side by side ("côte à
// côte", "Seite an Seite"), an inauguration they both attended. The rule
// says co-presence.
func TestCoPresenceJointAct(t *testing.T) {
	x := shipped(t)
	pair := []string{"emmanuel-macron", "mario-draghi"}
	cases := []struct{ lang, text string }{
		{"en", "In Rome on Tuesday, Emmanuel Macron and Mario Draghi issued a joint appeal to the Libyan parties to hold elections."},
		{"fr", "Mardi à Rome, Emmanuel Macron et Mario Draghi se tenaient côte à côte pour réclamer des élections en Libye."},
		{"fr", "À Rome, Emmanuel Macron et Mario Draghi ont lancé un appel commun aux parties libyennes."},
		{"de", "In Rom standen Emmanuel Macron und Mario Draghi am Dienstag Seite an Seite und forderten Wahlen in Libyen."},
		{"it", "A Roma Emmanuel Macron e Mario Draghi hanno lanciato un appello congiunto per elezioni in Libia."},
		{"es", "En Roma, Emmanuel Macron y Mario Draghi hicieron un llamamiento conjunto a celebrar elecciones en Libia."},
		{"ru", "В Риме Эммануэль Макрон и Марио Драги выступили с совместным призывом провести выборы в Ливии."},
		{"ar", "ووجه إيمانويل ماكرون وماريو دراغي في روما نداء مشتركا إلى الأطراف الليبية لإجراء الانتخابات."},
		// (an inauguration both attended)
		{"de", "Bei der Einweihung der Gaspipeline in Triest forderten Emmanuel Macron und Mario Draghi Wahlen in Libyen."},
		{"it", "All'inaugurazione del porto di Trieste Emmanuel Macron e Mario Draghi hanno chiesto elezioni in Libia."},
		// (standing beside each other)
		{"ur", "روم میں ایمانوئل میکرون نے ماریو دراگی کے ساتھ کھڑے ہو کر لیبیا میں انتخابات کا مطالبہ کیا۔"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, pair) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), pair)
			continue
		}
		if r := f.Meetings[0].Evidence.Rule; !strings.HasSuffix(r, "meet.copresence") {
			t.Errorf("%s %q: rule %q, want co-presence", c.lang, c.text, r)
		}
	}
}

// TestCoPresenceFlanked: one person standing between, beside or flanked
// by others at one place met them all ("stood between X and Y",
// "flanqueado por X y por Y", "affiancato da X e da Y", "flankiert von X
// und Y", "X اور Y کے ساتھ کھڑے ہو کر").
func TestCoPresenceFlanked(t *testing.T) {
	x := shipped(t)
	trio := []string{"emmanuel-macron", "mario-draghi", "angela-merkel"}
	cases := []struct{ lang, text string }{
		{"en", "In Paris on Friday, Emmanuel Macron stood between Mario Draghi and Angela Merkel to present a peace plan."},
		{"es", "Emmanuel Macron presentó en París, flanqueado por Mario Draghi y por Angela Merkel, un plan de paz."},
		{"it", "Emmanuel Macron ha presentato a Parigi, affiancato da Mario Draghi e da Angela Merkel, un piano di pace."},
		{"de", "Emmanuel Macron stellte in Paris, flankiert von Mario Draghi und Angela Merkel, einen Friedensplan vor."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, trio) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), trio)
		}
	}
}

// TestCoPresenceApart: a joint act told as done apart, denied, or by
// countries, or "together with" a companion, tells no co-presence
// meeting: "from their capitals", "in a joint statement", "jeweils", a
// negation before the phrase, countries ("Frankreich und Italien"), a
// quotation, "insieme a" (a companion on a trip).
func TestCoPresenceApart(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"en", "Emmanuel Macron and Mario Draghi issued a joint appeal to the Libyan parties, from their capitals, to hold elections."},
		{"en", "Emmanuel Macron and Mario Draghi issued a joint appeal in a statement to the Libyan parties to hold elections."},
		{"fr", "Emmanuel Macron et Mario Draghi ont lancé, dans un communiqué, un appel commun à des élections en Libye."},
		{"es", "Emmanuel Macron y Mario Draghi hicieron en un comunicado un llamamiento conjunto a celebrar elecciones en Libia."},
		{"de", "Emmanuel Macron und Mario Draghi wollen nicht mehr Seite an Seite auftreten."},
		{"de", "Frankreich und Italien stehen Seite an Seite und fordern Wahlen in Libyen."},
		{"it", "Emmanuel Macron è volato a Tripoli insieme a Mario Draghi."},
		{"ru", "Франция и Италия выступили с совместным призывом к выборам в Ливии."},
		{"de", "„Wir stehen Seite an Seite für ein freies Libyen“, sagten Emmanuel Macron und Mario Draghi."},
	} {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		for _, m := range f.Meetings {
			if strings.HasSuffix(m.Evidence.Rule, "meet.copresence") {
				t.Errorf("%s %q: co-presence meeting %v", c.lang, c.text, allParts(f))
			}
		}
	}
}
