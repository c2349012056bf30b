package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestInstitutionSources: an office that is no actor of the lexicon ("the
// ministry said", "a précisé le ministère", "сообщили в министерстве",
// "Bakanlık kaynakları") is an unnamed source: the statement gets no
// speaker rather than the person the sentence is about. A definite
// description of an office the article named before ("the ministry
// added" after "the US State Department") is that office.
func TestInstitutionSources(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Le ministre Sergueï Lavrov recevra jeudi son homologue turc, a précisé le ministère dans un communiqué.", nil},
		// (a French paper's own presidency, in an article about the French president)
		{"fr", "Emmanuel Macron doit se rendre à Alger en mars, a annoncé la présidence.", []string{"france"}},
		// the Quai d'Orsay is France (gold convention: institutions as speakers)
		{"fr", "Jean-Yves Le Drian doit rencontrer Aguila Saleh lundi, a indiqué le Quai d'Orsay.", []string{"france"}},
		{"en", "Sergey Lavrov will host Mevlüt Çavuşoğlu on Monday, the ministry said in a statement.", nil},
		{"ru", "Переговоры Сергея Лаврова с Хафтаром продлятся два дня, сообщили в министерстве.", nil},
		{"ru", "Как сообщил МИД, Лавров обсудил с Хафтаром прекращение огня.", nil},
		{"it", "Fonti del ministero riferiscono che Luigi Di Maio partirà domani per Ankara.", nil},
		{"tr", "Bakanlık kaynakları, Hulusi Akar'ın Trablus'ta temaslarda bulunduğunu belirtti.", nil},
		{"ur", "ترک ایوانِ صدر کے مطابق رجب طیب اردوان نے فائز السراج سے ملاقات کی۔", nil},
		{"ar", "وأعلنت الرئاسة أن الرئيس عبد المجيد تبون سيستقبل فائز السراج الأحد.", nil},
		{"ar", "وقالت وزارة الخارجية الأمريكية إن الوفد التقى قادة الجيش. وأضافت الوزارة أن اللقاء يأتي في إطار الحياد.", []string{"us-department-of-state", "us-department-of-state"}},
	}
	for _, c := range cases {
		if got := speakers(factsOf(t, x, c.lang, c.text)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s %q: speakers %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}

// TestSourceCloseTo: "a source close to X said" is the unnamed source's,
// not X's, in every language that links the source to X.
func TestSourceCloseTo(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"en", "A source close to the Libyan National Army said the draft set no deadline."},
		{"fr", "Une source proche du gouvernement d'union nationale a affirmé que le texte ne fixait aucun délai."},
		{"es", "Una fuente cercana a Jalifa Haftar aseguró que el borrador no fijaba ningún plazo."},
		{"it", "Una fonte vicina a Khalifa Haftar ha detto che la bozza non fissava alcuna scadenza."},
	}
	for _, c := range cases {
		if got := speakers(factsOf(t, x, c.lang, c.text)); len(got) > 0 {
			t.Errorf("%s %q: speakers %v, want none", c.lang, c.text, got)
		}
	}
}

// TestUrduErgativeSubject: in Urdu the subject of a past transitive verb
// carries "نے"; the president in "the presidency's spokesman X نے" is not
// the speaker, nor is "ایوانِ صدر" (the presidency) a president.
func TestUrduErgativeSubject(t *testing.T) {
	x := shipped(t)
	text := "ترک صدر رجب طیب اردوان نے فائز السراج سے ملاقات کی۔ ترک ایوانِ صدر کے ترجمان سلیم آق تاش نے صحافیوں کو بتایا کہ تعاون کسی تیسرے ملک کے خلاف نہیں ہے۔"
	got := speakers(factsOf(t, x, "ur", text))
	if len(got) != 1 || !strings.HasPrefix(got[0], "x-") {
		t.Errorf("%q: speakers %v, want the spokesman (x-…)", text, got)
	}
}
