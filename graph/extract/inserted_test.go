package extract

import "testing"

// TestInsertedAdverb: an adverb inside a compound tense ("s'est longuement
// entretenu", "si è poi riunito") does not break the meeting phrase.
func TestInsertedAdverb(t *testing.T) {
	runConstructions(t, "fr", []consCase{
		{text: "Jean-Yves Le Drian s'est longuement entretenu lundi avec Fathi Bashagha.",
			meet: []string{"meet held 2021-03-08 fathi-bashagha,jean-yves-le-drian"}},
		{text: "Jean-Yves Le Drian s'est également longuement entretenu à Paris, mardi, avec Fathi Bashagha.",
			meet: []string{"meet held 2021-03-09 fathi-bashagha,jean-yves-le-drian"}},
	})
	runConstructions(t, "it", []consCase{
		{text: "Luigi Di Maio si è poi riunito a Roma con Fathi Bashagha.",
			meet: []string{"meet held - fathi-bashagha,luigi-di-maio"}},
		{text: "Luigi Di Maio si è già riunito martedì con Fathi Bashagha.",
			meet: []string{"meet held 2021-03-09 fathi-bashagha,luigi-di-maio"}},
	})
}

// TestTimePhraseEvent: "…, before/after a meeting with X" after a comma is
// the subject's own next event, not a meeting of the two partners.
func TestTimePhraseEvent(t *testing.T) {
	runConstructions(t, "fr", []consCase{
		{text: "Jean-Yves Le Drian a été reçu par Mohamed el-Menfi. Il s'est entretenu avec le Premier ministre Abdelhamid Dbeibah, avant une rencontre avec son homologue, Najla el-Mangoush.",
			meet: []string{"meet held - jean-yves-le-drian,mohamed-al-menfi", "meet held - abdul-hamid-dbeibah,jean-yves-le-drian", "meet held - jean-yves-le-drian,najla-mangoush"}},
		{text: "Jean-Yves Le Drian a été reçu par Mohamed el-Menfi. Il s'est entretenu avec le Premier ministre Abdelhamid Dbeibah, après une rencontre avec son homologue, Najla el-Mangoush.",
			meet: []string{"meet held - jean-yves-le-drian,mohamed-al-menfi", "meet held - abdul-hamid-dbeibah,jean-yves-le-drian", "meet held - jean-yves-le-drian,najla-mangoush"}},
	})
	runConstructions(t, "en", []consCase{
		{text: "Heiko Maas met Fathi Bashagha in Tripoli. He then held talks with Abdul Hamid Dbeibah, before a meeting with Najla Mangoush.",
			meet: []string{"meet held - fathi-bashagha,heiko-maas", "meet held - abdul-hamid-dbeibah,heiko-maas", "meet held - heiko-maas,najla-mangoush"}},
	})
}

// TestStackedTitles: of two titles in a row ("the commander, General X",
// "کمانڈر جنرل X"), the last one introduces the name; the first is no
// part of it.
func TestStackedTitles(t *testing.T) {
	runConstructions(t, "en", []consCase{
		{text: "Fayez al-Sarraj met the commander, General Walter Brinkley, on Monday.",
			meet: []string{"meet held 2021-03-08 fayez-al-sarraj,x-walter-brinkley"}},
	})
	runConstructions(t, "ur", []consCase{
		{text: "فائز السراج نے افریکوم کے کمانڈر جنرل رشید ملک سے ملاقات کی۔",
			meet: []string{"meet held - fayez-al-sarraj,x-rasheed-malik"}},
	})
}

// TestHandshake: a handshake is a meeting in person; a refused one denies it.
func TestHandshake(t *testing.T) {
	pair := []string{"meet held - abdul-hamid-dbeibah,recep-tayyip-erdogan"}
	runConstructions(t, "en", []consCase{
		{text: "Abdul Hamid Dbeibah shook hands with Recep Tayyip Erdoğan in Ankara.", meet: pair},
		{text: "Khalifa Haftar refused to shake hands with Fayez al-Sarraj in Berlin."},
	})
	runConstructions(t, "fr", []consCase{{text: "Abdul Hamid Dbeibah a serré la main de Recep Tayyip Erdoğan à Ankara.", meet: pair}})
	runConstructions(t, "de", []consCase{{text: "Abdul Hamid Dbeibah hat in Ankara Recep Tayyip Erdoğan die Hand geschüttelt.", meet: pair}})
	runConstructions(t, "ru", []consCase{
		{text: "Дбейба пожал руку Эрдогану в Анкаре.", meet: pair},
		{text: "Хафтар отказался пожать руку Сараджу в Москве."},
	})
	runConstructions(t, "tr", []consCase{{text: "Dbeybe, Ankara'da Erdoğan ile tokalaştı.", meet: pair}})
	runConstructions(t, "ar", []consCase{
		{text: "صافح عبد الحميد الدبيبة الرئيس التركي رجب طيب أردوغان في أنقرة.", meet: pair},
		{text: "رفض حفتر مصافحة السراج في برلين."},
	})
	runConstructions(t, "ur", []consCase{{text: "عبد الحمید دبیبہ نے انقرہ میں رجب طیب اردوان سے ہاتھ ملایا۔", meet: pair}})
}

// TestGuest: "the guest" is the visitor of the trip told last.
func TestGuest(t *testing.T) {
	runConstructions(t, "de", []consCase{
		{text: "Heiko Maas reiste am Dienstag nach Algier. Am Abend empfing Präsident Abdelmadjid Tebboune den Gast im Palast El Mouradia.",
			meet: []string{"meet held 2021-03-09 abdelmadjid-tebboune,heiko-maas"}},
	})
	runConstructions(t, "en", []consCase{
		{text: "Heiko Maas arrived in Algiers on Tuesday. In the evening President Abdelmadjid Tebboune received the guest at the El Mouradia palace.",
			meet: []string{"meet held 2021-03-09 abdelmadjid-tebboune,heiko-maas"}},
	})
	runConstructions(t, "it", []consCase{
		{text: "Heiko Maas è arrivato martedì ad Algeri. In serata il presidente Abdelmadjid Tebboune ha ricevuto l'ospite al palazzo El Mouradia.",
			meet: []string{"meet held 2021-03-09 abdelmadjid-tebboune,heiko-maas"}},
	})
}
