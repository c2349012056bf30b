package extract

import (
	"strings"
	"testing"
)

// TestRelativeClauseAfterAnApposition: a relative pronoun after a
// descriptive apposition set off by commas ("Fayez al-Sarraj, le Premier
// ministre sortant, qui a promis", "Haftar, el hombre fuerte del este
// libio, quien aseguró", "Сарраджем, уходящим премьером, который
// пообещал") opens a clause of the person the apposition describes, not
// of the main clause's subject, and a bare title in the apposition
// names no one else (the outgoing prime minister is Sarraj, not the
// prime minister of the day); a place phrase is no apposition ("Saleh,
// at the palace in Cairo, where he announced").
func TestRelativeClauseAfterAnApposition(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, pub, text, want, frag string }{
		{"fr", "2021-03-01", "Abdul Hamid Dbeibah s'est entretenu par téléphone avec Fayez al-Sarraj, le Premier ministre sortant, qui a promis une transition ordonnée.", "fayez-al-sarraj", "transition"},
		{"it", "2021-03-01", "Abdul Hamid Dbeibah ha parlato al telefono con Fayez al-Sarraj, il premier uscente, che ha promesso un passaggio ordinato.", "fayez-al-sarraj", "passaggio"},
		{"es", "2021-03-01", "Abdul Hamid Dbeiba habló por teléfono con Fayez al Sarraj, el primer ministro saliente, que prometió un traspaso ordenado.", "fayez-al-sarraj", "traspaso"},
		{"ru", "2021-03-01", "Абдель Хамид Дбейба поговорил по телефону с Фаизом Сарраджем, уходящим премьером, который пообещал упорядоченную передачу власти.", "fayez-al-sarraj", "передачу"},
		{"en", "2021-03-01", "Dbeibah then called Fayez al-Sarraj, the outgoing premier, who pledged a smooth transfer of power.", "fayez-al-sarraj", "transfer"},
		{"fr", "2020-06-01", "Emmanuel Macron a reçu à l'Élysée Khalifa Haftar, l'homme fort de l'Est libyen, qui a affirmé vouloir respecter le cessez-le-feu.", "khalifa-haftar", "cessez-le-feu"},
		{"es", "2020-06-01", "Pedro Sánchez recibió en la Moncloa a Jalifa Haftar, el hombre fuerte del este libio, quien aseguró que respetará la tregua.", "khalifa-haftar", "tregua"},
		{"it", "2020-06-01", "Giuseppe Conte ha ricevuto a Palazzo Chigi Khalifa Haftar, l'uomo forte della Cirenaica, che ha detto di voler rispettare la tregua.", "khalifa-haftar", "tregua"},
		{"en", "2020-06-01", "Sisi hosted Khalifa Haftar and the speaker of parliament, Aguila Saleh, at the palace in Cairo, where he announced a plan for a truce.", "abdel-fattah-el-sisi", "truce"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, c.pub, "Title\n\n"+c.text)
		found := false
		for _, s := range f.Statements {
			if s.Speaker != c.want && strings.Contains(strings.ToLower(s.Text), strings.ToLower(c.frag)) {
				t.Errorf("%s %q: %q spoken by %s, want %s", c.lang, c.text, s.Text, s.Speaker, c.want)
			}
			found = found || s.Speaker == c.want && strings.Contains(strings.ToLower(s.Text), strings.ToLower(c.frag))
		}
		if !found && c.want != "abdel-fattah-el-sisi" {
			t.Errorf("%s %q: statements %v, want %s's", c.lang, c.text, speakers(f), c.want)
		}
	}
}

// TestDroppedSubjectSpeaks: a speech verb whose subject is dropped or a
// pronoun, in a sentence right after one that made a person its subject
// with no statement between, is that person's: Arabic verb-first
// "وقال إنه …", "وأكد أن …" with the complement right after the verb (a
// subject would stand between them: "وقال المكتب الإعلامي إن …" is the
// office's), Urdu "ان کا کہنا تھا کہ …" (his saying was). A pronoun
// never stands for a state the sentence before made its subject.
func TestDroppedSubjectSpeaks(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, want, frag string }{
		{"ar", "استقبل وزير الخارجية الجزائري صبري بوقدوم المشير خليفة حفتر في الجزائر يوم الاثنين. وقال إنه من الضروري الحفاظ على وقف إطلاق النار.", "sabri-boukadoum", "الضروري"},
		{"ar", "التقى وزير الخارجية المصري سامح شكري نظيره الروسي سيرغي لافروف في موسكو. وأكد أن الحل العسكري غير ممكن.", "sameh-shoukry", "العسكري"},
		{"ar", "استقبل وزير الخارجية التركي مولود تشاووش أوغلو رئيس المجلس الأعلى للدولة خالد المشري في أنقرة. وأكد أن بلاده تدعم الحوار بين الليبيين.", "mevlut-cavusoglu", "الحوار"},
		{"ar", "التقى وزير الخارجية الروسي سيرغي لافروف المشير خليفة حفتر في موسكو يوم الثلاثاء. وأضاف أن موسكو مستعدة لاستضافة جولة جديدة.", "sergey-lavrov", "جولة"},
		{"ar", "اجتمعت ستيفاني ويليامز مع فائز السراج في طرابلس. وقالت إن الانتخابات يجب أن تجرى في موعدها.", "stephanie-williams", "الانتخابات"},
		{"ur", "جرمن وزیر خارجہ ہائیکو ماس نے پیر کو برلن میں خلیفہ حفتر سے ملاقات کی۔ ان کا کہنا تھا کہ جنگ بندی برقرار رکھنا ضروری ہے۔", "heiko-maas", "جنگ بندی"},
		{"ur", "اطالوی وزیر خارجہ لوئیجی دی مائیو نے طرابلس میں فائز السراج سے ملاقات کی۔ ان کا کہنا تھا کہ لیبیا کے بحران کا کوئی فوجی حل نہیں۔", "luigi-di-maio", "فوجی حل"},
		{"ur", "روسی وزیر خارجہ سرگئی لاوروف نے ماسکو میں عقیلہ صالح کا استقبال کیا۔ ان کا کہنا تھا کہ مذاکرات ہی واحد راستہ ہیں۔", "sergey-lavrov", "مذاکرات"},
	}
	for _, c := range cases {
		f := factsOn(t, x, c.lang, "2020-06-01", "Title\n\n"+c.text)
		found := false
		for _, s := range f.Statements {
			found = found || s.Speaker == c.want && strings.Contains(s.Text, c.frag)
		}
		if !found {
			t.Errorf("%s %q: statements %v, want %s's", c.lang, c.text, speakers(f), c.want)
		}
	}
	// the office named after the verb speaks, not the minister before
	f := factsOn(t, x, "ar", "2020-06-01", "Title\n\nالتقى بوقدوم المشير خليفة حفتر في بنغازي. وقال المكتب الإعلامي للقيادة العامة إن اللقاء تناول المبادرة الجزائرية.")
	for _, s := range f.Statements {
		if s.Speaker == "sabri-boukadoum" || s.Speaker == "khalifa-haftar" {
			t.Errorf("office's statement %q given to %s", s.Text, s.Speaker)
		}
	}
	// a state the sentence before made its subject is no pronoun's
	f = factsOn(t, x, "ur", "2020-06-01", "Title\n\nترکی نے لیبیا میں اپنی فوجی موجودگی بڑھا دی ہے۔\n\nان کا کہنا تھا کہ یہ موجودگی کشیدگی کا سبب ہے۔")
	for _, s := range f.Statements {
		if s.Speaker == "turkey" {
			t.Errorf("pronoun's statement %q given to the state %s", s.Text, s.Speaker)
		}
	}
}
