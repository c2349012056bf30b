package extract

import (
	"strings"
	"testing"
)

// TestPalaceIsItsCity: a presidential palace, or the suburb it stands
// in, is the place of its city, as the Élysée is Paris: "reçu au palais
// de Carthage", "قصر قرطاج", "Carthage Palace" are Tunis.
func TestPalaceIsItsCity(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text string }{
		{"fr", "Kaïs Saïed a reçu jeudi Sabri Boukadoum au palais de Carthage."},
		{"en", "Kais Saied received Sabri Boukadoum at Carthage Palace on Thursday."},
		{"ar", "استقبل الرئيس التونسي قيس سعيد يوم الخميس في قصر قرطاج وزير الخارجية الجزائري صبري بوقادوم."},
		{"it", "Il presidente Kais Saied ha ricevuto giovedì Sabri Boukadoum al palazzo di Cartagine."},
		{"es", "El presidente Kais Saied recibió el jueves a Sabri Boukadoum en el palacio de Cartago."},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		got := summaries(f)
		if len(got) != 1 || !strings.Contains(got[0], " tunis ") || !strings.Contains(got[0], "kais-saied") || !strings.Contains(got[0], "sabri-boukadoum") {
			t.Errorf("%s %q: %q, want one meeting of Saied and Boukadoum in Tunis", c.lang, c.text, got)
		}
	}
}

// TestVisitFramingSentenceArRu: "the visit comes at a time when …"
// frames the visit told before; the actors of the clause after it are
// no party to that visit, nor to a new one (Arabic "وتأتي الزيارة
// في وقت", "وجاءت زيارة X بعد", Russian "визит проходит на фоне").
func TestVisitFramingSentenceArRu(t *testing.T) {
	x := shipped(t)
	cases := []struct{ lang, text, guest, stray string }{
		{"ar", "زار وزير الخارجية الإيطالي لويجي دي مايو طرابلس يوم الاثنين والتقى رئيس المجلس الرئاسي فائز السراج.\n\nوتأتي زيارة دي مايو في وقت تكثف فيه مصر وتركيا اتصالاتهما بشأن سرت.", "fayez-al-sarraj", "egypt"},
		{"ar", "زار وزير الخارجية الإيطالي لويجي دي مايو طرابلس يوم الاثنين والتقى رئيس المجلس الرئاسي فائز السراج.\n\nوجاءت الزيارة بعد أيام من تحذير الرئيس المصري عبد الفتاح السيسي من تجاوز خط سرت.", "fayez-al-sarraj", "abdel-fattah-el-sisi"},
		{"ru", "Луиджи Ди Майо в понедельник посетил Триполи и встретился с Файезом Сарраджем.\n\nВизит проходит на фоне усилий Египта и Турции по урегулированию вокруг Сирта.", "fayez-al-sarraj", "egypt"},
		{"ru", "Луиджи Ди Майо в понедельник посетил Триполи и встретился с Файезом Сарраджем.\n\nВизит состоялся на фоне заявлений Абдель Фаттаха ас-Сиси о красной линии.", "fayez-al-sarraj", "abdel-fattah-el-sisi"},
	}
	for _, c := range cases {
		f := factsOf(t, x, c.lang, c.text)
		got := summaries(f)
		if len(got) != 1 || !strings.Contains(got[0], c.guest) || strings.Contains(got[0], c.stray) {
			t.Errorf("%s %q: %q, want the lead's one meeting with %s and no %s", c.lang, c.text, got, c.guest, c.stray)
		}
	}
}
