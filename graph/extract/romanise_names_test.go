package extract

import "testing"

// Unknown Arabic-script names take the usual English spelling of their
// words (romanise.yaml), with the article kept as "al-", and a guessed
// vowel for the words the list lacks.
func TestRomaniseNameWords(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, in, want string }{
		{"ar", "يوسف الشريف", "Youssef al-Sharif"},
		{"ar", "نبيل أبو شحمة", "Nabil Abu Shahma"},
		{"ar", "عبد الكريم الفيتوري", "Abdulkarim al-Fitouri"},
		{"ar", "هاني المبروك", "Hani al-Mabrouk"},
		{"ur", "ساجد محمود", "Sajid Mahmood"},
		{"ur", "وسیم اختر خان", "Waseem Akhtar Khan"},
		{"ur", "عبدالرحمان چوہدری", "Abderrahmane Chaudhri"},
		{"ur", "رشید خٹک", "Rasheed Khattak"},
		{"ar", "فرج", "Faraj"},
		{"ur", "خرم", "Khurram"},
	} {
		if got := x.lx.romaniseName(c.in, c.lang); got != c.want {
			t.Errorf("%s %q: got %q, want %q", c.lang, c.in, got, c.want)
		}
	}
	// a word the list lacks still reads with vowels: "ختک" is not "Khtk"
	if got := x.lx.romaniseName("ختک", "ur"); got != "Khatak" {
		t.Errorf("unlisted word: got %q", got)
	}
}
