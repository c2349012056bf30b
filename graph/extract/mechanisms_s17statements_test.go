package extract

import "testing"

// TestTitleApposedNameAfterVerbSpeaks: an inverted subject that is a
// title running past the verb's window, then a name set off by a comma
// ("afirmó después el portavoz del Gobierno griego, Stelios Petsas"), is
// that named person's statement, not one of the office holder the title
// could stand for nor of the person named before the verb.
func TestTitleApposedNameAfterVerbSpeaks(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"es", "Mitsotakis recibió a Haftar en Atenas. «Grecia no aceptará ningún hecho consumado», afirmó después el portavoz del Gobierno griego, Stelios Petsas.", "hecho consumado", "x-stelios-petsas"},
		{"es", "Sassou Nguesso viajará a Trípoli el martes, precisó el portavoz de la presidencia congoleña, Thierry Moungalla.", "Trípoli", "x-thierry-moungalla"},
		{"fr", "Sassou Nguesso se rendra à Tripoli mardi, a indiqué le porte-parole de la présidence congolaise, Thierry Moungalla.", "Tripoli", "x-thierry-moungalla"},
		{"fr", "Kyriakos Mitsotakis a reçu Haftar à Athènes. « La Grèce ne reconnaît pas cet accord », a souligné ensuite le porte-parole du gouvernement grec, Stelios Petsas.", "ne reconnaît pas", "x-stelios-petsas"},
		{"it", "Mitsotakis ha ricevuto Haftar ad Atene. «La Grecia non riconosce quell'accordo», ha spiegato il portavoce del governo greco, Stelios Petsas.", "non riconosce", "x-stelios-petsas"},
	})
}

// TestSpanishArticleAfterVerbIsNoPronoun: "dijo el portavoz …" opens an
// inverted subject with the article "el"; only an accented "él" is the
// pronoun that stands for the subject before the clause.
func TestSpanishArticleAfterVerbIsNoPronoun(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"es", "Grecia rechaza el acuerdo marítimo, dijo el portavoz de la presidencia chipriota, Marios Pelekanos.", "rechaza el acuerdo", "x-marios-pelekanos"},
		{"es", "Haftar recibió a Mitsotakis en Bengasi. Turquía debe retirar sus tropas, añadió el ministro de Exteriores griego, Nikos Dendias.", "retirar sus tropas", "nikos-dendias"},
	})
}

// TestStressedPronounAfterAuxiliary: French sets a stressed pronoun off
// by commas between the auxiliary and its participle ("Mme Mangoush a,
// elle, jugé que …", "Le ministère russe a, lui, fait savoir …"); the
// pronoun stresses the subject before the auxiliary, a person or a
// state's office, and stands for no one of the sentence before.
func TestStressedPronounAfterAuxiliary(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"fr", "Heiko Maas a rencontré Najla Mangoush à Tripoli. Mme Mangoush a, elle, estimé que la rencontre était « un signal fort pour la Libye ».", "signal fort", "najla-mangoush"},
		{"fr", "Luigi Di Maio s'est rendu au Caire. Le ministère égyptien des Affaires étrangères a, lui, affirmé qu'il « suivait la situation de près ».", "situation de près", "egypt"},
		{"fr", "Sergueï Lavrov a téléphoné à Mevlüt Çavuşoğlu. M. Çavuşoğlu avait, lui, déclaré la veille que la Turquie « resterait en Libye ».", "resterait en Libye", "mevlut-cavusoglu"},
	})
}
