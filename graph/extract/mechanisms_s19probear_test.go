package extract

import (
	"slices"
	"testing"

	"github.com/parley/parley/graph"
)

// TestInvertedReportingAfterApposition: a meeting or call whose partner is
// named in an apposition after a title ("le président du Conseil
// présidentiel libyen, Mohamed el-Menfi,") and closed by a trailing
// reporting verb with its subject after it (", a annoncé le Quai
// d'Orsay", ", a indiqué son ministère", ", ha reso noto la Farnesina",
// ", informó su ministerio"): the name is the partner, not the verb's
// speaker, so the title's body does not stand in for it and the
// meeting is not left with one person.
func TestInvertedReportingAfterApposition(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Jean-Yves Le Drian s'est entretenu mercredi par téléphone avec le président du Conseil présidentiel libyen, Mohamed el-Menfi, a annoncé le Quai d'Orsay.", []string{"jean-yves-le-drian", "mohamed-al-menfi"}},
		{"fr", "Le ministre égyptien des Affaires étrangères Sameh Choukry a reçu dimanche au Caire le président du Parlement libyen, Aguila Saleh, a indiqué son ministère.", []string{"sameh-shoukry", "aguila-saleh-issa"}},
		{"fr", "Jean-Yves Le Drian a eu jeudi un entretien téléphonique avec le ministre égyptien des Affaires étrangères, Sameh Choukry, a indiqué le Quai d'Orsay.", []string{"jean-yves-le-drian", "sameh-shoukry"}},
		{"fr", "Abdelmadjid Tebboune a reçu mardi le président de la Chambre des représentants, Aguila Saleh, a indiqué la présidence algérienne dans un communiqué.", []string{"abdelmadjid-tebboune", "aguila-saleh-issa"}},
		{"fr", "Jean-Yves Le Drian a reçu le chef du gouvernement libyen, Abdel Hamid Dbeibah, a indiqué son entourage.", []string{"jean-yves-le-drian", "abdul-hamid-dbeibah"}},
		{"it", "Luigi Di Maio ha avuto un colloquio telefonico con il presidente della Camera dei rappresentanti, Aguila Saleh, ha fatto sapere la Farnesina.", []string{"luigi-di-maio", "aguila-saleh-issa"}},
		{"es", "La ministra de Exteriores, Arancha González Laya, recibió este martes al presidente del Consejo Presidencial libio, Mohamed al Menfi, informó el Ministerio de Asuntos Exteriores.", []string{"arancha-gonzalez-laya", "mohamed-al-menfi"}},
		{"es", "Arancha González Laya habló por teléfono con el presidente del Parlamento libio, Aguila Saleh, informó su ministerio.", []string{"arancha-gonzalez-laya", "aguila-saleh-issa"}},
		// unchanged: the name closes the clause and the verb has no
		// inverted subject, or none is set off
		{"fr", "Jean-Yves Le Drian s'est entretenu par téléphone avec Mohamed el-Menfi, a annoncé le Quai d'Orsay.", []string{"jean-yves-le-drian", "mohamed-al-menfi"}},
		{"fr", "Giuseppe Conte a reçu samedi le maréchal Khalifa Haftar, a annoncé le palais Chigi.", []string{"giuseppe-conte", "khalifa-haftar"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2021-03-25", "Titre\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), c.want)
		}
	}
	// the speaker set off before its verb still speaks
	f := factsOn(t, x, "fr", "2021-03-25", "Titre\n\nLe président du Conseil présidentiel libyen, Mohamed el-Menfi, a annoncé que des élections auraient lieu en décembre.")
	if len(f.Meetings) != 0 || !slices.Contains(speakers(f), "mohamed-al-menfi") {
		t.Errorf("fr apposition subject: meetings %v, statements %v, want Menfi's statement only", allParts(f), f.Statements)
	}
}

// TestTopicPrepositionsBeforeACountry: a country after a topic
// preposition ("au sujet de la Libye", "à propos du Tchad", "acerca de
// Túnez", "en relación con Libia", "a propósito de Túnez") is what the
// two spoke of, no second partner of a call or meeting.
func TestTopicPrepositionsBeforeACountry(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "La chancelière Angela Merkel s'est entretenue samedi au téléphone avec le président turc Recep Tayyip Erdogan au sujet de la Libye.", []string{"angela-merkel", "recep-tayyip-erdogan"}},
		{"fr", "Emmanuel Macron a reçu mardi Fayez al-Sarraj à propos de la Libye et de la Tunisie.", []string{"emmanuel-macron", "fayez-al-sarraj"}},
		{"fr", "Jean-Yves Le Drian s'est entretenu avec Sameh Choukry au sujet du Soudan.", []string{"jean-yves-le-drian", "sameh-shoukry"}},
		{"fr", "Jean-Yves Le Drian s'est entretenu avec Sameh Choukry à propos du Tchad.", []string{"jean-yves-le-drian", "sameh-shoukry"}},
		{"es", "González Laya conversó por teléfono con Cavusoglu acerca de Túnez.", []string{"arancha-gonzalez-laya", "mevlut-cavusoglu"}},
		{"es", "González Laya conversó por teléfono con Cavusoglu en relación con Libia.", []string{"arancha-gonzalez-laya", "mevlut-cavusoglu"}},
		{"es", "González Laya se reunió con Cavusoglu a propósito de Túnez.", []string{"arancha-gonzalez-laya", "mevlut-cavusoglu"}},
		{"it", "Di Maio ha avuto un colloquio telefonico con Cavusoglu riguardo alla Tunisia.", []string{"luigi-di-maio", "mevlut-cavusoglu"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-10", "Titre\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), c.want)
		}
	}
}

// TestDuringPhraseOpensTheSentence: a "during" phrase that opens the
// sentence, past the agency's dateline, holds the meeting ("Lors de son
// entretien avec X, Y a souligné …", "During his meeting with X, Y
// stressed …", "Durante su reunión con X, Y subrayó …"), as an "after"
// phrase does: the name after its comma is the speech verb's subject
// and the meeting's party, not a reporter left out of it. An "after"
// phrase right after a dateline opens the sentence too.
func TestDuringPhraseOpensTheSentence(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "PARIS – Lors de son entretien avec Sameh Choukry, Jean-Yves Le Drian a souligné l'urgence d'un cessez-le-feu.", []string{"jean-yves-le-drian", "sameh-shoukry"}},
		{"fr", "PARIS – Au cours de sa rencontre avec Fayez al-Sarraj, Emmanuel Macron a insisté sur le retrait des mercenaires.", []string{"emmanuel-macron", "fayez-al-sarraj"}},
		{"fr", "Lors de son entretien avec Sameh Choukry, Jean-Yves Le Drian a souligné l'urgence d'un cessez-le-feu.", []string{"jean-yves-le-drian", "sameh-shoukry"}},
		{"fr", "PARIS – Après un entretien avec Sameh Choukry, Jean-Yves Le Drian a souligné l'urgence d'un cessez-le-feu.", []string{"jean-yves-le-drian", "sameh-shoukry"}},
		{"en", "LONDON – During his meeting with Fayez al-Sarraj, Dominic Raab stressed the need for a ceasefire.", []string{"dominic-raab", "fayez-al-sarraj"}},
		{"it", "ROMA – Durante l'incontro con Fayez al-Sarraj, Giuseppe Conte ha ribadito il sostegno dell'Italia.", []string{"giuseppe-conte", "fayez-al-sarraj"}},
		{"es", "MADRID – Durante su reunión con Fayez al Sarraj, Arancha González Laya subrayó la necesidad de un alto el fuego.", []string{"arancha-gonzalez-laya", "fayez-al-sarraj"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-10", "Titre\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), c.want)
		}
	}
}

// TestArabicPhoneTalks: talks by telephone with the plural noun and its
// feminine adjective ("مباحثات هاتفية", "محادثات هاتفية", "مشاورات
// هاتفية", "المحادثات الهاتفية") are a call, not a meeting in person;
// talks with no phone word stay in person.
func TestArabicPhoneTalks(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		call bool
	}{
		{"أجرى وزير الشؤون الخارجية ناصر بوريطة مباحثات هاتفية مع وزيرة الخارجية الليبية نجلاء المنقوش.", true},
		{"أجرى جاويش أوغلو محادثات هاتفية مع نظيره الروسي سيرغي لافروف تناولت الملف الليبي.", true},
		{"أجرى المنفي مشاورات هاتفية مع الرئيس التونسي قيس سعيّد.", true},
		{"تناولت المحادثات الهاتفية بين تبون وماكرون الوضع في ليبيا.", true},
		{"أجرى المنفي مباحثات مع الرئيس التونسي قيس سعيّد في قرطاج.", false},
	}
	for _, c := range cases {
		f := factsOn(t, x, "ar", "2021-05-10", "عنوان\n\n"+c.text)
		if len(f.Meetings) != 1 || (f.Meetings[0].Mode == graph.ModeCall) != c.call {
			t.Errorf("%q: meetings %v, want one (call %v)", c.text, f.Meetings, c.call)
		}
	}
}

// TestSidelinesBodyIsNoParty: the body whose gathering a "sidelines"
// phrase names ("en marge de l'Assemblée générale des Nations unies",
// "on the sidelines of the UN General Assembly", "على هامش اجتماعات
// الجمعية العامة للأمم المتحدة", "al margen de la Asamblea General de
// la ONU", "du Conseil des affaires étrangères de l'Union européenne")
// is no party to the talks held beside it, whatever its gathering is
// called.
func TestSidelinesBodyIsNoParty(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "NEW YORK – En marge de l'Assemblée générale des Nations unies, Jean-Yves Le Drian s'est entretenu avec son homologue égyptien Sameh Choukry.", []string{"jean-yves-le-drian", "sameh-shoukry"}},
		{"fr", "Jean-Yves Le Drian s'est entretenu avec Sameh Choukry en marge de l'Assemblée générale des Nations unies.", []string{"jean-yves-le-drian", "sameh-shoukry"}},
		{"fr", "BRUXELLES – En marge du Conseil des affaires étrangères de l'Union européenne, Jean-Yves Le Drian s'est entretenu avec Luigi Di Maio.", []string{"jean-yves-le-drian", "luigi-di-maio"}},
		{"en", "NEW YORK – On the sidelines of the UN General Assembly, Dominic Raab met Sameh Shoukry.", []string{"dominic-raab", "sameh-shoukry"}},
		{"it", "NEW YORK – A margine dell'Assemblea generale delle Nazioni Unite, Luigi Di Maio ha incontrato Sameh Shoukry.", []string{"luigi-di-maio", "sameh-shoukry"}},
		{"es", "NUEVA YORK – Al margen de la Asamblea General de la ONU, Arancha González Laya se reunió con Sameh Shukri.", []string{"arancha-gonzalez-laya", "sameh-shoukry"}},
		{"ar", "نيويورك - على هامش اجتماعات الجمعية العامة للأمم المتحدة، التقى سامح شكري نظيره الجزائري صبري بوقادوم.", []string{"sameh-shoukry", "sabri-boukadoum"}},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-09-25", "Titre\n\n"+c.text)
		if !onlyMeetingOf(f, c.want) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), c.want)
		}
	}
}
