package extract

import (
	"slices"
	"testing"
)

// TestCompassAdjectiveIsNoSurname: an Arabic-script adjective of a compass
// point or region ("مشرقی لیبیا", eastern Libya; "المنطقة الشرقية") is an
// everyday word, never a variant spelling of a surname the article names
// ("مشری", al-Mishri), whatever the rule that reads the sentence.
func TestCompassAdjectiveIsNoSurname(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ur", "خالد المشری نے منگل کو انقرہ میں ترک صدر رجب طیب ایردوان سے ملاقات کی۔ اسی دن مشرقی لیبیا کے فوجی کمانڈر خلیفہ حفتر قاہرہ پہنچے اور مصری صدر عبدالفتاح السیسی سے ملاقات کی۔"},
		{"ur", "خالد المشری نے طرابلس میں اطالوی وزیر خارجہ لوئیجی دی مائیو سے بات چیت کی۔ مشرقی شہر بن غازی میں خلیفہ حفتر نے روسی نائب وزیر خارجہ میخائل بوگدانوف کا استقبال کیا۔"},
		{"ur", "خالد المشری کل دوحہ روانہ ہوئے۔ شمالی اور مشرقی علاقوں کے دورے کے بعد خلیفہ حفتر نے عقیلہ صالح سے ملاقات کی۔"},
		{"ar", "التقى خالد المشري الرئيس التركي رجب طيب أردوغان في أنقرة. وفي اليوم نفسه وصل قائد المنطقة الشرقية خليفة حفتر إلى القاهرة والتقى الرئيس عبد الفتاح السيسي."},
	}
	for _, c := range cases {
		for _, ps := range allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text)) {
			if slices.Contains(ps, "khalifa-haftar") && slices.Contains(ps, "khalid-al-mishri") {
				t.Errorf("%s %q: meeting %v, want no al-Mishri beside Haftar", c.lang, c.text, ps)
			}
		}
	}
}
