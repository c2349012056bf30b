package extract

import (
	"slices"
	"strings"
	"testing"
)

type notmetCase struct {
	lang, text string
	want       [][]string
}

const (
	nmBou = "nasser-bourita"
	nmSal = "aguila-saleh-issa"
	nmMis = "khalid-al-mishri"
	nmLav = "sergey-lavrov"
	nmSar = "fayez-al-sarraj"
	nmHaf = "khalifa-haftar"
)

// two guests who each met one host, then a denial of their own meeting
var notmetBoth = []notmetCase{
	{"en", "Aguila Saleh and Khalid al-Mishri both met Nasser Bourita in Rabat on Monday, but they did not meet each other.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"en", "Fayez al-Sarraj and Khalifa Haftar both held talks with Sergey Lavrov in Moscow, but the two rivals never met.", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"en", "Both Saleh and Mishri were received by Nasser Bourita in Rabat, but not by each other.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"en", "Aguila Saleh and Khalid al-Mishri each held talks with Nasser Bourita in Rabat last week, but they did not meet.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"fr", "Aguila Saleh et Khaled al-Mechri ont tous deux rencontré Nasser Bourita à Rabat lundi, mais ne se sont pas vus.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"fr", "Fayez al-Sarraj et Khalifa Haftar ont tous deux eu des entretiens avec Sergueï Lavrov à Moscou, mais les deux rivaux ne se sont pas rencontrés.", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"fr", "Aguila Saleh et Khaled al-Mechri ont été reçus par Nasser Bourita à Rabat, mais ils ne se sont pas rencontrés.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"fr", "Fayez al-Sarraj et Khalifa Haftar ont été reçus lundi par Sergueï Lavrov à Moscou, sans se rencontrer.", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"es", "Aguila Saleh y Jaled al Mishri se reunieron ambos con Naser Burita en Rabat, pero no llegaron a verse.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"es", "Aguila Saleh y Jaled al Mishri fueron recibidos por Naser Burita en Rabat, pero no se reunieron entre ellos.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"es", "Fayez al Sarraj y Jalifa Haftar mantuvieron conversaciones con Serguéi Lavrov en Moscú, pero los dos rivales no se vieron.", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"es", "Ambos, Fayez al Sarraj y Jalifa Haftar, se reunieron el lunes con Serguéi Lavrov en Moscú, pero no entre ellos.", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"it", "Aguila Saleh e Khaled al-Mishri hanno incontrato entrambi Nasser Bourita a Rabat, ma non si sono visti.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"it", "Fayez al-Sarraj e Khalifa Haftar hanno avuto colloqui con Sergej Lavrov a Mosca, ma i due rivali non si sono incontrati.", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"it", "Aguila Saleh e Khaled al-Mishri sono stati ricevuti da Nasser Bourita a Rabat, ma non si sono incontrati tra loro.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"it", "Fayez al-Sarraj e Khalifa Haftar sono stati ricevuti lunedì da Sergej Lavrov a Mosca, senza incontrarsi.", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"de", "Aguila Saleh und Chalid al-Mischri trafen beide Nasser Bourita in Rabat, trafen sich aber nicht.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"de", "Fajis al-Sarradsch und Chalifa Haftar führten Gespräche mit Sergej Lawrow in Moskau, aber die beiden Rivalen trafen sich nicht.", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"de", "Aguila Saleh und Chalid al-Mischri wurden von Nasser Bourita in Rabat empfangen, begegneten einander jedoch nicht.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"de", "Fajis al-Sarradsch und Chalifa Haftar trafen am Montag Sergej Lawrow in Moskau, ohne sich zu begegnen.", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"ru", "Агила Салех и Халед аль-Мишри оба встретились с Нассером Буритой в Рабате, но друг с другом не встретились.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"ru", "Файез Сарадж и Халифа Хафтар провели переговоры с Сергеем Лавровым в Москве, но сами соперники не встретились.", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"ru", "Агилу Салеха и Халеда аль-Мишри принял в Рабате Нассер Бурита, но между собой они не встречались.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"ru", "Оба, Файез Сарадж и Халифа Хафтар, встретились в понедельник с Сергеем Лавровым в Москве, однако друг с другом так и не встретились.", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"tr", "Akile Salih ve Halid el-Mişri Rabat'ta Nasır Burita ile görüştü, ancak ikisi bir araya gelmedi.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"tr", "Fayiz es-Serrac ve Halife Hafter Moskova'da Sergey Lavrov ile görüştü, ama iki rakip birbiriyle görüşmedi.", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"tr", "Her ikisi de, Akile Salih ve Halid el-Mişri, Rabat'ta Nasır Burita tarafından kabul edildi, fakat birbirleriyle görüşmediler.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"tr", "Fayiz es-Serrac ve Halife Hafter pazartesi Moskova'da Sergey Lavrov ile bir araya geldi, ancak iki lider bir araya gelmedi.", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"ar", "والتقى عقيلة صالح وخالد المشري كلاهما ناصر بوريطة في الرباط، لكنهما لم يلتقيا.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"ar", "وأجرى فايز السراج وخليفة حفتر محادثات مع سيرغي لافروف في موسكو، لكن الغريمين لم يلتقيا.", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"ar", "واستقبل ناصر بوريطة في الرباط عقيلة صالح وخالد المشري، ولكن الرجلين لم يجتمعا.", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"ar", "واجتمع فايز السراج وخليفة حفتر يوم الاثنين مع سيرغي لافروف في موسكو، إلا أنهما لم يلتقيا.", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"ur", "عقیلہ صالح اور خالد المشری دونوں نے رباط میں ناصر بوریطہ سے ملاقات کی، لیکن آپس میں ملاقات نہیں ہوئی۔", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
	{"ur", "فائز السراج اور خلیفہ حفتر نے ماسکو میں سرگئی لاوروف سے بات چیت کی، مگر دونوں حریفوں کی ملاقات نہیں ہوئی۔", [][]string{{nmLav, nmSar}, {nmLav, nmHaf}}},
	{"ur", "ناصر بوریطہ نے رباط میں عقیلہ صالح اور خالد المشری سے ملاقات کی، تاہم دونوں رہنما آپس میں نہیں ملے۔", [][]string{{nmBou, nmSal}, {nmBou, nmMis}}},
}

// a meeting, then after "but" a denial of another pair named in it
var notmetOther = []notmetCase{
	{"fr", "Nasser Bourita a reçu Aguila Saleh lundi à Rabat, mais Khaled al-Mechri ne l'a pas rencontré.", [][]string{{nmBou, nmSal}}},
	{"fr", "Sergueï Lavrov a rencontré Fayez al-Sarraj à Moscou, mais Khalifa Haftar n'a pas vu Sarraj.", [][]string{{nmLav, nmSar}}},
	{"es", "Naser Burita recibió a Aguila Saleh el lunes en Rabat, pero Jaled al Mishri no se reunió con él.", [][]string{{nmBou, nmSal}}},
	{"es", "Serguéi Lavrov se reunió con Fayez al Sarraj en Moscú, pero Jalifa Haftar no se reunió con Sarraj.", [][]string{{nmLav, nmSar}}},
	{"it", "Nasser Bourita ha ricevuto Aguila Saleh lunedì a Rabat, ma Khaled al-Mishri non l'ha incontrato.", [][]string{{nmBou, nmSal}}},
	{"it", "Sergej Lavrov ha incontrato Fayez al-Sarraj a Mosca, ma Khalifa Haftar non ha incontrato Sarraj.", [][]string{{nmLav, nmSar}}},
	{"ru", "Сергей Лавров встретился с Файезом Сараджем в Москве, но Халифа Хафтар с Сараджем не встретился.", [][]string{{nmLav, nmSar}}},
	{"ru", "Нассер Бурита принял в Рабате Агилу Салеха, однако Халед аль-Мишри с ним не встречался.", [][]string{{nmBou, nmSal}}},
	{"tr", "Sergey Lavrov Moskova'da Fayiz es-Serrac ile görüştü, ancak Halife Hafter Serrac ile görüşmedi.", [][]string{{nmLav, nmSar}}},
	{"tr", "Nasır Burita Rabat'ta Akile Salih'i kabul etti, fakat Halid el-Mişri onunla görüşmedi.", [][]string{{nmBou, nmSal}}},
	{"ar", "والتقى سيرغي لافروف فايز السراج في موسكو، لكن خليفة حفتر لم يلتق السراج.", [][]string{{nmLav, nmSar}}},
	{"ar", "واستقبل ناصر بوريطة عقيلة صالح في الرباط، غير أن خالد المشري لم يلتقه.", [][]string{{nmBou, nmSal}}},
	{"en", "Sergey Lavrov met Fayez al-Sarraj in Moscow, but Khalifa Haftar did not meet Sarraj.", [][]string{{nmLav, nmSar}}},
	{"de", "Sergej Lawrow traf Fajis al-Sarradsch in Moskau, aber Chalifa Haftar traf Sarradsch nicht.", [][]string{{nmLav, nmSar}}},
	{"ur", "سرگئی لاوروف نے ماسکو میں فائز السراج سے ملاقات کی، لیکن خلیفہ حفتر نے السراج سے ملاقات نہیں کی۔", [][]string{{nmLav, nmSar}}},
}

// controls: neither/nor and "but not X" keep denying their own partner
var notmetKeep = []notmetCase{
	{"es", "Serguéi Lavrov se reunió con Fayez al Sarraj en Moscú, pero tampoco se reunió con Jalifa Haftar.", nil},
	{"es", "Serguéi Lavrov se reunió con Fayez al Sarraj en Moscú, pero no con Jalifa Haftar.", [][]string{{nmLav, nmSar}}},
	{"fr", "Sergueï Lavrov a rencontré Fayez al-Sarraj à Moscou, mais pas Khalifa Haftar.", [][]string{{nmLav, nmSar}}},
	{"it", "Sergej Lavrov ha incontrato Fayez al-Sarraj a Mosca, ma non Khalifa Haftar.", [][]string{{nmLav, nmSar}}},
	{"ru", "Сергей Лавров встретился с Файезом Сараджем в Москве, но не с Хафтаром.", [][]string{{nmLav, nmSar}}},
	{"en", "Sergey Lavrov met Fayez al-Sarraj in Moscow, but not Khalifa Haftar.", [][]string{{nmLav, nmSar}}},
	{"de", "Sergej Lawrow traf Fajis al-Sarradsch in Moskau, aber nicht Chalifa Haftar.", [][]string{{nmLav, nmSar}}},
	{"ar", "والتقى سيرغي لافروف فايز السراج في موسكو، ولكن ليس خليفة حفتر.", [][]string{{nmLav, nmSar}}},
	{"en", "Sergey Lavrov did not meet Khalifa Haftar in Moscow, nor did he meet Fayez al-Sarraj.", nil},
	{"it", "Sergej Lavrov non ha incontrato né Fayez al-Sarraj né Khalifa Haftar a Mosca.", nil},
	{"ru", "Сергей Лавров не встретился в Москве ни с Сараджем, ни с Хафтаром.", nil},
	{"fr", "Sergueï Lavrov n'a rencontré ni Fayez al-Sarraj ni Khalifa Haftar à Moscou.", nil},
	{"fr", "Sergueï Lavrov a rencontré Fayez al-Sarraj à Moscou, mais il n'a pas rencontré Khalifa Haftar.", [][]string{{nmLav, nmSar}}},
	{"es", "Serguéi Lavrov se reunió con Fayez al Sarraj en Moscú, pero no se reunió con Jalifa Haftar.", [][]string{{nmLav, nmSar}}},
	{"tr", "Sergey Lavrov Moskova'da Fayiz es-Serrac ile görüştü, ancak Halife Hafter ile görüşmedi.", [][]string{{nmLav, nmSar}}},
}

func notmetGot(t *testing.T, x *Extractor, c notmetCase) ([]string, []string) {
	f := factsOf(t, x, c.lang, "Title\n\n"+c.text)
	var got, exp []string
	for _, m := range f.Meetings {
		p := participants(m)
		slices.Sort(p)
		got = append(got, strings.Join(p, "+"))
	}
	for _, w := range c.want {
		p := slices.Clone(w)
		slices.Sort(p)
		exp = append(exp, strings.Join(p, "+"))
	}
	slices.Sort(got)
	slices.Sort(exp)
	return got, exp
}

// TestButOpensAClauseOfItsOwn: after a comma, "mais", "pero", "ma", "но",
// "однако", "ancak", "fakat", "لكن" open a clause of their own, as "but"
// and "aber" did: a denial in it ("…, mais Mechri ne l'a pas rencontré",
// "pero tampoco se reunió con Haftar") denies its own pair, not the meeting
// of the clause before. Denials of the partner right after "but" ("but
// not Haftar", "pero no con Haftar") stay as they were.
func TestButOpensAClauseOfItsOwn(t *testing.T) {
	x := shipped(t)
	var cases []notmetCase
	for _, c := range notmetOther {
		if c.lang != "ar" && c.lang != "de" {
			cases = append(cases, c)
		}
	}
	for _, c := range notmetKeep {
		// ("n'a rencontré ni X ni Y" is held before and after: not this class)
		if !strings.Contains(c.text, " ni ") {
			cases = append(cases, c)
		}
	}
	for _, c := range cases {
		if got, exp := notmetGot(t, x, c); !slices.Equal(got, exp) {
			t.Errorf("%s %q: meetings %v, want %v", c.lang, c.text, got, exp)
		}
	}
}

// TestS21NotmetProbe runs the whole probe of session 21's notmet branch
// and holds its pass count at no less than it reached then.
func TestS21NotmetProbe(t *testing.T) {
	x := shipped(t)
	ok, n := 0, 0
	for _, set := range [][]notmetCase{notmetBoth, notmetOther, notmetKeep} {
		for _, c := range set {
			n++
			if got, exp := notmetGot(t, x, c); slices.Equal(got, exp) {
				ok++
			} else {
				t.Logf("probe miss %s %q: %v, want %v", c.lang, c.text, got, exp)
			}
		}
	}
	// the whole probe, misses included, is a floor: fixes may raise it,
	// a change that loses a sentence already right fails here
	if ok < notmetProbeFloor {
		t.Errorf("probe %d/%d, want at least %d", ok, n, notmetProbeFloor)
	}
}

// notmetProbeFloor is the probe's pass count when session 21 ended.
const notmetProbeFloor = 42

// TestReciprocalDenialAfterTalks: two guests who each met one host, then
// after `but` a denial with a reciprocal word instead of a pair phrase
// ("…, but they did not meet each other", "mais ne se sont pas vus", "pero
// no se reunieron entre ellos", "ma non si sono incontrati tra loro",
// "ancak ikisi bir araya gelmedi", "لكنهما لم يلتقيا"): one meeting of each
// guest with the host; the guests did not meet. (Left: ru tr ur de, where
// the pair is not split even with a `both` phrase; "sans se rencontrer",
// "senza incontrarsi", "ohne sich zu begegnen" tell no denied clause.)
func TestReciprocalDenialAfterTalks(t *testing.T) {
	x := shipped(t)
	for _, i := range []int{0, 1, 4, 5, 6, 9, 10, 12, 13, 14, 24, 27, 28, 29, 31} {
		c := notmetBoth[i]
		if got, exp := notmetGot(t, x, c); !slices.Equal(got, exp) {
			t.Errorf("%s %q: meetings %v, want %v", c.lang, c.text, got, exp)
		}
	}
	// a reciprocal denial told in a sentence of its own after a list of
	// mediators stays a denial of no one's talks (the mediators' own meeting is as before)
	c := notmetCase{"ru", "Посредниками выступили Сергей Лавров и Мевлют Чавушоглу. По данным источников, ливийские лидеры друг с другом не встречались.", [][]string{{nmLav, "mevlut-cavusoglu"}}}
	if got, exp := notmetGot(t, x, c); !slices.Equal(got, exp) {
		t.Errorf("%s %q: meetings %v, want %v", c.lang, c.text, got, exp)
	}
}
