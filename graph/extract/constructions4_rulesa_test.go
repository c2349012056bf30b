package extract

import "testing"

// TestConstructionsAnalysis: the turns of analytical and background
// pieces in ar, ru, de, tr and ur: experts and advisers with long titles,
// speakers named by an epithet after the quotation, references back to a
// meeting already told ("after the meeting X said"), and events another
// party describes.
func TestConstructionsAnalysis(t *testing.T) {
	runConstructions(t, "ru", []consCase{
		{text: "Политолог Андрей Сушенцов из МГИМО полагает, что Анкара «не уйдёт из Триполи добровольно».",
			say: []string{"x-andrey-sushentsov"}},
		{text: "Арабист Василий Кузнецов из Института востоковедения РАН считает, что Москва «сделала ставку сразу на обе стороны».",
			say: []string{"x-vasiliy-kuznetsov"}},
		{text: "Министр иностранных дел Сергей Лавров не раз подчёркивал, что у Москвы нет в Ливии любимчиков.",
			say: []string{"sergey-lavrov"}},
		{text: "Путин во вторник провёл телефонный разговор с Эрдоганом. Как сообщили в Анкаре, стороны договорились продолжить консультации по Ливии.",
			meet: []string{"call held 2021-03-09 recep-tayyip-erdogan,vladimir-putin"}, say: []string{"turkey"}},
		{text: "Государственный департамент США заявил, что в Джуфру переброшены российские истребители.",
			say: []string{"us-department-of-state"}},
	})
	runConstructions(t, "de", []consCase{
		{text: "Der Libyen-Experte Wolfram Lacher von der Stiftung Wissenschaft und Politik sagte, die Türkei werde ihre Truppen so bald nicht abziehen.",
			say: []string{"x-wolfram-lacher"}},
		{text: "Çavuşoğlu wiederholte am Abend vor Journalisten, die Mission sei einseitig und richte sich nur gegen die Türkei.",
			say: []string{"mevlut-cavusoglu"}},
		{text: "„Wer nur auf dem Meer kontrolliert, schützt am Ende niemanden“, kritisiert die SPD-Abgeordnete Gabriela Heinrich, die im Auswärtigen Ausschuss sitzt.",
			say: []string{"x-gabriela-heinrich"}},
	})
	runConstructions(t, "tr", []consCase{
		{text: "Dibeybe dün Ankara'da Cumhurbaşkanı Erdoğan ile görüştü. Başbakan Dibeybe'nin basın danışmanı Halil Kaya ise Anadolu Ajansı'na yaptığı açıklamada, temasların \"son derece yapıcı\" geçtiğini söyledi.",
			meet: []string{"meet held 2021-03-09 abdul-hamid-dbeibah,recep-tayyip-erdogan"}, say: []string{"x-halil-kaya"}},
		{text: "Marmara Üniversitesi'nden Prof. Dr. Kemal İnat'a göre Türkiye'nin Doğu Akdeniz'deki eli güçlendi.",
			say: []string{"x-kemal-inat"}},
		{text: "Fransa Cumhurbaşkanı Emmanuel Macron, Türkiye'nin Libya'da \"kabul edilemez\" bir rol oynadığını söyleyerek Ankara'yı eleştirdi.",
			say: []string{"emmanuel-macron"}},
		{text: "Hafter, Bingazi'deki konuşmasında Türk askerlerini \"işgalci\" olarak nitelendirmiş ve direniş çağrısı yapmıştı.",
			say: []string{"khalifa-haftar"}},
	})
	runConstructions(t, "ar", []consCase{
		{text: "ويرى الخبير في الشؤون العسكرية بمركز الأهرام للدراسات الدكتور سامي العيسوي أن أنقرة «لن تتخلى عن طرابلس بسهولة».",
			say: []string{"x-sami-al-eissawi"}},
	})
	runConstructions(t, "ur", []consCase{
		{text: "ملاقات کے بعد صحافیوں سے گفتگو کرتے ہوئے چاوش اوغلو نے کہا: ’’ترکی لیبیا کو کبھی تنہا نہیں چھوڑے گا۔‘‘",
			say: []string{"mevlut-cavusoglu"}},
		{text: "مذاکرات کے بعد مشترکہ پریس کانفرنس سے خطاب کرتے ہوئے شکری نے کہا کہ مصر لیبیا کی وحدت کا حامی ہے۔",
			say: []string{"sameh-shoukry"}},
		{text: "دورے سے دو روز قبل، ہفتے کو، المنفی نے الجزائری صدر عبدالمجید تبون سے ٹیلی فون پر بات کی تھی۔",
			meet: []string{"call held 2021-03-06 abdelmadjid-tebboune,mohamed-al-menfi"}},
		{text: "اقوام متحدہ کے سیکرٹری جنرل کے ترجمان سٹیفن دوجارک نے نیویارک میں بتایا کہ سیکرٹری جنرل لیبیا پر نئی رپورٹ پیش کریں گے۔",
			say: []string{"stephane-dujarric"}},
		{text: "وزیر خارجہ شاہ محمود قریشی نے کہا کہ پاکستان لیبیا میں امن کا حامی ہے۔",
			say: []string{"shah-mahmood-qureshi"}},
		{text: "عقیلہ صالح اور کوبش کی بن غازی میں طے شدہ ملاقات ملتوی کر دی گئی۔ صالح کے ترجمان حمید الصافی نے کہا کہ ملاقات کی نئی تاریخ کا اعلان بعد میں کیا جائے گا۔",
			meet: []string{"meet cancelled - aguila-saleh-issa,jan-kubis"}, say: []string{"x-hameed-al-safi"}},
		{text: "وزارت داخلہ کے ترجمان ناصر السراج نے صحافیوں کو بتایا کہ طرابلس میں صورتحال پرسکون ہے۔",
			say: []string{"x-nasser-al-sarraj"}},
		{text: "حکومتی ترجمان عادل الشریف نے صحافیوں کو بتایا کہ حکومت تمام ممالک سے تعلقات چاہتی ہے۔",
			say: []string{"x-adel-al-sharif"}},
	})
}

// TestConstructionsToldBefore: Urdu sentences that point back at a meeting
// told before ("a day before the visit"), a coordinated subject with
// partners met one after the other, and a place that only describes.
func TestConstructionsToldBefore(t *testing.T) {
	runConstructions(t, "ur", []consCase{
		{text: "صدر اردوان نے پیر کو انقرہ میں المنفی کا استقبال کیا۔ دورے سے ایک روز قبل، اتوار کو، المنفی نے الجزائری صدر عبدالمجید تبون سے ٹیلی فون پر بات کی تھی۔",
			meet: []string{"meet held 2021-03-08 mohamed-al-menfi,recep-tayyip-erdogan", "call held 2021-03-07 abdelmadjid-tebboune,mohamed-al-menfi"}},
		{text: "شکری نے منگل کو قاہرہ میں عقیلہ صالح سے ملاقات کی۔ ملاقات سے ایک دن پہلے شکری نے یونانی وزیر خارجہ نیکوس دندیاس سے ٹیلی فون پر گفتگو کی تھی۔",
			meet: []string{"meet held 2021-03-09 aguila-saleh-issa,sameh-shoukry", "call held 2021-03-08 nikos-dendias,sameh-shoukry"}},
		{text: "ماسکو میں مقیم لیبیائی سفارت کاروں کے مطابق فریقین کے درمیان خلیج گہری ہے۔ لاوروف اور وزیر دفاع سرگئی شوئیگو نے پہلے السراج سے اور پھر حفتر سے الگ الگ ملاقات کی۔",
			meet: []string{"meet held - fayez-al-sarraj,sergei-shoigu,sergey-lavrov", "meet held - khalifa-haftar,sergei-shoigu,sergey-lavrov"}},
	})
}

// TestConstructionsDescribed: speakers named by their office after a
// quotation, a capital that describes a talk its own way, Turkish names
// with the assimilated article and ministries whose verb is followed by
// another of theirs.
func TestConstructionsDescribed(t *testing.T) {
	runConstructions(t, "de", []consCase{
		{text: "Bundeskanzlerin Angela Merkel hat am Montag mit dem türkischen Präsidenten Recep Tayyip Erdoğan telefoniert. „Wir dürfen die Libyer jetzt nicht allein lassen“, sagte die Kanzlerin am Abend vor Journalisten.",
			meet: []string{"call held 2021-03-08 angela-merkel,recep-tayyip-erdogan"}, say: []string{"angela-merkel"}},
		{text: "Auch der EU-Außenbeauftragte Josep Borrell äußerte sich. „Die Mission allein reicht nicht“, sagte der Außenbeauftragte in Brüssel.",
			say: []string{"josep-borrell"}},
		{text: "Auch Frankreichs Außenminister Jean-Yves Le Drian blieb skeptisch. „Ohne Abzug der Söldner gibt es keine Wahlen“, warnte der Franzose am Rande des Treffens.",
			say: []string{"jean-yves-le-drian"}},
		{text: "Verteidigungsminister Lorenzo Guerini besuchte am Montag das Hauptquartier. Man habe die Kontrollen auf See deutlich verstärkt, sagte der Italiener anschließend.",
			say: []string{"lorenzo-guerini"}},
		{text: "Das russische Außenministerium stellte die Lage anders dar: Moskau unterstütze jede Initiative, die zu einem dauerhaften Waffenstillstand führe.",
			say: []string{"russia"}},
	})
	runConstructions(t, "tr", []consCase{
		{text: "Savunma Bakanı Salahaddin en-Nemruş'un danışmanı Halid ez-Zeydi, Anadolu Ajansı'na yaptığı açıklamada eğitim programının süreceğini söyledi.",
			say: []string{"x-halid-ez-zeydi"}},
		{text: "Mısır Dışişleri Bakanlığı, mutabakatın \"hiçbir hukuki geçerliliği olmadığını\" açıkladı ve Türkiye'nin Kahire Büyükelçisini bakanlığa çağırdı.",
			say: []string{"egypt"}},
		{text: "Eski büyükelçi Ali Tuygan ise durumu temkinli bir dille özetliyor: \"Ankara ile Kahire arasında güven hâlâ çok kırılgan. Ama konuşuyor olmaları bile bir başarı.\"",
			say: []string{"x-ali-tuygan"}},
		{text: "Miçotakis Cuma günü Trablus'ta Dibeybe ile görüştü. Yunan başbakan, Atina'nın Trablus'taki büyükelçiliğini yeniden açacağını duyurdu.",
			meet: []string{"meet held 2021-03-05 abdul-hamid-dbeibah,kyriakos-mitsotakis"}, say: []string{"kyriakos-mitsotakis"}},
		{text: "Uzmanlar, Yunanistan'ın Libya'daki yeni hükümetle ilişkilerini hızla geliştirmeye çalıştığını değerlendiriyor."},
		{text: "Fransız Cumhurbaşkanı Macron, Ankara'nın Libya'da \"tehlikeli ve kabul edilemez bir oyun\" oynadığını söyledi.",
			say: []string{"emmanuel-macron"}},
	})
}

// TestConstructionsRelative: a relative clause after the meeting is not
// the meeting's, and one that holds a meeting of its own is its
// antecedent's.
func TestConstructionsRelative(t *testing.T) {
	runConstructions(t, "ru", []consCase{
		{text: "Главную роль в этих контактах играет замминистра иностранных дел Михаил Богданов. Именно он в марте принял в Москве вице-премьера Ахмеда Майтыга, которого в российской столице давно считают более надёжным партнёром, чем главу ПНС Файеза Сараджа.",
			meet: []string{"meet held 2021-03 ahmed-maiteeq,mikhail-bogdanov"}},
		{text: "Лавров принял в Москве Агилу Салеха, которого на Западе нередко называют союзником Хафтара.",
			meet: []string{"meet held - aguila-saleh-issa,sergey-lavrov"}},
		{text: "Во вторник Лавров встретился с Агилой Салехом, который накануне провёл переговоры с Хафтаром в Бенгази.",
			meet: []string{"meet held 2021-03-09 aguila-saleh-issa,sergey-lavrov", "meet held 2021-03-08 aguila-saleh-issa,khalifa-haftar"}},
	})
}

// TestConstructionsGermanReport: weekday compounds, announced trips and
// what a speaker says after a meeting.
func TestConstructionsGermanReport(t *testing.T) {
	runConstructions(t, "de", []consCase{
		{text: "Der Gipfel hatte schon am Vorabend begonnen: Bundeskanzlerin Angela Merkel empfing Dbeibah am Dienstagabend zu einem Abendessen.",
			meet: []string{"meet held 2021-03-09 abdul-hamid-dbeibah,angela-merkel"}},
		{text: "Am Mittwochmorgen traf Maas zunächst Mangoush zu einem Gespräch unter vier Augen.",
			meet: []string{"meet held 2021-03-10 heiko-maas,najla-mangoush"}},
		{text: "Di Maio kündigte zum Abschluss an, im April nach Tripolis zu reisen und dort Dbeibah zu treffen.",
			meet: []string{"meet planned 2021-04 abdul-hamid-dbeibah,luigi-di-maio"}, say: []string{"luigi-di-maio"}},
		{text: "Guterres telefonierte am Montag mit Sarradsch, um über eine Wiederaufnahme der Genfer Gespräche zu beraten.",
			meet: []string{"call held 2021-03-08 antonio-guterres,fayez-al-sarraj"}},
		{text: "Lawrow traf am Montag in Moskau Dendias, sagte danach aber, Haftar und Sarradsch müssten selbst verhandeln.",
			meet: []string{"meet held 2021-03-08 nikos-dendias,sergey-lavrov"}, say: []string{"sergey-lavrov"}},
	})
}

// TestConstructionsArabicTitles: long Arabic titles before names, places
// in apposition to "the capital", and "بحث X مع Y" with the subject
// between verb and partner.
func TestConstructionsArabicTitles(t *testing.T) {
	runConstructions(t, "ar", []consCase{
		{text: "وأجرى وزير الخارجية المصري سامح شكري، عشية الاجتماع، اتصالاً هاتفياً بالممثلة الخاصة للأمين العام للأمم المتحدة بالإنابة ستيفاني ويليامز.",
			meet: []string{"call held - sameh-shoukry,stephanie-williams"}},
		{text: "كما التقى عقيلة صالح خلال زيارته رئيس مجلس النواب المغربي الحبيب المالكي بمقر المجلس في الرباط.",
			meet: []string{"meet held - aguila-saleh-issa,habib-el-malki"}},
		{text: "واستقبل رئيس المجلس الرئاسي محمد المنفي، أمس الثلاثاء، في مقر المجلس بالعاصمة طرابلس، المبعوث الخاص للأمين العام إلى ليبيا يان كوبيش.",
			meet: []string{"meet held 2021-03-09 jan-kubis,mohamed-al-menfi"}},
		{text: "وتلقى الدبيبة اتصالاً هاتفياً من الرئيس التونسي قيس سعيد، هنأه فيه بنيل الثقة ودعاه إلى زيارة تونس في أقرب الآجال.",
			meet: []string{"call held - abdul-hamid-dbeibah,kais-saied"}},
		{text: "وبحث وزير الخارجية الجزائري صبري بوقادوم مع نظيره التونسي عثمان الجرندي في اتصال هاتفي تطورات الأزمة الليبية.",
			meet: []string{"call held - othman-jerandi,sabri-boukadoum"}},
	})
}

// TestConstructionsUrduProcess: talks as a process carried forward are no
// meeting, and an Urdu spelling of a known envoy is that envoy.
func TestConstructionsUrduProcess(t *testing.T) {
	runConstructions(t, "ur", []consCase{
		{text: "قائم مقام ایلچی سٹیفنی ولیمز نے سیاسی مذاکرات کو آگے بڑھایا، جن کے نتیجے میں نومبر میں تیونس میں فورم منعقد ہوا۔"},
		{text: "سٹیفنی ولیمز نے پیر کو بن غازی میں خلیفہ حفتر سے ملاقات کی۔",
			meet: []string{"meet held 2021-03-08 khalifa-haftar,stephanie-williams"}},
	})
}

// TestConstructionsHeadlinePartners: a headline that lists two partners
// met one after the other in the body does not keep both in the first
// meeting.
func TestConstructionsHeadlinePartners(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Maas trifft Sarradsch und Haftar in Berlin\n\nAußenminister Heiko Maas hat am Montag in Berlin den libyschen Regierungschef Fayez al-Sarradsch empfangen. Am Dienstag traf Maas dann Chalifa Haftar im Auswärtigen Amt."},
		{"tr", "Çavuşoğlu, Serrac ve Hafter ile görüştü\n\nDışişleri Bakanı Mevlüt Çavuşoğlu pazartesi günü Trablus'ta Fayez es-Serrac ile görüştü. Çavuşoğlu salı günü Bingazi'de Halife Hafter ile bir araya geldi."},
		{"ar", "لافروف يلتقي السراج وحفتر\n\nالتقى وزير الخارجية الروسي سيرغي لافروف يوم الاثنين في موسكو رئيس المجلس الرئاسي فائز السراج. وفي اليوم التالي التقى لافروف المشير خليفة حفتر في بنغازي."},
		{"ru", "Лавров провёл переговоры с Сараджем и Хафтаром\n\nВ понедельник Сергей Лавров встретился в Москве с Файезом Сараджем. Во вторник Лавров провёл переговоры с Халифой Хафтаром в Бенгази."},
	} {
		lavrov := "sergey-lavrov"
		switch c.lang {
		case "de":
			lavrov = "heiko-maas"
		case "tr":
			lavrov = "mevlut-cavusoglu"
		}
		pair := func(a, b string) string {
			if a > b {
				a, b = b, a
			}
			return a + "," + b
		}
		runConstructions(t, c.lang, []consCase{{text: c.text,
			meet: []string{"meet held 2021-03-08 " + pair("fayez-al-sarraj", lavrov), "meet held 2021-03-09 " + pair("khalifa-haftar", lavrov)}}})
	}
}
