package extract

import "testing"

// TestRelativeClauseNamesAttendees: a relative clause right after a
// conference or meeting noun that names people before its attend verb
// ("the Rome summit, which A, B and C are expected to attend", "auquel A,
// B et C doivent participer", "a la que A, B y C tienen previsto
// asistir") tells who takes part in the host's gathering; a relative
// clause about a person ("X met Y, who later attended the summit") does
// not.
func TestRelativeClauseNamesAttendees(t *testing.T) {
	x := shipped(t)
	host := []string{"mario-draghi", "emmanuel-macron", "recep-tayyip-erdogan", "abdel-fattah-el-sisi"}
	cases := []struct{ lang, text string }{
		{"en", "On Monday Mario Draghi will host a summit on Libya that Emmanuel Macron, Recep Tayyip Erdoğan and Abdel Fattah el-Sisi are due to attend."},
		{"en", "Mario Draghi hosted a summit in Rome, which Emmanuel Macron, Recep Tayyip Erdoğan and Abdel Fattah el-Sisi attended on Monday."},
		{"fr", "Dimanche, Mario Draghi accueillera le sommet de Rome, auquel Emmanuel Macron, Recep Tayyip Erdoğan et Abdel Fattah al-Sissi doivent participer."},
		{"es", "El domingo Mario Draghi acogerá la cumbre de Roma, a la que Emmanuel Macron, Recep Tayyip Erdoğan y Abdelfatá al Sisi tienen previsto asistir."},
		{"it", "Domenica Mario Draghi ospiterà il vertice di Roma, a cui Emmanuel Macron, Recep Tayyip Erdoğan e Abdel Fattah al-Sisi dovrebbero partecipare."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
		if !onlyMeetingOf(f, host) {
			t.Errorf("%s %q: meetings %v, want only %v", c.lang, c.text, allParts(f), host)
		}
	}
	wantAllParts(t, x, "en", "Mario Draghi met Emmanuel Macron, who later attended the summit.", [][]string{{"mario-draghi", "emmanuel-macron"}})
}

// TestSeparateBecauseThePairDidNotMeet: a host who saw two rivals
// separately, with a clause after a comma saying why ("since the two men
// did not meet", "car les deux hommes ne se sont pas rencontrés", "إذ رفض
// الرجلان … ولم يلتقيا"), met each of them: the denial is the pair's, not
// the host's meetings.
func TestSeparateBecauseThePairDidNotMeet(t *testing.T) {
	x := shipped(t)
	want := [][]string{{"angela-merkel", "fayez-al-sarraj"}, {"angela-merkel", "khalifa-haftar"}}
	cases := []struct{ lang, text string }{
		{"en", "On Sunday Angela Merkel met Fayez al-Sarraj and Khalifa Haftar separately, since the two men refused to sit at the same table and did not meet."},
		{"fr", "Dimanche, Angela Merkel a reçu séparément Fayez al-Sarraj et Khalifa Haftar, car les deux hommes ne se sont pas rencontrés."},
		{"it", "Domenica Angela Merkel ha incontrato separatamente Fayez al-Sarraj e Khalifa Haftar, perché i due non si sono mai incontrati."},
		{"es", "El domingo Angela Merkel se reunió por separado con Fayez al Serraj y Jalifa Haftar, ya que los dos hombres no se reunieron."},
		{"tr", "Merkel pazar günü Fayez es-Serrac ve Halife Hafter ile ayrı ayrı görüştü, çünkü iki lider bir araya gelmedi."},
		{"ar", "والتقت ميركل يوم الأحد كلا من السراج وحفتر كل على حدة، إذ رفض الرجلان الجلوس إلى طاولة واحدة ولم يلتقيا."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, want)
	}
	// (a denial of the host's own meeting still denies it)
	wantAllParts(t, x, "en", "On Sunday Angela Merkel did not meet Fayez al-Sarraj and Khalifa Haftar, and the two men did not meet either.", nil)
}

// TestArabicEachOf: Arabic "كلا من" ("each of") before the partners of a
// meeting verb is no negation "لا" ("التقى ماكرون كلا من السراج وحفتر" is
// one meeting of three); with "على انفراد" ("on his own") after them the
// subject met each partner alone, and a real negation still denies.
func TestArabicEachOf(t *testing.T) {
	x := shipped(t)
	wantAllParts(t, x, "ar", "التقى ماكرون كلا من السراج وحفتر.", [][]string{{"emmanuel-macron", "fayez-al-sarraj", "khalifa-haftar"}})
	wantAllParts(t, x, "ar", "وعلى هامش المؤتمر، التقت ميركل كلاً من السراج وحفتر.", [][]string{{"angela-merkel", "fayez-al-sarraj", "khalifa-haftar"}})
	wantAllParts(t, x, "ar", "واستقبل تبون أمس كلاً من السراج وعقيلة صالح على انفراد.", [][]string{{"abdelmadjid-tebboune", "fayez-al-sarraj"}, {"abdelmadjid-tebboune", "aguila-saleh-issa"}})
	wantAllParts(t, x, "ar", "والتقت ميركل يوم الأحد كلا من السراج وحفتر على انفراد، إذ رفض الرجلان الجلوس إلى طاولة واحدة ولم يلتقيا.", [][]string{{"angela-merkel", "fayez-al-sarraj"}, {"angela-merkel", "khalifa-haftar"}})
	wantAllParts(t, x, "ar", "والتقى السيسي حفتر على انفراد في القاهرة.", [][]string{{"abdel-fattah-el-sisi", "khalifa-haftar"}})
	wantAllParts(t, x, "ar", "لم يلتق ماكرون كلا من السراج وحفتر.", nil)
}
