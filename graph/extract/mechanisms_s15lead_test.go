package extract

import "testing"

// TestOfficeSeatBeforeName: the seat of the office a title names may stand
// between the office and the person who holds it ("رئيس المجلس الأعلى
// للدولة في طرابلس خالد المشري", "the Speaker of the House in Tobruk Aguila
// Saleh"); the person speaks, not the office. An office with a seat and no
// name after it still speaks for its country.
func TestOfficeSeatBeforeName(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"ar", "وقال رئيس مجلس النواب في طبرق عقيلة صالح إن البرلمان مستعد لاستئناف الحوار.", "aguila-saleh-issa"},
		{"ar", "وأكد رئيس المجلس الرئاسي بطرابلس فائز السراج أن حكومته ترفض أي هدنة مشروطة.", "fayez-al-sarraj"},
		{"ar", "وقالت وزارة الخارجية في القاهرة إن الحكومة تتابع التطورات عن كثب.", "egypt"},
		{"en", "The Speaker of the House of Representatives in Tobruk Aguila Saleh said parliament was ready to resume the dialogue.", "aguila-saleh-issa"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, "Title\n\n"+c.text, c.want)
	}
}
