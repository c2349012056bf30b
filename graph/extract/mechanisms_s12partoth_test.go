package extract

import "testing"

// TestTwoMinistersAreTheMinisters: "the two ministers" ("iki bakan", "оба
// министра", "الوزيران", "دونوں وزرائے خارجہ") are the two ministers of the
// last event that joined two, not the president who received one of them
// in the event told last.
func TestTwoMinistersAreTheMinisters(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
	}{
		{"tr", "Dışişleri Bakanı Mevlüt Çavuşoğlu, Yunanistan Dışişleri Bakanı Nikos Dendias'ı salı günü Antalya'da ağırladı. Dendias daha sonra Cumhurbaşkanı Recep Tayyip Erdoğan tarafından kabul edildi. İki bakan şubat ayında da telefonda görüşmüştü."},
		{"ru", "Сергей Лавров провёл в Сочи переговоры с главой МИД Греции Никосом Дендиасом. Затем греческого министра принял президент Владимир Путин. Оба министра уже говорили по телефону в марте."},
		{"ar", "أجرى وزير الخارجية التركي مولود جاويش أوغلو محادثات في أنقرة مع نظيره اليوناني نيكوس دندياس. واستقبل الرئيس رجب طيب أردوغان الوزير اليوناني في وقت لاحق. وكان الوزيران قد بحثا الملف الليبي هاتفيا في مارس."},
		{"ur", "ترک وزیر خارجہ مولود چاؤش اوغلو نے انقرہ میں یونانی وزیر خارجہ نیکوس دندیاس سے ملاقات کی۔ بعد میں صدر رجب طیب اردوان نے یونانی وزیر کا استقبال کیا۔ دونوں وزرائے خارجہ نے مارچ میں فون پر بھی بات کی تھی۔"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		found := false
		for _, m := range f.Meetings {
			if m.Mode == "call" {
				found = true
				if !sameParts(participants(m), []string{"mevlut-cavusoglu", "nikos-dendias"}) && !sameParts(participants(m), []string{"sergey-lavrov", "nikos-dendias"}) {
					t.Errorf("%s %q: call of %v, want the two ministers", c.lang, c.text, participants(m))
				}
			}
		}
		if !found {
			t.Errorf("%s %q: no call in %v", c.lang, c.text, allParts(f))
		}
	}
}
