package extract

import "testing"

func TestConstructionsSpanish(t *testing.T) {
	checkConstructions(t, "es", []construction{
		// reuniones
		{text: "Josep Borrell se reunió el martes en Trípoli con Fayez al-Sarraj.", meet: []string{"meet held 2021-03-09 josep-borrell fayez-al-sarraj"}},
		{text: "Pedro Sánchez y Mohamed al-Menfi se reunieron el jueves en Trípoli.", meet: []string{"meet held 2021-03-04 pedro-sanchez mohamed-al-menfi"}},
		{text: "Arancha González Laya mantuvo un encuentro con Najla Mangoush en Trípoli.", meet: []string{"meet held - arancha-gonzalez-laya najla-mangoush"}},
		{text: "Pedro Sánchez recibió a Abdul Hamid Dbeibah en La Moncloa.", meet: []string{"meet held - pedro-sanchez abdul-hamid-dbeibah"}},
		{text: "Aguila Saleh Issa fue recibido por Josep Borrell en Bruselas.", meet: []string{"meet held - josep-borrell aguila-saleh-issa"}},
		{text: "Abdul Hamid Dbeibah llegó a Madrid el lunes. Pedro Sánchez lo recibió en La Moncloa.", meet: []string{"meet held - pedro-sanchez abdul-hamid-dbeibah"}},
		{text: "Khalifa Haftar viajó a Atenas, donde Nikos Dendias lo había recibido ya en enero.", meet: []string{"meet held - nikos-dendias khalifa-haftar"}},
		{text: "Josep Borrell viajó a Tobruk para entrevistarse con Aguila Saleh Issa.", meet: []string{"meet held - josep-borrell aguila-saleh-issa"}},
		{text: "La reunión entre Recep Tayyip Erdoğan y Fayez al-Sarraj en Ankara duró dos horas.", meet: []string{"meet held - recep-tayyip-erdogan fayez-al-sarraj"}},
		{text: "Durante su encuentro con Mohamed al-Menfi, Pedro Sánchez abordó la cuestión migratoria.", meet: []string{"meet held - pedro-sanchez mohamed-al-menfi"}},
		{text: "Josep Borrell se reunió con Fayez al-Sarraj y Khalid al-Mishri.", meet: []string{"meet held - josep-borrell fayez-al-sarraj khalid-al-mishri"}},
		{text: "Arancha González Laya, acompañada por Margarita Robles, se entrevistó con Mohamed Taha Siala.", meet: []string{"meet held - arancha-gonzalez-laya margarita-robles mohamed-taha-siala"}},
		{text: "Josep Borrell aterrizó en Trípoli el martes. Por la tarde se reunió con Fayez al-Sarraj.", meet: []string{"meet held - josep-borrell fayez-al-sarraj"}},
		{text: "Josep Borrell se reunió con Fayez al-Sarraj en Trípoli el 1 de septiembre. Al día siguiente voló a Tobruk para entrevistarse con Aguila Saleh Issa.", meet: []string{"meet held 2020-09-01 josep-borrell fayez-al-sarraj", "meet held 2020-09-02 josep-borrell aguila-saleh-issa"}},
		{text: "António Guterres se reunió con Fayez al-Sarraj en Trípoli el 4 de abril. Esa misma noche conversó por teléfono con Giuseppe Conte.", meet: []string{"meet held 2020-04-04 antonio-guterres fayez-al-sarraj", "call held 2020-04-04 antonio-guterres giuseppe-conte"}},
		{text: "Pedro Sánchez se reunió ayer con Abdul Hamid Dbeibah.", meet: []string{"meet held 2021-03-09 pedro-sanchez abdul-hamid-dbeibah"}},
		// llamadas
		{text: "Recep Tayyip Erdoğan conversó por teléfono con Vladimir Putin.", meet: []string{"call held - recep-tayyip-erdogan vladimir-putin"}},
		{text: "Pedro Sánchez mantuvo una conversación telefónica con Emmanuel Macron.", meet: []string{"call held - pedro-sanchez emmanuel-macron"}},
		{text: "Josep Borrell recibió una llamada de Sameh Shoukry.", meet: []string{"call held - josep-borrell sameh-shoukry"}},
		{text: "Pedro Sánchez habló por teléfono el sábado con Giuseppe Conte.", meet: []string{"call held 2021-03-06 pedro-sanchez giuseppe-conte"}},
		{text: "Josep Borrell participó en una videoconferencia con Heiko Maas y Luigi Di Maio.", meet: []string{"call held - josep-borrell heiko-maas luigi-di-maio"}},
		// declaraciones
		{text: "“No hay solución militar”, dijo Josep Borrell.", stmt: []string{"josep-borrell quote"}},
		{text: "«No hay solución militar en Libia», afirmó Arancha González Laya.", stmt: []string{"arancha-gonzalez-laya quote"}},
		{text: "Según Arancha González Laya, España reabrirá su embajada en Trípoli.", stmt: []string{"arancha-gonzalez-laya"}},
		{text: "Najla Mangoush pidió a Madrid que reabra su embajada en Trípoli.", stmt: []string{"najla-mangoush"}},
		{text: "Fayez al-Sarraj aseguró que sus tropas seguirán avanzando y descartó negociar con Khalifa Haftar.", stmt: []string{"fayez-al-sarraj"}},
		{text: "El Kremlin afirmó que la tregua debía respetarse.", stmt: []string{"russia"}},
		{text: "Aguila Saleh Issa le trasladó su apoyo a un alto el fuego duradero.", stmt: []string{"aguila-saleh-issa"}},
		{text: "“Estamos preparados para negociar”, declaró Josep Borrell. “Pero las milicias deben retirarse.”", stmt: []string{"josep-borrell quote"}},
		{text: "Recep Tayyip Erdoğan anunció que hablará por teléfono con Donald Trump.", meet: []string{"call planned - recep-tayyip-erdogan donald-trump"}, stmt: []string{"recep-tayyip-erdogan"}},
		// estado
		{text: "Pedro Sánchez se reunirá con Abdul Hamid Dbeibah en Madrid.", meet: []string{"meet planned - pedro-sanchez abdul-hamid-dbeibah"}},
		{text: "Está previsto que Josep Borrell se reúna con Sameh Shoukry en Bruselas el 28 de septiembre.", meet: []string{"meet planned 2021-09-28 josep-borrell sameh-shoukry"}},
		{text: "La reunión entre Khalifa Haftar y Fayez al-Sarraj se aplazó sin nueva fecha.", meet: []string{"meet cancelled - khalifa-haftar fayez-al-sarraj"}},
		{text: "El encuentro entre Josep Borrell y Khalifa Haftar fue cancelado.", meet: []string{"meet cancelled - josep-borrell khalifa-haftar"}},
		{text: "Khalifa Haftar no se reunió con Fayez al-Sarraj en Moscú."},
		{text: "Khalifa Haftar se negó a reunirse con Fayez al-Sarraj."},
	})
}
