package extract

import "testing"

// TestHeadOfStateTitle: a bare head-of-state title ("le chef de l'État",
// "der Staatschef") means the last head of state named before it, not a
// president of a council or parliament named after him; a home title
// needs its home holder named before it.
func TestHeadOfStateTitle(t *testing.T) {
	x := shipped(t)
	wantOnlySpeaker(t, x, "fr", "Le président Abdelmadjid Tebboune a reçu lundi à Alger le président du Conseil présidentiel, Fayez al-Sarraj. Le chef de l'État a ensuite assuré que l'Algérie refusait toute ingérence.", "abdelmadjid-tebboune")
	wantOnlySpeaker(t, x, "fr", "Le président Kaïs Saïed a reçu mardi à Carthage le président de la Chambre des représentants, Aguila Saleh. « La Tunisie restera neutre », a déclaré le chef de l'État.", "kais-saied")
	wantOnlySpeaker(t, x, "de", "Der ägyptische Präsident Abdel Fattah al-Sisi telefonierte am Dienstag mit dem Parlamentspräsidenten Aguila Saleh. „Wir wollen keine Milizen an unserer Grenze“, sagte der Staatschef danach.", "abdel-fattah-el-sisi")
	// a quotation's own sentences are no narrative: the window counts
	// back from the sentence the quotation opens in
	wantOnlySpeaker(t, x, "fr", "Le président Kaïs Saïed a reçu jeudi à Carthage le président du Haut Conseil d'État, Khaled al-Mechri. L'entretien a duré deux heures.\n\n« La Tunisie ne choisira aucun camp. Elle parle à tous les Libyens. Nous voulons des élections », a insisté le chef de l'État, cité par la présidence.", "kais-saied")
	wantOnlySpeaker(t, x, "de", "Präsident Abdel Fattah al-Sisi empfing am Montag den Vorsitzenden des Präsidialrats, Fayez al-Sarraj. Der Staatschef betonte danach, Ägypten wolle eine politische Lösung.", "abdel-fattah-el-sisi")
	wantOnlySpeaker(t, x, "fr", "Le président algérien Abdelmadjid Tebboune a reçu Fayez al-Sarraj. « Nous refusons toute intervention », a déclaré le chef de l'État. Emmanuel Macron s'est entretenu avec Kaïs Saïed.", "abdelmadjid-tebboune")
}

// TestOwnedOrganisationSpeaks: an organisation named right after its own
// leader as owner ("Haftar's LNA", "Haftars LNA", "Hafter'e bağlı LUO")
// speaks, not the leader; a verb between keeps the leader ("Haftar said
// his LNA …").
func TestOwnedOrganisationSpeaks(t *testing.T) {
	x := shipped(t)
	wantOnlySpeaker(t, x, "en", "Haftar's Libyan National Army (LNA) said on Monday the proposal was \"a farce\".", "libyan-national-army")
	wantOnlySpeaker(t, x, "de", "Haftars Libysche Nationalarmee (LNA) bezeichnete den Vorschlag am Montag als „Farce“.", "libyan-national-army")
	wantOnlySpeaker(t, x, "tr", "Hafter'e bağlı Libya Ulusal Ordusu (LUO) ise açıklamasında teklifin \"kabul edilemez\" olduğunu savundu.", "libyan-national-army")
	wantOnlySpeaker(t, x, "en", "Haftar said on Monday his Libyan National Army would never accept the proposal.", "khalifa-haftar")
}
