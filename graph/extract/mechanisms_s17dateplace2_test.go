package extract

import "testing"

// TestTurkishSequenceGoesOnInTheSameScene: a Turkish meeting told as the
// next step ("ardından", "daha sonra", "X ile görüşmesinin ardından") is
// held where and when the one before was, as "then", "ensuite", "después",
// even with another city named between (where no scene goes on).
func TestTurkishSequenceGoesOnInTheSameScene(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Heiko Maas salı günü Trablus'ta Abdülhamid Dibeybe ile görüştü. Görüşmede, Berlin konferansının kararları ve seçim takvimi ele alındı. Maas, ardından Halid el-Mişri ile bir araya geldi.",
		"Heiko Maas salı günü Trablus'ta Abdülhamid Dibeybe ile görüştü. Görüşmede, Berlin konferansının kararları ve seçim takvimi ele alındı. Maas daha sonra Halid el-Mişri ile de bir araya geldi.",
		"Heiko Maas salı günü Trablus'ta Abdülhamid Dibeybe ile görüştü. Görüşmede, Berlin konferansının kararları ve seçim takvimi ele alındı. Dibeybe ile görüşmesinin ardından Maas, Halid el-Mişri ile bir araya geldi.",
	} {
		f := factsOn(t, x, "tr", "2021-04-08", "Başlık\n\n"+text)
		if place, date, ok := sceneOf(f, "khalid-al-mishri"); !ok || place != "tripoli" || date != "2021-04-06" {
			t.Errorf("%q: meetings %v (al-Mishri's on %s), want al-Mishri's in tripoli on 2021-04-06", text, placed(f), date)
		}
	}
}

// TestUrduObliqueFriday: the oblique "جمعے" ("جمعے کو", "جمعے کے روز")
// names Friday as "جمعہ" does.
func TestUrduObliqueFriday(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"جرمن وزیر خارجہ ہائیکو ماس نے جمعے کو طرابلس میں عبدالحمید دبیبہ سے ملاقات کی۔",
		"جرمن وزیر خارجہ ہائیکو ماس نے جمعے کے روز طرابلس میں عبدالحمید دبیبہ سے ملاقات کی۔",
	} {
		f := factsOn(t, x, "ur", "2021-04-12", "عنوان\n\n"+text)
		if _, date, ok := sceneOf(f, "abdul-hamid-dbeibah"); !ok || date != "2021-04-09" {
			t.Errorf("%q: meetings %v (on %s), want Dbeibeh's on 2021-04-09", text, placed(f), date)
		}
	}
}
