package extract

import "testing"

// TestSingleMarkQuotes: Urdu and Arabic papers also quote with one
// single mark on each side (’…‘ or ‘…’): the words inside are direct
// speech, and a future verb inside says nothing of a meeting's status.
func TestSingleMarkQuotes(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"ur", "وزیر خارجہ شاہ محمود قریشی نے صحافیوں سے کہا: ’پاکستان لیبیا میں امن کی ہر کوشش کی حمایت کرے گا۔‘"},
		{"ur", "ترک صدر رجب طیب اردوان نے کہا: ‘ترکی لیبیا کی جائز حکومت کو تنہا نہیں چھوڑے گا۔’"},
		{"ar", "وقال وزير الخارجية المصري سامح شكري: ’لن نسمح بتهديد أمننا القومي‘."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		if len(f.Statements) != 1 || !f.Statements[0].Quote {
			t.Errorf("%s %q: statements %+v, want one direct quotation", c.lang, c.text, f.Statements)
		}
	}
	f := factsOf(t, x, "ur", "المنقوش، جنہوں نے پیر کو روم میں اطالوی وزیر خارجہ لوئیجی دی مایو سے ملاقات کی تھی، نے کہا: ’ہم کسی کو مداخلت کی اجازت نہیں دیں گے۔‘")
	if len(f.Meetings) != 1 || f.Meetings[0].Status != "held" {
		t.Errorf("ur relative meeting: %+v, want one held meeting", f.Meetings)
	}
}
