package extract

import "testing"

// TestCallForms: inflected call and video words of each language (the
// German infinitive after a modal, the Russian accusative), reported
// future ("Merkel werde ... telefonieren") as planned, and names in their
// Turkish spelling.
func TestCallForms(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"de", "Angela Merkel werde in der kommenden Woche mit Wladimir Putin telefonieren, hieß es.", "call planned  angela-merkel,vladimir-putin"},
		{"de", "Angela Merkel werde mit Wladimir Putin telefonieren.", "call planned  angela-merkel,vladimir-putin"},
		{"ru", "Сергей Лавров провёл видеоконференцию с Мевлютом Чавушоглу.", "video held  sergey-lavrov,mevlut-cavusoglu"},
		{"tr", "Erdoğan, Tunus Cumhurbaşkanı Kays Said ile telefonda görüştü.", "call held  recep-tayyip-erdogan,kais-saied"},
		{"it", "Luigi Di Maio ha avuto un colloquio in videoconferenza con Najla Mangoush.", "video held  luigi-di-maio,najla-mangoush"},
	}
	wantOneEvent(t, x, cases)
}
