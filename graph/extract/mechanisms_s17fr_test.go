package extract

import "testing"

// TestUrgeAcrossHyphenatedName: "appeler X à + infinitive" urges; the
// hyphen inside a name ("al-Sarraj", "el-Menfi", "Jean-Yves") is no dash
// ending the urge verb's clause, so the appeal is no telephone call.
func TestUrgeAcrossHyphenatedName(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"fr", "Luigi Di Maio a appelé Fayez al-Sarraj et Khalifa Haftar à reprendre le dialogue."},
		{"fr", "Emmanuel Macron a appelé lundi Khalifa Haftar et Fayez al-Sarraj à la retenue."},
		{"fr", "Antonio Guterres a appelé mercredi Mohamed el-Menfi à organiser les élections en décembre."},
		{"fr", "Mike Pompeo a appelé Jean-Yves Le Drian et Luigi Di Maio à soutenir l'embargo."},
		{"es", "Antonio Guterres llamó el miércoles a Mohamed al-Menfi a celebrar las elecciones en diciembre."},
		{"en", "Antonio Guterres on Wednesday called on Mohamed al-Menfi to hold the elections in December."},
	} {
		if f := factsOn(t, x, c.lang, "2021-06-10", "Title\n\n"+c.text); len(f.Meetings) != 0 {
			t.Errorf("%s %q: meetings %v, want none (an appeal)", c.lang, c.text, allParts(f))
		}
	}
	// a call with a hyphenated partner stays a call
	f := factsOn(t, x, "fr", "2021-06-10", "Titre\n\nAntonio Guterres a appelé mercredi Mohamed el-Menfi pour évoquer les élections.")
	if !callOf(f, []string{"antonio-guterres", "mohamed-al-menfi"}) {
		t.Errorf("call: meetings %v, want a call of Guterres and el-Menfi", allParts(f))
	}
}

// TestDiscussAndReunite: French tells talks with "discuter" in every tense
// ("ont discuté … de", "avait discuté … avec", "discutaient"), with the
// reflexive "se réunir" of one person ("s'est réunie avec") and with "se
// retrouver" of two; "en ont discuté" (discussed it) points back at an
// event told before and reports none; "a retrouvé une voix" (regained) is
// no meeting.
func TestDiscussAndReunite(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Ghassan Salamé et Fayez al-Sarraj ont discuté dimanche à Tripoli de la trêve.", []string{"ghassan-salame", "fayez-al-sarraj"}},
		{"fr", "Ghassan Salamé avait discuté la veille à Benghazi avec Khalifa Haftar du retrait des mercenaires.", []string{"ghassan-salame", "khalifa-haftar"}},
		{"fr", "Luigi Di Maio et Aguila Saleh discutaient mardi à Tobrouk de l'unification des institutions.", []string{"luigi-di-maio", "aguila-saleh-issa"}},
		{"fr", "Najla Mangoush s'est réunie jeudi à Rome avec Luigi Di Maio.", []string{"najla-mangoush", "luigi-di-maio"}},
		{"fr", "Les ministres Sergueï Lavrov et Mevlüt Çavuşoglu se sont retrouvés lundi à Moscou.", []string{"sergey-lavrov", "mevlut-cavusoglu"}},
		{"fr", "Fayez al-Sarraj et Recep Tayyip Erdogan s'étaient retrouvés à Istanbul le mois dernier.", []string{"fayez-al-sarraj", "recep-tayyip-erdogan"}},
		{"fr", "Jean-Yves Le Drian s'était réuni la veille au Quai d'Orsay avec Najla Mangoush.", []string{"jean-yves-le-drian", "najla-mangoush"}},
	} {
		if f := factsOn(t, x, c.lang, "2020-06-10", "Title\n\n"+c.text); !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), c.want)
		}
	}
	for _, text := range []string{
		"Le Parlement a discuté mardi à Tobrouk du budget.",
		"« Alger a retrouvé une voix », observe Kamel Zerrouki, politologue.",
	} {
		if f := factsOn(t, x, "fr", "2020-06-10", "Titre\n\n"+text); len(f.Meetings) != 0 {
			t.Errorf("fr %q: meetings %v, want none", text, allParts(f))
		}
	}
	// "en ont discuté" adds to the call told before
	f := factsOn(t, x, "fr", "2020-06-10", "Titre\n\nNajla Mangoush a téléphoné mardi à Nikos Dendias. Athènes s'inquiète du mémorandum maritime ; les deux ministres en ont longuement discuté.")
	if len(f.Meetings) != 1 || !callOf(f, []string{"najla-mangoush", "nikos-dendias"}) {
		t.Errorf("en ont discuté: meetings %v, want only the call", allParts(f))
	}
}

// TestUrgeAboutAPlace: what an appeal urges may name a place ("à la
// modération sur la ligne de Syrte", "a la calma en Trípoli"); only a
// name right after the preposition is the one called ("llamó a Erdogan").
func TestUrgeAboutAPlace(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"fr", "Le président Emmanuel Macron a appelé Abdel Fattah al-Sissi à la modération sur la ligne de Syrte."},
		{"fr", "Jean-Yves Le Drian a appelé mardi Khalifa Haftar à un cessez-le-feu immédiat autour de Tripoli."},
		{"fr", "Antonio Guterres appelle Fayez al-Sarraj et Khalifa Haftar à la retenue à Syrte et à Joufra."},
		{"es", "Josep Borrell llamó el martes a Jalifa Haftar a un alto el fuego inmediato en torno a Trípoli."},
		{"it", "Luigi Di Maio ha chiamato Khalifa Haftar alla moderazione sulla linea di Sirte."},
	} {
		if f := factsOn(t, x, c.lang, "2020-06-10", "Title\n\n"+c.text); len(f.Meetings) != 0 {
			t.Errorf("%s %q: meetings %v, want none (an appeal)", c.lang, c.text, allParts(f))
		}
	}
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"es", "Josep Borrell llamó el martes a Jalifa Haftar para hablar de Trípoli.", []string{"josep-borrell", "khalifa-haftar"}},
		{"fr", "Jean-Yves Le Drian a appelé mardi à Tripoli Fayez al-Sarraj.", []string{"jean-yves-le-drian", "fayez-al-sarraj"}},
	} {
		if f := factsOn(t, x, c.lang, "2020-06-10", "Title\n\n"+c.text); !callOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want a call of %v", c.lang, c.text, allParts(f), c.want)
		}
	}
}

// TestCountryTalkedAbout: the country after "évoquer", "discuter de",
// "parler de" is what the talks are about, and so is one joined to it by
// "et" ("la Tunisie et la Libye", "l'Égypte et la Libye"), never a party.
func TestCountryTalkedAbout(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Emmanuel Macron a appelé mardi Recep Tayyip Erdogan pour évoquer la Libye.", []string{"emmanuel-macron", "recep-tayyip-erdogan"}},
		{"fr", "Heiko Maas s'est entretenu par téléphone mercredi avec Mevlüt Çavuşoglu afin d'évoquer la Libye.", []string{"heiko-maas", "mevlut-cavusoglu"}},
		{"fr", "Lors d'un entretien téléphonique mardi, Sabri Boukadoum et Sergueï Lavrov ont évoqué la Libye.", []string{"sabri-boukadoum", "sergey-lavrov"}},
		{"fr", "Sabri Boukadoum a téléphoné jeudi à Sameh Choukri pour évoquer la Tunisie et la Libye.", []string{"sabri-boukadoum", "sameh-shoukry"}},
		{"fr", "Jean-Yves Le Drian et Sameh Choukri ont évoqué l'Égypte et la Libye lors d'un appel téléphonique jeudi.", []string{"jean-yves-le-drian", "sameh-shoukry"}},
		{"fr", "Luigi Di Maio a reçu jeudi à Rome Sabri Boukadoum pour parler de l'Algérie et de la Libye.", []string{"luigi-di-maio", "sabri-boukadoum"}},
		{"en", "Sabri Boukadoum phoned Sameh Shoukry on Thursday to discuss Tunisia and Libya.", []string{"sabri-boukadoum", "sameh-shoukry"}},
	} {
		if f := factsOn(t, x, c.lang, "2020-06-10", "Title\n\n"+c.text); !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), c.want)
		}
	}
}
