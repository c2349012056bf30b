package extract

import "testing"

// TestConstructionsTr: the ways Turkish wire reports tell meetings, calls
// and statements, in sentences written for the test.
func TestConstructionsTr(t *testing.T) {
	runConstructions(t, "tr", []consCase{
		// meetings
		{text: "Dışişleri Bakanı Mevlüt Çavuşoğlu, salı günü Ankara'da Libya Dışişleri Bakanı Necla el-Menguş ile görüştü.",
			meet: []string{"meet held 2021-03-09 mevlut-cavusoglu,najla-mangoush"}},
		{text: "Cumhurbaşkanı Erdoğan, dün Dolmabahçe'de Fayiz es-Serrac'ı kabul etti.",
			meet: []string{"meet held 2021-03-09 fayez-al-sarraj,recep-tayyip-erdogan"}},
		{text: "Erdoğan ve Dbeybe pazartesi günü İstanbul'da bir araya geldi.",
			meet: []string{"meet held 2021-03-08 abdul-hamid-dbeibah,recep-tayyip-erdogan"}},
		{text: "Milli Savunma Bakanı Hulusi Akar, Trablus'ta Fethi Başağa ile bir araya geldi.",
			meet: []string{"meet held - fathi-bashagha,hulusi-akar"}},
		{text: "Serrac, Cumhurbaşkanı Erdoğan tarafından Vahdettin Köşkü'nde kabul edildi.",
			meet: []string{"meet held - fayez-al-sarraj,recep-tayyip-erdogan"}},
		{text: "Çavuşoğlu, Moskova'yı ziyaret ederek Rus mevkidaşı Sergey Lavrov ile görüştü.",
			meet: []string{"meet held - mevlut-cavusoglu,sergey-lavrov"}},
		{text: "Erdoğan ile Putin arasındaki görüşme yaklaşık üç saat sürdü.",
			meet: []string{"meet held - recep-tayyip-erdogan,vladimir-putin"}},
		{text: "Çavuşoğlu, Lavrov ile görüşmesinde Libya'da kalıcı ateşkes çağrısını yineledi.",
			meet: []string{"meet held - mevlut-cavusoglu,sergey-lavrov"}},
		{text: "Erdoğan, Serrac ve Akile Salih ile ayrı ayrı görüştü.",
			meet: []string{"meet held - fayez-al-sarraj,recep-tayyip-erdogan", "meet held - aguila-saleh-issa,recep-tayyip-erdogan"}},
		{text: "Erdoğan, Serrac'ı Beştepe'de ağırladı. Görüşmeye Dışişleri Bakanı Mevlüt Çavuşoğlu ve Milli Savunma Bakanı Hulusi Akar da katıldı.",
			meet: []string{"meet held - fayez-al-sarraj,hulusi-akar,mevlut-cavusoglu,recep-tayyip-erdogan"}},
		{text: "Erdoğan, Menfi ile Dolmabahçe Çalışma Ofisi'nde görüştü. Görüşmeye Çavuşoğlu da katıldı.",
			meet: []string{"meet held - mevlut-cavusoglu,mohamed-al-menfi,recep-tayyip-erdogan"}},
		// calls
		{text: "Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile telefonda görüştü.",
			meet: []string{"call held - recep-tayyip-erdogan,vladimir-putin"}},
		{text: "Çavuşoğlu, perşembe günü Lavrov ile bir telefon görüşmesi gerçekleştirdi.",
			meet: []string{"call held 2021-03-04 mevlut-cavusoglu,sergey-lavrov"}},
		{text: "Erdoğan, Almanya Başbakanı Angela Merkel ile video konferans yoluyla görüştü.",
			meet: []string{"video held - angela-merkel,recep-tayyip-erdogan"}},
		{text: "Akar'ı telefonla arayan Başağa, son gelişmeler hakkında bilgi verdi.",
			meet: []string{"call held - fathi-bashagha,hulusi-akar"}},
		// status
		{text: "Erdoğan'ın gelecek hafta Dbeybe ile görüşmesi bekleniyor.",
			meet: []string{"meet planned - abdul-hamid-dbeibah,recep-tayyip-erdogan"}},
		{text: "Çavuşoğlu ile Lavrov'un cuma günü Moskova'da bir araya gelmesi planlanıyor.",
			meet: []string{"meet planned 2021-03-12 mevlut-cavusoglu,sergey-lavrov"}},
		{text: "Erdoğan ile Hafter arasındaki görüşme iptal edildi.",
			meet: []string{"meet cancelled - khalifa-haftar,recep-tayyip-erdogan"}},
		{text: "Lavrov ile Çavuşoğlu'nun görüşmesi ileri bir tarihe ertelendi.",
			meet: []string{"meet cancelled - mevlut-cavusoglu,sergey-lavrov"}},
		{text: "Hafter ile Serrac Moskova'da görüşmedi."},
		{text: "Hafter, Serrac ile görüşmeyi reddetti."},
		// statements
		{text: "Çavuşoğlu, \"Libya'da askeri çözüm yoktur\" dedi.",
			say: []string{"mevlut-cavusoglu"}},
		{text: "\"Ateşkese bağlıyız\" diyen Dbeybe, seçimlerin zamanında yapılacağını söyledi.",
			say: []string{"abdul-hamid-dbeibah"}},
		{text: "Akar, Türkiye'nin Libya'daki meşru hükümete desteğinin süreceğini vurguladı.",
			say: []string{"hulusi-akar"}},
		{text: "Türkiye Dışişleri Bakanlığı, Libya'daki gelişmeleri yakından takip ettiklerini açıkladı.",
			say: []string{"turkey"}},
		{text: "Rusya Dışişleri Bakanlığı yaptığı açıklamada, Moskova'nın siyasi çözümü desteklediğini bildirdi.",
			say: []string{"russia"}},
		{text: "Kalın'a göre iki lider Libya'daki son durumu ele aldı.",
			say: []string{"ibrahim-kalin"}},
		{text: "Erdoğan, Hafter'i uyardı.",
			say: []string{"recep-tayyip-erdogan"}},
		{text: "Lavrov, Rus askerlerinin Libya'da bulunduğu iddialarını yalanladı.",
			say: []string{"sergey-lavrov"}},
		{text: "Çavuşoğlu, tarafları ateşkese uymaya çağırdı.",
			say: []string{"mevlut-cavusoglu"}},
	})
}
