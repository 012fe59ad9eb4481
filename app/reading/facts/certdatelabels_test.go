package facts

import (
	"testing"

	"assay/app/evidence"
)

// TestDateLabelClasses reads dates under labels worded in ways the
// families did not hold, in the seven languages: a remark in brackets
// inside the label, the validity's limit date, the date of this
// certificate's issue, the date of the certification now in force. Near
// misses: a remark with digits, the first certification's date, a limit
// that is no certificate's.
func TestDateLabelClasses(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  values
	}{
		// A remark in brackets between the label and its colon.
		{"en remark", []string{"Valid until (subject to surveillance): 21.05.2027"}, values{evidence.KeyExpiresOn: "2027-05-21"}},
		{"de remark", []string{"Gültig bis (vorbehaltlich der Überwachung): 21.05.2027"}, values{evidence.KeyExpiresOn: "2027-05-21"}},
		{"fr remark", []string{"Valable jusqu'au (sous réserve de surveillance) : 21/05/2027"}, values{evidence.KeyExpiresOn: "2027-05-21"}},
		{"es remark", []string{"Fecha de emisión (certificado vigente): 14/06/2024"}, values{evidence.KeyIssuedOn: "2024-06-14"}},
		{"it remark", []string{"Data di scadenza (salvo sorveglianza)\t21/05/2027"}, values{evidence.KeyExpiresOn: "2027-05-21"}},
		{"nl remark", []string{"Geldig tot (onder voorbehoud van toezicht): 21-05-2027"}, values{evidence.KeyExpiresOn: "2027-05-21"}},
		{"pt remark", []string{"Válido até (sujeito a acompanhamento): 21/05/2027"}, values{evidence.KeyExpiresOn: "2027-05-21"}},
		// The limit date of validity.
		{"en limit", []string{"Validity limit date: 21 May 2027"}, values{evidence.KeyExpiresOn: "2027-05-21"}},
		{"de limit", []string{"Letzter Gültigkeitstag: 21.05.2027"}, values{evidence.KeyExpiresOn: "2027-05-21"}},
		{"fr limit", []string{"Date limite de validité : 21 mai 2027"}, values{evidence.KeyExpiresOn: "2027-05-21"}},
		{"es limit", []string{"Fecha límite de validez: 21 de mayo de 2027"}, values{evidence.KeyExpiresOn: "2027-05-21"}},
		{"it limit", []string{"Data limite di validità: 21 maggio 2027"}, values{evidence.KeyExpiresOn: "2027-05-21"}},
		{"nl limit", []string{"Uiterste geldigheidsdatum: 21 mei 2027"}, values{evidence.KeyExpiresOn: "2027-05-21"}},
		{"pt limit", []string{"Data limite de validade: 21 de maio de 2027"}, values{evidence.KeyExpiresOn: "2027-05-21"}},
		// The date of this certificate's issue.
		{"en this issue", []string{"Date of issue of this certificate: 14 June 2024"}, values{evidence.KeyIssuedOn: "2024-06-14"}},
		{"de this issue", []string{"Datum der Ausstellung dieses Zertifikats: 14.06.2024"}, values{evidence.KeyIssuedOn: "2024-06-14"}},
		{"fr this issue", []string{"Date d'émission du présent certificat : 14 juin 2024"}, values{evidence.KeyIssuedOn: "2024-06-14"}},
		{"es this issue", []string{"Fecha de emisión de este certificado: 14 de junio de 2024"}, values{evidence.KeyIssuedOn: "2024-06-14"}},
		{"it this issue", []string{"Data di rilascio del presente", "certificato", "14 giugno 2024"}, values{evidence.KeyIssuedOn: "2024-06-14"}},
		{"nl this issue", []string{"Datum afgifte dit certificaat: 14 juni 2024"}, values{evidence.KeyIssuedOn: "2024-06-14"}},
		{"pt this issue", []string{"Data de emissão deste certificado: 14 de junho de 2024"}, values{evidence.KeyIssuedOn: "2024-06-14"}},
		// The date of the certification now in force.
		{"en current", []string{"Date of current certification: 14th June 2024"}, values{evidence.KeyIssuedOn: "2024-06-14"}},
		{"de current", []string{"Datum der aktuellen Zertifizierung: 14.06.2024"}, values{evidence.KeyIssuedOn: "2024-06-14"}},
		{"fr current", []string{"Date de la certification en cours : 14/06/2024"}, values{evidence.KeyIssuedOn: "2024-06-14"}},
		{"es current", []string{"Fecha de la certificación vigente: 14/06/2024"}, values{evidence.KeyIssuedOn: "2024-06-14"}},
		{"it current", []string{"Data della certificazione corrente: 14/06/2024"}, values{evidence.KeyIssuedOn: "2024-06-14"}},
		{"nl current", []string{"Datum huidige certificering: 14-06-2024"}, values{evidence.KeyIssuedOn: "2024-06-14"}},
		{"pt current", []string{"Data da certificação atual: 14/06/2024"}, values{evidence.KeyIssuedOn: "2024-06-14"}},
		// Near misses.
		{"en near miss: remark with digits", []string{"Valid until (see clause 4.2): 21.05.2027"}, values{evidence.KeyIssuedOn: absent}},
		{"en near miss: original in the remark", []string{"Issue date (original): 1 May 2019", "Issue date: 3 May 2025"}, values{evidence.KeyIssuedOn: "2025-05-03"}},
		{"de near miss: first in the remark", []string{"Ausstellungsdatum (erstmalig): 01.05.2019"}, values{evidence.KeyIssuedOn: absent}},
		{"fr near miss: previous in the remark", []string{"Date d'expiration (certificat précédent) : 01/05/2025"}, values{evidence.KeyExpiresOn: absent}},
		{"en near miss: remark after no label", []string{"Surveillance (annual): 21.05.2025"}, values{evidence.KeyIssuedOn: absent, evidence.KeyExpiresOn: absent}},
		{"fr near miss: first certification", []string{"Date de la première certification : 14/06/2018"}, values{evidence.KeyIssuedOn: absent}},
		{"de near miss: first certification", []string{"Datum der ersten Zertifizierung: 14.06.2018"}, values{evidence.KeyIssuedOn: absent}},
		{"en near miss: first certification remark", []string{"First certification (initial audit): 14 June 2018"}, values{evidence.KeyIssuedOn: absent}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCertificate(t, text(c.lines...), c.want)
		})
	}
}
