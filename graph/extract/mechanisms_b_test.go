package extract

import "testing"

// Round-8 mechanisms for en fr it es, each with sentences of their own:
// relative-pronoun speakers, institutions speaking for their country,
// unnamed or hedged sources.

func TestRelativePronounSpeakers(t *testing.T) {
	checkConstructions(t, "es", []construction{
		{text: "El canciller Nikos Dendias se reunió el lunes en Atenas con el jefe de la diplomacia europea, Josep Borrell, quien le aseguró que la Unión no aceptará el memorando marítimo firmado con Ankara.", meet: []string{"meet held 2021-03-08 nikos-dendias josep-borrell"}, stmt: []string{"josep-borrell"}},
		{text: "Pedro Sánchez conversó por teléfono con el presidente francés, Emmanuel Macron, quien le pidió que España apoye la misión naval europea frente a las costas libias.", meet: []string{"call held - pedro-sanchez emmanuel-macron"}, stmt: []string{"emmanuel-macron"}},
	})
	checkConstructions(t, "it", []construction{
		{text: "Luigi Di Maio ha incontrato a Roma il ministro degli Esteri turco, Mevlüt Çavuşoğlu, che ha ribadito come il sostegno di Ankara al governo di Tripoli resterà immutato.", meet: []string{"meet held - luigi-di-maio mevlut-cavusoglu"}, stmt: []string{"mevlut-cavusoglu"}},
		{text: "Il colloquio telefonico tra Giuseppe Conte e Recep Tayyip Erdoğan, che ha assicurato il pieno rispetto dell'embargo, è durato quasi un'ora.", meet: []string{"call held - giuseppe-conte recep-tayyip-erdogan"}, stmt: []string{"recep-tayyip-erdogan"}},
	})
	checkConstructions(t, "fr", []construction{
		{text: "Jean-Yves Le Drian a reçu à Paris son homologue égyptien, Sameh Shoukry, qui a affirmé que Le Caire ne tolérerait aucune avancée des milices vers Syrte.", meet: []string{"meet held - jean-yves-le-drian sameh-shoukry"}, stmt: []string{"sameh-shoukry"}},
	})
	checkConstructions(t, "en", []construction{
		{text: "Mike Pompeo spoke by phone on Monday with Sergey Lavrov, who said Moscow had no soldiers fighting alongside Haftar's forces near Tripoli.", meet: []string{"call held 2021-03-08 mike-pompeo sergey-lavrov"}, stmt: []string{"sergey-lavrov"}},
	})
}
