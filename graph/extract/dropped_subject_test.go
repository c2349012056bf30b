package extract

import "testing"

// TestDroppedSubject: a Turkish sentence whose every name is marked as no
// subject (by "ile", "tarafından" or a case ending after the apostrophe)
// has dropped its subject: it is the one the sentence before was about. A
// delegation, counterpart or pronoun phrase is a subject of its own, and
// "X da" (X too) is a subject.
func TestDroppedSubject(t *testing.T) {
	runConstructions(t, "tr", []consCase{
		{text: "Akar pazartesi günü Kahire'de Sisi ile görüştü. Salı günü ise Abu Dabi'de Gargaş ile görüştü.",
			meet: []string{"meet held 2021-03-08 abdel-fattah-el-sisi,hulusi-akar", "meet held 2021-03-09 anwar-gargash,hulusi-akar"}},
		{text: "Çavuşoğlu bu hafta bölge turuna çıktı. Salı günü Abu Dabi'de Gargaş'la görüştü.",
			meet: []string{"meet held 2021-03-09 anwar-gargash,mevlut-cavusoglu"}},
		{text: "Dışişleri Bakanı Çavuşoğlu bu hafta Körfez'i dolaştı. Kahire'de Sisi tarafından kabul edildi.",
			meet: []string{"meet held - abdel-fattah-el-sisi,mevlut-cavusoglu"}},
		{text: "Çavuşoğlu bu hafta bölge turuna çıktı. Peskov da görüşmeler hakkında bilgi verdi."},
	})
}
