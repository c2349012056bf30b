package extract

import "testing"

func TestInstitutionSpeakersRomance(t *testing.T) {
	checkConstructions(t, "es", []construction{
		{text: "La embajada estadounidense en Trípoli advirtió en un comunicado que los responsables de bloquear las elecciones se enfrentarán a sanciones.", stmt: []string{"united-states"}},
		{text: "El Ministerio de Asuntos Exteriores turco aseguró que sus asesores militares permanecerán en Libia mientras lo pida el gobierno legítimo.", stmt: []string{"turkey"}},
	})
	checkConstructions(t, "fr", []construction{
		{text: "Le ministère algérien des Affaires étrangères a indiqué que l'Algérie refusait toute ingérence étrangère dans le conflit libyen.", stmt: []string{"algeria"}},
		{text: "Dans un communiqué, l'ambassade de France à Tripoli a annoncé la reprise de ses activités consulaires dès la semaine prochaine.", stmt: []string{"france"}},
	})
	checkConstructions(t, "it", []construction{
		{text: "Il ministero degli Esteri egiziano ha precisato in una nota che il Cairo non invierà truppe oltre la linea di Sirte.", stmt: []string{"egypt"}},
	})
	checkConstructions(t, "en", []construction{
		{text: "The Turkish defence ministry said its advisers would stay in Libya as long as the Tripoli government asked them to.", stmt: []string{"turkey"}},
	})
}

func TestUnnamedAndHedgedSources(t *testing.T) {
	checkConstructions(t, "en", []construction{
		{text: "Rights groups have accused the Libyan coastguard of firing on migrant boats in international waters.", stmt: nil},
		{text: "Fathi Bashagha is said to have told the Americans that he would back a unified government.", stmt: nil},
	})
	checkConstructions(t, "fr", []construction{
		{text: "Le président tunisien n'a pas rencontré Khaled al-Mishri, contrairement à ce qu'avaient annoncé plusieurs médias libyens.", stmt: nil},
	})
	checkConstructions(t, "es", []construction{
		{text: "Varias organizaciones humanitarias acusaron a la guardia costera libia de devolver a los migrantes a centros de detención.", stmt: nil},
	})
}
