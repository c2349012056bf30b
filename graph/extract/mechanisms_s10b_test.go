package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestTitleOnlyMerges: the title line only restates what the body tells;
// a headline clause the body never tells again ("X phones Y; Z receives
// W") makes no event of its own, and its participants are not mixed
// into one garbled event.
func TestTitleOnlyMerges(t *testing.T) {
	x := shipped(t)
	want := []string{"hulusi-akar", "fathi-bashagha"}
	cases := []struct{ lang, text string }{
		{"en", "Maas phones Sarraj; Akar receives Bashagha in Ankara\n\nTurkish Defence Minister Hulusi Akar received Libya's interior minister Fathi Bashagha in Ankara on Tuesday to discuss military training."},
		{"de", "Maas telefoniert mit Sarradsch, Akar empfängt Baschagha\n\nDer türkische Verteidigungsminister Hulusi Akar hat am Dienstag in Ankara den libyschen Innenminister Fathi Baschagha empfangen."},
		{"fr", "Maas appelle Sarraj ; Akar reçoit Bachagha à Ankara\n\nLe ministre turc de la Défense Hulusi Akar a reçu mardi à Ankara le ministre libyen de l'Intérieur Fathi Bachagha."},
		{"tr", "Maas Serrac ile telefonda görüştü; Akar Başağa'yı kabul etti\n\nMilli Savunma Bakanı Hulusi Akar, Libya İçişleri Bakanı Fethi Başağa'yı salı günü Ankara'da kabul etti."},
		{"ar", "ماس يتصل بالسراج ثم أكار يستقبل باشاغا\n\nاستقبل وزير الدفاع التركي خلوصي أكار يوم الثلاثاء في أنقرة وزير الداخلية الليبي فتحي باشاغا."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if !onlyMeetingOf(f, want) {
			t.Errorf("%s: meetings %v, want only %v", c.lang, allParts(f), want)
		}
	}
}

// TestHypotheticalAlleged: a meeting told in the conditional ("it would
// be his first visit", "es wäre sein erster Besuch", "sería su primera
// visita") or as alleged ("an alleged meeting", "ein angebliches
// Treffen", "un supuesto encuentro", "iddia edilen görüşme", "اللقاء
// المزعوم") is no event; the meeting the article tells stays alone.
func TestHypotheticalAlleged(t *testing.T) {
	x := shipped(t)
	want := []string{"heiko-maas", "najla-mangoush"}
	cases := []struct{ lang, text string }{
		{"en", "Heiko Maas met Najla Mangoush in Berlin on Monday. Maas is weighing a trip to Tripoli; it would be his first visit to Libya since 2019."},
		{"en", "Heiko Maas met Najla Mangoush in Berlin on Monday. Newspapers in Benghazi wrote about an alleged meeting with Aguila Saleh the same week, which Berlin denied."},
		{"de", "Heiko Maas traf am Montag in Berlin Najla Mangusch. Es wäre sein erster Besuch in Libyen seit dem Krieg, sollte er nach Tripolis reisen."},
		{"de", "Heiko Maas traf am Montag in Berlin Najla Mangusch. Libysche Zeitungen berichteten zudem über ein angebliches Treffen mit Aguila Saleh, das Berlin bestritt."},
		{"es", "Heiko Maas se reunió el lunes en Berlín con Najla Mangoush. Los diarios de Bengasi hablaron de un supuesto encuentro con Aguila Saleh, que Berlín negó."},
		{"it", "Heiko Maas ha incontrato lunedì a Berlino Najla Mangoush. I giornali di Bengasi hanno parlato di un presunto incontro con Aguila Saleh, smentito da Berlino."},
		{"fr", "Heiko Maas a rencontré lundi à Berlin Najla Mangoush. Les journaux de Benghazi ont évoqué une prétendue rencontre avec Aguila Saleh, démentie par Berlin."},
		{"tr", "Heiko Maas pazartesi günü Berlin'de Necla Manguş ile görüştü. Bingazi basını Akile Salih ile iddia edilen görüşmeyi yazdı, Berlin bunu yalanladı."},
		{"ar", "التقى وزير الخارجية الألماني هايكو ماس يوم الاثنين في برلين وزيرة الخارجية الليبية نجلاء المنقوش. ونفت برلين اللقاء المزعوم مع عقيلة صالح."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if !onlyMeetingOf(f, want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), want)
		}
	}
}

// TestPhoneIdiom: "griff zum Hörer und sprach mit X", "picked up the
// phone and spoke to X", "descolgó el teléfono y habló con X": the
// phone idiom makes the talk that follows a call, not a meeting.
func TestPhoneIdiom(t *testing.T) {
	x := shipped(t)
	want := []string{"recep-tayyip-erdogan", "donald-trump"}
	cases := []struct{ lang, text string }{
		{"de", "Am Dienstagabend griff Recep Tayyip Erdoğan zum Hörer und sprach mit US-Präsident Donald Trump über Libyen."},
		{"en", "On Tuesday evening Recep Tayyip Erdoğan picked up the phone and spoke with US President Donald Trump about Libya."},
		{"es", "El martes por la noche Recep Tayyip Erdogan descolgó el teléfono y habló con el presidente estadounidense Donald Trump sobre Libia."},
		{"it", "Martedì sera Recep Tayyip Erdogan ha alzato il telefono e ha parlato con il presidente americano Donald Trump."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Meetings) != 1 || f.Meetings[0].Mode != graph.ModeCall || !sameParts(participants(f.Meetings[0]), want) {
			t.Errorf("%s %q: %+v, want one call of %v", c.lang, c.text, f.Meetings, want)
		}
	}
}

// TestNegatedPartner: "met X but not Y" ("ma non", "mais pas", "pero no
// con", "aber nicht", "но не с", "لكن ليس مع") leaves Y out of the
// meeting; a German negation before the verb's closing particle ("trafen
// … verständlicherweise nicht zusammen") and a Turkish "görüşme yer
// almadı" deny the meeting.
func TestNegatedPartner(t *testing.T) {
	x := shipped(t)
	want := []string{"heiko-maas", "fayez-al-sarraj"}
	cases := []struct{ lang, text string }{
		{"en", "Heiko Maas met Fayez al-Sarraj in Tripoli on Monday, but not Khalifa Haftar."},
		{"fr", "Heiko Maas a rencontré lundi à Tripoli Fayez al-Sarraj, mais pas Khalifa Haftar."},
		{"it", "Heiko Maas ha visto lunedì a Tripoli Fayez al-Sarraj ma non il comandante Khalifa Haftar."},
		{"es", "Heiko Maas se reunió el lunes en Trípoli con Fayez al Sarraj, pero no con Jalifa Haftar."},
		{"ru", "Хайко Маас встретился в понедельник в Триполи с Фаизом Сарраджем, но не с Халифой Хафтаром."},
		{"de", "Heiko Maas traf am Montag in Tripolis Fayez al-Sarradsch. Mit Chalifa Haftar traf Heiko Maas am Dienstag verständlicherweise nicht zusammen."},
		{"tr", "Heiko Maas pazartesi günü Trablus'ta Serrac ile görüştü. Hafter ile bir görüşme yer almadı."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if !onlyMeetingOf(f, want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), want)
		}
	}
}

// TestBareButNotDenies: a "but not" phrase that no name follows ("jedoch
// nicht zusammengetroffen", "ma non si sono incontrati", "pero no se
// reunieron", "но не встретились") denies its verb like any negation.
func TestBareButNotDenies(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"de", "Mohammed al-Menfi und Aguila Saleh waren am Montag in Berlin, sind dort jedoch nicht zusammengetroffen."},
		{"it", "Mohamed al-Menfi e Aguila Saleh erano lunedì a Berlino, ma non si sono incontrati."},
		{"es", "Mohamed al Menfi y Aguila Saleh estuvieron el lunes en Berlín, pero no se reunieron."},
		{"ru", "Мохаммед аль-Менфи и Агила Салех в понедельник были в Берлине, но не встретились."},
	}
	for _, c := range cases {
		if f := factsOf(t, x, c.lang, c.text); len(f.Meetings) != 0 {
			t.Errorf("%s %q: meetings %v, want none", c.lang, c.text, allParts(f))
		}
	}
}
