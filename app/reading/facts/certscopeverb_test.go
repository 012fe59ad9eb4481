package facts

import (
	"testing"

	"assay/app/evidence"
)

// TestScopeNounComprises reads the scope after its noun and a verb of
// comprising ending the line ("Der Geltungsbereich umfasst" over the
// statement), in the seven languages; a sentence naming the Statement of
// Applicability after the statement's last full stop ends it. The number
// is read after a label of the body's register of certificates.
func TestScopeNounComprises(t *testing.T) {
	soa := map[string]string{
		"en": "The certification is based on the Statement of Applicability, version 2 of",
		"de": "Grundlage der Zertifizierung ist die Erklärung zur Anwendbarkeit, Version 2 vom",
		"fr": "La certification repose sur la déclaration d'applicabilité, version 2 du",
		"es": "La certificación se basa en la Declaración de Aplicabilidad, versión 2 del",
		"it": "La certificazione si basa sulla Dichiarazione di Applicabilità, versione 2 del",
		"nl": "De certificering is gebaseerd op de Verklaring van Toepasselijkheid, versie 2 van",
		"pt": "A certificação baseia-se na Declaração de Aplicabilidade, versão 2 de",
	}
	cases := []struct {
		lang, intro, scope, number, want string
	}{
		{"en", "The scope comprises", "Design and hosting of booking software; help desk; courier services are excluded.", "Certificate register no.: RX-4410", "RX-4410"},
		{"de", "Der Geltungsbereich umfasst", "Entwicklung und Hosting von Buchungssoftware; Benutzerbetreuung; ausgenommen ist der Kurierdienst.", "Zertifikatsregister-Nr.: RX-4410", "RX-4410"},
		{"fr", "Le périmètre couvre", "Conception et hébergement de logiciels de réservation ; assistance aux utilisateurs ; la messagerie est exclue.", "N° de registre du certificat : RX-4410", "RX-4410"},
		{"es", "El alcance comprende", "Diseño y alojamiento de software de reservas; soporte a usuarios; se excluye la mensajería.", "N.º de registro del certificado: RX-4410", "RX-4410"},
		{"it", "Il campo di applicazione comprende", "Progettazione e hosting di software di prenotazione; assistenza agli utenti; esclusi i servizi di corriere.", "Certificato n.: RX-4410", "RX-4410"},
		{"nl", "Het toepassingsgebied omvat", "Ontwerp en hosting van boekingssoftware; gebruikersondersteuning; koeriersdiensten vallen erbuiten.", "Certificaatregisternummer: RX-4410", "RX-4410"},
		{"pt", "O âmbito abrange", "Conceção e alojamento de software de reservas; apoio aos utilizadores; excluídos os serviços de estafeta.", "N.º de registo do certificado: RX-4410", "RX-4410"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			checkCertificate(t, text(c.intro, c.scope, soa[c.lang], "27.06.2024.", c.number),
				values{evidence.KeyScope: c.scope, evidence.KeyCertificateNumber: c.want})
		})
	}
	// Near misses: the noun and verb inside a sentence on another line's
	// matter, and an SoA named inside the statement, before its full stop.
	t.Run("en near miss: sentence", func(t *testing.T) {
		checkCertificate(t, text("Please note that the scope comprises", "Certificate No.: RX-4410"), values{evidence.KeyScope: absent})
	})
	t.Run("en near miss: SoA inside the statement", func(t *testing.T) {
		checkCertificate(t, text("The scope comprises", "Hosting of booking software, in accordance with the", "Statement of Applicability version 2.", "Certificate No.: RX-4410"),
			values{evidence.KeyScope: "Hosting of booking software, in accordance with the Statement of Applicability version 2."})
	})
}
