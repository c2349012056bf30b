package extract

import (
	"slices"
	"testing"
)

// TestRosterLeaderTravelsWithHisCompanions: a delegation told by its
// noun ("Türk heyeti", "الوفد الإيطالي", "اطالوی وفد نے") is the
// traveller and the companions a roster sentence names with him, the
// traveller too when the roster names him before its companion phrase
// ("وصل X …، يرافقه Y") or in the sentence before, the phrase opening
// its own sentence ("Beraberinde Y de vardı", "ان کے ہمراہ Y بھی تھیں");
// in Turkish and Urdu the one right before the postposition, with no
// one after it, is the companion ("X … Y کے ہمراہ پہنچے").
func TestRosterLeaderTravelsWithHisCompanions(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"tr", "Dışişleri Bakanı Mevlüt Çavuşoğlu pazartesi günü Trablus'a geldi. Beraberinde Milli Savunma Bakanı Hulusi Akar ve MİT Başkanı Hakan Fidan da bulundu. Türk heyeti Başbakan Abdulhamid Dbeybe ile görüştü.",
			[]string{"mevlut-cavusoglu", "hulusi-akar", "hakan-fidan", "abdul-hamid-dbeibah"}},
		{"tr", "Luigi Di Maio salı günü Bingazi'ye gitti. Beraberinde Savunma Bakanı Lorenzo Guerini de vardı. İtalyan heyeti Halife Hafter ile görüştü.",
			[]string{"luigi-di-maio", "lorenzo-guerini", "khalifa-haftar"}},
		{"ar", "وصل وزير الخارجية الإيطالي لويجي دي مايو إلى طرابلس يوم الاثنين، يرافقه وزيرة الداخلية لوتشيانا لامورجيزي. واستقبل فايز السراج الوفد الإيطالي في مقر الحكومة.",
			[]string{"luigi-di-maio", "luciana-lamorgese", "fayez-al-sarraj"}},
		{"ar", "وصل فايز السراج إلى موسكو يوم الاثنين، يرافقه خالد المشري ومحمد طاهر سيالة. واستقبل سيرغي لافروف الوفد الليبي في مقر الوزارة.",
			[]string{"sergey-lavrov", "fayez-al-sarraj", "khalid-al-mishri", "mohamed-taha-siala"}},
		{"ar", "توجه لويجي دي مايو إلى بنغازي يوم الثلاثاء برفقة وزير الدفاع لورينزو غويريني. والتقى الوفد الإيطالي خليفة حفتر في الرجمة.",
			[]string{"luigi-di-maio", "lorenzo-guerini", "khalifa-haftar"}},
		{"ur", "اطالوی وزیر خارجہ لوئیگی دی مایو پیر کے روز طرابلس پہنچے۔ ان کے ہمراہ وزیر داخلہ لوچیانا لامورجیزے بھی تھیں۔ اطالوی وفد نے وزیر اعظم فائز السراج سے ملاقات کی۔",
			[]string{"luigi-di-maio", "luciana-lamorgese", "fayez-al-sarraj"}},
		{"ur", "ترک وزیر خارجہ مولود چاوش اوغلو اتوار کو طرابلس پہنچے۔ ان کے ہمراہ خلوصی آکار اور حاقان فیدان بھی تھے۔ ترک وفد نے عبدالحمید دبیبہ سے ملاقات کی۔",
			[]string{"mevlut-cavusoglu", "hulusi-akar", "hakan-fidan", "abdul-hamid-dbeibah"}},
		{"ur", "لوئیگی دی مایو منگل کو وزیر دفاع لورینزو گوئرینی کے ہمراہ بن غازی پہنچے۔ اطالوی وفد نے خلیفہ حفتر سے ملاقات کی۔",
			[]string{"luigi-di-maio", "lorenzo-guerini", "khalifa-haftar"}},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, [][]string{c.want})
	}
}

// TestPluralGuestsAreTheDelegation: the travellers named by a plural
// guest noun ("the French visitors", "the German visitors", "los
// visitantes italianos", "турецких гостей", "İtalyan konuklar", "الضيوف
// الأتراك") are the whole party a roster sentence names, the traveller
// and his companions, as a delegation noun is; the nationality adjective
// names no state and no head of government.
func TestPluralGuestsAreTheDelegation(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Jean-Yves Le Drian landed in Algiers on Tuesday, accompanied by Defence Minister Florence Parly. At the airport the French visitors were greeted by Foreign Minister Sabri Boukadoum.",
			[]string{"jean-yves-le-drian", "florence-parly", "sabri-boukadoum"}},
		{"en", "Heiko Maas arrived in Tunis on Friday, accompanied by Annegret Kramp-Karrenbauer. President Kais Saied received the German visitors at Carthage Palace.",
			[]string{"heiko-maas", "annegret-kramp-karrenbauer", "kais-saied"}},
		{"es", "Luigi Di Maio llegó el martes a Argel, acompañado por Luciana Lamorgese. Los visitantes italianos fueron recibidos en el aeropuerto por Sabri Boukadoum.",
			[]string{"luigi-di-maio", "luciana-lamorgese", "sabri-boukadoum"}},
		{"ru", "Мевлют Чавушоглу прилетел в воскресенье в Триполи вместе с Хулуси Акаром и Хаканом Фиданом. Турецких гостей принял премьер-министр Абдель Хамид Дбейба.",
			[]string{"mevlut-cavusoglu", "hulusi-akar", "hakan-fidan", "abdul-hamid-dbeibah"}},
		{"tr", "Luigi Di Maio salı günü Cezayir'e gitti. Beraberinde İçişleri Bakanı Luciana Lamorgese de vardı. İtalyan konuklar Sabri Bukadum tarafından karşılandı.",
			[]string{"luigi-di-maio", "luciana-lamorgese", "sabri-boukadoum"}},
		{"ar", "وصل مولود جاويش أوغلو إلى طرابلس يوم الأحد برفقة خلوصي أكار وهاكان فيدان. واستقبل رئيس الحكومة عبد الحميد الدبيبة الضيوف الأتراك في مكتبه.",
			[]string{"mevlut-cavusoglu", "hulusi-akar", "hakan-fidan", "abdul-hamid-dbeibah"}},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, [][]string{c.want})
	}
}

// TestPairPhraseIsOneSide: a pair phrase opening its clause ("the two
// Russian ministers", "les deux ministres russes", "оба министра", "İki
// Rus bakan") with people named after it in the clause is one side of
// the event, the last list of two the story named in its sentence or the
// one before; the people after it are the other side. Two named right
// after it past a comma, of its country, are the pair itself in
// apposition.
func TestPairPhraseIsOneSide(t *testing.T) {
	x := shipped(t)
	four := []string{"sergey-lavrov", "sergei-shoigu", "mevlut-cavusoglu", "hulusi-akar"}
	cases := []struct{ lang, text string }{
		{"en", "Sergey Lavrov and Sergei Shoigu flew to Ankara on Sunday. There the two Russian ministers held talks with Mevlüt Çavuşoğlu and Hulusi Akar."},
		{"fr", "Sergueï Lavrov et Sergueï Choïgou sont arrivés dimanche à Ankara. Les deux ministres russes se sont entretenus avec Mevlüt Çavuşoğlu et Hulusi Akar."},
		{"it", "Sergej Lavrov e Sergej Shoigu sono arrivati domenica ad Ankara. I due ministri russi hanno incontrato Mevlüt Çavuşoğlu e Hulusi Akar."},
		{"es", "Serguéi Lavrov y Serguéi Shoigú llegaron el domingo a Ankara. Los dos ministros rusos se reunieron con Mevlüt Çavuşoğlu y Hulusi Akar."},
		{"de", "Sergej Lawrow und Sergej Schoigu flogen am Sonntag nach Ankara. Dort trafen die beiden russischen Minister Mevlüt Çavuşoğlu und Hulusi Akar."},
		{"ru", "Сергей Лавров и Сергей Шойгу в воскресенье прилетели в Анкару. Там оба министра провели переговоры с Мевлютом Чавушоглу и Хулуси Акаром."},
		{"tr", "Sergey Lavrov ve Sergey Şoygu pazar günü Ankara'ya geldi. İki Rus bakan, Mevlüt Çavuşoğlu ve Hulusi Akar ile görüştü."},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, [][]string{four})
	}
	// (apposition: the pair itself, not the two of the call before)
	f := factsOf(t, x, "de", "Title\n\nMerkel und Erdoğan telefonierten am Montag. Ob auch die beiden libyschen Rivalen, Fajis al-Sarradsch und Chalifa Haftar, nach Berlin reisen, war zunächst offen.")
	for _, ps := range allParts(f) {
		if slices.Contains(ps, "angela-merkel") && slices.Contains(ps, "fayez-al-sarraj") {
			t.Errorf("apposed pair joined to the call before: %v", allParts(f))
		}
	}
}

// TestInterDelegationTalksKeepTheirSubject: Turkish "heyetler arası
// görüşme" (talks between the delegations) qualifies the meeting; the
// delegation noun before `between` ("arası", "arasında") is no subject,
// so the clause's own subject meets its partner and the delegation's
// members are not put in his place.
func TestInterDelegationTalksKeepTheirSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"Dışişleri Bakanı Necla el-Menguş başkanlığındaki Libya heyeti, dün Kahire'ye bir ziyaret gerçekleştirdi. Heyette Muhammed Siyala da yer aldı. Havalimanında karşılanan heyet, ilk olarak Fayiz es-Serrac ile bir araya geldi. Menguş, ardından Mısırlı mevkidaşı Samih Şukri ile heyetler arası görüşme yaptı.",
			[]string{"najla-mangoush", "sameh-shoukry"}},
		{"Mevlüt Çavuşoğlu pazartesi günü Trablus'a gitti. Beraberinde Hulusi Akar ve Hakan Fidan da vardı. Türk heyeti önce Abdulhamid Dbeybe ile görüştü. Çavuşoğlu, ardından mevkidaşı Necla el-Menguş ile heyetler arası görüşme yaptı.",
			[]string{"mevlut-cavusoglu", "najla-mangoush"}},
		{"Muhammed el-Menfi başkanlığındaki Libya heyeti dün Cezayir'e gitti. Heyet, havalimanında Libyalı diplomat Muhammed Siyala tarafından karşılandı. Menfi, ardından Cumhurbaşkanı Abdülmecid Tebbun ile heyetler arası görüşme yaptı.",
			[]string{"mohamed-al-menfi", "abdelmadjid-tebboune"}},
	}
	for _, c := range cases {
		ms := allParts(factsOf(t, x, "tr", "Title\n\n"+c.text))
		found := false
		for _, m := range ms {
			found = found || sameParts(m, c.want)
		}
		if !found {
			t.Errorf("tr %q: meetings %v, want one of %v", c.text, ms, c.want)
		}
	}
}

// TestDelegationAfterTheVerbWithASubjectIsTheObject: in German and
// Russian a delegation noun naming no country after a host or meeting
// verb whose clause names a person before the verb is the verb's object
// ("Präsident Kais Saied empfing die Gäste", "Теббун принял
// делегацию"): the party the last roster sentence names (the traveller
// and his companions) met that person.
func TestDelegationAfterTheVerbWithASubjectIsTheObject(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"de", "Heiko Maas landete am Freitag in Tunis, begleitet von Annegret Kramp-Karrenbauer. Präsident Kais Saied empfing die Gäste im Karthago-Palast.",
			[]string{"heiko-maas", "annegret-kramp-karrenbauer", "kais-saied"}},
		{"de", "Jean-Yves Le Drian landete am Dienstag in Algier, begleitet von Verteidigungsministerin Florence Parly. Präsident Abdelmadjid Tebboune empfing die Delegation am Abend.",
			[]string{"jean-yves-le-drian", "florence-parly", "abdelmadjid-tebboune"}},
		{"de", "Luigi Di Maio kam am Mittwoch in Kairo an, begleitet von Lorenzo Guerini. Außenminister Samih Schukri empfing die Gäste im Ministerium.",
			[]string{"luigi-di-maio", "lorenzo-guerini", "sameh-shoukry"}},
		{"ru", "Хайко Маас прибыл в пятницу в Тунис в сопровождении Аннегрет Крамп-Карренбауэр. Президент Каис Сайед принял гостей во дворце Карфаген.",
			[]string{"heiko-maas", "annegret-kramp-karrenbauer", "kais-saied"}},
		{"ru", "Жан-Ив Ле Дриан прилетел во вторник в Алжир в сопровождении Флоранс Парли. Президент Абдельмаджид Теббун принял делегацию вечером.",
			[]string{"jean-yves-le-drian", "florence-parly", "abdelmadjid-tebboune"}},
		{"ru", "Луиджи Ди Майо прибыл в среду в Каир в сопровождении Лоренцо Гуэрини. Министр иностранных дел Самех Шукри принял гостей в министерстве.",
			[]string{"luigi-di-maio", "lorenzo-guerini", "sameh-shoukry"}},
		{"ru", "Министр иностранных дел Италии Луиджи Ди Майо прибыл в понедельник в Триполи в сопровождении министра внутренних дел Лучаны Ламорджезе. Итальянскую делегацию принял Файез Сарадж.",
			[]string{"luigi-di-maio", "luciana-lamorgese", "fayez-al-sarraj"}},
	}
	for _, c := range cases {
		wantPartSets(t, x, c.lang, c.text, [][]string{c.want})
	}
}

// TestArabicCompanionVerbAgrees: the companion verb agrees with who
// accompanies and whom ("ترافقه" she accompanies him, "يرافقها" he
// accompanies her, "ترافقها"): the roster is the traveller and the one
// so named, met as a delegation ("الوفد الإيطالي", "الوفد الليبي").
func TestArabicCompanionVerbAgrees(t *testing.T) {
	x := shipped(t)
	cases := []struct {
		text string
		want []string
	}{
		{"وصل هايكو ماس إلى تونس يوم الجمعة، ترافقه أنيغريت كرامب كارنباور. واستقبل الرئيس قيس سعيد الوفد الألماني في قصر قرطاج.",
			[]string{"heiko-maas", "annegret-kramp-karrenbauer", "kais-saied"}},
		{"وصل لويجي دي مايو إلى القاهرة يوم الأربعاء، ترافقه وزيرة الداخلية لوتشيانا لامورجيزي. واستقبل سامح شكري الوفد الإيطالي في مقر الوزارة.",
			[]string{"luigi-di-maio", "luciana-lamorgese", "sameh-shoukry"}},
		{"وصلت نجلاء المنقوش إلى الجزائر يوم الاثنين، يرافقها محمد طاهر سيالة. واستقبل صبري بوقدوم الوفد الليبي في مقر الوزارة.",
			[]string{"najla-mangoush", "mohamed-taha-siala", "sabri-boukadoum"}},
		{"وصلت فلورانس بارلي إلى طرابلس يوم الثلاثاء، ترافقها مجموعة من المستشارين ويرافقها جان إيف لودريان. والتقى الوفد الفرنسي فايز السراج.",
			[]string{"florence-parly", "jean-yves-le-drian", "fayez-al-sarraj"}},
	}
	for _, c := range cases {
		wantPartSets(t, x, "ar", c.text, [][]string{c.want})
	}
}
