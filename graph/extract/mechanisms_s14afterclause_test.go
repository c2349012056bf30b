package extract

import "testing"

// TestOpeningAfterPartnerStaysInItsPhrase: the partner named in an
// "after" phrase that opens the sentence ("After meeting X", "Après avoir
// rencontré X", "Dopo aver incontrato X", "Tras reunirse con X",
// "Following his talks with X") belongs to that phrase's meeting only;
// the main clause's subject, named after the phrase's comma, is the
// subject of every later meeting of the sentence, a purpose clause's ("to
// see Y", "pour voir Y") too. Arabic, Russian and Turkish mark the
// phrase's partner ("مع", "с", "ile") and were right already.
func TestOpeningAfterPartnerStaysInItsPhrase(t *testing.T) {
	x := shipped(t)
	first := []string{"abdul-hamid-dbeibah", "heiko-maas"}
	second := []string{"heiko-maas", "aguila-saleh-issa"}
	cases := []struct{ lang, text string }{
		{"en", "After meeting Abdul Hamid Dbeibah in Tripoli on Sunday, Heiko Maas travelled to Tobruk to see Aguila Saleh."},
		{"en", "Following his talks with Abdul Hamid Dbeibah, Heiko Maas received Aguila Saleh at the embassy on Tuesday."},
		{"fr", "Après avoir rencontré Abdul Hamid Dbeibah dimanche, Heiko Maas s'est rendu à Tobrouk pour voir Aguila Saleh."},
		{"fr", "À l'issue de son entretien avec Abdul Hamid Dbeibah, Heiko Maas a reçu Aguila Saleh mardi à l'ambassade."},
		{"it", "Dopo aver incontrato Abdul Hamid Dbeibah domenica, Heiko Maas è volato a Tobruk per vedere Aguila Saleh."},
		{"es", "Tras reunirse con Abdul Hamid Dbeibah el domingo, Heiko Maas viajó a Tobruk para ver a Aguila Saleh."},
		{"ru", "После встречи с Абдель Хамидом Дбейбой в воскресенье Хайко Маас вылетел в Тобрук, чтобы встретиться с Агилой Салехом."},
		{"ar", "وبعد لقائه مع عبد الحميد الدبيبة يوم الأحد، توجه هايكو ماس إلى طبرق للقاء عقيلة صالح."},
	}
	for _, c := range cases {
		wantAllParts(t, x, c.lang, c.text, [][]string{first, second})
	}
}
