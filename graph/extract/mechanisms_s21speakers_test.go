package extract

import (
	"strings"
	"testing"
)

// TestSpeechAddedGoesOn: a quotation whose `speech_added` verb ("added",
// "aggiunge", "ajoute-t-elle", "fügte sie hinzu", "diye ekledi") has only
// a pronoun or no subject goes on with the one whose statement closed in
// the sentence right before, not a name his words hold; a person the
// lexicon does not list has no gender a pronoun could clash with.
func TestSpeechAddedGoesOn(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"en", "Haftar met Maas in Benghazi. \"Haftar wants to be treated as a head of state,\" said Karim Haddad, a researcher at the Clingendael Institute. \"Berlin cannot give him that,\" he added.", "Berlin cannot give", "x-karim-haddad"},
		{"de", "Maas traf Schukri in Kairo. „Haftar wird auf Zeit spielen“, sagt die Expertin Hanna Bruckner. „Berlin hat kaum Druckmittel“, fügte sie hinzu.", "kaum Druckmittel", "x-hanna-bruckner"},
		{"fr", "Macron a reçu Menfi à l'Élysée. « Paris veut tourner la page », estime Virginie Collombier, chercheuse. « Mais la confiance reste à construire », ajoute-t-elle.", "confiance reste", "x-virginie-collombier"},
		{"tr", "Çavuşoğlu, Menguş'u Ankara'da kabul etti. Çavuşoğlu, \"Libya'nın yanındayız\" dedi. \"Seçimler zamanında yapılmalı\" diye ekledi.", "zamanında yapılmalı", "mevlut-cavusoglu"},
		{"tr", "Erdoğan, Dibeybe'yi kabul etti. Uzman Serkan Yıldırım, \"Ankara kalıcı olmak istiyor\" dedi. \"Bu bir yatırım\" diye ekledi.", "Bu bir yatırım", "x-serkan-yildirim"},
		{"it", "Conte ha incontrato Haftar a Bengasi. «Roma ha dovuto concedere a Haftar la legittimazione che cercava», osserva Paola Neri, analista del Centro studi sul Mediterraneo. «È il prezzo di una politica senza una linea», aggiunge.", "prezzo di una politica", "x-paola-neri"},
	})
}

// TestRelativeClauseSpeech: a speech verb closing a relative clause about
// a thing at the end of its sentence ("…, which UN agencies have
// repeatedly criticised", "…, che le agenzie dell'Onu hanno più volte
// criticato", "…, die die UN wiederholt kritisiert haben") reports
// nothing: its object is the relative pronoun.
func TestRelativeClauseSpeech(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, frag string }{
		{"en", "Lamorgese then met Interior Minister Khaled Mazen separately to discuss the conditions in detention centres, which UN agencies have repeatedly criticised.", "detention centres"},
		{"it", "Lamorgese ha incontrato Mazen per discutere dei centri di detenzione, che le agenzie dell'Onu hanno più volte criticato.", "centri di detenzione"},
		{"de", "Maas traf Mangusch, um über die Internierungslager zu sprechen, die die UN wiederholt kritisiert haben.", "Internierungslager"},
		{"en", "Neither leader mentioned the Syrian fighters in western Libya, whose departure the United Nations has repeatedly demanded.", "Syrian fighters"},
	}
	for _, c := range cases {
		for _, s := range factsOf(t, x, c.lang, "Title\n\n"+c.text).Statements {
			if strings.Contains(s.Text, c.frag) || strings.Contains(c.text, s.Text) {
				t.Errorf("%s %q: statement %s: %q, want none", c.lang, c.text, s.Speaker, s.Text)
			}
		}
	}
	// held: the clause reports something after its verb
	wantSpeakersOf(t, x, []speakerCase{
		{"en", "Di Maio met Dbeibah, who said that Libya needed Italian help.", "Italian help", "abdul-hamid-dbeibah"},
	})
}

// TestOfficeWordBothUnnamedAndInstitution: a word both the unnamed and
// the institution lists hold ("МИД") is the state's office, so a demonym
// beside it names the country that speaks: "Египетский МИД заявил" is
// Egypt's, not no one's.
func TestOfficeWordBothUnnamedAndInstitution(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"ru", "Шукри встретился с Маасом. Египетский МИД заявил, что любое решение должно сохранить единство армии.", "единство армии", "egypt"},
		{"ru", "Лавров принял Букадума. Алжирский МИД заявил, что Алжир поддерживает диалог.", "поддерживает диалог", "algeria"},
		{"ru", "Чавушоглу встретился с Лавровым. Турецкий МИД сообщил, что стороны обсудили Ливию.", "обсудили Ливию", "turkey"},
	})
}

// TestReportOpensAfterComma: a comma right after a speech verb whose
// subject is named before it opens what was said, so an office named
// right after that comma ("erklärte, die Botschaft solle …") is the
// reported clause's subject, not the verb's inverted one.
func TestReportOpensAfterComma(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"de", "Maas reiste nach Tripolis. Das Auswärtige Amt erklärte, die Botschaft solle bald wieder öffnen.", "Botschaft solle", "germany"},
		{"de", "Maas traf Dendias in Athen. Das griechische Außenministerium erklärte, die Botschaft in Tripolis bleibe geschlossen.", "bleibe geschlossen", "greece"},
		{"de", "Maas traf Schukri in Kairo. Das ägyptische Außenministerium teilte mit, das Ministerium werde die Gespräche fortsetzen.", "Gespräche fortsetzen", "egypt"},
	})
}

// TestFrontedOfficeSource: a Russian `as_aside` clause opening the
// sentence that names an office as the source ("Как сообщили в МИД
// России, …") is provenance, as "according to the Kremlin" is: no
// statement. A person named there speaks, and so does the office when the
// clause quotes its words.
func TestFrontedOfficeSource(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, frag string }{
		{"ru", "Лавров провёл переговоры с Чавушоглу. Как сообщили в МИД России, стороны обсудили ситуацию в Ливии.", "обсудили ситуацию"},
		{"ru", "Богданов принял Майтига. Как сообщили в МИД РФ, стороны обсудили возобновление добычи нефти.", "добычи нефти"},
		{"ru", "Шукри принял Лаврова. Как сообщили в египетском МИД, министры обсудили ливийскую тематику.", "ливийскую тематику"},
	}
	for _, c := range cases {
		for _, s := range factsOf(t, x, c.lang, "Title\n\n"+c.text).Statements {
			if strings.Contains(s.Text, c.frag) {
				t.Errorf("%s %q: statement %s: %q, want none", c.lang, c.text, s.Speaker, s.Text)
			}
		}
	}
	wantSpeakersOf(t, x, []speakerCase{
		{"ru", "Лавров провёл переговоры с Чавушоглу. Как сообщил Лавров, стороны обсудили ситуацию в Ливии.", "обсудили ситуацию", "sergey-lavrov"},
		{"ru", "Богданов принял Майтига. Как сообщили в МИД России, стороны обсудили «необходимость закрепления режима прекращения огня».", "необходимость закрепления", "russia"},
	})
}

// TestGeneralCommandSpeaks: the LNA's "General Command" as the subject of
// a speech verb ("وقالت القيادة العامة في بيان إن …", "The General
// Command said", "Genel Komutanlık, … duyurdu") is the Libyan National
// Army (speaker_metonyms), not the commander the sentence before named or
// his guest.
func TestGeneralCommandSpeaks(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"ar", "استقبل المشير خليفة حفتر وزير الخارجية الجزائري صبري بوقادوم في بنغازي. وقالت القيادة العامة في بيان إن اللقاء تناول «سبل تأمين الحدود الجنوبية».", "تأمين الحدود", "libyan-national-army"},
		{"en", "Haftar received Boukadoum in Benghazi. The General Command said in a statement that the meeting dealt with border security.", "border security", "libyan-national-army"},
		{"tr", "Hafter, Bukadum'u Bingazi'de kabul etti. Genel Komutanlık, görüşmede sınır güvenliğinin ele alındığını duyurdu.", "sınır güvenliğinin", "libyan-national-army"},
	})
}

// TestOwnIntroductionWinsOverListedSurname: a bare surname the lexicon
// gives a listed person is the unknown person the article introduced in
// full after its last full mention of the listed one: "Serkan Yıldırım …
// Yıldırım'a göre" is the analyst, not Binali Yıldırım.
func TestOwnIntroductionWinsOverListedSurname(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"tr", "Dibeybe Ankara'yı ziyaret etti. Orta Doğu uzmanı Doç. Dr. Serkan Yıldırım, ziyaretin Türkiye'nin etkisini gösterdiğini söyledi. Yıldırım'a göre asıl sınav seçimler olacak.", "asıl sınav", "x-serkan-yildirim"},
		{"es", "Erdogan recibió a Sarraj. La investigadora Ana Erdogan, del CIDOB, cree que Ankara busca bases. Según Erdogan, la clave es el petróleo.", "la clave es", "x-ana-erdogan"},
		{"it", "Di Maio ha incontrato Haftar. Il ricercatore Paolo Conte, dell'ISPI, osserva che Roma insegue. Secondo Conte, la partita si gioca a Mosca.", "la partita si gioca", "x-paolo-conte"},
		{"en", "Erdogan received Sarraj. Professor Ayse Erdogan of Bilkent University said Ankara wanted bases. According to Erdogan, oil is the key.", "oil is the key", "x-ayse-erdogan"},
		{"fr", "Macron a reçu Haftar. Le chercheur Paul Macron, de l'IFRI, estime que Paris hésite. Selon Macron, la clé est à Moscou.", "la clé est", "x-paul-macron"},
		// held: the listed person named in full after the analyst
		{"en", "Professor Ayse Erdogan of Bilkent University said Ankara wanted bases. Recep Tayyip Erdogan received Sarraj on Monday. According to Erdogan, oil is the key.", "oil is the key", "recep-tayyip-erdogan"},
	})
}

// TestWrittenOnSocialMedia: words written in a post are speech: tr
// "paylaşımda … geçtiğini yazdı", ru "написала в Telegram", ur "ٹوئٹر پر
// لکھا".
func TestWrittenOnSocialMedia(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"tr", "Türk heyeti Trablus'ta Dibeybe ile görüştü. Kalın, sosyal medya hesabından yaptığı paylaşımda ziyaretin “son derece verimli” geçtiğini yazdı.", "son derece verimli", "ibrahim-kalin"},
		{"ru", "Лавров встретился с Мангуш. Захарова написала в Telegram, что Москва поддерживает выборы.", "поддерживает выборы", "maria-zakharova"},
		{"ur", "ترک وفد نے طرابلس میں دبیبہ سے ملاقات کی۔ ابراہیم کالن نے ٹوئٹر پر لکھا کہ دورہ انتہائی مفید رہا۔", "انتہائی مفید", "ibrahim-kalin"},
	})
}

// TestGermanAnswered: "antwortete" reports speech as "replied", "a
// répondu", "ha risposto" do.
func TestGermanAnswered(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"de", "Lawrow empfing Dbeiba in Moskau. Lawrow sagte, Russland sei zur Hilfe bereit. Auf die Frage nach Söldnern antwortete der Minister, der Staat sei „dafür nicht verantwortlich“.", "nicht verantwortlich", "sergey-lavrov"},
		{"de", "Lawrow empfing Dbeiba in Moskau. Auf die Frage nach der Wagner-Gruppe antwortete Lawrow, Russland habe damit nichts zu tun.", "nichts zu tun", "sergey-lavrov"},
		{"de", "Maas traf Schukri. Schukri antwortete, Ägypten wolle Stabilität.", "Stabilität", "sameh-shoukry"},
	})
}

// TestGeneralCommandPressOffice: the General Command as the owner of a
// press office that speaks ("وذكر المكتب الإعلامي للقيادة العامة في بيان
// أن …", "The media office of the General Command said") is the Libyan
// National Army, though the metonym is not the verb's own neighbour.
func TestGeneralCommandPressOffice(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"ar", "استقبل المشير خليفة حفتر وزير الخارجية الجزائري صبري بوقادوم في بنغازي. وذكر المكتب الإعلامي للقيادة العامة في بيان أن الطرفين بحثا سبل إنهاء الأزمة.", "سبل إنهاء الأزمة", "libyan-national-army"},
		{"ar", "استقبل المشير خليفة حفتر الوفد الجزائري في الرجمة. وقال المكتب الإعلامي للقيادة العامة إن اللقاء تناول المبادرة الجزائرية.", "المبادرة الجزائرية", "libyan-national-army"},
		{"en", "Haftar received Boukadoum in Benghazi. The media office of the General Command said the two men discussed border security.", "border security", "libyan-national-army"},
	})
}
