package extract

import "testing"

// Session 14 (reported speech): who speaks in a reported clause.

// TestTrGenitiveIsNoSpeaker: in Turkish a name in the genitive
// ("Yunanistan'ın", "Türkiye'nin") is the subject of a nominalised clause
// ("… tutacağını", "… olduğunu"), never of the finite speech verb after it.
func TestTrGenitiveIsNoSpeaker(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ text, want string }{
		{"Yunanistan Dışişleri Bakanı Nikos Dendias, Atina'da düzenlediği basın toplantısında anlaşmayı eleştirdi ve Yunanistan'ın meseleyi BM'ye taşıyacağını açıkladı.", "nikos-dendias"},
		{"Yunanistan Dışişleri Bakanı Nikos Dendias, Atina'da gazetecilere anlaşmanın \"hukuken geçersiz\" olduğunu ileri sürdü ve Yunanistan'ın meseleyi BM'ye taşıyacağını söyledi.", "nikos-dendias"},
		{"Yunanistan'ın bölgedeki haklarının tartışılamaz olduğunu vurgulayan Dendias, anlaşmanın uluslararası hukuka aykırı olduğunu söyledi.", "nikos-dendias"},
		{"Mısır'ın Libya'daki rolünün yapıcı olduğunu belirten Çavuşoğlu, iki ülke arasındaki temasların süreceğini kaydetti.", "mevlut-cavusoglu"},
		{"Mısır Dışişleri Bakanı Sameh Şukri, perşembe günü yaptığı konuşmada Türkiye'nin bölgedeki varlığının kabul edilemez olduğunu söyledi.", "sameh-shoukry"},
	} {
		wantOnlySpeaker(t, x, "tr", c.text, c.want)
	}
}

// TestUrImpersonalHopeIsNoOnes: an Urdu passive of hoping or fearing
// ("امید ظاہر کی جا رہی تھی", "it was hoped") names no one who hoped: no
// statement of a state named in the clause.
func TestUrImpersonalHopeIsNoOnes(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"ستمبر میں جب سب کی نگاہیں قاہرہ پر تھیں تو یہ امید ظاہر کی جا رہی تھی کہ جنگ بندی برقرار رہے گی۔",
		"ترکی کے ساتھ مذاکرات کے بعد قاہرہ میں یہ امید ظاہر کی گئی کہ دونوں ملکوں کے تعلقات بہتر ہوں گے۔",
	} {
		if got := speakers(factsOf(t, x, "ur", text)); len(got) != 0 {
			t.Errorf("ur %q: speakers %v, want none", text, got)
		}
	}
}
