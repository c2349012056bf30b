package extract

import "testing"

// TestSaidBack: a sentence opening by pointing back to the one before as
// what was said ("یہ بات X نے کہی", "ان خیالات کا اظہار X نے کیا", "Lo ha
// detto X", "That was the message of X", "جاء ذلك على لسان X", "Такое
// мнение высказал X", "Bu açıklamayı X yaptı") makes the sentence before
// the statement of the actor it names.
func TestSaidBack(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"ur", "روس لیبیا میں جنگ بندی کی حمایت کرتا ہے اور تمام فریقوں کو مذاکرات کی میز پر آنا چاہیے۔ یہ بات روسی وزیر خارجہ سرگئی لاوروف نے ماسکو میں ایک پریس کانفرنس کے دوران کہی۔", "جنگ بندی کی حمایت", "sergey-lavrov"},
		{"ur", "لیبیا کے مسئلے کا کوئی فوجی حل نہیں ہے۔ یہ بات لاوروف نے منگل کو کہی۔", "کوئی فوجی حل", "sergey-lavrov"},
		{"ur", "جرمنی برلن کانفرنس کے فیصلوں پر عمل درآمد چاہتا ہے۔ ان خیالات کا اظہار جرمن وزیر خارجہ ہائیکو ماس نے صحافیوں سے گفتگو کرتے ہوئے کیا۔", "عمل درآمد", "heiko-maas"},
		{"ur", "ہم کسی بھی جارحیت کا مقابلہ کریں گے۔ ان خیالات کا اظہار فائز السراج نے طرابلس میں کیا۔", "جارحیت", "fayez-al-sarraj"},
		{"ur", "ہماری فوج دہشت گردی کے خلاف لڑتی رہے گی۔ یہ بات خلیفہ حفتر نے بن غازی میں کہی۔", "دہشت گردی", "khalifa-haftar"},
		{"ur", "ترکی لیبیا کی قانونی حکومت کے ساتھ کھڑا ہے۔ اس بات کا اظہار ترک وزیر خارجہ مولود چاوش اوغلو نے انقرہ میں کیا۔", "قانونی حکومت", "mevlut-cavusoglu"},
		{"it", "L'Italia non invierà truppe in Libia. Lo ha detto il ministro degli Esteri Luigi Di Maio.", "non invierà truppe", "luigi-di-maio"},
		{"it", "La Russia sostiene il cessate il fuoco. Lo ha affermato Sergej Lavrov a Mosca.", "cessate il fuoco", "sergey-lavrov"},
		{"it", "La conferenza di Berlino è stata un successo. Lo ha dichiarato oggi Heiko Maas.", "un successo", "heiko-maas"},
		{"en", "Russia supports a ceasefire. That was the message of Russian Foreign Minister Sergey Lavrov in Moscow on Tuesday.", "supports a ceasefire", "sergey-lavrov"},
		{"ru", "Германия поддерживает политический процесс. Такое мнение высказал Хайко Маас.", "политический процесс", "heiko-maas"},
		{"tr", "Türkiye Libya'daki meşru hükümetin yanında. Bu açıklamayı Dışişleri Bakanı Mevlüt Çavuşoğlu Ankara'da yaptı.", "meşru hükümetin", "mevlut-cavusoglu"},
		{"ar", "روسيا تدعم وقف إطلاق النار في ليبيا. جاء ذلك على لسان وزير الخارجية الروسي سيرغي لافروف في موسكو.", "وقف إطلاق النار", "sergey-lavrov"},
		{"ar", "لا حل عسكريا في ليبيا. قال ذلك فائز السراج في طرابلس.", "لا حل عسكريا", "fayez-al-sarraj"},
		{"fr", "La France ne soutient aucune partie. Ainsi s'est exprimé Jean-Yves Le Drian devant les députés.", "aucune partie", "jean-yves-le-drian"},
		// the speaker was right, the text the pointing sentence's own
		{"de", "Deutschland unterstützt den politischen Prozess in Libyen. Das sagte Außenminister Heiko Maas am Dienstag in Berlin.", "politischen Prozess", "heiko-maas"},
		{"es", "Italia no enviará tropas a Libia. Lo dijo el ministro de Exteriores italiano, Luigi Di Maio.", "no enviará tropas", "luigi-di-maio"},
	})
	// a statement already told in the sentence before stands, one only
	cases := []struct{ lang, text, want string }{
		{"ur", "لاوروف نے کہا کہ روس لیبیا میں امن چاہتا ہے۔ یہ بات انہوں نے ماسکو میں کہی۔", "sergey-lavrov"},
		{"de", "„Wir brauchen einen Waffenstillstand“, sagte Maas. Das sagte er auch in Rom.", "heiko-maas"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, "Title\n\n"+c.text, c.want)
	}
}

// TestArSpeakerApposition: an Arabic speech verb whose subject is a title
// with a name the lexicon does not know set off after it by a comma ("وقال
// الناطق باسم الوفد الليبي، X: «…»") is that person's statement, not the
// last subject's nor no one's.
func TestArSpeakerApposition(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"ar", "وصل الدبيبة إلى الجزائر. وقال الناطق باسم الوفد الليبي، عادل الفيتوري: «هذه الزيارة تفتح صفحة جديدة في العلاقات».", "صفحة جديدة", "x-adel-al-fitouri"},
		{"ar", "وصل الدبيبة إلى الجزائر. وقال المتحدث باسم الحكومة، عادل الفيتوري، إن الزيارة تفتح صفحة جديدة في العلاقات.", "صفحة جديدة", "x-adel-al-fitouri"},
		{"ar", "وصل الدبيبة إلى الجزائر. وقال المتحدث باسم الحكومة الليبية، عادل الفيتوري، للصحفيين إن الزيارة ناجحة.", "ناجحة", "x-adel-al-fitouri"},
		{"ar", "وصل الدبيبة إلى الجزائر. وأكد الناطق باسم الوفد، عادل الفيتوري، أن الزيارة ناجحة.", "ناجحة", "x-adel-al-fitouri"},
		// held: a known name in the slot, the name with no comma
		{"ar", "وصل الدبيبة إلى الجزائر. وقال وزير الخارجية الروسي، سيرغي لافروف: «ندعم الحوار بين الليبيين».", "ندعم الحوار", "sergey-lavrov"},
		{"ar", "وصل الدبيبة إلى الجزائر. وقال الناطق باسم الوفد الليبي عادل الفيتوري: «هذه الزيارة تفتح صفحة جديدة في العلاقات».", "صفحة جديدة", "x-adel-al-fitouri"},
	})
}
