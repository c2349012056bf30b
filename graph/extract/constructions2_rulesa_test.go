package extract

import "testing"

// TestConstructionsMore: dates, multi-sentence quotations, coordinated
// speakers and further meeting forms in ar, ru, de, tr and ur.
func TestConstructionsMore(t *testing.T) {
	runConstructions(t, "ar", []consCase{
		{text: "التقى الدبيبة أردوغان في أنقرة في 12 أبريل 2021.",
			meet: []string{"meet held 2021-04-12 abdul-hamid-dbeibah,recep-tayyip-erdogan"}},
		{text: "والتقى المنفي ماكرون في باريس يوم 3 مارس. وفي اليوم نفسه، التقى المنفي وزير الخارجية الفرنسي جان إيف لودريان.",
			meet: []string{"meet held 2021-03-03 emmanuel-macron,mohamed-al-menfi", "meet held 2021-03-03 jean-yves-le-drian,mohamed-al-menfi"}},
		{text: "وقال لافروف: «لا حل عسكريا للأزمة الليبية». وأضاف: «على جميع الأطراف الجلوس إلى طاولة الحوار».",
			say: []string{"sergey-lavrov", "sergey-lavrov"}},
		{text: "وأكد السيسي وماكرون في اتصال هاتفي ضرورة وقف إطلاق النار.",
			meet: []string{"call held - abdel-fattah-el-sisi,emmanuel-macron"}, say: []string{"abdel-fattah-el-sisi"}},
		{text: "واستقبل رئيس مجلس النواب عقيلة صالح في القبة السفير الأمريكي ريتشارد نورلاند.",
			meet: []string{"meet held - aguila-saleh-issa,richard-norland"}},
		{text: "استقبل رئيس مجلس السيادة عبد الفتاح البرهان المنقوش في الخرطوم. وأكد البرهان، خلال اللقاء، دعم السودان لحكومة الوحدة الوطنية حتى إجراء الانتخابات.",
			meet: []string{"meet held - abdel-fattah-al-burhan,najla-mangoush"}, say: []string{"abdel-fattah-al-burhan"}},
		{text: "والتقى وفد من حكومة الوحدة الوطنية برئاسة الدبيبة الرئيس التركي رجب طيب أردوغان في إسطنبول.",
			meet: []string{"meet held - abdul-hamid-dbeibah,recep-tayyip-erdogan"}},
	})
	runConstructions(t, "ru", []consCase{
		{text: "Лавров и Чавушоглу встретились 12 апреля 2021 года в Москве.",
			meet: []string{"meet held 2021-04-12 mevlut-cavusoglu,sergey-lavrov"}},
		{text: "На прошлой неделе Путин принял в Кремле Хафтара.",
			meet: []string{"meet held 2021-03 khalifa-haftar,vladimir-putin"}},
		{text: "«Военного решения нет», — подчеркнул Лавров. «Нужен политический диалог», — добавил министр.",
			say: []string{"sergey-lavrov", "sergey-lavrov"}},
		{text: "Салех, в свою очередь, сообщил, что парламент готов к диалогу. По его словам, восток страны «не допустит возвращения к войне».",
			say: []string{"aguila-saleh-issa", "aguila-saleh-issa"}},
		{text: "Лавров провёл переговоры с Салехом. Он также заявил, что Россия поддерживает диалог.",
			meet: []string{"meet held - aguila-saleh-issa,sergey-lavrov"}, say: []string{"sergey-lavrov"}},
		{text: "Лавров заявил журналистам, что Москва поддерживает прекращение огня.",
			say: []string{"sergey-lavrov"}},
		{text: "Как заявила официальный представитель МИД России Мария Захарова, Москва не вмешивается во внутренние дела Ливии.",
			say: []string{"maria-zakharova"}},
		{text: "Шойгу провёл встречу с Хафтаром в Министерстве обороны.",
			meet: []string{"meet held - khalifa-haftar,sergei-shoigu"}},
		{text: "Во вторник Лавров провёл переговоры с Наджлей аль-Мангуш, а в среду встретился с Дбейбой.",
			meet: []string{"meet held 2021-03-09 najla-mangoush,sergey-lavrov", "meet held 2021-03-10 abdul-hamid-dbeibah,sergey-lavrov"}},
	})
	runConstructions(t, "de", []consCase{
		{text: "Maas traf Lawrow in Moskau. Russland unterstütze, nach dem Treffen, die Berliner Beschlüsse, sagte Lawrow.",
			meet: []string{"meet held - heiko-maas,sergey-lavrov"}, say: []string{"sergey-lavrov"}},
		{text: "Dbeiba wirbt um Unterstützung in Europa. Vergangene Woche hatte Merkel per Videokonferenz mit ihm über die Wahlen in Libyen gesprochen.",
			meet: []string{"video held 2021-03 abdul-hamid-dbeibah,angela-merkel"}},
		{text: "Maas reiste am Montag nach Rom. Dort kam er mit Luigi Di Maio zusammen. Danach flog er nach Kairo, wo er mit Samih Schukri sprach.",
			// the arrival's Monday dates the meeting right after it
			meet: []string{"meet held - heiko-maas,sameh-shoukry", "meet held 2021-03-08 heiko-maas,luigi-di-maio"}},
		{text: "Maas traf Lawrow am 12. April 2021 in Moskau.",
			meet: []string{"meet held 2021-04-12 heiko-maas,sergey-lavrov"}},
		{text: "„Wir brauchen eine politische Lösung“, sagte Maas. „Die ausländischen Kämpfer müssen abziehen.“",
			say: []string{"heiko-maas"}},
		{text: "Nach Angaben des Kremls sprachen Putin und Erdoğan am Telefon über Libyen.",
			meet: []string{"call held - recep-tayyip-erdogan,vladimir-putin"}},
		{text: "Laut Kreml bekräftigte Putin dabei die Notwendigkeit einer dauerhaften Waffenruhe.",
			say: []string{"vladimir-putin"}},
		{text: "Am Rande der Konferenz kam Merkel auch mit Haftar und Sarradsch zusammen.",
			meet: []string{"meet held - angela-merkel,fayez-al-sarraj,khalifa-haftar"}},
		{text: "Maas, der am Montag in Tripolis eingetroffen war, traf dort Dbeiba.",
			meet: []string{"meet held - abdul-hamid-dbeibah,heiko-maas"}},
	})
	runConstructions(t, "tr", []consCase{
		{text: "Dendias, Trablus'ta Dbeybe ile görüştü ve Türkiye'nin anlaşmasını eleştirdi.",
			meet: []string{"meet held - abdul-hamid-dbeibah,nikos-dendias"}, say: []string{"nikos-dendias"}},
		{text: "Çavuşoğlu ile Lavrov 12 Nisan 2021'de Moskova'da bir araya geldi.",
			meet: []string{"meet held 2021-04-12 mevlut-cavusoglu,sergey-lavrov"}},
		{text: "Erdoğan geçen hafta Dbeybe'yi Ankara'da kabul etti.",
			meet: []string{"meet held 2021-03 abdul-hamid-dbeibah,recep-tayyip-erdogan"}},
		{text: "Menfi, Erdoğan ile aynı gün bir telefon görüşmesi yaptı.",
			meet: []string{"call held - mohamed-al-menfi,recep-tayyip-erdogan"}},
		{text: "Akar, \"Libya'daki meşru hükümetin yanındayız\" diye konuştu.",
			say: []string{"hulusi-akar"}},
	})
	runConstructions(t, "ur", []consCase{
		{text: "دندیاس نے طرابلس میں دبیبہ سے ملاقات کی تھی اور ترکی اور سابق حکومت کے معاہدے پر تحفظات ظاہر کیے تھے۔",
			meet: []string{"meet held - abdul-hamid-dbeibah,nikos-dendias"}},
		{text: "اردوان اور دبیبہ نے 12 اپریل 2021 کو انقرہ میں ملاقات کی۔",
			meet: []string{"meet held 2021-04-12 abdul-hamid-dbeibah,recep-tayyip-erdogan"}},
		{text: "گزشتہ ہفتے لاوروف نے ماسکو میں حفتر سے ملاقات کی۔",
			meet: []string{"meet held 2021-03 khalifa-haftar,sergey-lavrov"}},
		{text: "ملاقات میں ترک وزیر خارجہ مولود چاوش اوغلو بھی شریک تھے۔ اس سے قبل اردوان نے سراج کا استقبال کیا۔",
			meet: []string{"meet held - fayez-al-sarraj,recep-tayyip-erdogan"}},
		{text: "صدر السیسی نے کہا: \"لیبیا کا بحران فوجی طاقت سے حل نہیں ہو سکتا۔\" انہوں نے یہ بھی کہا کہ مصر لیبیا کے استحکام کو اپنی سلامتی کا حصہ سمجھتا ہے۔",
			say: []string{"abdel-fattah-el-sisi", "abdel-fattah-el-sisi"}},
		{text: "المنفی نے یقین دلایا کہ صدارتی کونسل قومی مفاہمت کے عمل کی حمایت کرے گی۔",
			say: []string{"mohamed-al-menfi"}},
		{text: "لاوروف نے کہا: \"لیبیا کے بحران کا کوئی فوجی حل نہیں۔ تمام فریقوں کو مذاکرات کی میز پر آنا ہوگا۔\"",
			say: []string{"sergey-lavrov"}},
	})
}
