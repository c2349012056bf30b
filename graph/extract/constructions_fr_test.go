package extract

import "testing"

func TestConstructionsFrench(t *testing.T) {
	checkConstructions(t, "fr", []construction{
		// rencontres
		{text: "Jean-Yves Le Drian a rencontré Fayez al-Sarraj mardi à Tripoli.", meet: []string{"meet held 2021-03-09 jean-yves-le-drian fayez-al-sarraj"}},
		{text: "Emmanuel Macron et Mohamed al-Menfi se sont rencontrés mardi à l'Élysée.", meet: []string{"meet held 2021-03-09 emmanuel-macron mohamed-al-menfi"}},
		{text: "Jean-Yves Le Drian s'est entretenu lundi au Caire avec Aguila Saleh Issa.", meet: []string{"meet held 2021-03-08 jean-yves-le-drian aguila-saleh-issa"}},
		{text: "Emmanuel Macron a reçu Khalifa Haftar mardi à l'Élysée.", meet: []string{"meet held 2021-03-09 emmanuel-macron khalifa-haftar"}},
		{text: "Khalifa Haftar a été reçu mardi par Emmanuel Macron à Paris.", meet: []string{"meet held 2021-03-09 emmanuel-macron khalifa-haftar"}},
		{text: "Mohamed al-Menfi est arrivé lundi à Paris. Emmanuel Macron l'a reçu mardi à l'Élysée.", meet: []string{"meet held 2021-03-09 emmanuel-macron mohamed-al-menfi"}},
		{text: "Jean-Yves Le Drian s'est rendu lundi à Alger, où il a rencontré Sabri Boukadoum.", meet: []string{"meet held 2021-03-08 jean-yves-le-drian sabri-boukadoum"}},
		{text: "La rencontre entre Recep Tayyip Erdoğan et Fayez al-Sarraj à Istanbul a duré deux heures.", meet: []string{"meet held - recep-tayyip-erdogan fayez-al-sarraj"}},
		{text: "Lors de son entretien avec Abdelmadjid Tebboune, Jean-Yves Le Drian a évoqué la situation au Sahel.", meet: []string{"meet held - jean-yves-le-drian abdelmadjid-tebboune"}},
		{text: "Jean-Yves Le Drian, Heiko Maas et Luigi Di Maio se sont rendus jeudi à Tripoli, où ils ont rencontré Mohamed al-Menfi.", meet: []string{"meet held 2021-03-04 jean-yves-le-drian heiko-maas luigi-di-maio mohamed-al-menfi"}},
		{text: "Emmanuel Macron a réuni Fayez al-Sarraj et Khalifa Haftar à La Celle-Saint-Cloud.", meet: []string{"meet held - emmanuel-macron fayez-al-sarraj khalifa-haftar"}},
		{text: "Kaïs Saïed a reçu Stephanie Williams au palais de Carthage, en présence d'Othman Jerandi.", meet: []string{"meet held - kais-saied stephanie-williams othman-jerandi"}},
		{text: "Le ministre algérien des Affaires étrangères, Sabri Boukadoum, a rencontré Aguila Saleh Issa et Khalid al-Mishri.", meet: []string{"meet held - sabri-boukadoum aguila-saleh-issa khalid-al-mishri"}},
		{text: "Heiko Maas a rencontré Fathi Bashagha le 4 juin à Tripoli. Le lendemain, il s'est entretenu avec Khalifa Haftar à Benghazi.", meet: []string{"meet held 2020-06-04 heiko-maas fathi-bashagha", "meet held 2020-06-05 heiko-maas khalifa-haftar"}},
		{text: "Jean-Yves Le Drian a rencontré Khalifa Haftar le 10 février à Benghazi. La veille, il s'était entretenu avec Fayez al-Sarraj à Tripoli.", meet: []string{"meet held 2021-02-10 jean-yves-le-drian khalifa-haftar", "meet held 2021-02-09 jean-yves-le-drian fayez-al-sarraj"}},
		{text: "Abdelmadjid Tebboune a reçu Aguila Saleh Issa à Alger. En visite à Alger le 2 février, Kaïs Saïed s'était entretenu avec son homologue algérien.", meet: []string{"meet held - abdelmadjid-tebboune aguila-saleh-issa", "meet held 2021-02-02 kais-saied abdelmadjid-tebboune"}},
		{text: "Fayez al-Sarraj a rencontré Heiko Maas à Tripoli. Le ministre libyen a ensuite reçu son homologue italien.", meet: []string{"meet held - fayez-al-sarraj heiko-maas"}},
		// appels
		{text: "Sabri Boukadoum s'est entretenu au téléphone avec Sameh Shoukry.", meet: []string{"call held - sabri-boukadoum sameh-shoukry"}},
		{text: "Emmanuel Macron a eu samedi un entretien téléphonique avec Recep Tayyip Erdoğan.", meet: []string{"call held 2021-03-06 emmanuel-macron recep-tayyip-erdogan"}},
		{text: "Abdelmadjid Tebboune a reçu un appel téléphonique de Recep Tayyip Erdoğan.", meet: []string{"call held - abdelmadjid-tebboune recep-tayyip-erdogan"}},
		{text: "Jean-Yves Le Drian a participé à une visioconférence avec Heiko Maas et Luigi Di Maio.", meet: []string{"call held - jean-yves-le-drian heiko-maas luigi-di-maio"}},
		{text: "Emmanuel Macron a téléphoné à Vladimir Putin dimanche.", meet: []string{"call held 2021-03-07 emmanuel-macron vladimir-putin"}},
		// déclarations
		{text: "«\u00a0Il n'y a pas de solution militaire en Libye\u00a0», a déclaré Jean-Yves Le Drian.", stmt: []string{"jean-yves-le-drian quote"}},
		{text: "«\u00a0L'Allemagne restera aux côtés des Libyens\u00a0», a assuré Heiko Maas jeudi devant la presse.", stmt: []string{"heiko-maas quote"}},
		{text: "Selon Sabri Boukadoum, l'Algérie refuse toute ingérence étrangère en Libye.", stmt: []string{"sabri-boukadoum"}},
		{text: "Abdelmadjid Tebboune a affirmé que l'Algérie ne serait jamais un instrument de division entre les Libyens.", stmt: []string{"abdelmadjid-tebboune"}},
		{text: "Kaïs Saïed a souligné que la solution devait venir des Libyens eux-mêmes.", stmt: []string{"kais-saied"}},
		{text: "Kaïs Saïed a reçu les délégués libyens à Carthage. Le président tunisien a par ailleurs proposé que Tunis accueille le prochain forum.", stmt: []string{"kais-saied"}},
		{text: "Stephanie Williams a appelé les délégués à faire preuve de courage.", stmt: []string{"stephanie-williams"}},
		{text: "Abdul Hamid Dbeibah a plaidé pour la réouverture rapide des ambassades européennes à Tripoli.", stmt: []string{"abdul-hamid-dbeibah"}},
		{text: "Le Quai d'Orsay a annoncé la réouverture de l'ambassade de France à Tripoli.", stmt: []string{"france"}},
		{text: "L'Élysée a indiqué que la France soutenait le nouvel exécutif libyen.", stmt: []string{"france"}},
		{text: "«\u00a0Nous sommes prêts\u00a0», a déclaré Aguila Saleh Issa. «\u00a0Mais les milices doivent quitter Tripoli.\u00a0»", stmt: []string{"aguila-saleh-issa quote"}},
		// statut
		{text: "Jean-Yves Le Drian doit rencontrer Aguila Saleh Issa la semaine prochaine au Caire.", meet: []string{"meet planned - jean-yves-le-drian aguila-saleh-issa"}},
		{text: "Khalifa Haftar est attendu lundi à Paris pour un entretien avec Emmanuel Macron.", meet: []string{"meet planned - khalifa-haftar emmanuel-macron"}},
		{text: "La rencontre entre Khalifa Haftar et Fayez al-Sarraj, prévue jeudi à Moscou, a été annulée.", meet: []string{"meet cancelled - khalifa-haftar fayez-al-sarraj"}},
		{text: "La réunion entre Sergey Lavrov et Mevlüt Çavuşoğlu a été reportée sine die.", meet: []string{"meet cancelled - sergey-lavrov mevlut-cavusoglu"}},
		{text: "Khalifa Haftar n'a pas rencontré Fayez al-Sarraj à Paris."},
		{text: "Khalifa Haftar a refusé de rencontrer Fayez al-Sarraj."},
	})
}
