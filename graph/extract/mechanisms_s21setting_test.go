package extract

import (
	"strings"
	"testing"

	"github.com/parley/parley/graph"
)

// Session 21, setting: dates and places carried through the discourse,
// days counted from the right anchor. Sentences written for these tests.

// settingCase is one text and the meeting or call it must hold: one whose
// participants include every name part in who, on date (written as
// graph.Date prints it; "~2020-01": no day, compatible with January 2020;
// "*": any) and at place ("*": any).
type settingCase struct {
	lang, pub, text string
	who             []string
	date, place     string
}

func wantSetting(t *testing.T, x *Extractor, c settingCase) {
	t.Helper()
	f := factsOn(t, x, c.lang, c.pub, c.text)
	var got []string
	for _, m := range f.Meetings {
		ps := participants(m)
		got = append(got, strings.Join(ps, "+")+" "+m.Date.String()+" @"+m.Place)
		all := true
		for _, n := range c.who {
			all = all && strings.Contains(strings.Join(ps, " "), n)
		}
		if !all {
			continue
		}
		switch {
		case strings.HasPrefix(c.date, "~"):
			wd, _ := graph.ParseDate(c.date[1:])
			if m.Date.Day != 0 || !wd.Compatible(m.Date) {
				continue
			}
		case c.date != "*" && m.Date.String() != c.date:
			continue
		}
		if c.place != "*" && m.Place != c.place {
			continue
		}
		return
	}
	t.Errorf("%s %q: want %v on %s at %s, got %v", c.lang, c.text, c.who, c.date, c.place, got)
}

// A weekday written with its day ("Le lundi 13 janvier", "Am Montag, dem
// 13. Januar") is that written day: the sentence that opens an episode
// dates the historical present after it by the written date, not by the
// weekday counted back from the paper.
func TestWeekdayWithWrittenDay(t *testing.T) {
	x := shipped(t)
	who := []string{"sarraj", "lavrov"}
	for _, c := range []settingCase{
		{"fr", "2020-01-25", "Le lundi 13 janvier, Moscou accueille les délégations libyennes. Fayez al-Sarraj s'entretient avec Sergueï Lavrov et Sergueï Choïgou.", who, "2020-01-13", "*"},
		{"en", "2020-01-25", "On Monday 13 January, Moscow hosts the Libyan delegations. Fayez al-Sarraj holds talks with Sergei Lavrov and Sergei Shoigu.", who, "2020-01-13", "*"},
		{"it", "2020-01-25", "Lunedì 13 gennaio Mosca ospita le delegazioni libiche. Fayez al-Sarraj incontra Sergej Lavrov e Sergej Shoigu.", who, "2020-01-13", "*"},
		{"es", "2020-01-25", "El lunes 13 de enero, Moscú acoge a las delegaciones libias. Fayez al Sarraj se reúne con Serguéi Lavrov y Serguéi Shoigú.", who, "2020-01-13", "*"},
		{"de", "2020-01-25", "Am Montag, dem 13. Januar, empfängt Moskau die libyschen Delegationen. Fajis al-Sarradsch trifft Sergej Lawrow und Sergej Schoigu.", who, "2020-01-13", "*"},
		{"ru", "2020-01-25", "В понедельник, 13 января, Москва принимает ливийские делегации. Фаиз Сарадж встречается с Сергеем Лавровым и Сергеем Шойгу.", who, "2020-01-13", "*"},
		{"ar", "2020-01-25", "يوم الاثنين 13 يناير، تستضيف موسكو الوفود الليبية. ويلتقي فايز السراج وزير الخارجية الروسي سيرغي لافروف.", who, "2020-01-13", "*"},
		// (already right: no weekday, or the weekday after the date)
		{"tr", "2020-01-25", "13 Ocak Pazartesi günü Moskova Libyalı heyetleri ağırlıyor. Fayiz es-Serrac, Sergey Lavrov ile görüşüyor.", who, "2020-01-13", "*"},
		{"en", "2020-01-25", "It is 13 January, and Moscow is hosting the rival Libyan camps. Sarraj meets Lavrov in the afternoon while Haftar waits at his hotel.", who, "2020-01-13", "*"},
	} {
		wantSetting(t, x, c)
	}
}

// Day 1 written as a word before its month ("il primo settembre", "یکم
// ستمبر") is a day, so "il giorno dopo", "اگلے روز" count from it.
func TestFirstOfMonthWord(t *testing.T) {
	x := shipped(t)
	who := []string{"di-maio", "saleh"}
	for _, c := range []settingCase{
		{"it", "2020-09-20", "Il primo settembre Di Maio volò a Tripoli per incontrare Sarraj. Il giorno dopo si spostò a Tobruk, dove fu ricevuto da Aguila Saleh.", who, "2020-09-02", "*"},
		{"it", "2020-09-20", "Di Maio ha visto Sarraj a Tripoli il primo settembre e l'indomani ha incontrato Aguila Saleh a Tobruk.", who, "2020-09-02", "*"},
		{"ur", "2020-09-20", "دی مایو یکم ستمبر کو طرابلس پہنچے اور السراج سے ملاقات کی۔ اگلے روز انہوں نے طبرق میں عقیلہ صالح سے ملاقات کی۔", who, "2020-09-02", "*"},
		{"ur", "2020-09-20", "یکم ستمبر کو السراج سے ملنے کے بعد دی مایو نے اگلے دن طبرق میں عقیلہ صالح سے ملاقات کی۔", who, "2020-09-02", "*"},
		{"ur", "2020-09-05", "اطالوی وزیر خارجہ کا دورہ طرابلس، فائز السراج سے ملاقات\n\nطرابلس (نمائندہ خصوصی) اٹلی کے وزیر خارجہ لوئیجی دی مایو یکم ستمبر کو ایک روزہ سرکاری دورے پر طرابلس پہنچے جہاں انہوں نے فائز السراج سے ملاقات کی۔", []string{"di-maio", "sarraj"}, "2020-09-01", "tripoli"},
		{"es", "2020-09-20", "Di Maio se reunió con Sarraj en Trípoli el primero de septiembre y al día siguiente con Aguila Saleh en Tobruk.", who, "2020-09-02", "*"},
		{"en", "2020-09-20", "Di Maio met Sarraj in Tripoli on the first of September and flew to Tobruk the following day to meet Aguila Saleh.", who, "2020-09-02", "*"},
	} {
		wantSetting(t, x, c)
	}
}

// An unsaid count of days ("days later", "días después", "через несколько
// дней") dates the event it opens to no day: not the day written before it.
func TestDaysLaterNoDay(t *testing.T) {
	x := shipped(t)
	who := []string{"tebboune", "haftar"}
	for _, c := range []settingCase{
		{"es", "2020-01-25", "Tebún recibió el 6 de enero a Fayez al Sarraj en Argel, y días después conversó por teléfono con Jalifa Haftar.", who, "~2020-01", "*"},
		{"en", "2020-01-25", "Tebboune received Sarraj in Algiers on 6 January, and days later he spoke by phone with Haftar.", who, "~2020-01", "*"},
		{"fr", "2020-01-25", "Tebboune a reçu Sarraj à Alger le 6 janvier, et quelques jours plus tard il s'est entretenu au téléphone avec Haftar.", who, "~2020-01", "*"},
		{"it", "2020-01-25", "Tebboune ha ricevuto Sarraj ad Algeri il 6 gennaio e pochi giorni dopo ha parlato al telefono con Haftar.", who, "~2020-01", "*"},
		{"de", "2020-01-25", "Tebboune empfing Sarradsch am 6. Januar in Algier und telefonierte einige Tage später mit Haftar.", who, "~2020-01", "*"},
		{"ru", "2020-01-25", "Теббун принял Сараджа в Алжире 6 января, а через несколько дней провел телефонный разговор с Хафтаром.", who, "~2020-01", "*"},
		{"tr", "2020-01-25", "Tebbun 6 Ocak'ta Cezayir'de Serrac'ı kabul etti, birkaç gün sonra da Hafter ile telefonda görüştü.", who, "~2020-01", "*"},
		{"ar", "2020-01-25", "استقبل تبون السراج في الجزائر في 6 يناير، وبعد أيام أجرى اتصالاً هاتفياً مع حفتر.", who, "~2020-01", "*"},
		// (a day written after it, or in apposition before it, is the event's)
		{"ar", "2020-01-25", "استقبل تبون السراج في الجزائر في 6 يناير. وبعد أيام، التقى تبون حفتر في 13 يناير.", who, "2020-01-13", "*"},
		{"it", "2020-01-25", "Il 13 gennaio, pochi giorni dopo la firma, Tebboune ha incontrato Haftar ad Algeri.", who, "2020-01-13", "*"},
	} {
		wantSetting(t, x, c)
	}
}

// With no paper's date, a bare weekday counts from the day the story
// wrote to the day before it ("am Dienstag, 22. Juni 2021 … Am Mittwoch
// will Maas … treffen" is 23 June).
func TestStoryWeekdayWithoutPaperDate(t *testing.T) {
	x := shipped(t)
	who := []string{"maas", "dbeib"}
	for _, c := range []settingCase{
		{"de", "", "Bundesaußenminister Heiko Maas hat am Dienstag, 22. Juni 2021, die libysche Außenministerin Nadschla al-Mangusch in Berlin empfangen. Am Mittwoch will Maas zudem den libyschen Ministerpräsidenten Abdul Hamid Dbaiba treffen.", who, "2021-06-23", "*"},
		{"en", "", "German Foreign Minister Heiko Maas received his Libyan counterpart Najla Mangoush in Berlin on Tuesday, 22 June 2021. On Wednesday Maas will also meet Prime Minister Abdul Hamid Dbeibah.", who, "2021-06-23", "*"},
		{"fr", "", "Le ministre allemand Heiko Maas a reçu le mardi 22 juin 2021 à Berlin son homologue libyenne Najla Mangoush. Mercredi, Maas doit également rencontrer le Premier ministre Abdel Hamid Dbeibah.", who, "2021-06-23", "*"},
		{"it", "", "Il ministro tedesco Heiko Maas ha ricevuto martedì 22 giugno 2021 a Berlino l'omologa libica Najla Mangoush. Mercoledì Maas incontrerà anche il premier Abdul Hamid Dbeibah.", who, "2021-06-23", "*"},
		{"es", "", "El ministro alemán Heiko Maas recibió el martes 22 de junio de 2021 en Berlín a su homóloga libia, Nayla al Manqush. El miércoles, Maas se reunirá también con el primer ministro Abdul Hamid Dbeibah.", who, "2021-06-23", "*"},
		{"ru", "", "Глава МИД Германии Хайко Маас во вторник, 22 июня 2021 года, принял в Берлине главу МИД Ливии Наджлу аль-Мангуш. В среду Маас также встретится с премьер-министром Абдель Хамидом Дбейбой.", who, "2021-06-23", "*"},
	} {
		wantSetting(t, x, c)
	}
}

// A wire dateline naming its agency in brackets ("Berlin (dpa) –",
// "MOSCOW (TASS) -") is a dateline: the scene of the lead's held meeting
// that names no city.
func TestAgencyDatelineScene(t *testing.T) {
	x := shipped(t)
	for _, c := range []settingCase{
		{"de", "2021-06-24", "Maas empfängt Dbeibah\n\nBerlin (Agentur) – Bundesaußenminister Heiko Maas hat am Mittwoch den Chef der libyschen Übergangsregierung, Abdul Hamid Dbeibah, zu einem Gespräch im Auswärtigen Amt empfangen.", []string{"maas", "dbeib"}, "*", "berlin"},
		{"de", "2021-06-24", "Maas trifft Dbeibah\n\nBerlin (dpa) – Bundesaußenminister Heiko Maas hat am Rande der Libyen-Konferenz am Mittwoch den libyschen Regierungschef Abdul Hamid Dbeibah getroffen.", []string{"maas", "dbeib"}, "*", "berlin"},
		{"en", "2021-06-24", "Maas meets Dbeibah\n\nBERLIN (Reuters) - German Foreign Minister Heiko Maas met Libyan Prime Minister Abdul Hamid Dbeibah at the foreign ministry on Wednesday.", []string{"maas", "dbeib"}, "*", "berlin"},
		{"es", "2021-06-24", "González Laya recibe a Dbeibah\n\nMADRID (EFE) - La ministra de Exteriores, Arancha González Laya, recibió este miércoles en el Palacio de Viana al primer ministro libio, Abdul Hamid Dbeibah.", []string{"gonzalez", "dbeib"}, "*", "madrid"},
		{"ru", "2021-06-24", "Лавров встретился с Дбейбой\n\nМОСКВА (ТАСС) - Министр иностранных дел России Сергей Лавров в среду провел переговоры с премьер-министром Ливии Абдель Хамидом Дбейбой в особняке МИД.", []string{"lavrov", "dbeib"}, "*", "moscow"},
		{"tr", "2021-06-24", "Çavuşoğlu Dbeybe'yi kabul etti\n\nANKARA (AA) - Dışişleri Bakanı Mevlüt Çavuşoğlu, Libya Başbakanı Abdulhamid Dbeybe'yi çarşamba günü bakanlıkta kabul etti.", []string{"cavus", "dbeib"}, "*", "ankara"},
		// (already right: a comma and a date before the bracket)
		{"fr", "2021-06-24", "Le Drian reçoit Dbeibah\n\nPARIS (AFP) - Le ministre des Affaires étrangères Jean-Yves Le Drian a reçu mercredi au Quai d'Orsay le Premier ministre libyen Abdel Hamid Dbeibah.", []string{"le-drian", "dbeib"}, "*", "paris"},
	} {
		wantSetting(t, x, c)
	}
}

// With no paper's date, the weekday of a held event in a wire report's
// dateline sentence is the dateline's day ("TRIPOLI, May 31 (Wire) - …
// on Monday"): the lead tells the news of the day it is filed.
func TestDatelineDayWeekday(t *testing.T) {
	x := shipped(t)
	for _, c := range []settingCase{
		{"en", "", "Di Maio in Tripoli\n\nTRIPOLI, May 31 (Wire) - Italian Foreign Minister Luigi Di Maio met Libyan Prime Minister Abdul Hamid Dbeibah in Tripoli on Monday.", []string{"di-maio", "dbeib"}, "--05-31", "*"},
		{"es", "", "González Laya en Trípoli\n\nTrípoli, 5 abr (EFE).- La ministra de Exteriores, Arancha González Laya, se reunió el lunes en Trípoli con el primer ministro libio, Abdul Hamid Dbeibah.", []string{"gonzalez", "dbeib"}, "--04-05", "*"},
		{"fr", "", "Le Drian à Tripoli\n\nTRIPOLI, 5 avril (AFP) - Le ministre des Affaires étrangères Jean-Yves Le Drian s'est entretenu lundi à Tripoli avec le Premier ministre Abdel Hamid Dbeibah.", []string{"le-drian", "dbeib"}, "--04-05", "*"},
		{"it", "", "Di Maio a Tripoli\n\nTRIPOLI, 5 aprile (ANSA) - Il ministro degli Esteri Luigi Di Maio ha incontrato lunedì a Tripoli il premier libico Abdul Hamid Dbeibah.", []string{"di-maio", "dbeib"}, "--04-05", "*"},
		{"de", "", "Maas in Tripolis\n\nTRIPOLIS, 5. April (dpa) - Bundesaußenminister Heiko Maas hat am Montag in Tripolis den libyschen Regierungschef Abdul Hamid Dbeibah getroffen.", []string{"maas", "dbeib"}, "--04-05", "*"},
		{"ru", "", "Лавров и Дбейба\n\nМОСКВА, 5 апреля (ТАСС) - Министр иностранных дел России Сергей Лавров в понедельник провел переговоры с премьер-министром Ливии Абдель Хамидом Дбейбой.", []string{"lavrov", "dbeib"}, "--04-05", "*"},
	} {
		wantSetting(t, x, c)
	}
}

// A country as the scene of a held meeting ("his first visit to Russia")
// is the one city of it the headline places the story in ("… holds talks
// in Moscow …").
func TestHeadlineCityOfCountry(t *testing.T) {
	x := shipped(t)
	who := []string{"dbeib", "mishustin"}
	for _, c := range []settingCase{
		{"ru", "2021-04-16", "Дбейба провел в Москве переговоры с Мишустиным\n\nПервый визит в Россию главы правительства Ливии Абдель Хамида Дбейбы начался 15 апреля. Ливийскую делегацию во главе с Дбейбой принял председатель правительства РФ Михаил Мишустин.", who, "*", "moscow"},
		{"en", "2021-04-16", "Dbeibah holds talks in Moscow with Mishustin\n\nLibyan Prime Minister Abdul Hamid Dbeibah began his first visit to Russia on April 15. The Libyan delegation led by Dbeibah was received by Russian Prime Minister Mikhail Mishustin.", who, "*", "moscow"},
		{"fr", "2021-04-16", "Dbeibah reçu à Moscou par Michoustine\n\nLe Premier ministre libyen Abdel Hamid Dbeibah a entamé le 15 avril sa première visite en Russie. La délégation libyenne conduite par M. Dbeibah a été reçue par le Premier ministre russe Mikhaïl Michoustine.", who, "*", "moscow"},
		{"de", "2021-04-16", "Dbeibah in Moskau von Mischustin empfangen\n\nDer libysche Regierungschef Abdul Hamid Dbeibah hat am 15. April seinen ersten Besuch in Russland begonnen. Die libysche Delegation unter Leitung Dbeibahs wurde vom russischen Regierungschef Michail Mischustin empfangen.", who, "*", "moscow"},
		{"it", "2021-04-16", "Dbeibah a Mosca da Mishustin\n\nIl premier libico Abdul Hamid Dbeibah ha iniziato il 15 aprile la sua prima visita in Russia. La delegazione libica guidata da Dbeibah è stata ricevuta dal primo ministro russo Mikhail Mishustin.", who, "*", "moscow"},
		{"es", "2021-04-16", "Dbeibah se reúne en Moscú con Mishustin\n\nEl primer ministro libio, Abdul Hamid Dbeibah, inició el 15 de abril su primera visita a Rusia. La delegación libia encabezada por Dbeibah fue recibida por el primer ministro ruso, Mijaíl Mishustin.", who, "*", "moscow"},
	} {
		wantSetting(t, x, c)
	}
}
