package extract

import (
	"sort"
	"strings"
	"testing"
)

// fm21Meetings lists text's meetings and calls as "a,b:status", the
// participants sorted, the list sorted.
func fm21Meetings(t *testing.T, x *Extractor, lang, text string) []string {
	t.Helper()
	var out []string
	for _, m := range factsOf(t, x, lang, "Title\n\n"+text).Meetings {
		ps := participants(m)
		sort.Strings(ps)
		out = append(out, strings.Join(ps, ",")+":"+string(m.Status))
	}
	sort.Strings(out)
	return out
}

// fm21Want checks that text gives exactly the meetings want ("a,b:status",
// participants sorted), in any order.
func fm21Want(t *testing.T, x *Extractor, lang, text string, want ...string) {
	t.Helper()
	got := fm21Meetings(t, x, lang, text)
	w := append([]string(nil), want...)
	sort.Strings(w)
	if strings.Join(got, " ") != strings.Join(w, " ") {
		t.Errorf("%s %q: meetings %v, want %v", lang, text, got, w)
	}
}

// TestDefiniteMeetingNounWithAVerbBetween: a definite meeting noun that
// points back at the meeting told before ("the meeting", "la rencontre",
// "l'incontro", "el encuentro", "das Gespräch", "اللقاء") is no new
// meeting when the person after it is the object of a verb between them,
// not the noun's complement ("the meeting was meant to keep Haftar …",
// "la rencontre visait aussi à rassurer Haftar", "اللقاء كان يهدف إلى
// طمأنة حفتر"); a person the noun's own phrase names ("the meeting with
// X") keeps it news.
func TestDefiniteMeetingNounWithAVerbBetween(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Luigi Di Maio met Fayez al-Sarraj in Tripoli on Monday. Italian officials said the meeting was meant to keep Khalifa Haftar out of the capital.", "fayez-al-sarraj,luigi-di-maio:held"},
		{"en", "Heiko Maas received Abdul Hamid Dbeibah in Berlin on Wednesday. Diplomats said the talks were designed to reassure Khalifa Haftar's backers in Cairo.", "abdul-hamid-dbeibah,heiko-maas:held"},
		{"de", "Heiko Maas traf am Montag Fajis al-Sarradsch in Tripolis. Das Gespräch sei auch als Botschaft an Chalifa Haftar zu verstehen, hieß es in Berlin.", "fayez-al-sarraj,heiko-maas:held"},
		{"fr", "Jean-Yves Le Drian a rencontré Abdelhamid Dbeibah à Tripoli lundi. Selon des diplomates, la rencontre visait aussi à rassurer Khalifa Haftar.", "abdul-hamid-dbeibah,jean-yves-le-drian:held"},
		{"it", "Luigi Di Maio ha incontrato Fayez al-Serraj a Tripoli lunedì. Secondo fonti diplomatiche, l'incontro serviva anche a mandare un messaggio a Khalifa Haftar.", "fayez-al-sarraj,luigi-di-maio:held"},
		{"es", "Luigi Di Maio se reunió con Fayez al Sarraj en Trípoli el lunes. Según fuentes diplomáticas, el encuentro pretendía también enviar un mensaje a Jalifa Haftar.", "fayez-al-sarraj,luigi-di-maio:held"},
		{"es", "Serguéi Lavrov recibió a Abdul Hamid Dbeiba en Moscú el martes. La reunión buscaba también tranquilizar a Jalifa Haftar, según analistas.", "abdul-hamid-dbeibah,sergey-lavrov:held"},
		{"ar", "التقى سيرغي لافروف عبد الحميد الدبيبة في موسكو يوم الثلاثاء. وقال دبلوماسيون إن اللقاء كان يهدف إلى طمأنة خليفة حفتر.", "abdul-hamid-dbeibah,sergey-lavrov:held"},
		{"ar", "استقبل لويجي دي مايو فايز السراج في روما يوم الاثنين. وأضاف مصدر أن الاجتماع حمل رسالة إلى خليفة حفتر.", "fayez-al-sarraj,luigi-di-maio:held"},
		// (the noun's own complement is news)
		{"en", "Luigi Di Maio arrived in Tripoli on Monday. The meeting with Fayez al-Sarraj lasted two hours.", "fayez-al-sarraj,luigi-di-maio:held"},
		{"fr", "Jean-Yves Le Drian est arrivé à Tripoli lundi. La rencontre avec Fayez el-Sarraj a duré deux heures.", "fayez-al-sarraj,jean-yves-le-drian:held"},
		{"it", "Luigi Di Maio è arrivato a Tripoli lunedì. L'incontro con Fayez al-Serraj è durato due ore.", "fayez-al-sarraj,luigi-di-maio:held"},
		{"es", "Luigi Di Maio llegó a Trípoli el lunes. El encuentro con Fayez al Sarraj duró dos horas.", "fayez-al-sarraj,luigi-di-maio:held"},
		{"de", "Heiko Maas kam am Montag in Tripolis an. Das Treffen mit Fajis al-Sarradsch dauerte zwei Stunden.", "fayez-al-sarraj,heiko-maas:held"},
		{"it", "Il 3 marzo Luigi Di Maio ha incontrato Sergej Lavrov a Mosca. Il 5 marzo Mario Draghi ha scelto Tripoli per il suo primo viaggio all'estero da presidente del Consiglio: un colloquio di due ore con Abdul Hamid Dbeibah.", "luigi-di-maio,sergey-lavrov:held"},
	} {
		if c.lang == "it" && strings.Contains(c.text, "Draghi") {
			// (one other word, "all'estero", may qualify the noun: the
			// trip is news)
			if got := fm21Meetings(t, x, c.lang, c.text); len(got) != 2 {
				t.Errorf("%s %q: meetings %v, want Di Maio-Lavrov and Draghi-Dbeibah", c.lang, c.text, got)
			}
			continue
		}
		fm21Want(t, x, c.lang, c.text, c.want)
	}
}

// TestThereWillBeNoMeeting: a meeting noun that opens its clause, denied
// by a future of being ("Ein Treffen zwischen X und Y wird es nicht
// geben", "Zu einem Treffen … wird es nicht kommen", "Un incontro tra X e
// Y non ci sarà", "Встречи X и Y не будет", "X ile Y arasında görüşme
// olmayacak"), tells no meeting; the same future affirmed ("Il y aura une
// rencontre", "Habrá un encuentro", "wird es am Freitag geben") is
// planned.
func TestThereWillBeNoMeeting(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"de", "Ein Treffen zwischen Fajis al-Sarradsch und Chalifa Haftar wird es in Berlin nicht geben, hieß es aus Diplomatenkreisen."},
		{"de", "Eine direkte Begegnung zwischen Heiko Maas und Sergej Lawrow wird es nach Angaben des Auswärtigen Amts vorerst nicht geben."},
		{"de", "Zu einem Treffen zwischen Nikos Dendias und Mevlüt Çavuşoğlu wird es in dieser Woche nicht kommen."},
		{"it", "Un incontro diretto tra Luigi Di Maio e Khalifa Haftar non ci sarà questa settimana, secondo la Farnesina."},
		{"ru", "Встречи Сергея Лаврова и Мевлюта Чавушоглу на этой неделе не будет, сообщили в МИД."},
		{"ru", "Никакой встречи между Халифой Хафтаром и Файезом Сараджем в Москве не будет, заявил источник."},
		{"tr", "Nikos Dendias ile Mevlüt Çavuşoğlu arasında bu hafta bir görüşme olmayacak."},
		{"tr", "Halife Hafter ile Fayiz es-Serrac arasında Berlin'de doğrudan bir görüşme yapılmayacak."},
	} {
		fm21Want(t, x, c.lang, c.text)
	}
	for _, c := range []struct{ lang, text, want string }{
		{"de", "Ein Treffen zwischen Heiko Maas und Sergej Lawrow wird es am Freitag in Moskau geben, teilte das Auswärtige Amt mit.", "heiko-maas,sergey-lavrov:planned"},
		{"fr", "Il y aura une rencontre entre Jean-Yves Le Drian et Sergueï Lavrov à Moscou mardi, selon le Quai d'Orsay.", "jean-yves-le-drian,sergey-lavrov:planned"},
		{"es", "Habrá un encuentro entre Nikos Dendias y Mevlüt Çavuşoğlu en Ankara el martes, informaron fuentes de ambos ministerios.", "mevlut-cavusoglu,nikos-dendias:planned"},
		{"it", "Ci sarà un incontro tra Luigi Di Maio e Sergej Lavrov a Mosca giovedì, ha annunciato la Farnesina.", "luigi-di-maio,sergey-lavrov:planned"},
		{"ru", "Встреча Сергея Лаврова и Мевлюта Чавушоглу состоится в Анкаре во вторник, сообщили в МИД.", "mevlut-cavusoglu,sergey-lavrov:planned"},
		{"tr", "Nikos Dendias ile Mevlüt Çavuşoğlu arasında salı günü Ankara'da bir görüşme yapılacak.", "mevlut-cavusoglu,nikos-dendias:planned"},
	} {
		fm21Want(t, x, c.lang, c.text, c.want)
	}
}

// TestSessionOfABodysMembers: a meeting noun whose complement names the
// members of a body ("a meeting of NATO foreign ministers", "beim
// Treffen der EU-Außenminister", "una riunione dei suoi omologhi della
// Nato", "во встрече министров иностранных дел стран НАТО", "اجتماع
// وزراء خارجية الناتو", "اپنے نیٹو ہم منصبوں کے اجلاس") is a session of
// that body: whoever attends it meets no one the text names, the bloc is
// no partner, and the subject of the sentence before does not join. A
// person named after the noun, or a meeting verb beside it, keeps the
// meeting.
func TestSessionOfABodysMembers(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"de", "Heiko Maas will das Thema am Freitag beim informellen Treffen der EU-Außenminister in Berlin ansprechen."},
		{"de", "Mevlüt Çavuşoğlu nimmt in dieser Woche an einem Treffen der Nato-Außenminister in Brüssel teil."},
		{"it", "Mevlüt Çavuşoğlu è impegnato in questi giorni in una riunione dei suoi omologhi della Nato a Bruxelles."},
		{"es", "Mevlüt Çavuşoğlu participa esta semana en una reunión de sus homólogos de la OTAN en Bruselas."},
		{"ru", "Мевлют Чавушоглу на этой неделе участвует во встрече министров иностранных дел стран НАТО в Брюсселе."},
		{"ar", "ويشارك مولود جاويش أوغلو هذا الأسبوع في اجتماع وزراء خارجية حلف الناتو في بروكسل."},
		{"ur", "مولود چاوش اوغلو اس ہفتے برسلز میں نیٹو وزرائے خارجہ کے اجلاس میں شرکت کر رہے ہیں۔"},
	} {
		fm21Want(t, x, c.lang, c.text)
	}
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Sameh Shoukry met Heiko Maas in Cairo on Sunday. Turkish Foreign Minister Mevlüt Çavuşoğlu is busy these days with a meeting of his NATO counterparts in Brussels.", "heiko-maas,sameh-shoukry:held"},
		{"ar", "التقى سامح شكري هايكو ماس في القاهرة يوم الأحد. ويشارك وزير الخارجية التركي مولود جاويش أوغلو هذه الأيام في اجتماع نظرائه الأوروبيين في برلين.", "heiko-maas,sameh-shoukry:held"},
		{"ur", "سامح شکری نے اتوار کو قاہرہ میں ہائیکو ماس سے ملاقات کی۔ ترک وزیر خارجہ مولود چاوش اوغلو ان دنوں برسلز میں اپنے نیٹو ہم منصبوں کے اجلاس میں مصروف ہیں۔", "heiko-maas,sameh-shoukry:held"},
		// (a partner named at the session, or after the noun, is met)
		{"en", "On the sidelines of the NATO meeting in Brussels, Mevlüt Çavuşoğlu met Sergey Lavrov.", "mevlut-cavusoglu,sergey-lavrov:held"},
		{"de", "Am Rande des Treffens der Nato-Außenminister in Brüssel traf Heiko Maas Mevlüt Çavuşoğlu.", "heiko-maas,mevlut-cavusoglu:held"},
		{"fr", "En marge de la réunion de l'Otan à Bruxelles, Jean-Yves Le Drian a rencontré Mevlüt Çavuşoğlu.", "jean-yves-le-drian,mevlut-cavusoglu:held"},
	} {
		fm21Want(t, x, c.lang, c.text, c.want)
	}
	// (the minister named after the members word is the partner)
	if got := fm21Meetings(t, x, "de", "Heiko Maas reist am Montag nach Abu Dhabi. Dort ist ein Treffen mit dem Außenminister der Emirate, Scheich Abdullah bin Zayed, vorgesehen."); len(got) == 0 {
		t.Errorf("de: the meeting with the Emirates' foreign minister is lost")
	}
}

// TestEmbeddedQuestionTellsNoMeeting: a meeting asked about in an
// embedded yes/no question ("whether X will meet Y", "Ob X Y treffen
// wird", "встретится ли X с Y", "ما إذا كان X سيلتقي Y") is not told,
// as the Romance "si"/"se" already read; a question after the meeting's
// clause leaves it.
func TestEmbeddedQuestionTellsNoMeeting(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text string }{
		{"en", "Whether Khalifa Haftar will meet Fayez al-Sarraj in Berlin remains unclear."},
		{"en", "Asked whether Khalifa Haftar had met Luigi Di Maio in Rome, the spokesman declined to comment."},
		{"de", "Ob Heiko Maas Chalifa Haftar in Bengasi treffen wird, ist noch offen."},
		{"ru", "Пока неясно, встретится ли Сергей Лавров с Мевлютом Чавушоглу в Анкаре."},
		{"ru", "Встретится ли Халифа Хафтар с Луиджи Ди Майо в Риме, пока неизвестно."},
		{"ar", "ويبقى السؤال حول ما إذا كان حفتر سيلتقي السراج في برلين."},
		{"ar", "ولم يتضح بعد ما إذا كان خليفة حفتر سيلتقي فايز السراج في برلين."},
	} {
		fm21Want(t, x, c.lang, c.text)
	}
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Heiko Maas will meet Fayez al-Sarraj in Tripoli on Tuesday, but it is unclear whether a deal will follow.", "fayez-al-sarraj,heiko-maas:planned"},
		{"de", "Heiko Maas wird am Dienstag Fajis al-Sarradsch in Tripolis treffen, ob es eine Einigung gibt, ist offen.", "fayez-al-sarraj,heiko-maas:planned"},
		{"ru", "Сергей Лавров встретился с Мевлютом Чавушоглу в Анкаре, но удастся ли договориться, неясно.", "mevlut-cavusoglu,sergey-lavrov:held"},
		{"ar", "التقى سيرغي لافروف مولود جاويش أوغلو في أنقرة، ولم يتضح ما إذا كان الطرفان قد توصلا إلى اتفاق.", "mevlut-cavusoglu,sergey-lavrov:held"},
	} {
		fm21Want(t, x, c.lang, c.text, c.want)
	}
}

// TestArabicTourComesAfter: "وتأتي جولة X بعد …", "جاءت جولة X …" (X's tour
// comes after …) places the tour in time, as "وتأتي الزيارة" does; it
// tells no visit with the person the sentence before named.
func TestArabicTourComesAfter(t *testing.T) {
	x := shipped(t)
	fm21Want(t, x, "ar", "وكان عبد المجيد تبون قد أكد قبل أسبوعين أن «طرابلس خط أحمر». وتأتي جولة صبري بوقادوم بعد أيام من مؤتمر برلين الذي شاركت فيه الجزائر.")
	fm21Want(t, x, "ar", "وكان عبد المجيد تبون قد أكد أن «طرابلس خط أحمر». وجاءت جولة صبري بوقادوم بعد أسبوع من مؤتمر برلين.")
	fm21Want(t, x, "ar", "استقبل الرئيس عبد المجيد تبون فايز السراج في الجزائر يوم الاثنين.\nوتأتي جولة صبري بوقادوم في وقت تسعى فيه الجزائر لاستعادة دورها في الملف الليبي.", "abdelmadjid-tebboune,fayez-al-sarraj:held")
	// (a tour that holds a meeting is news)
	fm21Want(t, x, "ar", "وصل وزير الخارجية الجزائري صبري بوقادوم إلى طرابلس في جولة التقى خلالها فايز السراج.", "fayez-al-sarraj,sabri-boukadoum:held")
}
