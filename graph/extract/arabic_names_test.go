package extract

import (
	"testing"

	"github.com/parley/parley/graph"
)

// TestArabicScriptNames: in Arabic script, where no capital marks a name,
// the listed name words tell where an unknown person's name starts after
// a title and its complement, which given names belong to a listed
// person, and who speaks when an untitled name fills the speaker slot.
func TestArabicScriptNames(t *testing.T) {
	runConstructions(t, "ar", []consCase{
		// the title's complement is no part of the name
		{text: "والتقى وزير الخارجية سامح شكري أمس وزير التخطيط والمالية يوسف الفيتوري في القاهرة.",
			meet: []string{"meet held 2021-03-09 sameh-shoukry,x-youssef-al-fitouri"}},
		// an untitled name right after the speech verb speaks
		{text: "وقال هاني المبروك إن الحكومة لن تقبل أي تدخل خارجي.",
			say: []string{"x-hani-al-mabrouk"}},
		// a long title phrase before a listed name makes no second person
		{text: "ونفى الناطق باسم القيادة العامة اللواء أحمد المسماري أي لقاء مع الوفد التركي.",
			say: []string{"ahmed-al-mismari"}},
	})
	runConstructions(t, "ur", []consCase{
		{text: "سامح شکری نے کل وزیر منصوبہ بندی و ترقی یوسف الفیتوری سے قاہرہ میں ملاقات کی۔",
			meet: []string{"meet held 2021-03-09 sameh-shoukry,x-yousaf-al-fitouri"}},
		{text: "اجلاس کے بعد صحافیوں سے گفتگو کرتے ہوئے وسیم اختر خان نے کہا کہ پاکستان لیبیا میں امن کا حامی ہے۔",
			say: []string{"x-waseem-akhtar-khan"}},
		// the listed person's own given names after a title are his:
		// no partial second person "Muhammad Taha"
		{text: "شاہ محمود قریشی نے وزیر خارجہ محمد طاہا سیالہ سے ویڈیو لنک کے ذریعے بات چیت کی۔",
			meet: []string{"video held - mohamed-taha-siala,shah-mahmood-qureshi"}},
	})
}

// TestTitleOwnerNotParticipant: the country an unknown official's title is
// of labels the official; it does not join their meeting.
func TestTitleOwnerNotParticipant(t *testing.T) {
	runConstructions(t, "ar", []consCase{
		{text: "والتقى سفير باكستان لدى ليبيا عامر خطاب أمس فتحي باشاغا في طرابلس.",
			meet: []string{"meet held 2021-03-09 fathi-bashagha,x-amir-khatab"}},
	})
	runConstructions(t, "ur", []consCase{
		{text: "لیبیا میں پاکستان کے سفیر عامر خٹک نے کل طرابلس میں وزیر داخلہ فتحی باشاغا سے ملاقات کی۔",
			meet: []string{"meet held 2021-03-09 fathi-bashagha,x-amir-khattak"}},
	})
	runConstructions(t, "en", []consCase{
		{text: "Pakistan’s ambassador Amir Khattak met Interior Minister Fathi Bashagha in Tripoli yesterday.",
			meet: []string{"meet held 2021-03-09 fathi-bashagha,x-amir-khattak"}},
	})
}

// TestUnnamedSourcesArabicScript: a source left unnamed speaks for no one
// the article names, however its adjectives read and wherever its
// relative clause ends.
func TestUnnamedSourcesArabicScript(t *testing.T) {
	runConstructions(t, "ar", []consCase{
		{text: "وصل خالد المشري إلى الرباط أمس، غير أن مصدراً دبلوماسياً مغربياً أكد أن اللقاء لم يتقرر بعد.",
			say: nil},
		{text: "ويوجد فتحي باشاغا في أنقرة منذ السبت، وفق مصدر أمني تركي طلب عدم ذكر اسمه، أوضح أن الوضع الأمني في العاصمة مستقر.",
			say: nil},
	})
	runConstructions(t, "ur", []consCase{
		{text: "سفارتی حلقوں کا کہنا ہے کہ وزیر خارجہ قریشی آئندہ ماہ قاہرہ جائیں گے۔",
			meet: []string{"meet planned 2021-04 egypt,shah-mahmood-qureshi"}},
	})
}

// TestDelegationSubject: a delegation named as the subject of a meeting
// is its members named before.
func TestDelegationSubject(t *testing.T) {
	runConstructions(t, "ur", []consCase{
		{text: "وزارت خزانہ کے جوائنٹ سیکرٹری عمران خٹک کی قیادت میں پانچ رکنی وفد پیر کو قاہرہ پہنچا۔ وفد میں ڈائریکٹر نوید اختر بھی شامل ہیں۔ وفد نے منگل کو مصر کے وزیر خارجہ سامح شکری سے ملاقات کی۔",
			meet: []string{"meet held 2021-03-09 sameh-shoukry,x-imran-khattak,x-naveed-akhtar"}},
	})
	runConstructions(t, "ar", []consCase{
		{text: "وترأس الوفد الليبي وكيل وزارة الخارجية عمر الكوني، وضم الوفد المستشار سالم الزروق. والتقى الوفد أمس وزير الخارجية الجزائري صبري بوقادوم في العاصمة الجزائرية.",
			meet: []string{"meet held 2021-03-09 sabri-boukadoum,x-omar-al-koni,x-salem-al-zarrouk"}},
	})
}

// TestOtherGivenNameArabicScript: a listed surname after another given
// name than the listed person's is someone else's.
func TestOtherGivenNameArabicScript(t *testing.T) {
	runConstructions(t, "ar", []consCase{
		{text: "وقال وكيل وزارة الخارجية عمر الكوني إن الحكومة ترحب بالمبادرة.",
			say: []string{"x-omar-al-koni"}},
	})
	runConstructions(t, "ur", []consCase{
		{text: "شاہ محمود قریشی نے وزیر خارجہ محمد طاہا سیالہ سے ٹیلی فون پر بات کی۔",
			meet: []string{"call held - mohamed-taha-siala,shah-mahmood-qureshi"}},
	})
}

// TestUrduVisitDestination: the place after "دورۂ" or before "کا دورہ"
// is where the visit goes, not a participant.
func TestUrduVisitDestination(t *testing.T) {
	runConstructions(t, "ur", []consCase{
		{text: "ترجمان کے مطابق وزیر خارجہ شاہ محمود قریشی کا دورۂ مصر، جہاں ان کی سامح شکری سے ملاقات طے تھی، ملتوی کر دیا گیا ہے۔",
			meet: []string{"meet cancelled - sameh-shoukry,shah-mahmood-qureshi"}},
	})
}

// TestCapitalOfSameName: in Arabic script a meeting "in تونس" or "in
// الجزائر" is held in the capital, which shares the country's name.
func TestCapitalOfSameName(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text, want string }{
		{"ar", "والتقى وزير الخارجية المصري سامح شكري أمس في تونس الرئيس قيس سعيد.", "tunis"},
		{"ar", "والتقى سامح شكري أمس في الجزائر وزير الخارجية صبري بوقادوم.", "algiers"},
		{"ur", "سامح شکری نے کل تیونس میں صدر قیس سعید سے ملاقات کی۔", "tunis"},
	} {
		f, err := x.Article(graph.Article{ID: "t", Lang: c.lang, Published: consPublished, Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.want {
			t.Errorf("%s %s: got %+v, want one meeting in %s", c.lang, c.text, f.Meetings, c.want)
		}
	}
}

// TestUrduNameWithWaw: Urdu joins with "اور" or a lone "و", so a name
// word that starts with و ("ویکیو", "وقار") stays in the name.
func TestUrduNameWithWaw(t *testing.T) {
	runConstructions(t, "ur", []consCase{
		{text: "وزارت کے ترجمان احمد وقار نے بتایا کہ مذاکرات مثبت رہے۔",
			say: []string{"x-ahmed-waqar"}},
	})
}

// TestQuotedNameIsNoStatement: an organisation's name set off by
// quotation marks is nobody's words.
func TestQuotedNameIsNoStatement(t *testing.T) {
	runConstructions(t, "ar", []consCase{
		{text: "واستقبل الرئيس عبد الفتاح السيسي أمس في القاهرة قائد «الجيش الوطني الليبي» خليفة حفتر.",
			meet: []string{"meet held 2021-03-09 abdel-fattah-el-sisi,khalifa-haftar"}},
	})
}

// TestGroupSpeaks: words a group says together ("وأكد الجانبان", "دونوں
// رہنماؤں نے کہا") are no single speaker's.
func TestGroupSpeaks(t *testing.T) {
	runConstructions(t, "ar", []consCase{
		{text: "والتقى سامح شكري أمس في القاهرة فتحي باشاغا. وأكد الجانبان أن الحل في ليبيا سياسي.",
			meet: []string{"meet held 2021-03-09 fathi-bashagha,sameh-shoukry"}},
	})
	runConstructions(t, "ur", []consCase{
		{text: "سامح شکری نے کل قاہرہ میں فتحی باشاغا سے ملاقات کی۔ دونوں رہنماؤں نے کہا کہ لیبیا کا حل سیاسی ہے۔",
			meet: []string{"meet held 2021-03-09 fathi-bashagha,sameh-shoukry"}},
	})
}

// TestCapitalByCountry: "the Algerian capital", "Algeria's capital" is
// Algiers, where the meeting is.
func TestCapitalByCountry(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct{ lang, text, want string }{
		{"ar", "والتقى سامح شكري أمس في العاصمة الجزائرية وزير الخارجية صبري بوقادوم.", "algiers"},
		{"ar", "التقى فتحي باشاغا أمس بالعاصمة الروسية وزير الخارجية سيرغي لافروف.", "moscow"},
		{"ur", "سامح شکری نے کل الجزائر کے دارالحکومت میں صبری بوقادوم سے ملاقات کی۔", "algiers"},
	} {
		f, err := x.Article(graph.Article{ID: "t", Lang: c.lang, Published: consPublished, Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Meetings) != 1 || f.Meetings[0].Place != c.want {
			t.Errorf("%s %s: got %+v, want one meeting in %s", c.lang, c.text, f.Meetings, c.want)
		}
	}
}

// TestSeparateEachNoHost: talks held "with each in turn" by someone the
// clause leaves unnamed never join the partners to each other, while a
// "separate" (private) meeting of two stays theirs.
func TestSeparateEachNoHost(t *testing.T) {
	runConstructions(t, "ur", []consCase{
		{text: "اقوام متحدہ کی ایلچی کی عقیلہ صالح اور خالد المشری سے الگ الگ ویڈیو بات چیت",
			meet: nil},
		{text: "حفتر اتوار کو برلن جائیں گے جہاں جرمن چانسلر انگیلا میرکل ان سے علیحدہ ملاقات کریں گی۔",
			meet: []string{"meet planned 2021-03-14 angela-merkel,khalifa-haftar"}},
	})
	runConstructions(t, "ar", []consCase{
		{text: "وأجرى المبعوث الأممي محادثات مع عقيلة صالح وخالد المشري كل على حدة.",
			meet: nil},
	})
}
