package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley/parley/graph"
)

// callProbe is a mini-article published on pub and every meeting or call
// it must give, each "mode status a+b date" with the participants' ids
// sorted and the date "" when none ("call held a+b 2020-06-11").
type callProbe struct {
	lang, pub, text string
	want            []string
}

// eventsOf renders an article's meetings and calls as callProbe wants
// them, sorted.
func eventsOf(f graph.Facts) []string {
	var out []string
	for _, m := range f.Meetings {
		ps := participants(m)
		slices.Sort(ps)
		out = append(out, strings.TrimSpace(m.Mode+" "+m.Status+" "+strings.Join(ps, "+")+" "+m.Date.String()))
	}
	slices.Sort(out)
	return out
}

func runCallProbes(t *testing.T, cases []callProbe) {
	t.Helper()
	x := shipped(t)
	for _, c := range cases {
		got := eventsOf(factsOn(t, x, c.lang, c.pub, "Title\n\n"+c.text))
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s %q:\n got  %v\n want %v", c.lang, c.text, got, want)
		}
	}
}

// TestCallBeforePrepositionalRelative: a relative pronoun a preposition
// governs, right after a comma, opens a relative clause that runs to the
// sentence's end ("…, mit dem er am 19. Januar … besprechen will",
// "…, with whom he will …", "…, avec lequel il doit …", "…, al quale
// consegnerà …", "…, с которым он встретится …"): its date and tense are
// its own, not the call's told before the comma.
func TestCallBeforePrepositionalRelative(t *testing.T) {
	runCallProbes(t, []callProbe{
		{"de", "2020-01-16", "Von Algier aus telefonierte Heiko Maas am Mittwoch mit dem UN-Gesandten Ghassan Salamé, mit dem er am 19. Januar in Berlin die letzten Details der Konferenz besprechen will.",
			[]string{"call held ghassan-salame+heiko-maas 2020-01-15", "in_person planned ghassan-salame+heiko-maas 2020-01-19"}},
		{"de", "2020-06-12", "Heiko Maas sprach am Donnerstag per Videokonferenz mit Stephanie Williams, bei der er sich im Juli in Genf über den Dialog informieren will.",
			[]string{"video held heiko-maas+stephanie-williams 2020-06-11"}},
		{"en", "2020-01-16", "Heiko Maas also phoned Ghassan Salamé, with whom he will go over the final details of the conference in Berlin on January 19.",
			[]string{"call held ghassan-salame+heiko-maas"}},
		{"en", "2020-06-12", "Jean-Yves Le Drian spoke by phone on Thursday with Nasser Bourita, to whom he will hand over a letter from the French president next week.",
			[]string{"call held jean-yves-le-drian+nasser-bourita 2020-06-11"}},
		{"fr", "2020-01-16", "Jean-Yves Le Drian s'est entretenu mercredi au téléphone avec Ghassan Salamé, avec lequel il doit préparer le 19 janvier à Berlin la conférence.",
			[]string{"call held ghassan-salame+jean-yves-le-drian 2020-01-15"}},
		{"fr", "2020-06-12", "Emmanuel Macron a téléphoné jeudi à Abdul Hamid Dbeibah, auprès de qui il s'engagera lundi prochain à soutenir les élections.",
			[]string{"call held abdul-hamid-dbeibah+emmanuel-macron 2020-06-11"}},
		{"it", "2020-06-12", "Luigi Di Maio ha avuto giovedì una telefonata con Sameh Shoukry, al quale consegnerà la settimana prossima al Cairo un messaggio del premier.",
			[]string{"call held luigi-di-maio+sameh-shoukry 2020-06-11"}},
		{"es", "2020-01-16", "Arancha González Laya habló por teléfono con Ghassan Salamé, con quien preparará el 19 de enero en Berlín los detalles de la conferencia.",
			[]string{"call held arancha-gonzalez-laya+ghassan-salame"}},
		{"ru", "2020-01-16", "Сергей Лавров в среду провёл телефонный разговор с Гассаном Саламе, с которым он 19 января в Берлине обсудит детали конференции.",
			[]string{"call held ghassan-salame+sergey-lavrov 2020-01-15", "in_person planned ghassan-salame+sergey-lavrov 2020-01-19"}},
	})
}

// TestCallBeforeCoordinatedClause: ", and" (or a contrast word) with a
// subject of its own, at most a date before it and a word of its own
// after it, opens a clause that tells no event of the call's: its tense,
// date and names are its own ("…, and Rome is expected to send a
// minister", "…, e l'11 gennaio Sarraj tornò a Roma", "…, а Лавров в
// понедельник вылетит в Анкару").
func TestCallBeforeCoordinatedClause(t *testing.T) {
	runCallProbes(t, []callProbe{
		{"en", "2021-03-12", "Italy's foreign minister, Luigi Di Maio, phoned Abdul Hamid Dbeibah on Thursday to congratulate him, and Rome is expected to send a minister to Tripoli soon.",
			[]string{"call held abdul-hamid-dbeibah+luigi-di-maio 2021-03-11"}},
		{"en", "2020-06-12", "Mike Pompeo spoke by phone with Abdel Fattah el-Sisi on Thursday, and Egypt will host talks on the ceasefire next month.",
			[]string{"call held abdel-fattah-el-sisi+mike-pompeo 2020-06-11"}},
		{"ru", "2020-06-12", "Владимир Путин в четверг позвонил Реджепу Тайипу Эрдогану, а Сергей Лавров в понедельник вылетит в Анкару.",
			[]string{"call held recep-tayyip-erdogan+vladimir-putin 2020-06-11"}},
		{"fr", "2020-06-12", "Emmanuel Macron a téléphoné jeudi à Fayez al-Sarraj, et Khalifa Haftar a annoncé le lendemain une trêve.",
			[]string{"call held emmanuel-macron+fayez-al-sarraj 2020-06-11"}},
		// a gapped clause, its verb left out, is no clause of its own here
		{"en", "2020-06-12", "Heiko Maas met Fayez al-Sarraj in Tripoli on Thursday, and Khalifa Haftar in Benghazi.",
			[]string{"in_person held fayez-al-sarraj+heiko-maas 2020-06-11", "in_person held heiko-maas+khalifa-haftar 2020-06-11"}},
	})
}

// TestCallNounForms: the plural and oblique forms of call nouns are
// calls, not meetings in person ("mantuvo conversaciones telefónicas
// con", "führte Telefonate mit", "held phone calls with", "провёл
// телефонные разговоры с", "в телефонном режиме обсудили"); a meeting
// noun in a time phrase that counts from it ("En la víspera del
// encuentro, el sábado, X mantuvo …") is no event of the sentence.
func TestCallNounForms(t *testing.T) {
	runCallProbes(t, []callProbe{
		{"es", "2020-09-07", "Nasser Bourita mantuvo el sábado conversaciones telefónicas con Aguila Saleh.",
			[]string{"call held aguila-saleh-issa+nasser-bourita 2020-09-05"}},
		{"es", "2020-09-07", "Arancha González Laya mantuvo el sábado un contacto telefónico con Najla Mangush.",
			[]string{"call held arancha-gonzalez-laya+najla-mangoush 2020-09-05"}},
		{"es", "2020-09-07", "Pedro Sánchez mantuvo el sábado una conversación por teléfono con Recep Tayyip Erdogan.",
			[]string{"call held pedro-sanchez+recep-tayyip-erdogan 2020-09-05"}},
		{"de", "2020-09-07", "Heiko Maas führte am Samstag Telefonate mit Nikos Dendias und Mevlüt Çavuşoğlu.",
			[]string{"call held heiko-maas+nikos-dendias 2020-09-05", "call held heiko-maas+mevlut-cavusoglu 2020-09-05"}},
		{"de", "2020-09-07", "Im Verlauf eines Telefonats am Samstag sprachen Heiko Maas und Sergej Lawrow über Libyen.",
			[]string{"call held heiko-maas+sergey-lavrov 2020-09-05"}},
		{"en", "2020-09-07", "Mike Pompeo held phone calls on Saturday with Fayez al-Sarraj and Khalifa Haftar.",
			[]string{"call held fayez-al-sarraj+mike-pompeo 2020-09-05", "call held khalifa-haftar+mike-pompeo 2020-09-05"}},
		{"en", "2020-09-07", "Recep Tayyip Erdoğan and Vladimir Putin held phone talks on Saturday about Libya.",
			[]string{"call held recep-tayyip-erdogan+vladimir-putin 2020-09-05"}},
		{"ru", "2020-09-07", "Сергей Лавров и Мевлют Чавушоглу в субботу в телефонном режиме обсудили ситуацию в Ливии.",
			[]string{"call held mevlut-cavusoglu+sergey-lavrov 2020-09-05"}},
		{"ru", "2020-09-07", "В субботу Владимир Путин провёл телефонные разговоры с Реджепом Тайипом Эрдоганом.",
			[]string{"call held recep-tayyip-erdogan+vladimir-putin 2020-09-05"}},
		{"ru", "2020-09-07", "Сергей Лавров в субботу имел телефонный контакт с Самехом Шукри.",
			[]string{"call held sameh-shoukry+sergey-lavrov 2020-09-05"}},
		{"es", "2020-09-07", "Nasser Bourita llegó a Rabat.\n\nEn la víspera del encuentro, el sábado, Bourita mantuvo conversaciones telefónicas con Aguila Saleh y con Jaled al Mishri.",
			[]string{"call held aguila-saleh-issa+nasser-bourita 2020-09-05", "call held khalid-al-mishri+nasser-bourita 2020-09-05"}},
		{"en", "2020-09-07", "Sameh Shoukry arrived in Rome.\n\nThe day before the meeting, on Saturday, Shoukry spoke by phone with Fayez al-Sarraj.",
			[]string{"call held fayez-al-sarraj+sameh-shoukry 2020-09-05"}},
	})
}

// TestCallToldIsNoMediumFrame: a sentence that tells a call of its own,
// of a pair it names by a phrase ("I due ministri si erano sentiti al
// telefono il 18 marzo"), sets no telephone frame for the next sentence:
// a meeting told there is in person.
func TestCallToldIsNoMediumFrame(t *testing.T) {
	runCallProbes(t, []callProbe{
		{"it", "2021-05-20", "Luigi Di Maio ha ricevuto giovedì alla Farnesina Najla Mangoush. I due ministri si erano sentiti al telefono lo scorso 18 marzo. Di Maio era poi tornato in Libia il 6 aprile con Mario Draghi, che a Tripoli aveva incontrato Abdul Hamid Dbeibah.",
			[]string{"in_person held luigi-di-maio+najla-mangoush 2021-05-20", "call held luigi-di-maio+najla-mangoush 2021-03-18", "in_person held abdul-hamid-dbeibah+mario-draghi 2021-04-06"}},
		{"fr", "2021-05-20", "Jean-Yves Le Drian a reçu jeudi au Quai d'Orsay Najla Mangoush. Les deux ministres s'étaient entretenus au téléphone le 18 mars. Le Drian s'était ensuite rendu à Tripoli le 6 avril, où il avait rencontré Abdul Hamid Dbeibah.",
			[]string{"in_person held jean-yves-le-drian+najla-mangoush 2021-05-20", "call held jean-yves-le-drian+najla-mangoush 2021-03-18", "visit held abdul-hamid-dbeibah+jean-yves-le-drian 2021-04-06"}},
		{"es", "2021-05-20", "Arancha González Laya recibió el jueves en Madrid a Najla Mangush. Las dos ministras habían hablado por teléfono el 18 de marzo. González Laya viajó después a Trípoli el 6 de abril, donde se reunió con Abdul Hamid Dbeibah.",
			[]string{"in_person held arancha-gonzalez-laya+najla-mangoush 2021-05-20", "call held arancha-gonzalez-laya+najla-mangoush 2021-03-18", "visit held abdul-hamid-dbeibah+arancha-gonzalez-laya 2021-04-06"}},
		{"it", "2021-05-20", "Luigi Di Maio ha ricevuto giovedì a Roma Fathi Bashagha. I due si erano sentiti in videoconferenza il 2 aprile. Il 6 aprile Di Maio aveva poi incontrato a Tripoli Abdul Hamid Dbeibah.",
			[]string{"in_person held fathi-bashagha+luigi-di-maio 2021-05-20", "video held fathi-bashagha+luigi-di-maio 2021-04-02", "in_person held abdul-hamid-dbeibah+luigi-di-maio 2021-04-06"}},
	})
}

// TestSoundKeyAcrossSpellings: an unknown Arabic name romanised from
// Cyrillic or written after German, Spanish, Turkish or French spelling
// conventions has the key of its English spelling (the evaluator pairs
// them through it: eval.RunSpelled); different names keep different keys.
func TestSoundKeyAcrossSpellings(t *testing.T) {
	for _, c := range [][3]string{
		{"Salah al-Ghariani", "salah al gariani", "ru"},
		{"Ghadir Hamdallah", "gadir khamdalloy", "ru"},
		{"Khalid al-Juhani", "Chalid al-Dschuhani", "de"},
		{"Khaled al-Ghariani", "Jaled al Gariani", "es"},
		{"Jamal al-Haddad", "Yamal al Jaddad", "es"},
		{"Jamal al-Haddad", "Cemal el-Haddad", "tr"},
		{"Rashid al-Ghariani", "Rachid al-Ghariani", "fr"},
		{"Ghassan al-Ghariani", "Ghassan al-Gharyani", "it"},
	} {
		if en, got := SoundKey(c[0], "en"), SoundKey(c[1], c[2]); en != got {
			t.Errorf("SoundKey(%q, en) = %q, SoundKey(%q, %s) = %q", c[0], en, c[1], c[2], got)
		}
	}
	if SoundKey("Othman al-Tayeb", "en") == SoundKey("Osman al-Tib", "tr") {
		t.Errorf("different names share a key")
	}
}

// TestCallToldFromTheCallee: a call in the passive, the callee the
// subject and the caller the agent a preposition opens further on ("a
// été appelé jeudi par X", "è stata chiamata giovedì da X", "fue llamado
// el jueves por X"), is a call of the two; "appelé à", "chiamato a",
// "llamado a" (urged to) are none.
func TestCallToldFromTheCallee(t *testing.T) {
	runCallProbes(t, []callProbe{
		{"fr", "2020-06-05", "Fayez al-Sarraj a été appelé jeudi par Recep Tayyip Erdoğan, selon son bureau de presse.",
			[]string{"call held fayez-al-sarraj+recep-tayyip-erdogan 2020-06-04"}},
		{"fr", "2020-06-05", "Najla Mangoush a été appelée jeudi par Jean-Yves Le Drian, qui l'a invitée à Paris.",
			[]string{"call held jean-yves-le-drian+najla-mangoush 2020-06-04"}},
		{"it", "2020-06-05", "Fayez al-Sarraj è stato chiamato giovedì da Recep Tayyip Erdoğan.",
			[]string{"call held fayez-al-sarraj+recep-tayyip-erdogan 2020-06-04"}},
		{"it", "2020-06-05", "Najla Mangoush è stata chiamata giovedì da Luigi Di Maio per un aggiornamento sul dossier migratorio.",
			[]string{"call held luigi-di-maio+najla-mangoush 2020-06-04"}},
		{"es", "2020-06-05", "Fayez al Serraj fue llamado el jueves por Recep Tayyip Erdogan.",
			[]string{"call held fayez-al-sarraj+recep-tayyip-erdogan 2020-06-04"}},
		{"es", "2020-06-05", "Najla Mangush fue llamada el jueves por Arancha González Laya.",
			[]string{"call held arancha-gonzalez-laya+najla-mangoush 2020-06-04"}},
		{"fr", "2020-04-03", "Jean-Yves Le Drian a été appelé à s'expliquer devant les députés par Jean-Luc Mélenchon sur ses liens avec Khalifa Haftar.", nil},
		{"it", "2020-04-03", "Luigi Di Maio è stato chiamato a riferire in Parlamento da Matteo Salvini sul caso di Khalifa Haftar.", nil},
		{"es", "2020-04-03", "Arancha González Laya fue llamada a comparecer por el Congreso sobre Jalifa Haftar.", nil},
	})
}

// TestMeetingThenCall: a meeting, then "and then" a call or video call of
// the same subject with another partner, is two events: the call verb
// after "and" is no manner of the meeting ("ha incontrato X a Tripoli e
// poi ha sentito telefonicamente Y"), nor is a meeting verb with the
// medium after it whose "then" word its words let in ("a rencontré X à
// Tripoli et s'est ensuite entretenu au téléphone avec Y").
func TestMeetingThenCall(t *testing.T) {
	runCallProbes(t, []callProbe{
		{"it", "2020-01-15", "Luigi Di Maio ha incontrato martedì Fayez al-Sarraj a Tripoli e poi ha sentito telefonicamente Khalifa Haftar.",
			[]string{"in_person held fayez-al-sarraj+luigi-di-maio 2020-01-14", "call held khalifa-haftar+luigi-di-maio 2020-01-14"}},
		{"fr", "2020-01-15", "Jean-Yves Le Drian a rencontré mardi Fayez al-Sarraj à Tripoli et s'est ensuite entretenu au téléphone avec Khalifa Haftar.",
			[]string{"in_person held fayez-al-sarraj+jean-yves-le-drian 2020-01-14", "call held jean-yves-le-drian+khalifa-haftar 2020-01-14"}},
		{"es", "2020-01-15", "Arancha González Laya se reunió el martes con Fayez al Serraj en Trípoli y luego habló por teléfono con Jalifa Haftar.",
			[]string{"in_person held arancha-gonzalez-laya+fayez-al-sarraj 2020-01-14", "call held arancha-gonzalez-laya+khalifa-haftar 2020-01-14"}},
		{"en", "2020-01-15", "Luigi Di Maio received Fathi Bashagha in Rome on Tuesday and then held a video conference with Stephanie Williams.",
			[]string{"in_person held fathi-bashagha+luigi-di-maio 2020-01-14", "video held luigi-di-maio+stephanie-williams 2020-01-14"}},
	})
}

// TestNamingCallAfterObject: "call" as the verb of naming, its object
// and then a quotation a few words on with no mark, date or "and"
// between ("called Haftar "a putschist"", "llamó a Haftar «golpista»",
// "ha chiamato Haftar «un interlocutore»"), is no call; a call with a
// quotation after its time and purpose still is.
func TestNamingCallAfterObject(t *testing.T) {
	runCallProbes(t, []callProbe{
		{"en", "2020-06-05", "Recep Tayyip Erdoğan called Khalifa Haftar \"a putschist\" on Thursday and ruled out any talks with him.", nil},
		{"en", "2020-06-05", "Abdel Fattah el-Sisi called the Sirte-Jufra line \"a red line\" for Egypt in a speech attended by Aguila Saleh Issa.", nil},
		{"es", "2020-06-05", "Recep Tayyip Erdogan llamó a Jalifa Haftar «golpista» el jueves ante el Parlamento turco.", nil},
		{"it", "2020-06-05", "Giuseppe Conte ha chiamato Khalifa Haftar «un interlocutore imprescindibile» durante il question time.", nil},
		{"en", "2020-06-05", "Emmanuel Macron called Fayez al-Sarraj on Thursday to offer \"full support\" for a ceasefire.",
			[]string{"call held emmanuel-macron+fayez-al-sarraj 2020-06-04"}},
		{"es", "2020-06-05", "Pedro Sánchez y Abdul Hamid Dbeibah conversaron por teléfono el jueves y acordaron buscar «una nueva fecha».",
			[]string{"call held abdul-hamid-dbeibah+pedro-sanchez 2020-06-04"}},
	})
}

// TestTurkishCallReceived: Turkish tells a call from the receiver's side
// with the caller in the ablative ("Macron'dan bir telefon aldı",
// "Putin'den telefon geldi", "Sarraj'dan telefon alan Akar").
func TestTurkishCallReceived(t *testing.T) {
	runCallProbes(t, []callProbe{
		{"tr", "2020-06-05", "Erdoğan, perşembe günü Emmanuel Macron'dan bir telefon aldı.",
			[]string{"call held emmanuel-macron+recep-tayyip-erdogan 2020-06-04"}},
		{"tr", "2020-06-05", "Cumhurbaşkanı Erdoğan'a perşembe günü Rusya Devlet Başkanı Putin'den telefon geldi.",
			[]string{"call held recep-tayyip-erdogan+vladimir-putin 2020-06-04"}},
		{"tr", "2020-06-05", "Dışişleri Bakanı Çavuşoğlu, perşembe günü Yunan mevkidaşı Nikos Dendias'tan telefon aldı.",
			[]string{"call held mevlut-cavusoglu+nikos-dendias 2020-06-04"}},
		{"tr", "2020-06-05", "Perşembe günü Fayez Sarraj'dan telefon alan Hulusi Akar, Libya'ya desteği yineledi.",
			[]string{"call held fayez-al-sarraj+hulusi-akar 2020-06-04"}},
	})
}
