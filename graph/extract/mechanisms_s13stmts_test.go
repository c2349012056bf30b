package extract

import (
	"strings"
	"testing"
)

// TestPassiveSpeechCitesItsStatement: a passive speech verb ("…
// bildirildi", "… belirtildi", "… کہا گیا") has no subject; its speaker
// is the owner of the statement its clause cites ("Milli Savunma
// Bakanlığından yapılan açıklamada": the ministry, which an unqualified
// ministry makes the protagonist's country and a country name beside it
// that country's; "LUO'nun açıklamasında": the LNA; "وزارت خارجہ کی جانب
// سے جاری بیان میں"), or the genitive subject of a nominalised speech verb
// right before it ("Dibeybe'nin … söylediği öğrenildi"). With neither,
// it is nobody's words, never the last speaker's.
func TestPassiveSpeechCitesItsStatement(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"tr", "Milli Savunma Bakanı Hulusi Akar dün Trablus'ta Abdülhamid Dibeybe ile görüştü. Milli Savunma Bakanlığından yapılan yazılı açıklamada, iki ülke arasındaki eğitim işbirliğinin genişletileceği bildirildi.", "eğitim işbirliğinin", "turkey"},
		{"tr", "Dışişleri Bakanı Mevlüt Çavuşoğlu dün İtalyan mevkidaşı Luigi Di Maio ile telefonda görüştü. Dışişleri Bakanlığının açıklamasında ise Ankara'nın ateşkesi desteklediği vurgulandı.", "ateşkesi desteklediği", "turkey"},
		{"tr", "Mevlüt Çavuşoğlu dün Kahire'ye gitti. Mısır Dışişleri Bakanlığından yapılan açıklamada, görüşmelerin olumlu bir havada geçtiği belirtildi.", "olumlu bir havada", "egypt"},
		{"tr", "Hulusi Akar pazartesi günü Trablus'a gitti. Dibeybe'nin görüşmede Türk şirketlerine kapıların açık olduğunu söylediği öğrenildi.", "şirketlerine kapıların", "abdul-hamid-dbeibah"},
		{"ur", "ترکی کے وزیر دفاع خلوصی آکار نے منگل کو طرابلس میں عبدالحمید دبیبہ سے ملاقات کی۔ ترک وزارت دفاع کی جانب سے جاری بیان میں کہا گیا کہ دونوں ممالک تربیتی تعاون بڑھائیں گے۔", "تربیتی تعاون", "turkey"},
		{"ur", "عقیلہ صالح نے قاہرہ کا دورہ کیا۔ مصری وزارت خارجہ کے بیان میں کہا گیا ہے کہ قاہرہ تمام فریقوں سے رابطے میں ہے۔", "تمام فریقوں سے رابطے", "egypt"},
	})
	for _, c := range []struct{ lang, text string }{
		{"tr", "Title\n\nÇavuşoğlu, \"Libya'da askeri çözüm yoktur\" dedi. Görüşmede iki ülke arasındaki ticaretin de ele alındığı öğrenildi."},
		{"ur", "Title\n\nآکار نے کہا کہ ترکی لیبیا کی حمایت جاری رکھے گا۔ ملاقات میں تجارت پر بھی بات ہوئی اور بتایا گیا کہ اگلا اجلاس جلد ہوگا۔"},
	} {
		for _, s := range factsOf(t, x, c.lang, c.text).Statements {
			if strings.Contains(s.Text, "ele alındığı") || strings.Contains(s.Text, "اگلا اجلاس") {
				t.Errorf("%s %q: statement %s: %q, want none for the passive with no source", c.lang, c.text, s.Speaker, s.Text)
			}
		}
	}
}

// TestInitialismQualifiesOffice: the dot that ends an initialism ("U.S.")
// is no punctuation between the country and the office it qualifies:
// "the U.S. Embassy said" is the United States' statement, as "the US
// Embassy said" is, and a later bare "the embassy" is that office again.
func TestInitialismQualifiesOffice(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"en", "Richard Norland held talks with Aguila Saleh in Cairo on Tuesday. The U.S. Embassy said the two men had agreed to keep the oil terminals open.", "oil terminals open", "united-states"},
		{"en", "Richard Norland held talks with Aguila Saleh in Cairo on Tuesday. Later, the U.S. Embassy said in a statement that the talks had been \"constructive.\"", "constructive", "united-states"},
		{"en", "Khalifa Haftar received Jan Kubis in Benghazi on Monday. The U.S. Embassy welcomed the meeting. Two days later the embassy said it hoped the ceasefire would hold.", "ceasefire would hold", "united-states"},
	})
}

// TestSeatsOfGovernmentSpeak: a seat of government or a capital speaks
// for its state: as the subject after the content ("…, a précisé
// l'Élysée", with the auxiliary that carries the comma), as the
// locative that opens the clause of a verb with no subject of its own
// ("en la Moncloa insisten", "a Palazzo Chigi spiegano", "À l'Élysée, on
// assure", "В Анкаре, в свою очередь, заявили", "В Елисейском дворце
// сообщили"), and as a subject whose verb has an adverb inside it ("Mosca
// ha sempre negato"). An impersonal verb with no such place is no one's
// words, never the last speaker's.
func TestSeatsOfGovernmentSpeak(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"fr", "Jean-Yves Le Drian a reçu Aguila Saleh mardi à Paris. M. Saleh ne sera pas reçu par le président Emmanuel Macron, a précisé l'Élysée.", "ne sera pas reçu", "france"},
		{"fr", "Jean-Yves Le Drian a reçu Aguila Saleh mardi à Paris. À l'Élysée, on assure que le président suivra le dossier de près.", "suivra le dossier", "france"},
		{"es", "Arancha González Laya recibió a Najla Mangoush en Madrid el lunes. Sánchez no viajará a Bengasi, y en la Moncloa insisten en que España solo habla con el Gobierno de Unidad Nacional.", "solo habla con", "spain"},
		{"es", "Arancha González Laya recibió a Najla Mangoush en Madrid el lunes. El Elíseo indicó en un comunicado que Francia enviará un emisario a Trípoli.", "enviará un emisario", "france"},
		{"it", "Luigi Di Maio ha ricevuto Najla Mangoush alla Farnesina. A Palazzo Chigi spiegano che il premier vedrà la ministra a maggio.", "vedrà la ministra", "italy"},
		{"it", "Luigi Di Maio ha ricevuto Najla Mangoush alla Farnesina. Palazzo Chigi ha indicato che i colloqui hanno riguardato i flussi migratori.", "flussi migratori", "italy"},
		{"it", "Luigi Di Maio ha ricevuto Najla Mangoush alla Farnesina. Mosca ha sempre negato la presenza di propri soldati in Cirenaica.", "propri soldati", "russia"},
		{"ru", "Сергей Лавров принял в Москве Наджлу аль-Мангуш. В Анкаре, в свою очередь, заявили, что турецкие советники останутся в Триполи.", "турецкие советники", "turkey"},
		{"ru", "Сергей Лавров принял в Москве Наджлу аль-Мангуш. В Елисейском дворце сообщили, что Макрон позвонит Дбейбе.", "Макрон позвонит", "france"},
	})
	for _, c := range []struct{ lang, text, frag string }{
		{"es", "Title\n\nPedro Sánchez dijo el lunes que España apoya el alto el fuego. Aseguran que la tregua se mantendrá hasta las elecciones.", "la tregua se mantendrá"},
		{"it", "Title\n\nLuigi Di Maio ha detto che l'Italia sostiene la tregua. Spiegano che il cessate il fuoco reggerà fino al voto.", "reggerà fino al voto"},
	} {
		for _, s := range factsOf(t, x, c.lang, c.text).Statements {
			if strings.Contains(s.Text, c.frag) {
				t.Errorf("%s %q: statement %s: %q, want none for the impersonal verb with no place", c.lang, c.text, s.Speaker, s.Text)
			}
		}
	}
}

// TestPluperfectSpeech: background pieces retell what was said in the
// pluperfect ("avait promis", "aveva ribadito", "había subrayado"), in a
// relative clause of the speaker's name too; those are speech verbs as
// the perfect forms are.
func TestPluperfectSpeech(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"fr", "En mars, Najla Mangoush avait été reçue à Paris par Jean-Yves Le Drian, qui lui avait promis une aide pour le déminage de Tripoli.", "aide pour le déminage", "jean-yves-le-drian"},
		{"it", "A gennaio Fayez al-Sarraj era stato ricevuto a Roma da Giuseppe Conte, che aveva ribadito il sostegno dell'Italia al governo di Tripoli.", "sostegno dell'Italia", "giuseppe-conte"},
		{"es", "En junio, Josep Borrell había subrayado que la operación Irini vigilaría todas las rutas hacia Libia.", "todas las rutas", "josep-borrell"},
	})
}

// TestDescribedSpeakerOpensTheClause: a guest, host or counterpart
// description that opens the sentence is who speaks in it when no name
// does: before a colon that opens the quotation ("Più diretto l'ospite:
// «…»", "Son homologue a renchéri : «…»"), and for a pronoun speech verb
// in the next sentence ("Son invité s'est montré prudent. «…», a-t-il
// déclaré", "Der Gast blieb vorsichtig. „…“, sagte er."), before the
// last speaker.
func TestDescribedSpeakerOpensTheClause(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"fr", "Jean-Yves Le Drian a reçu jeudi à Paris Aguila Saleh. « La France soutient le dialogue », a déclaré M. Le Drian. Son invité s'est montré plus réservé. « Nous attendons des actes », a-t-il déclaré.", "Nous attendons des actes", "aguila-saleh-issa"},
		{"fr", "Le Premier ministre Mostafa Madbouly a reçu lundi au Caire Abdul Hamid Dbeibah. « Nos deux pays sont liés », a déclaré M. Madbouly. Son homologue a renchéri : « Nous rouvrirons la frontière avant l'été. »", "rouvrirons la frontière", "abdul-hamid-dbeibah"},
		{"it", "Luigi Di Maio ha ricevuto alla Farnesina Fathi Bashagha. «L'Italia sostiene il dialogo», ha detto Di Maio. Più netto l'ospite: «Senza il ritiro dei mercenari non ci sarà pace», ha dichiarato ai giornalisti.", "ritiro dei mercenari", "fathi-bashagha"},
		{"de", "Heiko Maas empfing am Montag in Berlin Aguila Saleh. „Wir unterstützen den Dialog“, sagte Maas. Der Gast blieb vorsichtig. „Wir warten auf Taten“, sagte er.", "Wir warten auf Taten", "aguila-saleh-issa"},
	})
}

// TestTurkishSubjectBeforeItsStatement: a Turkish subject followed by
// the statement it made and a comma ("Yunan Dışişleri Bakanlığı yaptığı
// yazılı açıklamada, … yineledi", "Rusya Dışişleri Bakanlığı ise yaptığı
// açıklamada, … duyurdu") is the speaker, as a subject set off by its own comma is;
// not a country named in what was said.
func TestTurkishSubjectBeforeItsStatement(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"tr", "Dışişleri Bakanı Mevlüt Çavuşoğlu salı günü Kahire'ye gitti. Mısır Dışişleri Bakanlığı yaptığı yazılı açıklamada, Türkiye ile yürütülen görüşmelerin olumlu geçtiğini bildirdi.", "olumlu geçtiğini", "egypt"},
		{"tr", "Dışişleri Bakanı Mevlüt Çavuşoğlu salı günü Moskova'ya gitti. Rusya Dışişleri Bakanlığı ise yaptığı açıklamada, Libya'ya yeni bir insani yardım paketi gönderileceğini duyurdu.", "insani yardım paketi", "russia"},
	})
}

// TestGermanLetKnow: "ließ wissen", "ließ verlauten" report speech as
// "erklärte" does, and "beklagte" does too.
func TestGermanLetKnow(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"de", "Heiko Maas traf am Dienstag Sergej Lawrow in Moskau. Der Kreml ließ wissen, man halte an der Waffenruhe fest.", "an der Waffenruhe fest", "russia"},
		{"de", "Heiko Maas traf am Dienstag Ghassan Salamé in Genf. Salamé beklagte, die Söldner kämen weiter ins Land.", "Söldner kämen", "ghassan-salame"},
	})
}

// TestSubjectBeforeRelativeClause: a relative clause set off by commas
// between a subject and its speech verb ("La Turquie, qui soutient
// Sarraj, a déclaré …", "Turkey, which backs Sarraj, said …") leaves the
// subject speaking: not the one named inside the clause, nor (in
// English) a name right after the verb.
func TestSubjectBeforeRelativeClause(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"en", "Heiko Maas flew to Tripoli on Tuesday. Egypt, which hosted Khalifa Haftar last month, said the border would stay closed.", "border would stay closed", "egypt"},
		{"en", "Heiko Maas flew to Tripoli on Tuesday. Erdogan, who spoke with Fayez al-Sarraj by phone, said Turkey would keep its advisers there.", "keep its advisers", "recep-tayyip-erdogan"},
		{"fr", "Heiko Maas s'est rendu mardi à Tripoli. L'Égypte, qui a reçu Khalifa Haftar le mois dernier, a affirmé que la frontière resterait fermée.", "frontière resterait fermée", "egypt"},
		{"es", "Heiko Maas viajó el martes a Trípoli. Egipto, que recibió a Jalifa Haftar el mes pasado, aseguró que la frontera seguirá cerrada.", "frontera seguirá cerrada", "egypt"},
		{"it", "Heiko Maas si è recato martedì a Tripoli. L'Egitto, che ha ricevuto Khalifa Haftar il mese scorso, ha dichiarato che il confine resterà chiuso.", "confine resterà chiuso", "egypt"},
		{"de", "Heiko Maas reiste am Dienstag nach Tripolis. Ägypten, das Chalifa Haftar im vergangenen Monat empfangen hatte, erklärte, die Grenze bleibe geschlossen.", "Grenze bleibe geschlossen", "egypt"},
		{"ru", "Хайко Маас во вторник посетил Триполи. Египет, который в прошлом месяце принимал Халифу Хафтара, заявил, что граница останется закрытой.", "граница останется закрытой", "egypt"},
	})
}

// TestInvertedSubjectAfterHeadAndDate: after a verb that follows the
// quotation, the subject may be a head's title whose office is named
// ("— заявил глава МИД России Сергей Лавров": the office is part of the
// title, not the one speaking), and a date may stand between the verb
// and the subject ("— заявил в тот же день …", "sagte am selben Tag der
// griechische Außenminister …").
func TestInvertedSubjectAfterHeadAndDate(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"ru", "Эрдоган встретился с Мицотакисом в Лондоне. «Соглашение не имеет никакой силы», — заявил глава МИД Греции Никос Дендиас.", "не имеет никакой силы", "nikos-dendias"},
		{"ru", "Эрдоган встретился с Мицотакисом в Лондоне. «Соглашение не имеет никакой силы», — заявил в тот же день глава МИД Греции Никос Дендиас.", "не имеет никакой силы", "nikos-dendias"},
		{"de", "Erdoğan traf Mitsotakis in London. „Das Abkommen hat keinerlei Gültigkeit“, sagte am selben Tag der griechische Außenminister Nikos Dendias.", "keinerlei Gültigkeit", "nikos-dendias"},
	})
}
