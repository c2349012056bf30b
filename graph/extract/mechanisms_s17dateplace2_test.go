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

// TestDayBeforeTheOpeningOfANamedEvent: "the eve of the opening of X" is
// counted from X's day, X named beside the phrase (the genitive before it
// in Turkish, the noun after it elsewhere), not from the phrase's own
// word ("opening") nor from the paper's day: the day an earlier sentence
// naming X writes, or the day its own sentence writes for X.
func TestDayBeforeTheOpeningOfANamedEvent(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "The economic forum opened in Tunis on 12 March and lasted three days.\n\nOn the eve of the opening of the forum, Heiko Maas met Mevlüt Çavuşoğlu in Tunis."},
		{"fr", "Le forum économique s'est ouvert à Tunis le 12 mars pour trois jours.\n\nLa veille de l'ouverture du forum, Heiko Maas s'est entretenu à Tunis avec Mevlüt Çavuşoğlu."},
		{"it", "Il forum economico si è aperto a Tunisi il 12 marzo ed è durato tre giorni.\n\nAlla vigilia dell'apertura del forum, Heiko Maas ha incontrato a Tunisi Mevlüt Çavuşoğlu."},
		{"tr", "Ekonomi forumu 12 Mart'ta Tunus'ta açıldı ve üç gün sürdü.\n\nHeiko Maas, forumun açılışından bir gün önce Tunus'ta Mevlüt Çavuşoğlu ile görüştü."},
		{"ar", "ومن المنتظر أن يلتقي وزير الخارجية الألماني هايكو ماس نظيره التركي مولود جاويش أوغلو في تونس عشية افتتاح المنتدى الاقتصادي، المقرر في 12 مارس المقبل."},
		{"de", "Das Wirtschaftsforum wurde am 12. März in Tunis eröffnet.\n\nAm Vorabend der Eröffnung des Forums traf Heiko Maas in Tunis Mevlüt Çavuşoğlu."},
	}
	for _, c := range cases {
		pub := "2021-03-20"
		if c.lang == "ar" {
			pub = "2021-03-05"
		}
		f := factsOn(t, x, c.lang, pub, "Title\n\n"+c.text)
		if _, date, ok := sceneOf(f, "mevlut-cavusoglu"); !ok || date != "2021-03-11" {
			t.Errorf("%s %q: meetings %v (Çavuşoğlu's on %s), want Çavuşoğlu's on 2021-03-11", c.lang, c.text, placed(f), date)
		}
	}
}

// TestArabicCapitalWithClitic: a country whose name is also its
// capital's ("الجزائر", "تونس"), written with the preposition "ب" fused
// to it ("بالجزائر", "بتونس"), is the city where a meeting or visit is
// held, as "في الجزائر" is.
func TestArabicCapitalWithClitic(t *testing.T) {
	x := shipped(t)
	cases := []struct{ text, who, want string }{
		{"اجتمع رئيس الوزراء الإيطالي جوزيبي كونتي بالرئيس عبد المجيد تبون بالجزائر يوم الخميس.", "giuseppe-conte", "algiers"},
		{"وصل جوزيبي كونتي يوم الخميس بالجزائر في زيارة رسمية استقبله خلالها الرئيس عبد المجيد تبون.", "giuseppe-conte", "algiers"},
		{"استقبل الرئيس قيس سعيد يوم الخميس جوزيبي كونتي في قصر قرطاج بتونس.", "giuseppe-conte", "tunis"},
	}
	for _, c := range cases {
		f := factsOn(t, x, "ar", "2021-03-20", "عنوان\n\n"+c.text)
		if place, _, ok := sceneOf(f, c.who); !ok || place != c.want {
			t.Errorf("%q: meetings %v, want %s's in %s", c.text, placed(f), c.who, c.want)
		}
	}
}
