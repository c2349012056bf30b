package extract

import "testing"

// TestTwoDelegationsMetTogether: a pair phrase as the object of a host
// or meeting verb whose subject the clause names ("Bourita received the
// two delegations", "a rencontré les deux délégations", "ha incontrato
// le due delegazioni", "recibió a las dos delegaciones", "принял обе
// делегации", "iki heyeti kabul etti", "استقبل … الوفدين", "دونوں وفود سے
// ملاقات کی"), with no `separate` word, is one meeting of the subject
// with the two people named last (jointThem); with a separate word it
// stays one meeting each.
func TestTwoDelegationsMetTogether(t *testing.T) {
	x := shipped(t)
	bsm := []string{"nasser-bourita", "aguila-saleh-issa", "khalid-al-mishri"}
	msh := []string{"heiko-maas", "fayez-al-sarraj", "khalifa-haftar"}
	gsh := []string{"ghassan-salame", "fayez-al-sarraj", "khalifa-haftar"}
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "Aguila Saleh and Khalid al-Mishri arrived in Rabat on Saturday. On Sunday Moroccan Foreign Minister Nasser Bourita received the two delegations.", [][]string{bsm}},
		{"en", "Fayez al-Sarraj and Khalifa Haftar flew to Berlin on Saturday. The next day Heiko Maas met the two delegations at the chancellery.", [][]string{msh}},
		{"en", "Fayez al-Sarraj and Khalifa Haftar came to Geneva in March. There Ghassan Salamé held talks with both delegations.", [][]string{gsh}},
		{"fr", "Aguila Saleh et Khaled al-Mechri sont arrivés samedi à Rabat. Dimanche, Nasser Bourita a reçu les deux délégations.", [][]string{bsm}},
		{"fr", "Fayez al-Sarraj et Khalifa Haftar se sont rendus samedi à Berlin. Le lendemain, Heiko Maas a rencontré les deux délégations.", [][]string{msh}},
		{"fr", "Fayez al-Sarraj et Khalifa Haftar sont venus à Genève en mars. Ghassan Salamé y a reçu les délégations.", [][]string{gsh}},
		{"it", "Aguila Saleh e Khaled al-Mishri sono arrivati sabato a Rabat. Domenica Nasser Bourita ha ricevuto le due delegazioni.", [][]string{bsm}},
		{"it", "Fayez al-Serraj e Khalifa Haftar sono arrivati sabato a Berlino. Il giorno dopo Heiko Maas ha incontrato le due delegazioni.", [][]string{msh}},
		{"it", "Fayez al-Serraj e Khalifa Haftar sono arrivati a Ginevra a marzo. Ghassan Salamé ha ricevuto le due delegazioni nella sede dell'Onu.", [][]string{gsh}},
		{"es", "Aguila Saleh y Jaled al Mishri llegaron el sábado a Rabat. El domingo, Nasser Bourita recibió a las dos delegaciones.", [][]string{bsm}},
		{"es", "Fayez al Sarraj y Jalifa Haftar llegaron el sábado a Berlín. Al día siguiente, Heiko Maas se reunió con las dos delegaciones.", [][]string{msh}},
		{"es", "Fayez al Sarraj y Jalifa Haftar llegaron a Ginebra en marzo. Ghassan Salamé recibió a ambas delegaciones en la sede de la ONU.", [][]string{gsh}},
		{"ru", "Агила Салех и Халед аль-Мишри прибыли в субботу в Рабат. В воскресенье Насер Бурита принял обе делегации.", [][]string{bsm}},
		{"ru", "Файез Сарадж и Халифа Хафтар прибыли в субботу в Берлин. На следующий день Хайко Маас встретился с обеими делегациями.", [][]string{msh}},
		{"ru", "Файез Сарадж и Халифа Хафтар приехали в марте в Женеву. Гассан Саламе принял обе делегации в штаб-квартире ООН.", [][]string{gsh}},
		{"tr", "Akile Salih ve Halid el-Mişri cumartesi günü Rabat'a geldi. Nasır Burita pazar günü iki heyeti kabul etti.", [][]string{bsm}},
		{"tr", "Fayiz es-Serrac ve Halife Hafter cumartesi günü Berlin'e geldi. Ertesi gün Heiko Maas iki heyeti kabul etti.", [][]string{msh}},
		{"tr", "Fayiz es-Serrac ve Halife Hafter mart ayında Cenevre'ye geldi. Gassan Selame her iki heyetle görüştü.", [][]string{gsh}},
		{"ur", "عقیلہ صالح اور خالد المشری ہفتے کو رباط پہنچے۔ ناصر بوریطہ نے اتوار کو دونوں وفود سے ملاقات کی۔", [][]string{bsm}},
		{"ur", "فائز السراج اور خلیفہ حفتر ہفتے کو برلن پہنچے۔ اگلے روز ہائیکو ماس نے دونوں وفود سے ملاقات کی۔", [][]string{msh}},
		{"ur", "فائز السراج اور خلیفہ حفتر مارچ میں جنیوا پہنچے۔ غسان سلامہ نے دونوں وفود کا استقبال کیا۔", [][]string{gsh}},
		{"ar", "وصل عقيلة صالح وخالد المشري إلى الرباط يوم السبت. واستقبل ناصر بوريطة الوفدين يوم الأحد.", [][]string{bsm}},
		{"ar", "وصل فايز السراج وخليفة حفتر إلى برلين يوم السبت. وفي اليوم التالي التقى هايكو ماس الوفدين.", [][]string{msh}},
		{"ar", "وصل فايز السراج وخليفة حفتر إلى جنيف في مارس. واجتمع غسان سلامة مع الوفدين في مقر الأمم المتحدة.", [][]string{gsh}},
		// (controls: a separate word keeps one meeting each; a host named
		// by its city names no one)
		{"en", "Fayez al-Sarraj and Khalifa Haftar came to Geneva in March. There Ghassan Salamé held separate talks with the two delegations.",
			[][]string{{"ghassan-salame", "fayez-al-sarraj"}, {"ghassan-salame", "khalifa-haftar"}}},
		{"fr", "Fayez al-Sarraj et Khalifa Haftar sont venus à Genève en mars. Ghassan Salamé a reçu séparément les deux délégations.",
			[][]string{{"ghassan-salame", "fayez-al-sarraj"}, {"ghassan-salame", "khalifa-haftar"}}},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, c.want)
	}
}
