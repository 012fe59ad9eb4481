package ocr

import (
	"strings"
	"testing"
)

// TestPacksFor chooses the packs of a file's other pages from its first:
// English alone, English with the languages the page is written in or
// has letters of, and every pack when the page says too little to tell.
func TestPacksFor(t *testing.T) {
	e := &Engine{packs: languages, langs: strings.Join(languages, "+")}
	for _, tc := range []struct{ name, text, want string }{
		{"English", "This is to certify that the information security management system of Northgate Payroll Ltd has been assessed and found to conform with the requirements of ISO/IEC 27001:2022 for the scope below.",
			"eng"},
		{"German", "Hiermit wird bescheinigt, dass die Müller GmbH ein Managementsystem fur Informationssicherheit eingefuhrt hat und anwendet. Das Zertifikat ist gultig bis 14.03.2027 und wurde durch die Zertifizierungsstelle ausgestellt.",
			"eng+deu"},
		{"bilingual", "Certificate / Zertifikat\nThis is to certify that the management system of Elbe Daten GmbH has been assessed by the certification body.\nHiermit wird bescheinigt, dass das Managementsystem der Elbe Daten GmbH die Anforderungen der Norm erfullt und ist gultig bis 2027.",
			"eng+deu"},
		{"Spanish", "Informe de formación del personal: los empleados de la empresa han completado el curso de seguridad hasta la fecha del informe, según los registros del sistema desde enero.",
			"eng+spa"},
		{"Portuguese", "Registo de formação: os colaboradores da empresa concluíram a formação em segurança da informação até ao fim do ano, pela equipa de recursos humanos, com uma taxa de conclusão que nao foi inferior a 90 %.",
			"eng+por"},
		{"Italian", "Si certifica che il sistema di gestione della sicurezza delle informazioni della società è conforme alla norma per il campo di applicazione indicato ed è valido fino al 2027, nel rispetto delle condizioni.",
			"eng+ita"},
		{"French", "Le présent certificat atteste que le système de management de la sécurité de l'information de la société est conforme aux exigences de la norme pour les activités suivantes et il est valable jusqu'au 2027 sur le site.",
			"eng+fra"},
		{"Dutch", "Hierbij wordt verklaard dat het managementsysteem voor informatiebeveiliging van de organisatie voldoet aan de eisen van de norm en dit certificaat is geldig tot 2027 voor de volgende activiteiten.",
			"eng+nld"},
		{"English with a German name", "This is to certify that the training of Jürgen Weiß has been completed with the required score and is valid for the year.",
			"eng+deu"},
		{"English with an é", "This is to certify that the system of Société Générale has been assessed by the body.",
			"eng"},
		{"a title alone", "Zertifikat\nISO/IEC 27001", e.langs},
		{"no words", "", e.langs},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var p pageText
			for _, l := range strings.Split(tc.text, "\n") {
				p.lines = append(p.lines, Line{Text: l})
			}
			if got := e.packsFor(p); got != tc.want {
				t.Errorf("packsFor = %s, want %s", got, tc.want)
			}
		})
	}
}
