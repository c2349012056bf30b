package extract

import "testing"

func TestConstructionsItalian(t *testing.T) {
	checkConstructions(t, "it", []construction{
		// incontri
		{text: "Luigi Di Maio ha incontrato martedì a Tripoli Fayez al-Sarraj.", meet: []string{"meet held 2021-03-09 luigi-di-maio fayez-al-sarraj"}},
		{text: "Giuseppe Conte e Khalifa Haftar si sono incontrati lunedì a Palazzo Chigi.", meet: []string{"meet held 2021-03-08 giuseppe-conte khalifa-haftar"}},
		{text: "Luigi Di Maio ha avuto un lungo colloquio con Sameh Shoukry al Cairo.", meet: []string{"meet held - luigi-di-maio sameh-shoukry"}},
		{text: "Giuseppe Conte ha ricevuto Fayez al-Sarraj a Palazzo Chigi.", meet: []string{"meet held - giuseppe-conte fayez-al-sarraj"}},
		{text: "Khalifa Haftar è stato ricevuto da Giuseppe Conte a Palazzo Chigi.", meet: []string{"meet held - giuseppe-conte khalifa-haftar"}},
		{text: "Mario Draghi è stato accolto all'aeroporto di Mitiga da Abdul Hamid Dbeibah.", meet: []string{"meet held - mario-draghi abdul-hamid-dbeibah"}},
		{text: "Fayez al-Sarraj è arrivato lunedì a Roma. Giuseppe Conte lo ha ricevuto in serata a Palazzo Chigi.", meet: []string{"meet held - giuseppe-conte fayez-al-sarraj"}},
		{text: "Luigi Di Maio si è recato a Bengasi, dove ha incontrato Khalifa Haftar.", meet: []string{"meet held - luigi-di-maio khalifa-haftar"}},
		{text: "L'incontro tra Giuseppe Conte e Recep Tayyip Erdoğan a Istanbul è durato due ore.", meet: []string{"meet held - giuseppe-conte recep-tayyip-erdogan"}},
		{text: "Durante il colloquio con Abdul Hamid Dbeibah, Mario Draghi ha affrontato il dossier migratorio.", meet: []string{"meet held - mario-draghi abdul-hamid-dbeibah"}},
		{text: "Luigi Di Maio ha incontrato a Tripoli Abdul Hamid Dbeibah e Najla Mangoush.", meet: []string{"meet held - luigi-di-maio abdul-hamid-dbeibah najla-mangoush"}},
		{text: "Luigi Di Maio, Heiko Maas e Jean-Yves Le Drian sono arrivati giovedì a Tripoli, dove hanno incontrato Mohamed al-Menfi.", meet: []string{"meet held 2021-03-04 luigi-di-maio heiko-maas jean-yves-le-drian mohamed-al-menfi"}},
		{text: "Giuseppe Conte ha ricevuto Fayez al-Sarraj, accompagnato da Mohamed Taha Siala.", meet: []string{"meet held - giuseppe-conte fayez-al-sarraj mohamed-taha-siala"}},
		{text: "Luigi Di Maio è atterrato a Tobruk nel pomeriggio. Ha poi incontrato Aguila Saleh Issa.", meet: []string{"meet held - luigi-di-maio aguila-saleh-issa"}},
		{text: "Luigi Di Maio ha incontrato Fayez al-Sarraj a Tripoli il 17 dicembre. Il giorno dopo ha visto Khalifa Haftar a Bengasi.", meet: []string{"meet held 2020-12-17 luigi-di-maio fayez-al-sarraj", "meet held 2020-12-18 luigi-di-maio khalifa-haftar"}},
		{text: "Luigi Di Maio ha incontrato ieri Mevlüt Çavuşoğlu ad Ankara.", meet: []string{"meet held 2021-03-09 luigi-di-maio mevlut-cavusoglu"}},
		// telefonate
		{text: "Luigi Di Maio ha avuto un colloquio telefonico con Sameh Shoukry.", meet: []string{"call held - luigi-di-maio sameh-shoukry"}},
		{text: "Giuseppe Conte ha sentito al telefono Recep Tayyip Erdoğan.", meet: []string{"call held - giuseppe-conte recep-tayyip-erdogan"}},
		{text: "Giuseppe Conte ha telefonato sabato a Vladimir Putin.", meet: []string{"call held 2021-03-06 giuseppe-conte vladimir-putin"}},
		{text: "Luigi Di Maio ha ricevuto una telefonata da Mevlüt Çavuşoğlu.", meet: []string{"call held - luigi-di-maio mevlut-cavusoglu"}},
		{text: "Luigi Di Maio ha partecipato a una videoconferenza con Heiko Maas e Jean-Yves Le Drian.", meet: []string{"call held - luigi-di-maio heiko-maas jean-yves-le-drian"}},
		// dichiarazioni
		{text: "«L'Italia torna in Libia da partner», ha detto Mario Draghi.", stmt: []string{"mario-draghi quote"}},
		{text: "Secondo Luigi Di Maio, la tregua resta fragile.", stmt: []string{"luigi-di-maio"}},
		{text: "La Farnesina ha annunciato la riapertura del consolato a Bengasi.", stmt: []string{"italy"}},
		{text: "Il Cremlino ha fatto sapere che la tregua deve essere rispettata.", stmt: []string{"russia"}},
		{text: "Khalifa Haftar avrebbe assicurato di essere pronto a una tregua.", stmt: []string{"khalifa-haftar"}},
		{text: "Mario Draghi ha sottolineato che l'Italia vuole esserci fin dal primo giorno.", stmt: []string{"mario-draghi"}},
		{text: "«Siamo pronti a collaborare», ha dichiarato Abdul Hamid Dbeibah. «Ma servono investimenti.»", stmt: []string{"abdul-hamid-dbeibah quote"}},
		{text: "Luigi Di Maio ha ribadito il sostegno dell'Italia al processo di Berlino.", stmt: []string{"luigi-di-maio"}},
		// stato
		{text: "Luigi Di Maio incontrerà Mevlüt Çavuşoğlu ad Ankara la settimana prossima.", meet: []string{"meet planned - luigi-di-maio mevlut-cavusoglu"}},
		{text: "Fayez al-Sarraj è atteso a Roma il 24 giugno per incontrare Giuseppe Conte.", meet: []string{"meet planned 2021-06-24 fayez-al-sarraj giuseppe-conte"}},
		{text: "Giuseppe Conte dovrebbe telefonare a Recep Tayyip Erdoğan nei prossimi giorni.", meet: []string{"call planned - giuseppe-conte recep-tayyip-erdogan"}},
		{text: "L'incontro tra Luigi Di Maio e Recep Tayyip Erdoğan è stato annullato all'ultimo momento.", meet: []string{"meet cancelled - luigi-di-maio recep-tayyip-erdogan"}},
		{text: "Il vertice tra Fayez al-Sarraj e Khalifa Haftar è stato rinviato a data da destinarsi.", meet: []string{"meet cancelled - fayez-al-sarraj khalifa-haftar"}},
		{text: "Khalifa Haftar non ha incontrato Fayez al-Sarraj a Roma."},
		{text: "Khalifa Haftar si è rifiutato di incontrare Fayez al-Sarraj."},
	})
}
