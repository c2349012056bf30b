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

// TestWeekdayAppositionAndPassiveAgent: a written date in apposition to a
// weekday dates the event even past the comma, and the agent of a passive
// after its pronoun subject is not whom the sentence is about: a pronoun
// in the next sentence goes on with the traveller.
func TestWeekdayAppositionAndPassiveAgent(t *testing.T) {
	runConstructions(t, "de", []consCase{
		{text: "In Rom empfing am Donnerstag, dem 4. März, Ministerpräsident Mario Draghi den Außenminister Heiko Maas.",
			meet: []string{"meet held 2021-03-04 heiko-maas,mario-draghi"}},
		{text: "Heiko Maas ist diese Woche durch Nordafrika gereist. Die Reise begann am Montag in Algier, wo er von Präsident Abdelmadjid Tebboune empfangen wurde. Anschließend traf er Sabri Boukadoum.",
			meet: []string{"meet held 2021-03-08 abdelmadjid-tebboune,heiko-maas", "meet held 2021-03-08 heiko-maas,sabri-boukadoum"}},
	})
	runConstructions(t, "ru", []consCase{
		{text: "В Анкаре в четверг, 4 марта, Лавров провел переговоры с Чавушоглу.",
			meet: []string{"meet held 2021-03-04 mevlut-cavusoglu,sergey-lavrov"}},
	})
}

// TestMannerBeforeClosingVerb: a call or video manner with the partner,
// before a meeting verb closing the clause that names no one after it,
// is one remote event, not a meeting in person as well.
func TestMannerBeforeClosingVerb(t *testing.T) {
	runConstructions(t, "de", []consCase{
		{text: "Maas hatte am Dienstag in einer Videokonferenz mit Lawrow über Libyen gesprochen.",
			meet: []string{"video held 2021-03-09 heiko-maas,sergey-lavrov"}},
		{text: "Merkel hat am Montag telefonisch mit Erdoğan über die Lage in Libyen beraten.",
			meet: []string{"call held 2021-03-08 angela-merkel,recep-tayyip-erdogan"}},
		{text: "Maas telefoniert mit Lawrow – in Kairo trifft er Sameh Schukri.",
			meet: []string{"call held - heiko-maas,sergey-lavrov", "meet held - heiko-maas,sameh-shoukry"}},
	})
}

// TestPronounGenderDeRu: "sagte er", "сказал он" are a man's words,
// "сказала она" a woman's: never those of the last subject of the other
// gender.
func TestPronounGenderDeRu(t *testing.T) {
	runConstructions(t, "de", []consCase{
		{text: "Najla Mangoush traf am Dienstag Heiko Maas in Berlin. „Wir brauchen Geduld“, sagte er.",
			meet: []string{"meet held 2021-03-09 heiko-maas,najla-mangoush"}, say: []string{"heiko-maas"}},
		{text: "Außenminister Heiko Maas traf am Dienstag in Berlin Najla Mangoush. „Europa muss mehr tun“, sagte der SPD-Politiker.",
			meet: []string{"meet held 2021-03-09 heiko-maas,najla-mangoush"}, say: []string{"heiko-maas"}},
	})
	runConstructions(t, "ru", []consCase{
		{text: "Наджла Мангуш встретилась во вторник с Сергеем Лавровым. «Нам нужно терпение», — сказал он.",
			meet: []string{"meet held 2021-03-09 najla-mangoush,sergey-lavrov"}, say: []string{"sergey-lavrov"}},
		{text: "Сергей Лавров встретился во вторник с Наджлой Мангуш. «Нам нужно терпение», — сказала она.",
			meet: []string{"meet held 2021-03-09 najla-mangoush,sergey-lavrov"}, say: []string{"najla-mangoush"}},
	})
}

// TestHeadAfterOrganisation: a Turkish head word after an organisation
// with no name after it ("Temsilciler Meclisi Başkanı, …") is the body's
// head the article named, or the chairman of a body affiliated to it
// ("UMH Başkanı"), never a minister of it nor the name past the comma.
func TestHeadAfterOrganisation(t *testing.T) {
	runConstructions(t, "tr", []consCase{
		{text: "Hulusi Akar ve Aguila Saleh pazartesi günü görüştü. Temsilciler Meclisi Başkanı, Hafter'in ateşkese uyacağını söyledi.",
			meet: []string{"meet held 2021-03-08 aguila-saleh-issa,hulusi-akar"}, say: []string{"aguila-saleh-issa"}},
		{text: "Akar pazartesi günü Trablus'ta Fayiz es-Serrac ve Fethi Başağa ile görüştü. UMH Başkanı, Hafter ile görüşmeyeceğini söyledi.",
			meet: []string{"meet held 2021-03-08 fathi-bashagha,fayez-al-sarraj,hulusi-akar"}, say: []string{"fayez-al-sarraj"}},
	})
}
