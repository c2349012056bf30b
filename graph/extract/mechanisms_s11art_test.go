package extract

import "testing"

// TestCountryOfATitleIsNoVenue: in Turkish a bare country before a title
// ("Rusya Dışişleri Bakanı") only says whose official someone is, not
// where the meeting took place; a locative country still is.
func TestCountryOfATitleIsNoVenue(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, place string }{
		{"tr", "Fransa Cumhurbaşkanı Emmanuel Macron'un ev sahipliğindeki toplantıya Rusya Dışişleri Bakanı Sergey Lavrov ve Mısır Dışişleri Bakanı Samih Şükri de katıldı.", ""},
		{"tr", "Fayiz es-Serrac, dün Türkiye Savunma Bakanı Hulusi Akar ile bir araya geldi.", ""},
		{"tr", "Fayiz es-Serrac, dün Türkiye'de Hulusi Akar ile bir araya geldi.", "turkey"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.place {
			var got []string
			for _, m := range f.Meetings {
				got = append(got, m.Place)
			}
			t.Errorf("%s %q: places %q, want one meeting in %q", c.lang, c.text, got, c.place)
		}
	}
}

// TestQuotationGoesOnFromReportedSpeaker: a quotation with no subject of
// its own ("وتابع: «…»", "şöyle konuştu: "…"") after someone spoke in
// reported speech is that person's, not the speaker of the quotation
// before him.
func TestQuotationGoesOnFromReportedSpeaker(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ar", "وفي مؤتمر صحفي، قال أردوغان: «سنواصل دعم الحكومة الليبية في كل الظروف». بدوره، أكد الدبيبة أن بلاده تريد تعاونا أوسع مع تركيا في مجال الطاقة. وتابع: «سنفتح أبوابنا أمام المستثمرين الأتراك من دون استثناء»."},
		{"tr", "Erdoğan basın toplantısında \"Libya'daki meşru hükümete desteğimiz sürecek\" dedi. Dibeybe ise Türk şirketlerinin Libya'ya dönmesini istediklerini söyledi. Ardından şöyle konuştu: \"Yatırımcılara kapımız açık, herkesi bekliyoruz.\""},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		got := speakers(f)
		if len(got) != 3 || got[0] != "recep-tayyip-erdogan" || got[1] != "abdul-hamid-dbeibah" || got[2] != "abdul-hamid-dbeibah" {
			t.Errorf("%s %q: speakers %v, want Erdoğan then Dbeibah twice", c.lang, c.text, got)
		}
	}
}
