package extract

import "testing"

// TestCallMorphology: a call is told with every form of the telephone verb
// and adverb of the language (Spanish past subjunctive after "después de
// que", Italian "sentire telefonicamente", French future and infinitive),
// not only the forms of the perfect tense.
func TestCallMorphology(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"es", "El encuentro se produjo dos días después de que Sameh Shukri telefoneara a Josep Borrell.", "call held  sameh-shoukry,josep-borrell"},
		{"es", "Está previsto que Luigi Di Maio telefonee mañana a Najla Mangoush.", "call planned  luigi-di-maio,najla-mangoush"},
		{"es", "Josep Borrell mantuvo una conversación telefónica con Sameh Shukri.", "call held  josep-borrell,sameh-shoukry"},
		{"it", "In serata Luigi Di Maio ha sentito telefonicamente Sameh Shoukry.", "call held  luigi-di-maio,sameh-shoukry"},
		{"it", "Luigi Di Maio si è sentito telefonicamente con Najla Mangoush.", "call held  luigi-di-maio,najla-mangoush"},
		{"fr", "Jean-Yves Le Drian téléphonera vendredi à Sameh Choukry.", "call planned  jean-yves-le-drian,sameh-shoukry"},
		{"fr", "Jean-Yves Le Drian s'est entretenu téléphoniquement avec Sameh Choukry.", "call held  jean-yves-le-drian,sameh-shoukry"},
		{"en", "Josep Borrell was telephoning Sameh Shoukry when the news broke.", "call held  josep-borrell,sameh-shoukry"},
	}
	wantOneEvent(t, x, cases)
}
