package extract

import (
	"strings"
	"testing"
)

// TestAccordingToAnInstitutionIsProvenance: an organisation, a document
// or an office named only as the source of a report ("según la ONU", "по
// данным ООН", "according to a UNSMIL readout", "according to Dbeibah's
// office") tells where the report comes from and is no statement; nor is
// a determiner that reads as a pronoun ("según el Ministerio", "el" for
// "él"; "по мнению его советников", "его" of the advisers) the person
// the sentence before was about.
func TestAccordingToAnInstitutionIsProvenance(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"es", "Lorenzo Guerini recibió a Salah Namroush en Roma el lunes.\n\nSegún el Ministerio de Defensa italiano, los dos hablaron de la formación de los guardacostas libios."},
		{"es", "Josep Borrell llegó a Trípoli el jueves.\n\nLos mercenarios extranjeros siguen en el centro del país, según la ONU, pese al alto el fuego."},
		{"fr", "Jean-Yves Le Drian est arrivé à Tripoli jeudi.\n\nSelon l'ONU, plusieurs milliers de mercenaires restent déployés autour de Syrte."},
		{"it", "Luigi Di Maio è arrivato a Tripoli giovedì.\n\nSecondo l'Onu, migliaia di mercenari restano schierati intorno a Sirte."},
		{"ru", "Сергей Лавров принял Наджлу Мангуш в Москве.\n\nПо мнению его советников, визит укрепил связи двух стран на много лет вперёд."},
		{"ru", "Сергей Лавров принял Наджлу Мангуш в Москве.\n\nПо данным ООН, несколько тысяч наёмников по-прежнему остаются под Сиртом."},
		{"en", "Stephanie Williams flew to Cairo on Tuesday.\n\nThe talks with the army chief lasted three hours and dealt with the ceasefire, according to a UNSMIL readout."},
		{"en", "Abdul Hamid Dbeibah arrived in Ankara on Monday.\n\nHis talks with the Turkish defence minister covered the training of Libyan officers, according to Dbeibah's office."},
		{"ar", "وصل وزير الخارجية الإيطالي لويجي دي مايو إلى طرابلس يوم الخميس.\n\nوبحسب الأمم المتحدة، لا يزال آلاف المرتزقة منتشرين حول سرت."},
		{"tr", "Mevlüt Çavuşoğlu perşembe günü Trablus'a geldi.\n\nBM'ye göre binlerce paralı asker hâlâ Sirte çevresinde bulunuyor."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		for _, s := range f.Statements {
			if strings.HasSuffix(s.Evidence.Rule, ".speech.according") {
				t.Errorf("%s %q: according statement %s: %q", c.lang, c.text, s.Speaker, s.Text)
			}
		}
	}
}

// TestAccordingToAPersonStaysHisStatement: "according to" a person, a
// pronoun standing alone ("según él,", "selon lui,") or a named person, is
// still that person's statement.
func TestAccordingToAPersonStaysHisStatement(t *testing.T) {
	x := shipped(t)
	wantSpeakersOf(t, x, []speakerCase{
		{"es", "Josep Borrell llegó a Trípoli el jueves para reunirse con Mohamed Menfi.\n\nSegún él, la tregua sigue siendo frágil pero se mantiene.", "la tregua sigue siendo frágil", "josep-borrell"},
		{"en", "Stephanie Williams flew to Cairo on Tuesday.\n\nThe ceasefire is holding but remains fragile, according to Williams.", "remains fragile", "stephanie-williams"},
		{"ru", "Сергей Лавров принял Наджлу Мангуш в Москве.\n\nПо словам Лаврова, перемирие остаётся хрупким.", "перемирие остаётся хрупким", "sergey-lavrov"},
	})
}

// TestViewpointOfAPersonNeedsAJudgement: "For X, …" opening a sentence
// about X's situation, with no quotation of X and no judgement word in
// its clause, is the writer's, no statement by X; with a quotation or a
// judgement word ("must", "debe", "bisogna", "pourrait") it is X's view,
// and a person the lexicon does not list (an expert) keeps his view.
func TestViewpointOfAPersonNeedsAJudgement(t *testing.T) {
	x := shipped(t)
	none := []struct{ lang, text string }{
		{"en", "For Khalifa Haftar, the road to Tripoli has always been a long one."},
		{"fr", "Pour Fathi Bachagha, le ministère de l'Intérieur a d'abord été un tremplin politique."},
		{"es", "Para Fayez al Serraj, el año 2020 empezó con la ofensiva sobre Trípoli."},
		{"it", "Per Khalifa Haftar, la campagna su Tripoli è stata anche una sfida personale."},
	}
	for _, c := range none {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		for _, s := range f.Statements {
			t.Errorf("%s %q: statement %s: %q", c.lang, c.text, s.Speaker, s.Text)
		}
	}
	wantSpeakersOf(t, x, []speakerCase{
		{"en", "For Claudia Gazzini, an analyst at the Crisis Group, Europe must speak with one voice on Libya.", "Europe must speak", "x-claudia-gazzini"},
		{"es", "Para Marta Ibáñez, profesora de la Universidad Complutense, Europa debe hablar con una sola voz sobre Libia.", "Europa debe hablar", "x-marta-ibanez"},
		{"fr", "Pour Hélène Dubois, chercheuse à l'IFRI, « l'Europe a perdu la main en Libye ».", "l'Europe a perdu la main", "x-helene-dubois"},
		{"it", "Per Marco Bellini, analista dell'ISPI, bisogna riaprire il dialogo con Bengasi.", "riaprire il dialogo", "x-marco-bellini"},
		{"en", "For Stephanie Williams, the two camps must return to the table before the summer.", "must return to the table", "stephanie-williams"},
		{"fr", "Pour Stephanie Williams, la trêve pourrait ne pas survivre à l'été.", "ne pas survivre", "stephanie-williams"},
		{"es", "Para Stephanie Williams, hay que celebrar las elecciones antes de fin de año.", "celebrar las elecciones", "stephanie-williams"},
	})
}
