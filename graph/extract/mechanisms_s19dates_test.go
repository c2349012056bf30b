package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// dateProbe is a mini-article with its paper's date and the participant
// whose meeting or call must fall on want.
type dateProbe struct{ lang, pub, text, who, want string }

// eventDateOf is the date of the first meeting or call with participant p.
func eventDateOf(f graph.Facts, p string) (string, bool) {
	for _, m := range f.Meetings {
		for _, q := range participants(m) {
			if q == p {
				return m.Date.String(), true
			}
		}
	}
	return "", false
}

func runDateProbes(t *testing.T, cases []dateProbe) {
	t.Helper()
	x := shipped(t)
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, "Title\n\n"+c.text)
		if got, ok := eventDateOf(f, c.who); !ok || got != c.want {
			t.Errorf("%s %q: %s's event on %q (found %v), want %s; meetings %v", c.lang, c.text, c.who, got, ok, c.want, placed(f))
		}
	}
}

// TestEveAfterTheNewsDay: a Russian "Накануне" opening a later paragraph
// of a report whose lead told the news event of the paper's day or the
// day before counts from that event, not from the paper ("В среду Лавров
// провёл переговоры … \n\nНакануне Лавров говорил по телефону с …"); in
// what a speech verb reports, and after a story told over several days,
// it stays the paper's eve.
func TestEveAfterTheNewsDay(t *testing.T) {
	runDateProbes(t, []dateProbe{
		{"ru", "2021-03-19", "Министр иностранных дел России Сергей Лавров в четверг провёл в Москве переговоры с главой МИД Ливии Наджлой аль-Мангуш.\n\nНакануне Лавров обсудил ливийское урегулирование по телефону с Мевлютом Чавушоглу.", "mevlut-cavusoglu", "2021-03-17"},
		{"ru", "2020-09-10", "Делегация Палаты представителей Ливии в среду провела переговоры в Москве с Сергеем Лавровым.\n\nНакануне члены делегации встречались с Михаилом Богдановым.", "mikhail-bogdanov", "2020-09-08"},
		{"ru", "2021-05-21", "Премьер-министр Ливии Абдель Хамид Дбейба в пятницу провёл переговоры в Анкаре с Реджепом Тайипом Эрдоганом.\n\nНакануне вечером Дбейбу принял министр обороны Турции Хулуси Акар.", "hulusi-akar", "2021-05-20"},
		{"ru", "2020-01-14", "Переговоры Файеза Сараджа и Халифы Хафтара прошли в понедельник в Москве.\n\nВ Минобороны сообщили, что Шойгу накануне вечером встретился с Хафтаром.", "sergei-shoigu", "2020-01-13"},
		{"ru", "2020-02-06", "В понедельник в Дохе Михаил Богданов встретился с главой МИД Катара.\n\nВо вторник он провёл переговоры в Абу-Даби.\n\nНакануне Богданов встретился в Каире с Самехом Шукри.", "sameh-shoukry", "2020-02-05"},
	})
}

// TestDayBeforeTheConferenceStillToCome: "the day before / after the
// conference" in nine languages counts from the day the article gave the
// conference in a sentence naming it, and a meeting still to come counts
// from a conference still to come ("The conference opens on June 23. The
// day before the conference, X will meet Y" in a paper of June 18 is June
// 22 of that year, not of the year before).
func TestDayBeforeTheConferenceStillToCome(t *testing.T) {
	runDateProbes(t, []dateProbe{
		{"de", "2021-06-18", "Die zweite Libyen-Konferenz beginnt am 23. Juni in Berlin.\n\nAm Vortag der Konferenz soll Heiko Maas mit Ján Kubiš zusammenkommen.", "jan-kubis", "2021-06-22"},
		{"de", "2021-06-18", "Die zweite Libyen-Konferenz beginnt am 23. Juni in Berlin.\n\nEinen Tag vor der Konferenz will Heiko Maas Najla Mangoush treffen.", "najla-mangoush", "2021-06-22"},
		{"fr", "2021-06-18", "La conférence de Berlin sur la Libye s'ouvrira le 23 juin.\n\nLa veille de la conférence, Jean-Yves Le Drian rencontrera Najla Mangoush.", "najla-mangoush", "2021-06-22"},
		{"fr", "2021-06-18", "La conférence de Berlin sur la Libye s'ouvrira le 23 juin.\n\nLe lendemain de la conférence, Jean-Yves Le Drian recevra Mohamed al-Menfi à Paris.", "mohamed-al-menfi", "2021-06-24"},
		{"it", "2021-06-18", "La conferenza di Berlino sulla Libia si aprirà il 23 giugno.\n\nAlla vigilia della conferenza Luigi Di Maio incontrerà Najla Mangoush.", "najla-mangoush", "2021-06-22"},
		{"it", "2021-06-18", "La conferenza di Berlino sulla Libia si aprirà il 23 giugno.\n\nIl giorno dopo la conferenza Luigi Di Maio riceverà Mohamed al-Menfi a Roma.", "mohamed-al-menfi", "2021-06-24"},
		{"es", "2021-06-18", "La conferencia de Berlín sobre Libia se abrirá el 23 de junio.\n\nLa víspera de la conferencia, Arancha González Laya se reunirá con Najla Mangoush.", "najla-mangoush", "2021-06-22"},
		{"es", "2021-06-18", "La conferencia de Berlín sobre Libia se abrirá el 23 de junio.\n\nAl día siguiente de la conferencia, Arancha González Laya recibirá a Mohamed al-Menfi en Madrid.", "mohamed-al-menfi", "2021-06-24"},
		{"tr", "2021-06-18", "Berlin'deki Libya konferansı 23 Haziran'da başlayacak.\n\nÇavuşoğlu konferanstan bir gün önce Menguş ile görüşecek.", "najla-mangoush", "2021-06-22"},
		{"ar", "2021-06-18", "ينطلق المؤتمر الدولي الثاني حول ليبيا في برلين في 23 يونيو.\n\nوسيلتقي وزير الخارجية التركي مولود جاويش أوغلو نظيرته الليبية نجلاء المنقوش عشية المؤتمر.", "najla-mangoush", "2021-06-22"},
		{"ur", "2021-06-18", "برلن کانفرنس 23 جون کو شروع ہوگی۔\n\nکانفرنس سے ایک روز قبل ہائیکو ماس نجلاء المنقوش سے ملاقات کریں گے۔", "najla-mangoush", "2021-06-22"},
		{"en", "2021-06-18", "The Berlin conference on Libya opens on June 23.\n\nThe day before the conference, Heiko Maas will meet Najla Mangoush.", "najla-mangoush", "2021-06-22"},
		{"ru", "2021-06-18", "Берлинская конференция по Ливии откроется 23 июня.\n\nНакануне конференции Сергей Лавров встретится с Наджлой аль-Мангуш.", "najla-mangoush", "2021-06-22"},
	})
}

// TestYearCarriesThroughTheStory: a year stated once ("3 июня прошлого
// года", "On 3 June 2020", "In May 2020") dates the later days of its
// paragraph written without one ("… 14 июня визит был отменён"), not the
// paper's year nor, for a plan, the year after.
func TestYearCarriesThroughTheStory(t *testing.T) {
	runDateProbes(t, []dateProbe{
		{"ru", "2021-06-20", "Сейчас Москва и Анкара снова сближаются.\n\n3 июня прошлого года Сергей Лавров говорил по телефону с Мевлютом Чавушоглу. 14 июня Лавров должен был встретиться в Стамбуле с Хулуси Акаром, но встреча была отменена.", "hulusi-akar", "2020-06-14"},
		{"en", "2021-06-20", "Moscow and Ankara are talking again.\n\nOn 3 June 2020 Sergey Lavrov spoke by phone with Mevlüt Çavuşoğlu. On 14 June Lavrov was due to meet Hulusi Akar in Istanbul, but the meeting was called off.", "hulusi-akar", "2020-06-14"},
		{"fr", "2021-06-20", "Moscou et Ankara se parlent de nouveau.\n\nLe 3 juin 2020, Sergueï Lavrov s'est entretenu par téléphone avec Mevlüt Çavuşoğlu. Le 14 juin, Lavrov devait rencontrer Hulusi Akar à Istanbul, mais la rencontre a été annulée.", "hulusi-akar", "2020-06-14"},
		{"de", "2021-06-20", "Moskau und Ankara reden wieder miteinander.\n\nAm 3. Juni 2020 telefonierte Sergej Lawrow mit Mevlüt Çavuşoğlu. Am 14. Juni sollte Lawrow Hulusi Akar in Istanbul treffen, doch das Treffen wurde abgesagt.", "hulusi-akar", "2020-06-14"},
		{"es", "2021-06-20", "Moscú y Ankara vuelven a hablarse.\n\nEl 3 de junio de 2020, Serguéi Lavrov habló por teléfono con Mevlüt Çavuşoğlu. El 14 de junio, Lavrov debía reunirse con Hulusi Akar en Estambul, pero el encuentro fue cancelado.", "hulusi-akar", "2020-06-14"},
		{"it", "2021-06-20", "Mosca e Ankara tornano a parlarsi.\n\nIl 3 giugno 2020 Sergej Lavrov ha avuto una telefonata con Mevlüt Çavuşoğlu. Il 14 giugno Lavrov ha incontrato Hulusi Akar a Istanbul.", "hulusi-akar", "2020-06-14"},
		{"tr", "2021-06-20", "Moskova ile Ankara yeniden konuşuyor.\n\nLavrov, 3 Haziran 2020'de Çavuşoğlu ile telefonda görüştü. Lavrov 14 Haziran'da İstanbul'da Hulusi Akar ile bir araya geldi.", "hulusi-akar", "2020-06-14"},
		{"en", "2021-06-20", "Moscow and Ankara are talking again.\n\nIn May 2020 Sergey Lavrov spoke by phone with Mevlüt Çavuşoğlu. On 14 June Lavrov met Hulusi Akar in Istanbul.", "hulusi-akar", "2020-06-14"},
	})
}

// TestYearStopsAtThePapersAnchors: the story's year does not cross a
// paragraph, nor reach a day a weekday or "yesterday" sets beside it
// ("On Monday, June 14", "Вчера, 19 июня").
func TestYearStopsAtThePapersAnchors(t *testing.T) {
	runDateProbes(t, []dateProbe{
		{"en", "2021-06-20", "The talks of 3 June 2020 failed.\n\nOn 14 June Lavrov met Hulusi Akar in Istanbul.", "hulusi-akar", "2021-06-14"},
		{"en", "2021-06-20", "Lavrov and Çavuşoğlu had last spoken in March 2020. On Monday, June 14, Lavrov met Hulusi Akar in Istanbul.", "hulusi-akar", "2021-06-14"},
		{"de", "2021-06-20", "Lawrow und Çavuşoğlu hatten zuletzt im März 2020 telefoniert. Am Montag, dem 14. Juni, traf Lawrow in Istanbul Hulusi Akar.", "hulusi-akar", "2021-06-14"},
		{"fr", "2021-06-20", "Lavrov et Çavuşoğlu s'étaient parlé pour la dernière fois en mars 2020. Lundi 14 juin, Lavrov a rencontré Hulusi Akar à Istanbul.", "hulusi-akar", "2021-06-14"},
		{"ru", "2021-06-20", "Лавров и Чавушоглу в последний раз говорили в марте 2020 года. Вчера, 19 июня, Лавров встретился в Стамбуле с Хулуси Акаром.", "hulusi-akar", "2021-06-19"},
	})
}

// TestCityInATitleIsNoPlace: the city of an office held there, named in
// the title ("the mayor of Misrata", "el alcalde de Misrata", "Misrata
// Belediye Başkanı", "مصراتہ کے میئر", "وعميد بلدية مصراتة"), is no place
// of the meeting its holder attends: the trip's city is.
func TestCityInATitleIsNoPlace(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Hulusi Akar arrived in Tripoli on Saturday.\n\nOn Sunday Akar received a delegation led by Khalid al-Mishri and the mayor of Misrata, Mahmoud al-Saqutri."},
		{"es", "Hulusi Akar llegó el sábado a Trípoli.\n\nEl domingo, Akar recibió a una delegación encabezada por Jaled al Mishri y por el alcalde de Misrata, Mahmud al Saqutri."},
		{"fr", "Hulusi Akar est arrivé samedi à Tripoli.\n\nDimanche, M. Akar a reçu une délégation conduite par Khaled al-Mishri et le maire de Misrata, Mahmoud al-Saqutri."},
		{"it", "Hulusi Akar è arrivato sabato a Tripoli.\n\nDomenica Akar ha ricevuto una delegazione guidata da Khaled al-Mishri e dal sindaco di Misurata, Mahmoud al-Saqutri."},
		{"de", "Hulusi Akar traf am Samstag in Tripolis ein.\n\nAm Sonntag empfing Akar eine Delegation unter Leitung von Chalid al-Mischri und dem Bürgermeister von Misrata, Mahmud al-Sakutri."},
		{"tr", "Hulusi Akar cumartesi günü Trablus'a gitti.\n\nPazar günü Akar, Halid el-Mişri ile Misrata Belediye Başkanı Mahmud es-Sekutri'den oluşan bir heyeti kabul etti."},
		{"ar", "وصل خلوصي أكار إلى طرابلس يوم السبت.\n\nويوم الأحد استقبل أكار وفدا يضم خالد المشري وعميد بلدية مصراتة محمود السقوطري."},
		{"ur", "خلوصی آکار ہفتے کو طرابلس پہنچے۔\n\nاتوار کو آکار نے خالد المشری اور مصراتہ کے میئر محمود السقوطری پر مشتمل وفد سے ملاقات کی۔"},
		{"ru", "Хулуси Акар в субботу прибыл в Триполи.\n\nВ воскресенье Акар принял делегацию во главе с Халедом аль-Мишри и мэром Мисураты Махмудом ас-Сакутри."},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-12-28", "Title\n\n"+c.text)
		if place, _, ok := sceneOf(f, "khalid-al-mishri"); !ok || place == "misrata" {
			t.Errorf("%s %q: meetings %v, want al-Mishri's not in misrata", c.lang, c.text, placed(f))
		}
	}
}
