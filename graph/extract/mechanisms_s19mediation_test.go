package extract

import "testing"

// TestIndirectTalksJoinNoSides: indirect talks between two sides ("indirect
// talks", "pourparlers indirects", "непрямые переговоры", "بالواسطہ
// مذاکرات", "through intermediaries") never join them, nor the country of
// the capital they were held in; a mediator named in the clause meets
// each side on its own; a meeting told after "the indirect talks" in its
// clause is its own.
func TestIndirectTalksJoinNoSides(t *testing.T) {
	x := shipped(t)
	none := []struct{ lang, text string }{
		{"ur", "فائز السراج اور خلیفہ حفتر کے درمیان پیر کو روسی دارالحکومت میں بالواسطہ مذاکرات ہوئے۔"},
		{"en", "Indirect talks between Fayez al-Sarraj and Khalifa Haftar took place in the Russian capital on Monday."},
		{"fr", "Des pourparlers indirects entre Fayez al-Sarraj et Khalifa Haftar se sont tenus lundi dans la capitale russe."},
		{"ru", "В понедельник в российской столице прошли непрямые переговоры между Фаизом Сараджем и Халифой Хафтаром."},
		{"ar", "وجرت الاثنين في العاصمة الروسية محادثات غير مباشرة بين فايز السراج وخليفة حفتر."},
		{"tr", "Fayez es-Serrac ile Halife Hafter arasında pazartesi günü Rusya'nın başkentinde dolaylı görüşmeler yapıldı."},
		{"it", "Lunedì nella capitale russa si sono svolti colloqui indiretti tra Fayez al-Sarraj e Khalifa Haftar."},
		{"es", "El lunes se celebraron en la capital rusa conversaciones indirectas entre Fayez al Serraj y Jalifa Hafter."},
		{"en", "Fayez al-Sarraj and Khalifa Haftar held indirect talks in Moscow through Russian and Turkish intermediaries."},
		{"it", "Fayez al-Sarraj e Khalifa Haftar hanno negoziato tramite intermediari a Mosca."},
	}
	for _, c := range none {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
	lav, sar, haf := "sergey-lavrov", "fayez-al-sarraj", "khalifa-haftar"
	eachSide := [][]string{{lav, sar}, {lav, haf}}
	wantAllParts(t, x, "en", "On Monday Sergey Lavrov mediated indirect talks between Fayez al-Sarraj and Khalifa Haftar in Moscow.", eachSide)
	wantAllParts(t, x, "fr", "Lundi, Sergueï Lavrov a conduit à Moscou des pourparlers indirects entre Fayez al-Sarraj et Khalifa Haftar.", eachSide)
	after := [][]string{{lav, haf}}
	wantAllParts(t, x, "ru", "После непрямых переговоров в Москве Сергей Лавров встретился с Халифой Хафтаром.", after)
	wantAllParts(t, x, "es", "Tras las conversaciones indirectas de Moscú, Serguéi Lavrov se reunió con Jalifa Hafter.", after)
}

// TestIndirectTalksSetTheScene: indirect talks told in the lead still
// date and place the mediators' meetings with each side told after them.
func TestIndirectTalksSetTheScene(t *testing.T) {
	x := shipped(t)
	f := factsOn(t, x, "en", "2020-01-14", "Title\n\nIndirect talks between Fayez al-Sarraj and Khalifa Haftar took place in Moscow on Monday.\n\nSergey Lavrov and Mevlüt Çavuşoğlu met first Sarraj and then Haftar separately.")
	lav, cav := "sergey-lavrov", "mevlut-cavusoglu"
	want := [][]string{{lav, cav, "fayez-al-sarraj"}, {lav, cav, "khalifa-haftar"}}
	got := allParts(f)
	if len(got) != 2 || !sameParts(got[0], want[0]) || !sameParts(got[1], want[1]) {
		t.Fatalf("meetings %v, want %v", got, want)
	}
	for _, m := range f.Meetings {
		if m.Place != "moscow" || m.Date.String() != "2020-01-13" {
			t.Errorf("meeting %v: place %q date %q, want moscow 2020-01-13", participants(m), m.Place, m.Date.String())
		}
	}
}

// TestHostingAnEventIsNoMeeting: a state or person that hosts (or is
// ready to host) a dialogue, talks or a conference whose people the
// clause does not name meets no one by it: not the one who said so, nor
// the country the event is of. An event that names its people is a
// meeting of the host with them; a guest received "for talks" is met.
func TestHostingAnEventIsNoMeeting(t *testing.T) {
	x := shipped(t)
	none := []struct{ lang, text string }{
		{"en", "Tunisia offered to host a conference of Libya's neighbours in January."},
		{"fr", "Pour Fayez al-Sarraj, l'Algérie est la mieux placée pour accueillir des pourparlers entre Libyens."},
		{"es", "Fayez al Serraj considera que Argelia es el país idóneo para acoger un diálogo entre libios."},
		{"ru", "Файез Сарадж заявил, что Алжир готов принять у себя межливийский диалог."},
		{"fr", "Selon Fayez al-Sarraj, la Tunisie pourrait accueillir un dialogue politique libyen."},
	}
	for _, c := range none {
		wantAllParts(t, x, c.lang, c.text, nil)
	}
	teb, sar, haf := "abdelmadjid-tebboune", "fayez-al-sarraj", "khalifa-haftar"
	wantAllParts(t, x, "en", "On Monday Abdelmadjid Tebboune hosted a meeting between Fayez al-Sarraj and Khalifa Haftar in Algiers.", [][]string{{teb, sar, haf}})
	wantAllParts(t, x, "fr", "Lundi, Abdelmadjid Tebboune a accueilli à Alger une rencontre entre Fayez al-Sarraj et Khalifa Haftar.", [][]string{{teb, sar, haf}})
	wantAllParts(t, x, "it", "Giuseppe Conte ha ospitato a Palermo una conferenza sulla Libia con Fayez al-Sarraj e Khalifa Haftar.", [][]string{{"giuseppe-conte", sar, haf}})
	wantAllParts(t, x, "fr", "Mardi, Abdelmadjid Tebboune a reçu Fayez al-Sarraj pour un entretien à Alger.", [][]string{{teb, sar}})
}

// TestShuttleTensesAndObjects: mediators who shuttle between the
// delegations, in the present or the pluperfect ("font la navette entre
// les délégations"), in Russian ("курсировали между делегациями") or
// Turkish ("iki heyet arasında mekik diplomasisi yürüttü"), meet each side
// named in the sentence before on its own.
func TestShuttleTensesAndObjects(t *testing.T) {
	x := shipped(t)
	lav, cav := "sergey-lavrov", "mevlut-cavusoglu"
	want := [][]string{{lav, cav, "fayez-al-sarraj"}, {lav, cav, "khalifa-haftar"}}
	cases := []struct{ lang, text string }{
		{"fr", "Fayez al-Sarraj et Khalifa Haftar ont passé la journée à Moscou. Sergueï Lavrov et son homologue turc, Mevlüt Çavuşoğlu, font la navette entre les délégations."},
		{"fr", "Fayez al-Sarraj et Khalifa Haftar étaient à Moscou lundi. Sergueï Lavrov et Mevlüt Çavuşoğlu avaient fait la navette entre les deux camps."},
		{"ru", "Фаиз Сарадж и Халифа Хафтар в понедельник были в Москве. Сергей Лавров и Мевлют Чавушоглу курсировали между делегациями."},
		{"tr", "Fayez es-Serrac ve Halife Hafter pazartesi günü Moskova'daydı. Lavrov ve Çavuşoğlu iki heyet arasında mekik diplomasisi yürüttü."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, want)
	}
}

// TestMediatorRoleMeetsEachSide: people named as the mediators by a role
// phrase ("acted as mediators", "Посредниками выступили", "hanno fatto da
// mediatori", "تولى الوساطة") met each of the two sides named before on
// its own.
func TestMediatorRoleMeetsEachSide(t *testing.T) {
	x := shipped(t)
	lav, cav := "sergey-lavrov", "mevlut-cavusoglu"
	want := [][]string{{lav, cav, "fayez-al-sarraj"}, {lav, cav, "khalifa-haftar"}}
	cases := []struct{ lang, text string }{
		{"ru", "Фаиз Сарадж и Халифа Хафтар провели день в Москве. Посредниками выступили Сергей Лавров и Мевлют Чавушоглу."},
		{"en", "Fayez al-Sarraj and Khalifa Haftar spent the day in Moscow. Sergey Lavrov and Mevlüt Çavuşoğlu acted as mediators."},
		{"it", "Fayez al-Sarraj e Khalifa Haftar hanno trascorso la giornata a Mosca. Sergej Lavrov e Mevlüt Çavuşoğlu hanno fatto da mediatori."},
		{"es", "Fayez al Serraj y Jalifa Hafter pasaron el día en Moscú. Serguéi Lavrov y Mevlüt Çavuşoğlu actuaron como mediadores."},
		{"de", "Fajis al-Sarradsch und Chalifa Haftar verbrachten den Tag in Moskau. Als Vermittler traten Sergej Lawrow und Mevlüt Çavuşoğlu auf."},
		{"ar", "أمضى فايز السراج وخليفة حفتر اليوم في موسكو. وتولى الوساطة سيرغي لافروف ومولود جاويش أوغلو."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, want)
	}
}
