package extract

import (
	"strings"
	"testing"
)

// TestCallForms: inflected call and video words of each language (the
// German infinitive after a modal, the Russian accusative), reported
// future ("Merkel werde ... telefonieren") as planned, and names in their
// Turkish spelling.
func TestCallForms(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"de", "Angela Merkel werde in der kommenden Woche mit Wladimir Putin telefonieren, hieß es.", "call planned  angela-merkel,vladimir-putin"},
		{"de", "Angela Merkel werde mit Wladimir Putin telefonieren.", "call planned  angela-merkel,vladimir-putin"},
		{"ru", "Сергей Лавров провёл видеоконференцию с Мевлютом Чавушоглу.", "video held  sergey-lavrov,mevlut-cavusoglu"},
		{"tr", "Erdoğan, Tunus Cumhurbaşkanı Kays Said ile telefonda görüştü.", "call held  recep-tayyip-erdogan,kais-saied"},
		{"it", "Luigi Di Maio ha avuto un colloquio in videoconferenza con Najla Mangoush.", "video held  luigi-di-maio,najla-mangoush"},
		// "telephoned" is a call, not talks; Qatar's ministers in Turkish
		{"en", "Sameh Shoukry telephoned Josep Borrell on Friday to discuss the arms embargo.", "call held  sameh-shoukry,josep-borrell"},
		{"tr", "Hulusi Akar, Halid bin Muhammed el-Atiyye ile telefonda görüştü.", "call held  hulusi-akar,khalid-al-attiyah"},
	}
	wantOneEvent(t, x, cases)
}

// TestSpanishTravel: "voló a", "se trasladó a" are trips, and
// "entrevistarse con" meets.
func TestSpanishTravel(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"es", "Al día siguiente Josep Borrell voló a Bengasi para entrevistarse con Aguila Saleh.", "visit held benghazi josep-borrell,aguila-saleh-issa"},
		{"es", "Luigi Di Maio se trasladó a Tobruk, donde se entrevistó con Aguila Saleh.", "visit held tobruk luigi-di-maio,aguila-saleh-issa"},
	}
	wantOneEvent(t, x, cases)
}

// TestGovernmentHeads: a head of government stands for the government
// named in his title, and Russia's prime minister is known in every
// script.
func TestGovernmentHeads(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"en", "The Prime Minister of the Government of National Unity, Abdul Hamid Dbeibah, met Mikhail Mishustin in Moscow.", "in_person held moscow abdul-hamid-dbeibah,mikhail-mishustin"},
		{"ru", "Премьер-министр Правительства национального единства Абдель Хамид Дбейба провёл переговоры с Михаилом Мишустиным в Москве.", "in_person held moscow abdul-hamid-dbeibah,mikhail-mishustin"},
		{"ur", "وزیر اعظم دبیبہ جمعرات کو ماسکو جائیں گے جہاں وہ روسی وزیر اعظم میخائل میشوستن سے ملیں گے۔", "visit planned moscow abdul-hamid-dbeibah,mikhail-mishustin"},
	}
	wantOneEvent(t, x, cases)
}

// TestTurkishSpellings: the Turkish press writes Dbeibah "Abdülhamid
// Dibeybe"; the first name must not pass for King Abdullah's.
func TestTurkishSpellings(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"tr", "Abdülhamid Dibeybe, Ankara'da Recep Tayyip Erdoğan ile görüştü.", "in_person held ankara abdul-hamid-dbeibah,recep-tayyip-erdogan"},
	}
	wantOneEvent(t, x, cases)
}

// TestPassiveHostAndTitles: a passive "was received by" is a meeting in
// every language, and the council a chairman heads is his title, not
// another participant.
func TestPassiveHostAndTitles(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"tr", "Mevlüt Çavuşoğlu, Cumhurbaşkanı Abdülmecid Tebbun tarafından kabul edildi.", "in_person held  mevlut-cavusoglu,abdelmadjid-tebboune"},
		{"es", "Mevlüt Çavuşoğlu fue recibido por Abdelmadjid Tebboune.", "in_person held  mevlut-cavusoglu,abdelmadjid-tebboune"},
		{"ru", "Мевлют Чавушоглу был принят Абдельмаджидом Теббуном.", "in_person held  mevlut-cavusoglu,abdelmadjid-tebboune"},
		{"ar", "أجرى هايكو ماس اتصالا هاتفيا مع فائز السراج، رئيس المجلس الرئاسي.", "call held  heiko-maas,fayez-al-sarraj"},
		{"tr", "Mevlüt Çavuşoğlu, Başkanlık Konseyi Başkanı Fayez es-Serrac ile görüştü.", "in_person held  mevlut-cavusoglu,fayez-al-sarraj"},
	}
	wantOneEvent(t, x, cases)
}

// TestSubordinateSubject: an event noun that names nobody ("the visit
// comes days after ...") leaves the subject of the clause a
// complementizer opens to the call that follows it.
func TestSubordinateSubject(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want string }{
		{"es", "Josep Borrell se reunió el lunes en Trípoli con Fayez al Serraj. La visita llega una semana después de que el canciller alemán, Heiko Maas, conversara por teléfono con Serguéi Lavrov.", "in_person held tripoli josep-borrell,fayez-al-sarraj|call held  heiko-maas,sergey-lavrov"},
		{"fr", "Josep Borrell a rencontré lundi à Tripoli Fayez al-Sarraj. Le déplacement intervient une semaine après que Heiko Maas s'est entretenu au téléphone avec Sergueï Lavrov.", "in_person held tripoli josep-borrell,fayez-al-sarraj|call held  heiko-maas,sergey-lavrov"},
	}
	for _, c := range cases {
		if got := strings.Join(summaries(factsOf(t, x, c.lang, c.text)), "|"); got != c.want {
			t.Errorf("%s %q:\n got %q\nwant %q", c.lang, c.text, got, c.want)
		}
	}
}
