package extract

import (
	"testing"
)

// TestSeparateWordClosingTheClause: a `separate` word set off by a comma
// after the partners ("met Sarraj and Haftar in Rome, but separately",
// "a reçu X et Y, l'un après l'autre", "con Sarraj y Haftar, pero por
// separado", "с Сараджем и Хафтаром, но по отдельности", "كلا على حدة")
// still tells the partners apart: one meeting with each, the subject and
// its companions at every one.
func TestSeparateWordClosingTheClause(t *testing.T) {
	x := shipped(t)
	lav, cav, sar, haf := "sergey-lavrov", "mevlut-cavusoglu", "fayez-al-sarraj", "khalifa-haftar"
	con, teb, sal, mis, mac := "giuseppe-conte", "abdelmadjid-tebboune", "aguila-saleh-issa", "khalid-al-mishri", "emmanuel-macron"
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "On Wednesday Giuseppe Conte met Fayez al-Sarraj and Khalifa Haftar in Rome, but separately.", [][]string{{con, sar}, {con, haf}}},
		{"en", "Emmanuel Macron received Fayez al-Sarraj and Khalifa Haftar at the Élysée on Wednesday, one after the other.", [][]string{{mac, sar}, {mac, haf}}},
		{"fr", "Mercredi, Giuseppe Conte a rencontré Fayez al-Sarraj et Khalifa Haftar à Rome, mais séparément.", [][]string{{con, sar}, {con, haf}}},
		{"fr", "Mardi, Emmanuel Macron a reçu à l'Élysée Fayez al-Sarraj et Khalifa Haftar, l'un après l'autre.", [][]string{{mac, sar}, {mac, haf}}},
		{"fr", "Abdelmadjid Tebboune a reçu mardi à Alger Aguila Saleh et Khaled al-Mechri, chacun séparément.", [][]string{{teb, sal}, {teb, mis}}},
		{"es", "El 13 de enero, Serguéi Lavrov y Mevlüt Çavuşoğlu mantuvieron en Moscú conversaciones con Fayez al Sarraj y Jalifa Haftar, aunque las reuniones fueron por separado.", [][]string{{lav, cav, sar}, {lav, cav, haf}}},
		{"es", "El miércoles Giuseppe Conte se reunió en Roma con Fayez al Sarraj y Jalifa Haftar, pero por separado.", [][]string{{con, sar}, {con, haf}}},
		{"es", "Abdelmayid Tebún recibió el martes en Argel a Aguila Saleh y a Jaled al Mishri, cada uno por separado.", [][]string{{teb, sal}, {teb, mis}}},
		{"it", "Il 13 gennaio Sergej Lavrov e Çavuşoğlu hanno avuto colloqui a Mosca con Fayez al-Sarraj e Khalifa Haftar, ma separatamente: i due rivali libici non si sono mai incontrati.", [][]string{{lav, cav, sar}, {lav, cav, haf}}},
		{"it", "Mercoledì Giuseppe Conte ha ricevuto a Roma Fayez al-Sarraj e Khalifa Haftar, uno dopo l'altro.", [][]string{{con, sar}, {con, haf}}},
		{"it", "Martedì ad Algeri Abdelmadjid Tebboune ha ricevuto Aguila Saleh e Khaled al-Mishri, ciascuno separatamente.", [][]string{{teb, sal}, {teb, mis}}},
		{"de", "Am 13. Januar führten Sergej Lawrow und Mevlüt Çavuşoğlu in Moskau Gespräche mit Sarradsch und Haftar, allerdings getrennt: Die beiden Rivalen trafen sich nicht.", [][]string{{lav, cav, sar}, {lav, cav, haf}}},
		{"de", "Am Mittwoch traf Giuseppe Conte in Rom Sarradsch und Haftar, aber getrennt.", [][]string{{con, sar}, {con, haf}}},
		{"ru", "13 января Сергей Лавров и Мевлют Чавушоглу провели в Москве переговоры с Сараджем и Хафтаром, но по отдельности.", [][]string{{lav, cav, sar}, {lav, cav, haf}}},
		{"ru", "Во вторник Абдельмаджид Теббун принял в Алжире Агилу Салеха и Халеда аль-Мишри, каждого по отдельности.", [][]string{{teb, sal}, {teb, mis}}},
		{"tr", "13 Ocak'ta Sergey Lavrov ve Mevlüt Çavuşoğlu Moskova'da Serrac ve Hafter ile görüştü, ancak görüşmeler ayrı ayrı yapıldı.", [][]string{{lav, cav, sar}, {lav, cav, haf}}},
		{"ar", "وأجرى لافروف وجاويش أوغلو في موسكو يوم 13 يناير محادثات مع السراج وحفتر، لكن اللقاءات جرت بشكل منفصل.", [][]string{{lav, cav, sar}, {lav, cav, haf}}},
		{"ar", "واستقبل الرئيس عبد المجيد تبون الثلاثاء في الجزائر عقيلة صالح وخالد المشري، كلا على حدة.", [][]string{{teb, sal}, {teb, mis}}},
		// the same lists met together stay one meeting
		{"en", "On Sunday Nasser Bourita received Aguila Saleh and Khalid al-Mishri in Rabat, and the three men discussed the roadmap.", [][]string{{"nasser-bourita", sal, mis}}},
		{"fr", "Dimanche, Nasser Bourita a reçu Aguila Saleh et Khaled al-Mechri à Rabat, et les trois hommes ont discuté de la feuille de route.", [][]string{{"nasser-bourita", sal, mis}}},
	}
	for _, c := range cases {
		wantApart(t, x, c.lang, "", c.text, c.want)
	}
}

// TestGuestsNamedFirstDeniedToHaveMet: two people of one country named
// first, the guests of an outsider ("were received by Bourita", "held
// talks with Lavrov"), whom a clause after "but" says did not meet each
// other, met the outsider one by one; a denial after a `separate` word
// set off by a mark ("однако встречи шли раздельно: … так и не
// встретились", "mais séparément : les deux rivaux ne se sont jamais
// rencontrés") denies only that pair, not the talks. The subjects of an
// active host verb are hosts, not such guests.
func TestGuestsNamedFirstDeniedToHaveMet(t *testing.T) {
	x := shipped(t)
	lav, cav, sar, haf := "sergey-lavrov", "mevlut-cavusoglu", "fayez-al-sarraj", "khalifa-haftar"
	bou, sal, mis := "nasser-bourita", "aguila-saleh-issa", "khalid-al-mishri"
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "In July Aguila Saleh and Khalid al-Mishri were received by Nasser Bourita in Rabat, but the two men did not meet.", [][]string{{bou, sal}, {bou, mis}}},
		{"en", "In Moscow on Monday, Fayez al-Sarraj and Khalifa Haftar held talks with Sergey Lavrov, but the two Libyans never met.", [][]string{{lav, sar}, {lav, haf}}},
		{"fr", "Le 13 janvier, Sergueï Lavrov et Mevlüt Çavuşoğlu ont mené à Moscou des pourparlers avec Fayez al-Sarraj et Khalifa Haftar, mais séparément : les deux rivaux ne se sont jamais rencontrés.", [][]string{{lav, cav, sar}, {lav, cav, haf}}},
		{"ru", "13 января Сергей Лавров и Мевлют Чавушоглу провели в Москве переговоры с Фаизом Сараджем и Хафтаром, однако встречи шли раздельно: сами соперники так и не встретились.", [][]string{{lav, cav, sar}, {lav, cav, haf}}},
		// hosts named first by an active host verb stay together
		{"de", "Am 17. Januar empfingen Ministerpräsident Kyriakos Mitsotakis und Außenminister Nikos Dendias den General Chalifa Haftar in Athen. Die beiden trafen sich mit ihm, Sarradsch aber nicht.", nil},
	}
	for _, c := range cases {
		if c.want == nil {
			got := allParts(factsOf(t, x, c.lang, "Title\n\n"+c.text))
			if !meetingWithAll(got, []string{"kyriakos-mitsotakis", "nikos-dendias", haf}) {
				t.Errorf("%s %q: meetings %v, want Mitsotakis and Dendias with Haftar", c.lang, c.text, got)
			}
			continue
		}
		wantApart(t, x, c.lang, "", c.text, c.want)
	}
}

// TestMoreSeparateWords: more words for one at a time (es "uno tras otro",
// it "in momenti diversi", en "each on his own", fr "chacun de son côté",
// de "jeden für sich"), and a German passive whose agent stands before the
// clause-final verb ("wurden X und Y getrennt von Merkel empfangen"): the
// two named before the word are the guests, met one by one.
func TestMoreSeparateWords(t *testing.T) {
	x := shipped(t)
	sar, haf, con, mac := "fayez-al-sarraj", "khalifa-haftar", "giuseppe-conte", "emmanuel-macron"
	teb, sal, mis, mer := "abdelmadjid-tebboune", "aguila-saleh-issa", "khalid-al-mishri", "angela-merkel"
	cases := []struct {
		lang, text string
		want       [][]string
	}{
		{"en", "Abdelmadjid Tebboune received Aguila Saleh and Khalid al-Mishri in Algiers on Tuesday, each on his own.", [][]string{{teb, sal}, {teb, mis}}},
		{"fr", "Aguila Saleh et Khaled al-Mechri se sont rendus à Rabat en juillet, à quelques jours d'intervalle. Nasser Bourita les a reçus chacun de son côté.", [][]string{{"nasser-bourita", sal}, {"nasser-bourita", mis}}},
		{"es", "Angela Merkel recibió el domingo en Berlín a Fayez al Sarraj y a Jalifa Haftar, uno tras otro.", [][]string{{mer, sar}, {mer, haf}}},
		{"es", "Fayez al Sarraj y Jalifa Haftar fueron recibidos uno tras otro por Giuseppe Conte en Roma.", [][]string{{con, sar}, {con, haf}}},
		{"it", "Mercoledì Giuseppe Conte ha incontrato a Roma Fayez al-Sarraj e Khalifa Haftar, ma in momenti diversi.", [][]string{{con, sar}, {con, haf}}},
		{"de", "Abdelmadjid Tebboune empfing am Dienstag in Algier Aguila Saleh und Chalid al-Mischri, jeden für sich.", [][]string{{teb, sal}, {teb, mis}}},
		{"de", "Am Sonntag wurden Sarradsch und Haftar in Berlin getrennt von Angela Merkel empfangen.", [][]string{{mer, sar}, {mer, haf}}},
		{"de", "Am Dienstag wurden Sarradsch und Haftar nacheinander von Emmanuel Macron im Élysée-Palast empfangen.", [][]string{{mac, sar}, {mac, haf}}},
		// together, they stay one meeting
		{"de", "Sarradsch und Haftar wurden am Sonntag gemeinsam von Angela Merkel in Berlin empfangen.", [][]string{{mer, sar, haf}}},
	}
	for _, c := range cases {
		wantApart(t, x, c.lang, "", c.text, c.want)
	}
}

// TestSeparateWordSetOffBeforeTheList: a `separate` word set off by
// commas before the partners opens their list, however long the titles
// set off before each name ("recibió en Rabat, por separado, al
// presidente del Parlamento de Tobruk, Aguila Saleh, y al presidente del
// Alto Consejo de Estado, Jaled al Mishri").
func TestSeparateWordSetOffBeforeTheList(t *testing.T) {
	x := shipped(t)
	bou, sal, mis := "nasser-bourita", "aguila-saleh-issa", "khalid-al-mishri"
	for _, c := range []struct{ lang, text string }{
		{"es", "El ministro marroquí de Asuntos Exteriores, Naser Burita, recibió el lunes en Rabat, por separado, al presidente del Parlamento de Tobruk, Aguila Saleh, y al presidente del Alto Consejo de Estado, Jaled al Mishri."},
		{"en", "Nasser Bourita received in Rabat on Monday, separately, the speaker of the Tobruk parliament, Aguila Saleh, and the head of the High Council of State, Khalid al-Mishri."},
		{"fr", "Nasser Bourita a reçu lundi à Rabat, séparément, le président du Parlement de Tobrouk, Aguila Saleh, et le président du Haut Conseil d'État, Khaled al-Mechri."},
		{"it", "Nasser Bourita ha ricevuto lunedì a Rabat, separatamente, il presidente del Parlamento di Tobruk, Aguila Saleh, e il presidente dell'Alto Consiglio di Stato, Khaled al-Mishri."},
		{"de", "Nasser Bourita empfing am Montag in Rabat, jeweils einzeln, den Parlamentspräsidenten aus Tobruk, Aguila Saleh, und den Vorsitzenden des Staatsrats, Chalid al-Mischri."},
	} {
		wantApart(t, x, c.lang, "", c.text, [][]string{{bou, sal}, {bou, mis}})
	}
	// a comma after the word alone opens nothing: who is present at each
	// meeting stays at each
	wantApart(t, x, "en", "", "Nasser Bourita received Aguila Saleh and Khalid al-Mishri separately, in the presence of Stephanie Williams.", [][]string{{bou, sal, "stephanie-williams"}, {bou, mis, "stephanie-williams"}})
}
