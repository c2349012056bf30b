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

// TestVerbFinalDate: a Turkish meeting verb closes its clause, so a date
// after it belongs to the next clause; converbs ("bir araya gelerek",
// "görüşerek") are meeting verbs too.
func TestVerbFinalDate(t *testing.T) {
	runConstructions(t, "tr", []consCase{
		{text: "Akar ve Lavrov, 3 Mart'ta Moskova'da bir araya gelerek 10 Mart'tan itibaren geçerli bir ateşkes metnini imzaladı.",
			meet: []string{"meet held 2021-03-03 hulusi-akar,sergey-lavrov"}},
		{text: "Çavuşoğlu 5 Mart'ta Trablus'ta Dbeybe ile görüşerek 12 Mart'taki seçim takvimini ele aldı.",
			meet: []string{"meet held 2021-03-05 abdul-hamid-dbeibah,mevlut-cavusoglu"}},
		{text: "Pazartesi günü Moskova'da yapılan görüşmelere Çavuşoğlu, Akar, Lavrov ve Şoygu katıldı.",
			meet: []string{"meet held 2021-03-08 hulusi-akar,mevlut-cavusoglu,sergei-shoigu,sergey-lavrov"}},
	})
}
