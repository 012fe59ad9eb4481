package facts

import (
	"testing"

	"assay/app/evidence"
)

// TestLegalFormIsNoAccreditationBody reads the accreditation body of a
// certificate whose holder's name ends in a legal form that is also an
// accreditation body's acronym or written as one ("SAS", "AG", "BV"),
// its address below starting with a number, in the seven languages: the
// body is the one the accreditation label names, never the legal form.
// Near misses: the Swiss body named with its number on its line, and an
// accreditation label naming an acronym that is also a legal form.
func TestLegalFormIsNoAccreditationBody(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  any
	}{
		{"fr SAS over its address", []string{"Nous certifions que", "Savane Logiciels SAS", "18, route de la Corniche, Dakar", "Accréditation TOVAC n° CB-022"}, "TOVAC"},
		{"fr SAS only body", []string{"Nous certifions que", "Savane Logiciels SAS", "18, route de la Corniche, Dakar"}, absent},
		{"en SA over its address", []string{"This is to certify that", "Harbour Systems SA", "12 Quay Street", "Accredited by KaVAS"}, "KaVAS"},
		{"de AG over its address", []string{"Hiermit wird bescheinigt, dass", "Nordlicht Daten AG", "12 Hafenstraße, Kiel", "Akkreditiert durch MeNAK"}, "MeNAK"},
		{"es SL", []string{"Se certifica que", "Datos del Sur SL", "14, Calle Mayor", "Acreditado por OREAC"}, "OREAC"},
		{"it SpA", []string{"Si certifica che", "Dati Alpini SpA", "21, Via Roma", "Accreditato da LiMAC"}, "LiMAC"},
		{"nl BV", []string{"Hierbij wordt verklaard dat", "Polder Data BV", "7 Kade, Delft", "Geaccrediteerd door ZvK"}, "ZvK"},
		{"pt Lda", []string{"Certifica-se que", "Dados do Tejo Lda", "3, Rua Augusta", "Acreditado pelo TEAC"}, "TEAC"},
		{"en one line SAS and number", []string{"Savane Logiciels SAS 18 route de la Corniche", "Accredited by KaVAS"}, "KaVAS"},
		// An acronym that is also a legal form, named by the accreditation
		// label, is the body: Slovenia's SA, Switzerland's SAS.
		{"it label then SA", []string{"Dati Alpini SpA", "21, Via Roma", "Accreditato da SA"}, "SA"},
		{"de label then SAS", []string{"Nordlicht Daten AG", "12 Hafenstraße", "Akkreditierung SAS"}, "SAS"},
		// Near misses: the Swiss body, named as it is, stays.
		{"en Swiss body with its number", []string{"Accredited by SAS SCESm 0123"}, "SAS"},
		{"de Swiss body in words", []string{"Akkreditiert durch Swiss Accreditation Service"}, "SAS"},
		{"fr Swiss body number on its line", []string{"Accréditation SAS 0123"}, "SAS"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, text(c.lines...), values{evidence.KeyAccreditationBody: c.want})
		})
	}
}

// TestAccreditationBodyOfWords reads an accreditation body named in words
// (not an acronym) after "accredited by", its name wrapped over lines or
// cells, when the accreditation's mark prints the name whole on a line of
// its own, in the seven languages. Near misses: the name alone without the
// mark, a sentence's words, an organisation's name starting with the same
// word, a status.
func TestAccreditationBodyOfWords(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  any
	}{
		{"en wrapped", []string{"Signed for SCSB", "Standards Norland", "Accredited by Standards", "Norland", "Accreditation No. CB 0311"}, "Standards Norland"},
		{"en wrapped into a cell", []string{"Standards Norland", "Accredited by Standards", "Managing Director\tNorland"}, "Standards Norland"},
		{"en whole on its line", []string{"Standards Norland", "Accredited by Standards Norland"}, "Standards Norland"},
		{"de", []string{"Akkreditierungsrat Nordland", "Akkreditiert durch Akkreditierungsrat", "Nordland"}, "Akkreditierungsrat Nordland"},
		{"fr", []string{"Comité Sahélien", "Accrédité par Comité", "Sahélien"}, "Comité Sahélien"},
		{"es", []string{"Oficina Andina", "Acreditado por Oficina", "Andina"}, "Oficina Andina"},
		{"it", []string{"Ente Alpino", "Accreditato da Ente", "Alpino"}, "Ente Alpino"},
		{"nl", []string{"Raad Polderland", "Geaccrediteerd door Raad", "Polderland"}, "Raad Polderland"},
		{"pt", []string{"Conselho Atlântico", "Acreditado por Conselho", "Atlântico"}, "Conselho Atlântico"},
		// Near misses.
		{"en no mark", []string{"Accredited by Standards", "Norland"}, absent},
		{"en sentence", []string{"The national body", "Accredited by the national body"}, absent},
		{"en organisation's name", []string{"Standards Certification Ltd", "Accredited by Standards"}, absent},
		{"de status", []string{"Akkreditiert durch Gültig", "Gültig Bis"}, absent},
		{"fr lower case", []string{"comité sahélien", "Accrédité par comité"}, absent},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, text(c.lines...), values{evidence.KeyAccreditationBody: c.want})
		})
	}
}
