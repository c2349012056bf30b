package extract

import (
	"slices"
	"testing"
)

// TestS21LexiconPeople: the real people of the 2019-2021 Libya diplomacy
// the lexicon lacked, or had under one spelling only, met in new sentences
// of each language as the press writes their names: the High Council of
// State's Bouznika delegation heads (Abdulsalam al-Safrani, also
// "al-Safrawi"; Fawzi al-Aqab) and deputies (Omar Boshah, Naji Mokhtar),
// 5+5 commission members (Amraja al-Amami as "Amradsch", "İmraca",
// "Амраджей"; al-Fitouri Gharibil, Faraj al-Sawsaa), LNA and GNU figures
// (Saqr al-Jaroushi, Najwa Wheba, the GNU ministers), and deputy foreign
// ministers, ministers of state, military and intelligence chiefs of the
// countries in the Libya file (Faruk Kaymakcı, Miltiadis Varvitsiotis,
// Emanuela Del Re, Michelle Müntefering, Mohamed Farid Hegazy, Ayman
// Badie, Tahnoun bin Zayed, Bernard Émié, Sergey Naryshkin, ...), and the
// German, French, Spanish and Turkish spellings of Libyans the lexicon had
// in English only ("Chaled al-Mahdschub", "Halid Mazin", "Jaled Mazen",
// "Ramazan Ebu Cenah", "Faouzi al-Nouairi", "Mijaíl Bogdánov"). Before
// these entries each was an unreviewed actor named from the text's
// spelling, or no one.
func TestS21LexiconPeople(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Moroccan Foreign Minister Nasser Bourita met Abdulsalam al-Safrani, who leads the High Council of State delegation, in Bouznika on Sunday.", []string{"nasser-bourita", "abdulsalam-al-safrani"}},
		{"fr", "Nasser Bourita s'est entretenu lundi à Rabat avec Abdessalam al-Safraoui, chef de la délégation du Haut Conseil d'État.", []string{"nasser-bourita", "abdulsalam-al-safrani"}},
		{"de", "Der marokkanische Außenminister Nasser Bourita empfing am Montag in Rabat Abdulsalam al-Safrani, den Leiter der Delegation des Staatsrats.", []string{"nasser-bourita", "abdulsalam-al-safrani"}},
		{"ru", "Глава МИД Марокко Насер Бурита принял в Рабате Абдель Саляма ас-Сафрани, возглавляющего делегацию Высшего госсовета.", []string{"nasser-bourita", "abdulsalam-al-safrani"}},
		{"tr", "Fas Dışişleri Bakanı Nasır Burita, Devlet Yüksek Konseyi heyetinin başkanı Abdusselam es-Safrani ile Rabat'ta görüştü.", []string{"nasser-bourita", "abdulsalam-al-safrani"}},
		{"ar", "التقى وزير الخارجية المغربي ناصر بوريطة، الاثنين، في الرباط عضو المجلس الأعلى للدولة عبدالسلام الصفراني.", []string{"nasser-bourita", "abdulsalam-al-safrani"}},
		{"es", "El canciller marroquí, Naser Burita, se reunió el lunes en Rabat con Abdesalam al Safrani, jefe de la delegación del Consejo Superior de Estado.", []string{"nasser-bourita", "abdulsalam-al-safrani"}},
		{"it", "Il ministro degli Esteri marocchino Nasser Bourita ha incontrato a Rabat Fawzi al-Aqab, capo della delegazione dell'Alto Consiglio di Stato.", []string{"nasser-bourita", "fawzi-al-aqab"}},
		{"ar", "استقبل ناصر بوريطة في بوزنيقة وفد المجلس الأعلى للدولة برئاسة فوزي العقاب.", []string{"nasser-bourita", "fawzi-al-aqab"}},
		{"tr", "Hulusi Akar, Trablus'ta Devlet Yüksek Konseyi Başkan Yardımcısı Ömer Buşah ile bir araya geldi.", []string{"hulusi-akar", "omar-boshah"}},
		{"fr", "Le vice-président du Haut Conseil d'État, Omar Bouchah, a rencontré mardi à Tripoli l'ambassadeur Béatrice Le Fraper du Hellen.", []string{"omar-boshah", "beatrice-le-fraper-du-hellen"}},
		{"en", "Stephanie Williams met the deputy head of the High Council of State, Naji Mokhtar, in Tunis on Thursday.", []string{"stephanie-williams", "naji-mokhtar"}},
		{"ur", "اسٹیفنی ولیمز نے جمعرات کو تیونس میں اعلیٰ ریاستی کونسل کے نائب سربراہ ناجی مختار سے ملاقات کی۔", []string{"stephanie-williams", "naji-mokhtar"}},
		{"de", "Williams traf in Genf den Kommandeur Amradsch al-Amami und den Militärstaatsanwalt Faradsch al-Sausaa.", []string{"stephanie-williams", "amraja-al-amami", "faraj-al-sawsaa"}},
		{"ar", "اجتمعت ستيفاني ويليامز في سرت بعضوي اللجنة العسكرية الفيتوري غريبيل وفرج الصوصاع.", []string{"stephanie-williams", "fitouri-gharibil", "faraj-al-sawsaa"}},
		{"tr", "Stephanie Williams, Sirte'de askeri komisyon üyeleri İmraca el-Amami ve Ferec es-Savsaa ile görüştü.", []string{"stephanie-williams", "amraja-al-amami", "faraj-al-sawsaa"}},
		{"ru", "Стефани Уильямс встретилась в Сирте с членом военной комиссии Имраджей аль-Амами.", []string{"stephanie-williams", "amraja-al-amami"}},
		{"en", "Egyptian intelligence deputy chief Ayman Badie held talks with Fathi Bashagha in Tripoli.", []string{"ayman-badie", "fathi-bashagha"}},
		{"fr", "Une délégation égyptienne conduite par Ayman Badie a été reçue dimanche à Tripoli par Fathi Bachagha.", []string{"ayman-badie", "fathi-bashagha"}},
		{"ar", "استقبل وزير الداخلية فتحي باشاغا وفدا مصريا برئاسة أيمن بديع.", []string{"ayman-badie", "fathi-bashagha"}},
		{"en", "Egyptian chief of staff Mohamed Farid Hegazy received Abdulrazek al-Nadoori in Cairo on Monday.", []string{"mohamed-farid-hegazy", "abdulrazek-al-nadoori"}},
		{"ru", "Начальник генштаба Египта Мохаммед Фарид Хегази принял в Каире Абдель Разека ан-Назури.", []string{"mohamed-farid-hegazy", "abdulrazek-al-nadoori"}},
		{"de", "Der türkische Vizeaußenminister Faruk Kaymakcı traf am Dienstag in Ankara seinen griechischen Kollegen Miltiadis Varvitsiotis.", []string{"faruk-kaymakci", "miltiadis-varvitsiotis"}},
		{"tr", "Dışişleri Bakan Yardımcısı Faruk Kaymakcı, Trablus'ta Necla Menguş ile görüştü.", []string{"faruk-kaymakci", "najla-mangoush"}},
		{"en", "German Minister of State Michelle Müntefering met Najla Mangoush in Berlin on Wednesday.", []string{"michelle-muntefering", "najla-mangoush"}},
		{"de", "Staatssekretär Miguel Berger empfing am Donnerstag in Berlin den libyschen Außenminister Mohamed Siala.", []string{"miguel-berger", "mohamed-taha-siala"}},
		{"ar", "استقبل رئيس المجلس الشعبي الوطني الجزائري سليمان شنين رئيس مجلس النواب الليبي عقيلة صالح.", []string{"slimane-chenine", "aguila-saleh-issa"}},
		{"fr", "Le président de l'APN algérienne, Slimane Chenine, a reçu jeudi à Alger le président du Haut Conseil d'État, Khalid al-Mishri.", []string{"slimane-chenine", "khalid-al-mishri"}},
		{"it", "La viceministra degli Esteri Emanuela Del Re ha incontrato a Tripoli il vicepremier Ahmed Maiteeq.", []string{"emanuela-del-re", "ahmed-maiteeq"}},
		{"ur", "اطالوی نائب وزیر خارجہ ایمانوئیلا دیل رے نے طرابلس میں احمد معیتیق سے ملاقات کی۔", []string{"emanuela-del-re", "ahmed-maiteeq"}},
		{"en", "UAE national security adviser Tahnoun bin Zayed met Khalifa Haftar in Abu Dhabi.", []string{"tahnoun-bin-zayed-al-nahyan", "khalifa-haftar"}},
		{"ar", "التقى مستشار الأمن الوطني الإماراتي طحنون بن زايد المشير خليفة حفتر في أبوظبي.", []string{"tahnoun-bin-zayed-al-nahyan", "khalifa-haftar"}},
		{"fr", "Le patron de la DGSE, Bernard Émié, a rencontré Khalifa Haftar à Benghazi.", []string{"bernard-emie", "khalifa-haftar"}},
		{"es", "El ministro del Interior, Fernando Grande-Marlaska, se reunió en Trípoli con su homólogo libio, Fathi Bashagha.", []string{"fernando-grande-marlaska", "fathi-bashagha"}},
		{"en", "Algerian Interior Minister Kamel Beldjoud held talks with Khalid Mazen in Algiers.", []string{"kamel-beldjoud", "khalid-mazen"}},
		{"fr", "Le ministre marocain de l'Intérieur, Abdelouafi Laftit, s'est entretenu avec Khaled Mazen à Rabat.", []string{"abdelouafi-laftit", "khalid-mazen"}},
		{"en", "Saudi Minister of State Adel al-Jubeir met Aguila Saleh in Riyadh on Sunday.", []string{"adel-al-jubeir", "aguila-saleh-issa"}},
		{"ar", "استقبل وزير الدولة القطري للشؤون الخارجية سلطان بن سعد المريخي رئيس المجلس الأعلى للدولة خالد المشري في الدوحة.", []string{"sultan-al-muraikhi", "khalid-al-mishri"}},
		{"ru", "Директор СВР Сергей Нарышкин встретился в Москве с Халифой Хафтаром.", []string{"sergey-naryshkin", "khalifa-haftar"}},
		{"en", "Haftar's air force commander Saqr al-Jaroushi met Russian officers in Benghazi, said LNA spokesman Ahmed al-Mismari.", []string{"saqr-al-jaroushi"}},
		{"it", "Il ministro dei Trasporti libico Mohamed al-Shahoubi ha incontrato a Roma il ministro Luigi Di Maio.", []string{"mohammed-al-shahoubi", "luigi-di-maio"}},
		{"tr", "Sağlık Bakanı Ali ez-Zenati, Ankara'da Fahrettin Koca ile görüştü.", []string{"ali-al-zanati"}},
		{"ar", "التقى رئيس المجلس الرئاسي محمد المنفي بحضور المتحدثة باسم المجلس نجوى وهيبة السفير الإيطالي جوزيبي بوتشينو.", []string{"mohamed-al-menfi", "najwa-wheba"}},
		{"en", "The head of the HoR foreign affairs committee, Yusef al-Aguri, met the Italian ambassador Giuseppe Buccino in Benghazi.", []string{"youssef-al-agouri", "giuseppe-buccino-grimaldi"}},
		{"de", "Der Generalstabschef Abdulrasik al-Nadhuri traf in Kairo den ägyptischen Generalstabschef Mohammed Farid Hegasi.", []string{"abdulrazek-al-nadoori", "mohamed-farid-hegazy"}},
		{"it", "Il direttore dell'AISE Gianni Caravelli ha incontrato a Bengasi il generale Khalifa Haftar.", []string{"giovanni-caravelli", "khalifa-haftar"}},
		{"ar", "استقبل وزير الحكم المحلي بدر الدين التومي في طرابلس الممثل الخاص للأمين العام يان كوبيش.", []string{"badr-eddin-al-tumi", "jan-kubis"}},
		{"ru", "Стефани Уильямс встретилась в Сирте с генералом Амраджей аль-Амами.", []string{"stephanie-williams", "amraja-al-amami"}},
		{"es", "El viceministro ruso de Exteriores, Mijaíl Bogdánov, se reunió en Moscú con Aguila Saleh.", []string{"mikhail-bogdanov", "aguila-saleh-issa"}},
		{"tr", "Stephanie Williams, Sirte'de LUO komutanı Halid el-Mahcub ve Hayri et-Temimi ile bir araya geldi.", []string{"stephanie-williams", "khaled-al-mahjoub", "khairi-al-tamimi"}},
		{"es", "Stephanie Williams se reunió en Sirte con Jaled al Mahyub y Jairi al Tamimi.", []string{"stephanie-williams", "khaled-al-mahjoub", "khairi-al-tamimi"}},
		{"ru", "Стефани Уильямс встретилась в Сирте с Ахмедом Абу Шахмой и Хейри ат-Тамими.", []string{"stephanie-williams", "ahmed-abu-shahma", "khairi-al-tamimi"}},
		{"fr", "Le premier vice-président de la Chambre, Faouzi al-Nouairi, a rencontré Jean-Yves Le Drian à Paris.", []string{"fawzi-al-nuwairi", "jean-yves-le-drian"}},
		{"tr", "İçişleri Bakanı Süleyman Soylu, Ankara'da Libyalı mevkidaşı Halid Mazin ile görüştü.", []string{"suleyman-soylu", "khalid-mazen"}},
		{"es", "El ministro del Interior libio, Jaled Mazen, se reunió en Madrid con Fernando Grande-Marlaska.", []string{"khalid-mazen", "fernando-grande-marlaska"}},
		{"de", "Der libysche Innenminister Chalid Masen traf am Montag in Rom seine Amtskollegin Luciana Lamorgese.", []string{"khalid-mazen", "luciana-lamorgese"}},
		{"es", "La ministra González Laya se reunió en Trípoli con el viceprimer ministro Ramadán Abu Yanah.", []string{"arancha-gonzalez-laya", "ramadan-abu-janah"}},
		{"tr", "Maliye Bakanı Halid el-Mebruk, Ankara'da Hazine ve Maliye Bakanı Lütfi Elvan ile görüştü.", []string{"khalid-al-mabrouk"}},
		{"en", "UAE Minister of State for Defence Mohammed Al Bowardi met Khalifa Haftar in Abu Dhabi.", []string{"mohammed-al-bowardi", "khalifa-haftar"}},
		{"en", "British Middle East minister Andrew Murrison met Fayez al-Sarraj in Tripoli on Monday.", []string{"andrew-murrison", "fayez-al-sarraj"}},
		{"fr", "L'envoyé de la Ligue arabe Salaheddine Jemali a rencontré Aguila Saleh à Tobrouk.", []string{"salah-al-din-al-jamali", "aguila-saleh-issa"}},
		{"ar", "التقى مبعوث الجامعة العربية إلى ليبيا صلاح الدين الجمالي رئيس مجلس النواب عقيلة صالح في القبة.", []string{"salah-al-din-al-jamali", "aguila-saleh-issa"}},
		{"ar", "استقبل رئيس المجلس الرئاسي فائز السراج آمر اللواء 444 قتال محمود حمزة.", []string{"fayez-al-sarraj", "mahmoud-hamza"}},
		{"tr", "Akar, Trablus'ta Heysem et-Tacuri ile görüştü.", []string{"hulusi-akar", "haitham-al-tajouri"}},
		{"ru", "Богданов провёл переговоры с пресс-секретарём парламента Абдаллой Блихаком.", []string{"mikhail-bogdanov", "abdullah-blihaq"}},
		{"tr", "Hulusi Akar, Misrata'da Misrata Askeri Konseyi Başkanı İbrahim Beytülmal ile görüştü.", []string{"hulusi-akar", "ibrahim-beit-al-mal"}},
		{"en", "Fathi Bashagha met Ibrahim Beit al-Mal, the head of the Misrata Military Council, on Sunday.", []string{"fathi-bashagha", "ibrahim-beit-al-mal"}},
		{"it", "Il prefetto Michele di Bari ha incontrato a Tripoli il ministro dell'Interno Fathi Bashagha.", []string{"michele-di-bari", "fathi-bashagha"}},
		{"ar", "التقى رئيس المجلس العسكري مصراتة إبراهيم بيت المال وزير الدفاع التركي خلوصي أكار.", []string{"ibrahim-beit-al-mal", "hulusi-akar"}},
		{"ru", "Начальник генштаба Египта Мохаммед Фарид Хегази встретился в Каире с Халифой Хафтаром.", []string{"mohamed-farid-hegazy", "khalifa-haftar"}},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, c.want) {
			t.Errorf("%s %q: meetings %v, want one with %v", c.lang, c.text, ms, c.want)
		}
	}
}

// TestS21LexiconNameVariants: the Arabic and Urdu full names of Arab
// people written without the article of the surname ("يوسف عقوري",
// "خالد محجوب", "مختار نقاصہ"; not inside compounds: "عبد السلام",
// "صلاح الدين", "بيت المال" keep it), and the Latin first-name variants
// Mohamed/Mohammed/Muhammad/Mohammad, Khaled/Khalid, Ahmed/Ahmad; a
// surname two people share (Hegazy: Mahmoud, chief of staff to 2017,
// and Mohamed Farid, from 2017) names neither alone.
func TestS21LexiconNameVariants(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"ar", "التقى ناصر بوريطة في الرباط عبدالسلام صفراني.", []string{"nasser-bourita", "abdulsalam-al-safrani"}},
		{"ar", "التقى ناصر بوريطة في الرباط فوزي عقاب ويوسف عقوري.", []string{"nasser-bourita", "fawzi-al-aqab", "youssef-al-agouri"}},
		{"ur", "ناصر بوریطہ نے رباط میں یوسف عقوری سے ملاقات کی۔", []string{"nasser-bourita", "youssef-al-agouri"}},
		{"ur", "اسٹیفنی ولیمز نے جنیوا میں خالد محجوب اور مختار نقاصہ سے ملاقات کی۔", []string{"stephanie-williams", "khaled-al-mahjoub", "mukhtar-al-naqasa"}},
		{"ar", "استقبل وزير الخارجية المصري سامح شكري في القاهرة فوزي نويري.", []string{"sameh-shoukry", "fawzi-al-nuwairi"}},
		{"ur", "ترک وزیر دفاع خلوصی آکار نے طرابلس میں صلاح الدین نمروش سے ملاقات کی۔", []string{"hulusi-akar", "salah-al-namroush"}},
		{"ar", "التقى السفير الأمريكي ريتشارد نورلاند في طرابلس عبد الرازق ناظوري.", []string{"richard-norland", "abdulrazek-al-nadoori"}},
		{"en", "Stephanie Williams met Muhammad al-Huwaij in Tripoli.", []string{"stephanie-williams", "mohamed-al-huwaij"}},
		{"en", "Stephanie Williams met Mohammad Farid Hegazy in Cairo.", []string{"stephanie-williams", "mohamed-farid-hegazy"}},
		{"en", "Stephanie Williams met Mohamed al-Shahoubi in Tripoli.", []string{"stephanie-williams", "mohammed-al-shahoubi"}},
		{"en", "Egyptian chief of staff Mohamed Farid Hegazy spoke at the ceremony. On Tuesday, Hegazy received Aguila Saleh in Cairo.", []string{"mohamed-farid-hegazy", "aguila-saleh-issa"}},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
		if !meetingWithAll(ms, c.want) {
			t.Errorf("%s %q: meetings %v, want one with %v", c.lang, c.text, ms, c.want)
		}
	}
	for _, p := range allParts(factsOf(t, x, "en", "Title\n\nThe Egyptian chief of staff, Hegazy, received Aguila Saleh in Cairo.")) {
		if slices.Contains(p, "mahmoud-hegazy") {
			t.Errorf("bare Hegazy is Mahmoud Hegazy: %v", p)
		}
	}
}
