package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestCommaAfterVerb: a comma right after a clause-initial speech verb
// closes the speaker's clause; the name after the comma is what was said
// about, not who said it.
func TestCommaAfterVerb(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"de", "Heiko Maas erklärte, ohne Haftar am Tisch werde es keinen Fortschritt geben."},
		{"de", "Maas betonte, Deutschland verfolge in Libyen „keine eigenen Interessen“."},
		{"en", "Heiko Maas said, without Haftar at the table, there would be no progress."},
	}
	for _, c := range cases {
		if got := speakers(factsOf(t, x, c.lang, c.text)); !reflect.DeepEqual(got, []string{"heiko-maas"}) {
			t.Errorf("%s %q: speakers %v, want [heiko-maas]", c.lang, c.text, got)
		}
	}
}

// TestSubjectRightBeforeVerb: the person named right before a speech verb
// is its subject; a person named earlier in the clause only qualifies them
// ("Haftar's spokesman Colonel X said"), unless the two are coordinated.
func TestSubjectRightBeforeVerb(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"ru", "Представитель сил Хафтара полковник Фарадж аль-Мабрук сообщил, что маршал выслушал предложения.", "x-"},
		{"ur", "حفتر کے وفد میں شامل میجر جنرل فرحات العبیدی نے بتایا کہ مسودے میں کوئی نظام الاوقات شامل نہیں تھا۔", "x-"},
		{"en", "Heiko Maas and Jean-Yves Le Drian said that the truce must hold.", "heiko-maas"},
		{"de", "Heiko Maas und Jean-Yves Le Drian sagten, die Waffenruhe müsse halten.", "heiko-maas"},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, c.text))
		if len(got) != 1 || !strings.HasPrefix(got[0], c.want) {
			t.Errorf("%s %q: speakers %v, want %s…", c.lang, c.text, got, c.want)
		}
	}
}

// TestColonStartsClause: a colon (that opens no quotation) starts a new
// clause, whose speech verb belongs to its own subject; a pronoun after an
// inverted verb ("…, sagte er") stands for the subject before that clause.
func TestColonStartsClause(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"ru", "Владимир Путин с Хафтаром не встречался: в Кремле пояснили, что график президента был расписан заранее.", ""},
		{"en", "Vladimir Putin did not meet Haftar: in the Kremlin they explained that the schedule was full.", ""},
		{"de", "Mevlüt Çavuşoğlu hatte die Mission kritisiert: Sie nütze allein Haftar, sagte er in Ankara.", "mevlut-cavusoglu"},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, c.text))
		if c.want == "" && len(got) > 0 || c.want != "" && !reflect.DeepEqual(got, []string{c.want}) {
			t.Errorf("%s %q: speakers %v, want %q", c.lang, c.text, got, c.want)
		}
	}
}

// TestWelcomeAndTitleOrganisation: welcoming is a statement ("رحب", "a
// salué", "приветствовал"; German "begrüßte" is left out, it greets guests
// as often as decisions), and a speaker named after his
// organisation's title ("رئيس مجلس النواب عقيلة صالح") is the person, not
// the organisation ("داعياً مجلس النواب", calling on the House, is his
// too, not the House's).
func TestWelcomeAndTitleOrganisation(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"ar", "من جهته رحب رئيس مجلس النواب عقيلة صالح بنتائج الملتقى، داعياً مجلس النواب إلى الانعقاد.", "aguila-saleh-issa"},
		{"fr", "Le secrétaire général António Guterres a salué un accord historique.", "antonio-guterres"},
		{"ru", "Сергей Лавров приветствовал соглашение о прекращении огня.", "sergey-lavrov"},
	}
	for _, c := range cases {
		if got := speakers(factsOf(t, x, c.lang, c.text)); !reflect.DeepEqual(got, []string{c.want}) {
			t.Errorf("%s %q: speakers %v, want [%s]", c.lang, c.text, got, c.want)
		}
	}
}

// TestQuotedPhrase: a quotation that starts in lower case inside the
// writer's sentence is a phrase of reported speech; one after a colon, or
// one that opens with the speaker's verb right after the name, is direct.
func TestQuotedPhrase(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		quote      bool
	}{
		{"fr", "Le secrétaire général, António Guterres, a salué « une étape fondamentale vers la paix ».", false},
		{"tr", "Sabri Bukadum ise Cezayir'in \"tüm Libyalı taraflara eşit mesafede\" olduğunu vurguladı.", false},
		{"de", "Heiko Maas sagte: „wir sind weiter als vor einem Jahr“.", true},
		{"en", "Mike Pompeo \"stressed the need for all parties to respect the truce,\" Daniel Hartwell said.", true},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Statements) != 1 || f.Statements[0].Quote != c.quote {
			t.Errorf("%s %q: %+v, want one statement with quote=%v", c.lang, c.text, f.Statements, c.quote)
		}
	}
}

// TestNameBeforeVerbIsSubject: a name right before a clause-initial speech
// verb is its subject; the name after the verb starts what was said.
func TestNameBeforeVerbIsSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "Lavrov said Haftar needed more time to consult his allies.", "sergey-lavrov"},
		{"en", "Çavuşoğlu told reporters Sarraj had signed the text.", "mevlut-cavusoglu"},
		{"de", "Dann sagte Maas, die Waffenruhe müsse halten.", "heiko-maas"},
	}
	for _, c := range cases {
		if got := speakers(factsOf(t, x, c.lang, c.text)); !reflect.DeepEqual(got, []string{c.want}) {
			t.Errorf("%s %q: speakers %v, want [%s]", c.lang, c.text, got, c.want)
		}
	}
}

// TestDirectQuoteStyles: a speech verb right after the closing mark takes
// the quotation whole (Turkish "“…” dedi"), and Urdu may open with ” and
// close with “ (right to left).
func TestDirectQuoteStyles(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"tr", "Toplantının ardından konuşan Çavuşoğlu, \"Ateşkes için herkes sorumluluk almalı\" dedi.", "mevlut-cavusoglu"},
		{"tr", "Basın toplantısında soruları yanıtlayan Erdoğan, “Libya halkının yanındayız” dedi.", "recep-tayyip-erdogan"},
		{"ur", "پریس کانفرنس میں لاوروف نے کہا: ”جنگ بندی کا احترام سب کی ذمہ داری ہے۔“", "sergey-lavrov"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Statements) != 1 || f.Statements[0].Speaker != c.want || !f.Statements[0].Quote {
			t.Errorf("%s %q: %+v, want one direct quote of %s", c.lang, c.text, f.Statements, c.want)
		}
	}
}

// TestVerbAfterQuoteOpeningClause: a speech verb right after a quotation
// that opens a clause of its own ("«…»، مؤكداً أن …") does not make the
// quoted phrase of reported speech a direct quotation.
func TestVerbAfterQuoteOpeningClause(t *testing.T) {
	x := shipped(t)
	text := "وقال بوريطة عقب اللقاء إن المغرب \"لن يقبل بأي تدخل أجنبي في ليبيا\"، مؤكداً أن الحل سياسي."
	for _, s := range factsOf(t, x, "ar", text).Statements {
		if s.Quote {
			t.Errorf("%q: direct quotation %q, want reported speech only", text, s.Text)
		}
	}
}

// TestAppositiveTitle: a name the lexicon does not know, followed by its
// title as an apposition ("X, a spokesman for Y, said"), is a person and
// the speaker, not Y and not the subject of what was said.
func TestAppositiveTitle(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "Kamal al-Sharif, a spokesman for the Presidential Council, said Libya needed no one-sided initiatives."},
		{"ar", "وقال كمال الشريف، المتحدث باسم المجلس الرئاسي، إن ليبيا لا تحتاج إلى مبادرات."},
		{"fr", "Nouri Kerrache, le porte-parole de la délégation, a déclaré que la Libye voulait la paix."},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, c.text))
		if len(got) != 1 || !strings.HasPrefix(got[0], "x-") {
			t.Errorf("%s %q: speakers %v, want the named spokesman (x-…)", c.lang, c.text, got)
		}
	}
	// a title that introduces the name after it is no apposition
	f := factsOf(t, x, "ar", "التقى حفتر بوفد برئاسة فيكتوريا كوتس، ماثيو زايس، نائب مساعد وزير الطاقة، والعميد ستيفن دي ميلانو.")
	for _, a := range f.Actors {
		if strings.Contains(a.ID, "wzir") || strings.Contains(a.ID, "msad") {
			t.Errorf("title words taken for a name: %s", a.ID)
		}
	}
}

// TestArabicWholeClauseQuoted: "قال إن «…»" quoting the whole clause to
// the end of the sentence is direct speech; a quoted phrase inside the
// clause is not.
func TestArabicWholeClauseQuoted(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text  string
		quote bool
	}{
		{"وقال ناصر بوريطة في تصريح صحفي عقب المباحثات إن «المغرب لا يحمل أي أجندة في ليبيا».", true},
		{"وقال ناصر بوريطة في تصريح صحفي عقب المباحثات إن المغرب «لا يحمل أي أجندة» في ليبيا.", false},
	}
	for _, c := range cases {
		f := factsOf(t, x, "ar", c.text)
		if len(f.Statements) != 1 || f.Statements[0].Quote != c.quote {
			t.Errorf("%q: %+v, want one statement with quote=%v", c.text, f.Statements, c.quote)
		}
	}
}

// TestQuoteRunsOn: a quotation that goes on in the next sentence, without
// a speech verb of its own, is one utterance and one statement; a quote in
// the headline repeats the body and is no statement of its own, but a lead
// paragraph is no headline.
func TestQuoteRunsOn(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Talks in Rome\n\n“We have no time to lose,” Heiko Maas said in Rome. “The embargo must hold, and everyone knows it.”", []string{"We have no time to lose, The embargo must hold"}},
		{"de", "Gespräche in Rom\n\nHeiko Maas sagte: „Wir haben keine Zeit zu verlieren.“ „Das Embargo muss gelten.“", []string{"Wir haben keine Zeit zu verlieren. Das Embargo"}},
		{"it", "Maas: «Nessun tempo da perdere»\n\n«Non abbiamo tempo da perdere», ha detto Heiko Maas a Roma.", []string{"Non abbiamo tempo da perdere"}},
		{"fr", "Maas annonce une nouvelle conférence\n\nHeiko Maas a déclaré que la conférence aurait lieu à Berlin.", []string{"la conférence aurait lieu"}},
		// A text whose title is kept apart (JSONL, front matter) starts
		// with the lead: a first line ending as a sentence is no headline.
		{"es", "«No hay tiempo que perder», dijo Heiko Maas en Roma. La reunión duró dos horas.\n\nLos combates siguieron.", []string{"No hay tiempo que perder"}},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		var got []string
		for _, s := range f.Statements {
			got = append(got, s.Text)
		}
		ok := len(got) == len(c.want)
		for i := 0; ok && i < len(got); i++ {
			ok = strings.Contains(got[i], c.want[i])
		}
		if !ok {
			t.Errorf("%s %q: statements %q, want %q", c.lang, c.text, got, c.want)
		}
	}
}

// TestVerbsOfJudgement: a speaker who calls something a name, accuses,
// asks or pledges says something as much as one who "said".
func TestVerbsOfJudgement(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "Heiko Maas pledged further help for the demining of Tripoli.", "heiko-maas"},
		{"es", "Fayez al-Sarraj acusó a los mercenarios extranjeros de sabotear la tregua.", "fayez-al-sarraj"},
		{"it", "Luigi Di Maio ha definito l'accordo «un passo avanti per tutti».", "luigi-di-maio"},
		{"fr", "Jean-Yves Le Drian a jugé l'offre « insuffisante » et a quitté la salle.", "jean-yves-le-drian"},
		{"ru", "Сергей Лавров назвал перемирие хрупким.", "sergey-lavrov"},
		{"tr", "Mevlüt Çavuşoğlu, ambargonun tarafsız uygulanmadığını belirterek operasyonu eleştirdi.", "mevlut-cavusoglu"},
		{"ar", "وطالب عقيلة صالح بخروج جميع المرتزقة من البلاد.", "aguila-saleh-issa"},
		{"ur", "عقیلہ صالح نے غیر ملکی افواج کی موجودگی پر تشویش کا اظہار کیا۔", "aguila-saleh-issa"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, c.text, c.want)
	}
}

// TestAddresseeIsNoSpeaker: the one named after "asked", "acusó a",
// "ha chiesto a" is addressed or accused; the speaker is the subject.
func TestAddresseeIsNoSpeaker(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "Fathi Bashagha praised the talks and asked Washington for help with the coast guard.", "fathi-bashagha"},
		{"es", "Fayez al Sarraj, en una entrevista televisada el lunes por la noche, acusó a Jalifa Haftar de romper la tregua.", "fayez-al-sarraj"},
		{"it", "Mevlüt Çavuşoğlu, durante la conferenza stampa, ha chiesto all'Unione europea di rivedere la missione.", "mevlut-cavusoglu"},
	}
	for _, c := range cases {
		wantOnlySpeaker(t, x, c.lang, c.text, c.want)
	}
}

// TestAddresseeAfterQuote: right after a closing quotation the verb is
// inverted and the one named after it is the speaker ("«…», a demandé X");
// further on they are addressed.
func TestAddresseeAfterQuote(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"fr", "« Rouvrez votre ambassade au plus vite », a demandé Najla Mangoush.", "najla-mangoush"},
		{"en", "Fathi Bashagha said the police needed \"trainers, not promises\" and asked Washington for help.", "fathi-bashagha"},
	}
	for _, c := range cases {
		got := speakers(factsOf(t, x, c.lang, c.text))
		if len(got) == 0 || slices.Contains(got, "united-states") || got[0] != c.want {
			t.Errorf("%s %q: speakers %v, want %s", c.lang, c.text, got, c.want)
		}
	}
}
