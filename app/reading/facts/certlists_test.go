package facts

import (
	"strings"
	"testing"

	"assay/app/evidence"
)

// TestScopeEndsAtSignedUnderAuthority ends a scope statement at the line of
// the signature block saying under whose authority or by whose delegation
// the certificate is signed, in the seven languages; a wrapped line of the
// statement that starts with such words before its last sentence ends
// stays in it.
func TestScopeEndsAtSignedUnderAuthority(t *testing.T) {
	cases := []struct {
		heading, scope, signed string
	}{
		{"Scope of certification:", "Hosting and support of a fleet telematics service.", "Under the authority of the board of TQR"},
		{"Scope of certification:", "Hosting and support of a fleet telematics service.", "For the certification body TQR"},
		{"Geltungsbereich:", "Betrieb einer Plattform für Flottentelematik.", "In Vertretung der Geschäftsleitung"},
		{"Geltungsbereich:", "Betrieb einer Plattform für Flottentelematik.", "Für die Zertifizierungsstelle TQR"},
		{"Périmètre de certification :", "Exploitation d'une plateforme de télématique de flotte.", "Pour l'organisme, par délégation TQR"},
		{"Périmètre de certification :", "Exploitation d'une plateforme de télématique de flotte.", "Par délégation du comité TQR"},
		{"Alcance de la certificación:", "Operación de una plataforma de telemática de flotas.", "Por el organismo, por delegación TQR"},
		{"Campo di applicazione:", "Gestione di una piattaforma di telematica per flotte.", "Per l'organismo, su delega TQR"},
		{"Toepassingsgebied:", "Beheer van een platform voor wagenparktelematica.", "Namens de certificatie-instelling TQR"},
		{"Âmbito da certificação:", "Operação de uma plataforma de telemática de frotas.", "Pelo organismo, por delegação TQR"},
	}
	for _, c := range cases {
		f, _ := flat(Certificate(text("ISO/IEC 27001:2022", c.heading, c.scope, c.signed, "TQR", "Lead assessor")))
		if got := f[evidence.KeyScope]; got != c.scope {
			t.Errorf("%s: scope = %q, want %q", c.signed, got, c.scope)
		}
	}
	// Near miss: before the statement's last sentence ends, a line
	// starting with the same words goes on the statement.
	lines := []string{"ISO/IEC 27001:2022", "Scope of certification:", "Operation of the harbour's vessel traffic systems run",
		"under the authority of the port's harbour master.", "Certificate number: TQR-1"}
	f, _ := flat(Certificate(text(lines...)))
	if got, want := f[evidence.KeyScope], "Operation of the harbour's vessel traffic systems run under the authority of the port's harbour master."; got != want {
		t.Errorf("wrapped line: scope = %q, want %q", got, want)
	}
}

// TestScopeUnmarkedList reads a scope printed as a list whose bullets are
// drawn rather than written, so that the text holds the items' lines
// alone, in the seven languages: an item whose last line ends well short
// of the widest line ends with "; " (or keeps its own punctuation), a
// paragraph is left as it is, and a list where an item's end cannot be
// told from how its lines wrap is doubtful, never a guess.
func TestScopeUnmarkedList(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  string // "" when the scope must be doubtful
	}{
		{"en", []string{"Design and operation of the online booking engine for the ferry lines of the", "islands", "Payment handling", "Customer contact by telephone."},
			"Design and operation of the online booking engine for the ferry lines of the islands; Payment handling; Customer contact by telephone."},
		{"de", []string{"Entwicklung und Betrieb der Buchungsplattform für regionale Fährlinien und", "Häfen", "Zahlungsabwicklung", "Kundenkontakt per Telefon."},
			"Entwicklung und Betrieb der Buchungsplattform für regionale Fährlinien und Häfen; Zahlungsabwicklung; Kundenkontakt per Telefon."},
		{"fr", []string{"Conception et exploitation du moteur de réservation en ligne des lignes de", "ferry régionales", "traitement des paiements", "la restauration à bord est exclue."},
			"Conception et exploitation du moteur de réservation en ligne des lignes de ferry régionales; traitement des paiements; la restauration à bord est exclue."},
		{"es", []string{"Diseño y operación del motor de reservas en línea de las líneas regionales de", "ferri", "gestión de pagos", "se excluye el servicio de restauración a bordo."},
			"Diseño y operación del motor de reservas en línea de las líneas regionales de ferri; gestión de pagos; se excluye el servicio de restauración a bordo."},
		{"it", []string{"Progettazione e gestione del motore di prenotazione online delle linee di", "traghetti", "gestione dei pagamenti", "è esclusa la ristorazione a bordo."},
			"Progettazione e gestione del motore di prenotazione online delle linee di traghetti; gestione dei pagamenti; è esclusa la ristorazione a bordo."},
		{"nl", []string{"Ontwerp en beheer van de online boekingsmodule voor regionale veerdiensten en", "havens", "betalingsverwerking,", "catering aan boord valt erbuiten."},
			"Ontwerp en beheer van de online boekingsmodule voor regionale veerdiensten en havens; betalingsverwerking, catering aan boord valt erbuiten."},
		{"pt", []string{"Conceção e operação do motor de reservas online das linhas regionais de", "ferry", "gestão de pagamentos", "exclui a restauração a bordo."},
			"Conceção e operação do motor de reservas online das linhas regionais de ferry; gestão de pagamentos; exclui a restauração a bordo."},
		// Near miss: a paragraph whose lines all run to the edge, only
		// the last short, is one statement with no list in it.
		{"paragraph", []string{"Design and operation of the online booking engine for regional ferry lines,",
			"including payment handling and the customer contact centre run from the",
			"head office in Split."},
			"Design and operation of the online booking engine for regional ferry lines, including payment handling and the customer contact centre run from the head office in Split."},
		// Near miss: a list whose items carry their own separators, or
		// their numbers, is read as printed, its widest line wrapped.
		{"own separators", []string{"Het beheren en onderhouden van de boekingsmodule voor de veerdiensten", "van de eilanden;", "het klantcontact;", "betalingsverwerking."},
			"Het beheren en onderhouden van de boekingsmodule voor de veerdiensten van de eilanden; het klantcontact; betalingsverwerking."},
		{"numbered", []string{"1. O desenvolvimento e a operação do motor de reservas das linhas de ferry", "regionais;", "2. a gestão de pagamentos."},
			"O desenvolvimento e a operação do motor de reservas das linhas de ferry regionais; a gestão de pagamentos."},
		// Near miss: a line that is not short and ends in a word a
		// statement may end with ("lines", "passengers") may end its item
		// or wrap: the scope is doubtful.
		{"unsure", []string{"Design and operation of the online booking engine for regional ferry lines", "Payment handling", "Bookkeeping."}, ""},
		{"unsure middle", []string{"Design and operation of the online booking engine for the ferry lines of the", "islands", "Operation of the call centre for all the passengers", "Bookkeeping."}, ""},
	}
	for _, c := range cases {
		lines := append([]string{"ISO/IEC 27001:2022", "Scope of certification:"}, c.lines...)
		lines = append(lines, "Certificate number: TQR-1")
		got, _ := Certificate(text(lines...))
		switch {
		case c.want == "" && (got.Scope.Known || got.Scope.Doubt == ""):
			t.Errorf("%s: scope = %+v, want doubtful", c.name, got.Scope)
		case c.want != "" && (!got.Scope.Known || got.Scope.Value != c.want):
			t.Errorf("%s: scope = %+v, want %q", c.name, got.Scope, c.want)
		}
	}
}

// TestGrantLabelOfFirstCertification leaves out, as the first
// certification's, a date under a label of the grant's verb alone
// ("GRANTED ON") whose first words ("INITIAL CERTIFICATION") stand over it,
// other lines between, in the seven languages; the same label with no
// such words over it is still the issue date.
func TestGrantLabelOfFirstCertification(t *testing.T) {
	cases := []struct {
		first, grant, date string
	}{
		{"INITIAL CERTIFICATION", "GRANTED ON", "12 March 2019"},
		{"ERSTZERTIFIZIERUNG", "ERTEILT AM", "12. März 2019"},
		{"CERTIFICATION INITIALE", "ACCORDÉE LE", "12 mars 2019"},
		{"CERTIFICACIÓN INICIAL", "OTORGADA EL", "12 de marzo de 2019"},
		{"PRIMA CERTIFICAZIONE", "RILASCIATA IL", "12 marzo 2019"},
		{"EERSTE CERTIFICERING", "VERLEEND OP", "12 maart 2019"},
		{"CERTIFICAÇÃO INICIAL", "CONCEDIDA EM", "12 de março de 2019"},
	}
	for _, c := range cases {
		doc := text("ISO/IEC 27001:2022", c.first, "Harbour Road 4, 1000 Port Town", "operates an information security management system",
			c.grant, c.date)
		got, _ := Certificate(doc)
		if got.IssuedOn.Known {
			t.Errorf("%s: issued = %v, want unknown (the first certification's date)", c.grant, got.IssuedOn.Value)
		}
		// Near miss: no words of "first" over the label.
		doc = text("ISO/IEC 27001:2022", "CERTIFICATE", "Harbour Road 4, 1000 Port Town", "operates an information security management system",
			c.grant, c.date)
		if got, _ := Certificate(doc); !got.IssuedOn.Known || got.IssuedOn.Value != "2019-03-12" {
			t.Errorf("%s alone: issued = %+v, want 2019-03-12", c.grant, got.IssuedOn)
		}
	}
	// The label's cell names the first certification before its verb, in a
	// row of labels over a row of dates: neither date is the issue date.
	doc := text("ISO/IEC 27001:2022", "Certificación inicial otorgada el | SELLO | Vence el", "07/07/2018 | 22/07/2027")
	if got, _ := Certificate(doc); got.IssuedOn.Known && strings.HasPrefix(string(got.IssuedOn.Value), "2027") {
		t.Errorf("row of labels: issued = %v, want not the expiry", got.IssuedOn.Value)
	}
}
