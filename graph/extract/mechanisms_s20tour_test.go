package extract

import (
	"slices"
	"strings"
	"testing"
)

// tourCase is a short text and every meeting or call it should give:
// each want is "status mode a,b[,c] [place=x] [date=y]" (mode in_person
// takes a visit too), and no other event may come out.
type tourCase struct {
	lang, pub, text string
	want            []string
}

// wantTourEvents checks each case's events against its wants.
func wantTourEvents(t *testing.T, x *Extractor, cases []tourCase) {
	t.Helper()
	class := func(m string) string {
		if m == "visit" {
			return "in_person"
		}
		return m
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, "Title\n\n"+c.text)
		var got []string
		for _, m := range f.Meetings {
			ps := participants(m)
			slices.Sort(ps)
			g := m.Status + " " + class(m.Mode) + " " + strings.Join(ps, ",")
			if m.Date.String() != "" {
				g += " date=" + m.Date.String()
			}
			if m.Place != "" {
				g += " place=" + m.Place
			}
			got = append(got, g)
		}
		used := make([]bool, len(got))
		ok := true
		for _, w := range c.want {
			wf := strings.Fields(w)
			ps := strings.Split(wf[2], ",")
			slices.Sort(ps)
			head := wf[0] + " " + wf[1] + " " + strings.Join(ps, ",")
			found := false
			for i, g := range got {
				if used[i] || g != head && !strings.HasPrefix(g, head+" ") {
					continue
				}
				good := true
				for _, e := range wf[3:] {
					if !strings.Contains(g+" ", " "+e+" ") {
						good = false
					}
				}
				if good {
					used[i], found = true, true
					break
				}
			}
			ok = ok && found
		}
		for _, u := range used {
			ok = ok && u
		}
		if !ok {
			t.Errorf("%s %q: events %q, want %q", c.lang, c.text, got, c.want)
		}
	}
}

// TestGenitiveRelativeEndsTheParticipants: a genitive relative pronoun
// after a comma ("il cui", "cuyo", "чья", "جن کی", as "whose", "dont",
// "dessen" already did) opens a clause about the person named before it:
// the countries and people it names are no partners of the meeting.
func TestGenitiveRelativeEndsTheParticipants(t *testing.T) {
	x := shipped(t)
	wantTourEvents(t, x, []tourCase{
		{"it", "2020-05-20", "La ministra dell'Interno Luciana Lamorgese è atterrata mercoledì a Tripoli, dove ha incontrato Fayez al-Sarraj. Era prevista anche una tappa a Bengasi per un colloquio con il generale Khalifa Haftar, il cui esercito controlla il confine con il Ciad e il Niger. La visita è stata però annullata.",
			[]string{"held in_person fayez-al-sarraj,luciana-lamorgese", "cancelled in_person khalifa-haftar,luciana-lamorgese place=benghazi"}},
		{"es", "2020-05-20", "La ministra italiana del Interior, Luciana Lamorgese, aterrizó el miércoles en Trípoli, donde se reunió con Fayez al Sarraj. Estaba prevista también una escala en Bengasi para una entrevista con el mariscal Jalifa Haftar, cuyo ejército controla la frontera con Chad y Níger. La visita fue finalmente cancelada.",
			[]string{"held in_person fayez-al-sarraj,luciana-lamorgese", "cancelled in_person khalifa-haftar,luciana-lamorgese place=benghazi"}},
		{"ru", "2020-05-20", "Министр внутренних дел Италии Лучана Ламорджезе в среду прилетела в Триполи, где встретилась с Файезом Сараджем. Планировалась также остановка в Бенгази для переговоров с маршалом Халифой Хафтаром, чья армия контролирует границу с Чадом и Нигером. Однако визит был отменён.",
			[]string{"held in_person fayez-al-sarraj,luciana-lamorgese", "cancelled in_person khalifa-haftar,luciana-lamorgese place=benghazi"}},
		{"ru", "2021-03-10", "Эрдоган в воскресенье принял в Анкаре Абдель Хамида Дбейбу, чьё правительство подписало соглашения с Италией и Россией.",
			[]string{"held in_person abdul-hamid-dbeibah,recep-tayyip-erdogan place=ankara"}},
		{"ur", "2021-03-10", "اردوان نے اتوار کو انقرہ میں عبدالحمید دبیبہ سے ملاقات کی، جن کی حکومت نے اٹلی اور روس کے ساتھ معاہدے کیے ہیں۔",
			[]string{"held in_person abdul-hamid-dbeibah,recep-tayyip-erdogan place=ankara"}},
		{"it", "2021-03-10", "Di Maio ha ricevuto lunedì alla Farnesina Najla Mangoush, il cui governo ha firmato accordi con la Turchia.",
			[]string{"held in_person luigi-di-maio,najla-mangoush"}},
		{"es", "2021-03-10", "Albares se reunió el lunes en Madrid con Nayla al Mangush, cuya diplomacia negocia con Turquía y Rusia.",
			[]string{"held in_person jose-manuel-albares,najla-mangoush place=madrid"}},
	})
}

// TestPlannedStopIsTheTravellers: a planned or called-off meeting noun
// that names only its partner ("A planned meeting with X was cancelled",
// "Das vorgesehene Treffen mit X wurde abgesagt", "L'entretien prévu avec
// X a été annulé", "X ile planlanan görüşme iptal edildi", "وألغي اللقاء
// المقرر مع X") is the trip's traveller's, or, with no trip told, the
// one who took part in the most meetings told just before: not the host
// who spoke in the sentence before nor the person the article names
// most.
func TestPlannedStopIsTheTravellers(t *testing.T) {
	x := shipped(t)
	wantTourEvents(t, x, []tourCase{
		{"en", "2021-03-10", "Le Drian arrived in Tunis on Monday and was received by President Kais Saied. Saied told him that Tunisia wanted a seat at the table. A planned meeting with Khalid al-Mishri in Tunis was cancelled at short notice.",
			[]string{"held in_person jean-yves-le-drian,kais-saied", "cancelled in_person jean-yves-le-drian,khalid-al-mishri place=tunis"}},
		{"en", "2021-03-10", "Di Maio met Abdul Hamid Dbeibah on Monday morning. In the afternoon he held talks with Najla Mangoush. Dbeibah later said the talks had been useful. The scheduled talks with Khalifa Haftar were called off.",
			[]string{"held in_person luigi-di-maio,abdul-hamid-dbeibah", "held in_person luigi-di-maio,najla-mangoush", "cancelled in_person luigi-di-maio,khalifa-haftar"}},
		{"de", "2021-03-10", "Le Drian reiste am Montag nach Tunis und wurde von Präsident Kais Saied empfangen. Saied sagte, Tunesien wolle am Verhandlungstisch sitzen. Ein geplantes Treffen mit Chalid al-Mischri in Tunis wurde kurzfristig abgesagt.",
			[]string{"held in_person jean-yves-le-drian,kais-saied", "cancelled in_person jean-yves-le-drian,khalid-al-mishri place=tunis"}},
		{"de", "2021-03-10", "Di Maio traf am Montagmorgen Abdul Hamid Dbeibah. Am Nachmittag sprach er mit Nadschla al-Mangusch. Dbeibah nannte die Gespräche danach nützlich. Das vorgesehene Treffen mit Chalifa Haftar wurde abgesagt.",
			[]string{"held in_person luigi-di-maio,abdul-hamid-dbeibah", "held in_person luigi-di-maio,najla-mangoush", "cancelled in_person luigi-di-maio,khalifa-haftar"}},
		{"fr", "2021-03-10", "Le Drian est arrivé lundi à Tunis, où il a été reçu par le président Kaïs Saïed. Saïed lui a dit que la Tunisie voulait une place à la table. Un entretien prévu à Tunis avec Khaled al-Mechri a été annulé au dernier moment.",
			[]string{"held in_person jean-yves-le-drian,kais-saied", "cancelled in_person jean-yves-le-drian,khalid-al-mishri place=tunis"}},
		{"fr", "2021-03-10", "Di Maio a rencontré lundi matin Abdel Hamid Dbeibah. L'après-midi, il s'est entretenu avec Najla al-Mangoush. Dbeibah a ensuite jugé ces discussions utiles. L'entretien prévu avec Khalifa Haftar a été annulé.",
			[]string{"held in_person luigi-di-maio,abdul-hamid-dbeibah", "held in_person luigi-di-maio,najla-mangoush", "cancelled in_person luigi-di-maio,khalifa-haftar"}},
		{"it", "2021-03-10", "Le Drian ha incontrato lunedì mattina Abdul Hamid Dbeibah. Nel pomeriggio ha avuto un colloquio con Najla Mangoush. Dbeibah ha poi definito utili i colloqui. L'incontro previsto con Khalifa Haftar è stato annullato.",
			[]string{"held in_person jean-yves-le-drian,abdul-hamid-dbeibah", "held in_person jean-yves-le-drian,najla-mangoush", "cancelled in_person jean-yves-le-drian,khalifa-haftar"}},
		{"es", "2021-03-10", "Di Maio se reunió el lunes por la mañana con Abdul Hamid Dbeibah. Por la tarde se entrevistó con Nayla al Mangush. Dbeibah calificó después de útiles las conversaciones. La reunión prevista con Jalifa Haftar fue cancelada.",
			[]string{"held in_person luigi-di-maio,abdul-hamid-dbeibah", "held in_person luigi-di-maio,najla-mangoush", "cancelled in_person luigi-di-maio,khalifa-haftar"}},
		{"ru", "2021-03-10", "Ле Дриан в понедельник прибыл в Тунис, где его принял президент Каис Саид. Саид заявил, что Тунис хочет участвовать в переговорах. Запланированная в Тунисе встреча с Халедом аль-Мишри была в последний момент отменена.",
			[]string{"held in_person jean-yves-le-drian,kais-saied", "cancelled in_person jean-yves-le-drian,khalid-al-mishri place=tunis"}},
		{"ru", "2021-03-10", "Ди Майо в понедельник утром встретился с Абдель Хамидом Дбейбой. Днём он провёл переговоры с Наджлой аль-Мангуш. Дбейба затем назвал переговоры полезными. Запланированная встреча с Халифой Хафтаром была отменена.",
			[]string{"held in_person luigi-di-maio,abdul-hamid-dbeibah", "held in_person luigi-di-maio,najla-mangoush", "cancelled in_person luigi-di-maio,khalifa-haftar"}},
		{"tr", "2021-03-10", "Le Drian pazartesi günü Tunus'a geldi ve Cumhurbaşkanı Kays Said tarafından kabul edildi. Said, Tunus'un masada yer almak istediğini söyledi. Halid el-Mişri ile Tunus'ta planlanan görüşme ise son anda iptal edildi.",
			[]string{"held in_person jean-yves-le-drian,kais-saied", "cancelled in_person jean-yves-le-drian,khalid-al-mishri place=tunis"}},
		{"tr", "2021-03-10", "Di Maio pazartesi sabahı Abdulhamid Dibeybe ile görüştü. Öğleden sonra Necla el-Menguş ile bir araya geldi. Dibeybe görüşmeleri yararlı olarak nitelendirdi. Hafter ile planlanan görüşme iptal edildi.",
			[]string{"held in_person luigi-di-maio,abdul-hamid-dbeibah", "held in_person luigi-di-maio,najla-mangoush", "cancelled in_person luigi-di-maio,khalifa-haftar"}},
		{"ar", "2021-03-10", "وصل لودريان يوم الاثنين إلى تونس حيث استقبله الرئيس قيس سعيد. وقال سعيد إن تونس تريد مقعدا على طاولة المفاوضات. وألغي في اللحظة الأخيرة اللقاء المقرر في تونس مع خالد المشري.",
			[]string{"held in_person jean-yves-le-drian,kais-saied", "cancelled in_person jean-yves-le-drian,khalid-al-mishri place=tunis"}},
		{"ar", "2021-03-10", "التقى دي مايو صباح الاثنين عبد الحميد الدبيبة. وبعد الظهر أجرى محادثات مع نجلاء المنقوش. ووصف الدبيبة المحادثات بأنها مفيدة. وألغي اللقاء المقرر مع خليفة حفتر.",
			[]string{"held in_person luigi-di-maio,abdul-hamid-dbeibah", "held in_person luigi-di-maio,najla-mangoush", "cancelled in_person luigi-di-maio,khalifa-haftar"}},
		{"ur", "2021-03-10", "لودریاں پیر کو تیونس پہنچے جہاں صدر قیس سعید نے ان کا استقبال کیا۔ سعید نے کہا کہ تیونس مذاکرات میں شامل ہونا چاہتا ہے۔ تیونس میں خالد المشری سے طے شدہ ملاقات آخری لمحے منسوخ کر دی گئی۔",
			[]string{"held in_person jean-yves-le-drian,kais-saied", "cancelled in_person jean-yves-le-drian,khalid-al-mishri place=tunis"}},
	})
}

// TestPlannedMeetingNotHeldIsCancelled: a planned meeting told not to
// have taken place ("The planned talks with X did not take place", "Das
// geplante Treffen mit X fand nicht statt", "La rencontre prévue avec X
// n'a pas eu lieu", "Запланированная встреча с X не состоялась", "X ile
// planlanan görüşme ise gerçekleşmedi", "ولم يعقد اللقاء المقرر مع X")
// was called off: a cancelled meeting (of the traveller when it names
// only the partner), no denial. With no plan the same words deny the
// meeting: none.
func TestPlannedMeetingNotHeldIsCancelled(t *testing.T) {
	x := shipped(t)
	wantTourEvents(t, x, []tourCase{
		{"en", "2021-03-10", "Maas travelled to Algiers on Monday and met Abdelmadjid Tebboune. The planned talks with Sabri Boukadoum did not take place.",
			[]string{"held in_person heiko-maas,abdelmadjid-tebboune place=algiers", "cancelled in_person heiko-maas,sabri-boukadoum"}},
		{"es", "2021-03-10", "Maas viajó el lunes a Argel, donde se reunió con el presidente Abdelmadjid Tebboune. La reunión prevista con Sabri Boukadoum no se celebró.",
			[]string{"held in_person heiko-maas,abdelmadjid-tebboune place=algiers", "cancelled in_person heiko-maas,sabri-boukadoum"}},
		{"fr", "2021-03-10", "Maas s'est rendu lundi à Alger, où il a rencontré le président Abdelmadjid Tebboune. La rencontre prévue avec Sabri Boukadoum n'a pas eu lieu.",
			[]string{"held in_person heiko-maas,abdelmadjid-tebboune place=algiers", "cancelled in_person heiko-maas,sabri-boukadoum"}},
		{"it", "2021-03-10", "Maas si è recato lunedì ad Algeri, dove ha incontrato il presidente Abdelmadjid Tebboune. L'incontro previsto con Sabri Boukadoum non ha avuto luogo.",
			[]string{"held in_person heiko-maas,abdelmadjid-tebboune place=algiers", "cancelled in_person heiko-maas,sabri-boukadoum"}},
		{"de", "2021-03-10", "Maas reiste am Montag nach Algier und traf Präsident Abdelmadjid Tebboune. Das geplante Treffen mit Sabri Boukadoum fand nicht statt.",
			[]string{"held in_person heiko-maas,abdelmadjid-tebboune place=algiers", "cancelled in_person heiko-maas,sabri-boukadoum"}},
		{"ru", "2021-03-10", "Маас в понедельник прибыл в Алжир, где встретился с президентом Абдельмаджидом Теббуном. Запланированная встреча с Сабри Букадумом не состоялась.",
			[]string{"held in_person heiko-maas,abdelmadjid-tebboune place=algiers", "cancelled in_person heiko-maas,sabri-boukadoum"}},
		{"tr", "2021-03-10", "Maas pazartesi günü Cezayir'e gitti ve Cumhurbaşkanı Abdulmecid Tebbun ile görüştü. Sabri Bukadum ile planlanan görüşme ise gerçekleşmedi.",
			[]string{"held in_person heiko-maas,abdelmadjid-tebboune place=algiers", "cancelled in_person heiko-maas,sabri-boukadoum"}},
		{"ar", "2021-03-10", "توجه ماس يوم الاثنين إلى الجزائر حيث التقى الرئيس عبد المجيد تبون. ولم يعقد اللقاء المقرر مع صبري بوقدوم.",
			[]string{"held in_person heiko-maas,abdelmadjid-tebboune place=algiers", "cancelled in_person heiko-maas,sabri-boukadoum"}},
		{"ru", "2021-03-10", "Запланированная встреча Мааса с Сабри Букадумом не состоялась.",
			[]string{"cancelled in_person heiko-maas,sabri-boukadoum"}},
		{"tr", "2021-03-10", "Maas ile Sabri Bukadum arasında planlanan görüşme gerçekleşmedi.",
			[]string{"cancelled in_person heiko-maas,sabri-boukadoum"}},
		{"de", "2021-03-10", "Ein ursprünglich geplantes Treffen zwischen Maas und Sabri Boukadoum kam nicht zustande.",
			[]string{"cancelled in_person heiko-maas,sabri-boukadoum"}},
		{"en", "2021-03-10", "The scheduled meeting between Le Drian and Khalifa Haftar did not take place.",
			[]string{"cancelled in_person jean-yves-le-drian,khalifa-haftar"}},
		{"fr", "2021-03-10", "La rencontre prévue entre Le Drian et Khalifa Haftar n'a finalement pas eu lieu.",
			[]string{"cancelled in_person jean-yves-le-drian,khalifa-haftar"}},
	})
	wantNoMeeting(t, x, []struct{ lang, text string }{
		{"en", "A meeting between Le Drian and Khalifa Haftar did not take place."},
		{"fr", "Une rencontre entre Le Drian et Khalifa Haftar n'a pas eu lieu."},
		{"ru", "Встреча Мааса с Сабри Букадумом так и не состоялась."},
		{"de", "Ein Treffen zwischen Maas und Sabri Boukadoum fand nicht statt."},
	})
}

// TestPrepositionalRelativeIsAnEventOfItsOwn: a prepositional relative
// pronoun after a comma and a person ("…, with whom he met in Ankara last
// month", "mit dem er sich am Sonntag in Berlin erneut treffen will",
// "avec qui il s'était entretenu à Ankara", "con cui si era incontrato",
// "con quien se reunirá en Madrid", "с которым он снова встретится в
// Москве") opens the main subject's own meeting with that person, with
// its own tense, day and place; the main event keeps its own. A clause
// that tells what they discussed ("con quien abordó …", "mit dem er über
// Libyen sprach") adds no second meeting.
func TestPrepositionalRelativeIsAnEventOfItsOwn(t *testing.T) {
	x := shipped(t)
	wantTourEvents(t, x, []tourCase{
		{"en", "2021-03-10", "Cavusoglu spoke by phone on Monday with Najla Mangoush, with whom he met in Ankara last month.",
			[]string{"held call mevlut-cavusoglu,najla-mangoush", "held in_person mevlut-cavusoglu,najla-mangoush place=ankara"}},
		{"es", "2021-03-10", "Cavusoglu habló el lunes por teléfono con Nayla al Mangush, con quien se había reunido en Ankara el mes pasado.",
			[]string{"held call mevlut-cavusoglu,najla-mangoush", "held in_person mevlut-cavusoglu,najla-mangoush place=ankara"}},
		{"fr", "2021-03-10", "Cavusoglu s'est entretenu lundi au téléphone avec Najla al-Mangoush, avec qui il s'était entretenu à Ankara le mois dernier.",
			[]string{"held call mevlut-cavusoglu,najla-mangoush", "held in_person mevlut-cavusoglu,najla-mangoush place=ankara"}},
		{"it", "2021-03-10", "Cavusoglu ha avuto lunedì un colloquio telefonico con Najla Mangoush, con cui si era incontrato ad Ankara il mese scorso.",
			[]string{"held call mevlut-cavusoglu,najla-mangoush", "held in_person mevlut-cavusoglu,najla-mangoush place=ankara"}},
		{"de", "2020-01-16", "Von Tunis aus telefonierte Maas mit dem UN-Sondergesandten Ghassan Salamé, mit dem er am 17. Januar in Berlin zusammenkommen will.",
			[]string{"held call heiko-maas,ghassan-salame", "planned in_person heiko-maas,ghassan-salame date=2020-01-17 place=berlin"}},
		{"de", "2021-03-10", "Maas traf am Montag in Kairo den ägyptischen Außenminister Sameh Schukri, mit dem er sich am Sonntag in Berlin erneut treffen will.",
			[]string{"held in_person heiko-maas,sameh-shoukry place=cairo", "planned in_person heiko-maas,sameh-shoukry place=berlin"}},
		{"de", "2021-03-10", "Cavusoglu telefonierte am Montag mit Abdul Hamid Dbeibah, mit dem er sich vergangene Woche in Ankara getroffen hatte.",
			[]string{"held call mevlut-cavusoglu,abdul-hamid-dbeibah", "held in_person mevlut-cavusoglu,abdul-hamid-dbeibah place=ankara"}},
		{"ru", "2021-03-10", "Лавров в понедельник встретился в Каире с Самехом Шукри, с которым он снова встретится в воскресенье в Москве.",
			[]string{"held in_person sergey-lavrov,sameh-shoukry place=cairo", "planned in_person sergey-lavrov,sameh-shoukry place=moscow"}},
		{"ru", "2021-03-10", "Чавушоглу в понедельник провёл телефонный разговор с Наджлой аль-Мангуш, с которой он встречался в Анкаре в прошлом месяце.",
			[]string{"held call mevlut-cavusoglu,najla-mangoush", "held in_person mevlut-cavusoglu,najla-mangoush place=ankara"}},
		{"de", "2021-03-10", "Maas traf am Montag in Kairo Sameh Schukri, mit dem er über die Lage in Libyen sprach.",
			[]string{"held in_person heiko-maas,sameh-shoukry place=cairo"}},
		{"es", "2021-03-10", "González Laya se reunió el lunes en Trípoli con Nayla al Mangush, con quien abordó la reapertura de la embajada.",
			[]string{"held in_person arancha-gonzalez-laya,najla-mangoush place=tripoli"}},
		{"fr", "2021-03-10", "Le Drian a reçu lundi à Paris Najla al-Mangoush, avec qui il s'est entretenu de la situation en Libye.",
			[]string{"held in_person jean-yves-le-drian,najla-mangoush place=paris"}},
		{"it", "2021-03-10", "Di Maio ha incontrato lunedì a Roma Najla Mangoush, con cui ha discusso di migranti.",
			[]string{"held in_person luigi-di-maio,najla-mangoush place=rome"}},
		{"en", "2021-03-10", "Lavrov met Aguila Saleh in Moscow on Monday, with whom he discussed the ceasefire.",
			[]string{"held in_person sergey-lavrov,aguila-saleh-issa place=moscow"}},
		{"ru", "2021-03-10", "Лавров в понедельник принял в Москве Агилу Салеха, с которым обсудил перемирие.",
			[]string{"held in_person sergey-lavrov,aguila-saleh-issa place=moscow"}},
		{"es", "2021-03-10", "Albares habló el lunes por teléfono con Nayla al Mangush, con quien se reunirá en Madrid la próxima semana.",
			[]string{"held call jose-manuel-albares,najla-mangoush", "planned in_person jose-manuel-albares,najla-mangoush place=madrid"}},
		{"it", "2021-03-10", "Di Maio ha telefonato lunedì a Najla Mangoush, con la quale si vedrà a Roma la prossima settimana.",
			[]string{"held call luigi-di-maio,najla-mangoush", "planned in_person luigi-di-maio,najla-mangoush place=rome"}},
	})
}

// TestExpectedMeetingIsPlanned: "an expected meeting", "the expected
// talks", "ожидаемая встреча", "ожидаемые переговоры" name a meeting
// still to come, as "is expected to meet" does: planned, not held.
func TestExpectedMeetingIsPlanned(t *testing.T) {
	x := shipped(t)
	wantTourEvents(t, x, []tourCase{
		{"en", "2021-03-10", "Di Maio arrived in Tripoli on Tuesday and was received by Abdul Hamid Dbeibah. An expected meeting with Khalid al-Mishri on Wednesday is meant to cover the elections.",
			[]string{"held in_person abdul-hamid-dbeibah,luigi-di-maio place=tripoli", "planned in_person khalid-al-mishri,luigi-di-maio"}},
		{"ru", "2021-03-10", "Ди Майо во вторник прибыл в Триполи, где его принял Абдель Хамид Дбейба. Ожидаемая в среду встреча с Халедом аль-Мишри будет посвящена выборам.",
			[]string{"held in_person abdul-hamid-dbeibah,luigi-di-maio place=tripoli", "planned in_person khalid-al-mishri,luigi-di-maio"}},
		{"ru", "2021-03-10", "Ожидаемые переговоры Лаврова с Халедом аль-Мишри будут посвящены выборам.",
			[]string{"planned in_person khalid-al-mishri,sergey-lavrov"}},
		{"en", "2021-03-10", "The expected meeting between Lavrov and Cavusoglu in Istanbul is meant to settle the ceasefire.",
			[]string{"planned in_person mevlut-cavusoglu,sergey-lavrov place=istanbul"}},
	})
}
