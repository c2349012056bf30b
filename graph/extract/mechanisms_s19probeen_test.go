package extract

import "testing"

// TestSupportVerbSessionAudience: English tells a meeting with a support
// verb and a noun of sitting together ("held a separate session with",
// "had a one-on-one session with", "was granted an audience with",
// "huddled with"); Russian with "имел беседу с" and, for a call, the
// nominative "телефонная беседа" after "состоялась".
func TestSupportVerbSessionAudience(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "Lamorgese then held a separate session with Fathi Bashagha on border controls.", [][]string{{"luciana-lamorgese", "fathi-bashagha"}}},
		{"en", "Kyriakos Mitsotakis had a one-on-one session with Mohamed al-Menfi in Athens on Friday.", [][]string{{"kyriakos-mitsotakis", "mohamed-al-menfi"}}},
		{"en", "Stephanie Williams held a closed session with Khalid al-Mishri in Tunis.", [][]string{{"stephanie-williams", "khalid-al-mishri"}}},
		{"en", "Fathi Bashagha was granted an audience with Recep Tayyip Erdogan on Tuesday.", [][]string{{"fathi-bashagha", "recep-tayyip-erdogan"}}},
		{"en", "Sameh Shoukry huddled with Aguila Saleh for two hours at the foreign ministry in Cairo.", [][]string{{"sameh-shoukry", "aguila-saleh-issa"}}},
		{"ru", "Лавров имел беседу с Башагой на полях форума в Анталье.", [][]string{{"sergey-lavrov", "fathi-bashagha"}}},
		{"ru", "Михаил Богданов имел беседу с Агилой Салехом в Москве.", [][]string{{"mikhail-bogdanov", "aguila-saleh-issa"}}},
		// a session of a body is no meeting
		{"en", "The House of Representatives held a session in Tobruk on Monday.", nil},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, c.want)
	}
	for _, text := range []string{
		"Между Лавровым и Уильямс состоялась телефонная беседа.",
		"В пятницу состоялась телефонная беседа Сергея Лаврова и Мевлюта Чавушоглу.",
		"Телефонная беседа Шойгу и Акара состоялась по инициативе турецкой стороны.",
	} {
		f := factsOf(t, x, "ru", "Title\n\n"+text)
		if len(f.Meetings) != 1 || f.Meetings[0].Mode != "call" {
			t.Errorf("ru %q: %v, want one call", text, allParts(f))
		}
	}
}

// TestAmbassadorToIsNoPlace: the country after "ambassador to", "envoy
// to" is the seat of an office, like "ambassador in": it places no
// meeting, not even the one told in the next sentence.
func TestAmbassadorToIsNoPlace(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Boukadoum was received in Tunis on Monday by President Kais Saied. He was accompanied by Algeria's ambassador to Tunisia, Azzedine Rahmani. Boukadoum later met his counterpart Noureddine Erray.",
		"Heiko Maas arrived in Cairo on Sunday and was received by Abdel Fattah el-Sisi. With him was Germany's envoy to Libya, Oliver Owcza. Maas later held talks with Sameh Shoukry.",
	} {
		f := factsOf(t, x, "en", "Title\n\n"+text)
		for _, m := range f.Meetings {
			if m.Place == "tunisia" || m.Place == "libya" {
				t.Errorf("%q: %v placed in %s", text, participants(m), m.Place)
			}
		}
	}
}

// TestExpertsSayUnnamed: "experts", "monitors" and "investigators" are
// unnamed speakers like "officials": a clause they close ("…, U.N.
// experts say") is nobody's statement, not its subject's.
func TestExpertsSayUnnamed(t *testing.T) {
	x := shipped(t)
	for _, text := range []string{
		"Haftar's forces received new weapons shipments in January, U.N. experts say.",
		"Bashagha's ministry ignored the warnings, ceasefire monitors said on Friday.",
		"Dbeibah's office was not told of the transfers, investigators said.",
	} {
		if got := speakers(factsOf(t, x, "en", "Title\n\n"+text)); len(got) != 0 {
			t.Errorf("%q: speakers %v, want none", text, got)
		}
	}
}

// TestMeetsAnyone: a universal or indefinite pronoun as the object of a
// meeting or hosting verb ("has met almost everyone who matters",
// "встречался почти со всеми, кто имеет вес", "a rencontré à peu près
// tout le monde") names no one met: no meeting, and an actor named later
// in the sentence is no partner. "Each of them" names a pair told before
// and stays a meeting.
func TestMeetsAnyone(t *testing.T) {
	x := shipped(t)
	wantNoMeeting(t, x, []struct{ lang, text string }{
		{"en", "Abdul Hamid Dbeibah has met almost everyone who matters since taking office, and his interim government has won praise abroad."},
		{"en", "In his first month Mohamed al-Menfi received anybody who asked, and the Presidential Council grew crowded."},
		{"en", "Stephanie Williams met everyone in Tunis except the House of Representatives."},
		{"ru", "Дбейба встречался почти со всеми, кто имеет вес, и его временное правительство получило поддержку Запада."},
		{"ru", "Менфи за месяц встретился почти со всеми, а Президентский совет так и не собрался."},
		{"fr", "Abdelhamid Dbeibah a rencontré presque tout le monde depuis sa nomination, et son gouvernement d'union nationale engrange les soutiens."},
		{"es", "Abdul Hamid Dbeibah se ha reunido con casi todo el mundo desde su elección, y el Gobierno de Unidad Nacional suma apoyos."},
	})
	wantAllParts(t, x, "ru", "На конференцию приглашены Сарадж и Хафтар. Ожидается, что Ангела Меркель встретится с каждым из них по отдельности.",
		[][]string{{"angela-merkel", "fayez-al-sarraj"}, {"angela-merkel", "khalifa-haftar"}})
}

// TestInvitationToVisitPlanned: an invitation to visit, given in the
// present perfect or present ("has invited X to visit Rome", "invites X
// to visit Ankara") or accepted ("принял приглашение Y посетить Москву",
// "приняла приглашение"), is a planned visit, not a held one; a visit
// made at someone's invitation ("прибыл в Москву по приглашению",
// "arrived … at the invitation of") stays held.
func TestInvitationToVisitPlanned(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct {
		lang, text string
		pair       []string
		st         string
	}{
		{"en", "Mario Draghi has invited Abdul Hamid Dbeibah to visit Rome in the spring.", []string{"mario-draghi", "abdul-hamid-dbeibah"}, "planned"},
		{"en", "Sergey Lavrov has invited Najla Mangoush to visit Moscow before the summer.", []string{"sergey-lavrov", "najla-mangoush"}, "planned"},
		{"en", "Recep Tayyip Erdogan invites Mohamed al-Menfi to visit Ankara next month.", []string{"recep-tayyip-erdogan", "mohamed-al-menfi"}, "planned"},
		{"ru", "Абдель Хамид Дбейба принял приглашение Эрдогана посетить Анкару.", []string{"abdul-hamid-dbeibah", "recep-tayyip-erdogan"}, "planned"},
		{"ru", "Мохаммед аль-Менфи принял приглашение Владимира Путина посетить Москву.", []string{"mohamed-al-menfi", "vladimir-putin"}, "planned"},
		{"ru", "Наджла Мангуш приняла приглашение Сергея Лаврова посетить Москву.", []string{"najla-mangoush", "sergey-lavrov"}, "planned"},
		{"ru", "Мохаммед аль-Менфи прибыл в Москву по приглашению Владимира Путина и провёл с ним переговоры.", []string{"mohamed-al-menfi", "vladimir-putin"}, "held"},
		{"en", "Mohamed al-Menfi arrived in Paris on Monday at the invitation of Emmanuel Macron and held talks with him at the Elysee.", []string{"mohamed-al-menfi", "emmanuel-macron"}, "held"},
	} {
		wantStatus(t, x, []struct{ lang, text string }{{c.lang, c.text}}, c.pair, c.st)
	}
}
