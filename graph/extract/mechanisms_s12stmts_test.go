package extract

import (
	"testing"
)

// TestStateOfficeOwnedByCountrySpeaks: a state's office whose country is
// named before it through a genitive ("Egypt's foreign ministry")
// speaks for that country, also when the owner opens the sentence after
// another one's stop.
func TestStateOfficeOwnedByCountrySpeaks(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"en", "Najla Mangoush flew to Athens on Monday for talks with Nikos Dendias. Egypt's foreign ministry said the maritime deal was void.", "maritime deal was void", "egypt"},
		{"en", "Dbeibah held talks in Algiers on Sunday. Tunisia's foreign ministry said in a statement that the border would reopen soon.", "border would reopen", "tunisia"},
	})
}

// TestVerbsOfAdvocatingAndAssuring: verbs that report a stance rather
// than a saying ("warb für", "plädierte", "sicherte … zu", "äußerte",
// "würdigte", "hatte … angekündigt") report speech; in German a negation
// right after the verb ("äußerte sich nicht") says nothing was said.
func TestVerbsOfAdvocatingAndAssuring(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"de", "Heiko Maas reiste am Mittwoch nach Tripolis. Er warb für einen raschen Abzug aller ausländischen Kämpfer.", "raschen Abzug", "heiko-maas"},
		{"de", "Heiko Maas plädierte in Kairo für eine gemeinsame Überwachung des Waffenembargos.", "gemeinsame Überwachung", "heiko-maas"},
		{"de", "Der ägyptische Präsident Abdel Fattah al-Sisi sicherte Aguila Saleh volle Unterstützung für den Dialog zu.", "volle Unterstützung", "abdel-fattah-el-sisi"},
		{"de", "Josep Borrell hatte am Montag angekündigt, die EU werde ihre Mission verlängern.", "Mission verlängern", "josep-borrell"},
		{"de", "Stephanie Williams würdigte die Delegierten als „mutige Patrioten“.", "Patrioten", "stephanie-williams"},
		{"fr", "Jean-Yves Le Drian a plaidé pour un retrait rapide des mercenaires.", "retrait rapide", "jean-yves-le-drian"},
		{"es", "Josep Borrell abogó por un alto el fuego duradero en Libia.", "alto el fuego duradero", "josep-borrell"},
	})
	for _, text := range []string{
		"Title\n\nKhalifa Haftar äußerte sich nicht öffentlich zu dem Treffen.",
		"Title\n\nFayez al-Sarraj sagte nicht, wann er nach Berlin reisen werde.",
	} {
		if f := factsOf(t, x, "de", text); len(f.Statements) != 0 {
			t.Errorf("%q: statements %v, want none", text, speakers(f))
		}
	}
}

// TestNestedSpeechIsTheReporters: what a speaker reports another said
// ("X said the minister welcomed …", "قال المتحدث … أحمد حافظ، في
// بيان، إن الوزير شكري جدد …") is the reporter's statement, not one of
// the one reported: English drops "that", Arabic names the reporter and
// his title between the verb and "إن", and a quotation inside the
// reported clause is the reporter's too, even when the inner subject
// names no one.
func TestNestedSpeechIsTheReporters(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "Kremlin spokesman Dmitry Peskov said the president welcomed the truce in Libya.", "dmitry-peskov"},
		{"en", "Stéphane Dujarric told reporters Guterres welcomed the agreement as \"a real turning point for Libya.\"", "stephane-dujarric"},
		{"en", "The Egyptian presidency said on Sunday that both leaders had rejected \"any military solution\" in Libya.", "egypt"},
		{"ar", "وقال المتحدث باسم الكرملين دميتري بيسكوف، في تصريح للصحفيين، إن الرئيس بوتين رحب بوقف إطلاق النار في ليبيا.", "dmitry-peskov"},
		{"fr", "Le porte-parole du Kremlin, Dmitri Peskov, a indiqué que Vladimir Poutine a salué la trêve en Libye.", "dmitry-peskov"},
		{"ru", "Пресс-секретарь президента Дмитрий Песков заявил, что Владимир Путин приветствовал перемирие в Ливии.", "dmitry-peskov"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if got := speakers(f); len(got) != 1 || got[0] != c.want {
			t.Errorf("%s %q: speakers %v, want only %s", c.lang, c.text, got, c.want)
		}
	}
}

// TestDescriptionAfterWhatWasSaid: a verb after what was said, set off
// by a comma, whose subject is a description the lexicon does not name
// ("…, versicherte der Sozialdemokrat", "…, the Social Democrat said",
// "…, a assuré le social-démocrate", "…, заверил социал-демократ"), is
// the last speaker's or the previous subject's: a country named inside
// what was said is not the speaker. A person opening the sentence before
// an aside keeps speaking.
func TestDescriptionAfterWhatWasSaid(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"de", "Heiko Maas traf am Montag Nadschla al-Mangusch in Tripolis. Deutschland werde die Regierung beim Wiederaufbau unterstützen, versicherte der Sozialdemokrat.", "beim Wiederaufbau", "heiko-maas"},
		{"en", "Heiko Maas met Najla Mangoush in Tripoli on Monday. Germany would help rebuild the power grid, the Social Democrat said.", "power grid", "heiko-maas"},
		{"fr", "Heiko Maas a rencontré Najla Mangoush lundi à Tripoli. L'Allemagne financera le déminage des quartiers du sud, a assuré le social-démocrate.", "déminage", "heiko-maas"},
		{"ru", "Хайко Маас в понедельник встретился с Наджлой Мангуш в Триполи. Германия поможет восстановить энергосистему, заверил социал-демократ.", "энергосистему", "heiko-maas"},
		{"it", "Luigi Di Maio ha incontrato Haftar a Bengasi. Heiko Maas, che martedì era stato a Tripoli, ha parlato di «un segnale di speranza» per la Libia.", "segnale di speranza", "heiko-maas"},
	})
}

// TestItalianAcronymsInTitleCase: Italian papers write acronyms as words
// ("l'Lna", "il Gna", like "Onu"): the organisation speaks.
func TestItalianAcronymsInTitleCase(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"it", "Giuseppe Conte ha incontrato Khalifa Haftar a Bengasi. In un comunicato, l'Lna ha sostenuto che i colloqui hanno riguardato la sicurezza dei confini.", "sicurezza dei confini", "libyan-national-army"},
		{"it", "Luigi Di Maio è arrivato a Tripoli. Il Gna ha fatto sapere che la visita rafforza la cooperazione sui migranti.", "cooperazione sui migranti", "government-of-national-accord"},
	})
}

// TestOfficeSpeaksForTheCountryOfItsSeat: a state's office named with
// the city where it sits ("das Außenministerium in Kairo", "the ministry
// in Tunis", "le ministère à Alger") speaks for that city's country; an
// embassy in a city is another country's, so the city tells no one.
func TestOfficeSpeaksForTheCountryOfItsSeat(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"de", "Aguila Saleh reiste am Sonntag nach Kairo. Beide Seiten wollten die Waffenruhe festigen, teilte das Außenministerium in Kairo anschließend mit.", "Waffenruhe festigen", "egypt"},
		{"en", "Najla Mangoush held talks with Othman Jerandi on Monday. The two discussed the reopening of the border crossing at Ras Jedir, the ministry in Tunis said.", "border crossing", "tunisia"},
		{"fr", "Aguila Saleh a été reçu dimanche par Abdelmadjid Tebboune. Le ministère à Alger a indiqué que les deux hommes avaient évoqué la sécurité des frontières.", "sécurité des frontières", "algeria"},
		{"en", "Richard Norland met Khalifa Haftar on Sunday. The embassy in Tripoli said the talks had focused on the oil blockade.", "oil blockade", ""},
	})
}

// TestPronounSpeakerHasItsGender: a subject pronoun of reported speech
// ("She told reporters …", "Она заявила, что …") or of an "according
// to" phrase ("По её словам") is the last person of its gender, not the
// previous sentence's subject when that is a man (a woman).
func TestPronounSpeakerHasItsGender(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"en", "Sergey Lavrov received Najla Mangoush in Moscow on Tuesday. She told reporters Libya wanted Russian firms to return.", "Russian firms", "najla-mangoush"},
		{"ru", "Сергей Лавров принял в Москве Наджлу Мангуш. По её словам, Ливия ждёт возвращения российских компаний.", "российских компаний", "najla-mangoush"},
		{"ru", "Наджла Мангуш встретилась в Москве с Сергеем Лавровым. По его словам, Россия поддерживает выборы в Ливии.", "поддерживает выборы", "sergey-lavrov"},
		{"es", "Serguéi Lavrov recibió en Moscú a Najla Mangush. Ella dijo que Libia quiere el regreso de las empresas rusas.", "empresas rusas", "najla-mangoush"},
	})
}

// TestWelcomedOnArrivalIsNoSpeech: "was welcomed by" greets a visitor;
// (session 14) the active "welcomed the agreement" reports no words
// either: the gold annotates no statement for it ("Dbeibah welcomed what
// he called a \"new chapter\""), only for the speech verb beside it
// (TestWelcomedIsNoSpeech).
func TestWelcomedOnArrivalIsNoSpeech(t *testing.T) {
	x := shipped(t)
	f := factsOf(t, x, "en", "Title\n\nKais Saied landed in Tripoli on Wednesday. He was welcomed at the airport by Mohamed al-Menfi and the two men then held talks.")
	if len(f.Statements) != 0 {
		t.Errorf("statements %v, want none", speakers(f))
	}
}

// TestOfficeSpeaksPastAnAside: a state's office set off from its verb by
// a short aside ("El Ministerio … egipcio, por su parte, calificó", "le
// ministère turc, de son côté, a indiqué", "Турецкий МИД, говорится в
// сообщении, …") is still the verb's subject.
func TestOfficeSpeaksPastAnAside(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"es", "Hulusi Akar visitó Trípoli el sábado. El Ministerio de Asuntos Exteriores egipcio, por su parte, calificó la visita de «amenaza directa».", "amenaza directa", "egypt"},
		{"fr", "Hulusi Akar s'est rendu samedi à Tripoli. Le ministère égyptien des Affaires étrangères, de son côté, a estimé que la visite menaçait la trêve.", "menaçait la trêve", "egypt"},
		{"en", "Hulusi Akar visited Tripoli on Saturday. The Egyptian foreign ministry, for its part, said the visit threatened the truce.", "threatened the truce", "egypt"},
		{"it", "Hulusi Akar è stato sabato a Tripoli. Il ministero degli Esteri egiziano, dal canto suo, ha affermato che la visita minaccia la tregua.", "minaccia la tregua", "egypt"},
	})
}

// TestPrimeMinisterIsNoMinister: a prime minister's title ("وزیر اعظم",
// "Ministerpräsident", "премьер") names the head of government, not the
// minister named beside him: "the Libyan prime minister said" is
// Dbeibah's, not his foreign minister's.
func TestPrimeMinisterIsNoMinister(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"ur", "ترک صدر رجب طیب اردوان نے انقرہ میں لیبیا کے وزیر اعظم عبدالحمید دبیبہ اور وزیر خارجہ نجلاء المنقوش سے ملاقات کی۔ لیبیائی وزیر اعظم نے کہا کہ ان کی حکومت بجلی گھروں کی تعمیر چاہتی ہے۔", "بجلی گھروں", "abdul-hamid-dbeibah"},
		{"de", "Erdoğan empfing in Ankara den libyschen Regierungschef Abdul Hamid Dbeibah und Außenministerin Nadschla al-Mangusch. Der libysche Ministerpräsident sagte, Libyen brauche neue Kraftwerke.", "neue Kraftwerke", "abdul-hamid-dbeibah"},
		{"ru", "Эрдоган принял в Анкаре премьер-министра Ливии Абдель Хамида Дбейбу и министра иностранных дел Наджлу Мангуш. Ливийский премьер заявил, что стране нужны новые электростанции.", "электростанции", "abdul-hamid-dbeibah"},
	})
}

// TestFrenchParticipleAfterAnAside: a French compound tense split by an
// aside or an adverb ("a de son côté fait valoir", "a aussi regretté") and the
// imperfect of a speech verb ("déclarait") report speech; "s'annonce"
// (promises to be) does not.
func TestFrenchParticipleAfterAnAside(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"fr", "Fathi Bachagha a de son côté fait valoir que la sécurité de Tripoli relevait du seul ministère de l'Intérieur.", "seul ministère", "fathi-bashagha"},
		{"fr", "Moussa Faki a aussi regretté que l'Union africaine soit tenue à l'écart des négociations.", "tenue à l'écart", "moussa-faki"},
		{"fr", "En 2019, Ghassan Salamé déclarait que la Libye avait besoin d'une trêve durable.", "trêve durable", "ghassan-salame"},
	})
	if f := factsOf(t, x, "fr", "Title\n\nKyriakos Mitsotakis arrive lundi à Ankara. La rencontre s'annonce difficile."); len(f.Statements) != 0 {
		t.Errorf("statements %v, want none", speakers(f))
	}
}

// TestOfficeOfAFrontedCity: a city fronted before an office's clause and
// set off by a comma ("Au Caire, le ministère …", "In Cairo, the foreign
// ministry said") tells whose office it is.
func TestOfficeOfAFrontedCity(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"fr", "Najla Mangoush a rencontré Mevlüt Çavuşoğlu à Ankara. À Athènes, le ministère des Affaires étrangères a jugé que le mémorandum était nul.", "mémorandum était nul", "greece"},
		{"en", "Najla Mangoush met Mevlüt Çavuşoğlu in Ankara. In Athens, the foreign ministry said the memorandum was void.", "memorandum was void", "greece"},
	})
}

// TestRussianImperfectSpeech: the imperfect of a speech verb ("называл",
// "давал понять") and "выступил за" (spoke in favour of) report what was
// said, as their perfectives do.
func TestRussianImperfectSpeech(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"ru", "Агила Салех прилетел в Каир. Ранее Салех не раз называл правительство в Триполи «незаконным».", "незаконным", "aguila-saleh-issa"},
		{"ru", "Реджеп Тайип Эрдоган давал понять, что турецкие военные останутся в Ливии.", "турецкие военные", "recep-tayyip-erdogan"},
		{"ru", "Сергей Лавров выступил за скорейшее проведение выборов в Ливии.", "проведение выборов", "sergey-lavrov"},
	})
}

// TestPastTensesOfSpeech: the Italian passato remoto and trapassato
// ("disse", "parlò di", "fece sapere", "aveva detto") and the Spanish
// pluperfect and imperfect ("había advertido", "aseguraba") of a speech
// verb report speech, as analyses tell earlier events.
func TestPastTensesOfSpeech(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"it", "Nel 2019 Giuseppe Conte disse che l'Italia non avrebbe mai scelto una parte in Libia.", "scelto una parte", "giuseppe-conte"},
		{"it", "Fayez al-Sarraj parlò di «un tradimento» dopo l'offensiva su Tripoli.", "tradimento", "fayez-al-sarraj"},
		{"it", "Luigi Di Maio aveva detto che il consolato di Bengasi sarebbe stato riaperto.", "consolato di Bengasi", "luigi-di-maio"},
		{"es", "Josep Borrell había advertido que Europa no podía quedarse al margen en Libia.", "quedarse al margen", "josep-borrell"},
		{"es", "Durante meses, Jalifa Haftar aseguraba que Trípoli caería en pocas semanas.", "caería en pocas semanas", "khalifa-haftar"},
	})
}

// TestFrenchPastTensesOfSpeech: the passé simple and the pluperfect of a
// French speech verb ("déclara", "avait déclaré") report speech.
func TestFrenchPastTensesOfSpeech(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"fr", "En 2011, Nicolas Sarkozy déclara que la France ne laisserait pas tomber Benghazi.", "laisserait pas tomber", "nicolas-sarkozy"},
		{"fr", "Emmanuel Macron avait déclaré que la France soutenait le processus de Berlin.", "processus de Berlin", "emmanuel-macron"},
	})
}
