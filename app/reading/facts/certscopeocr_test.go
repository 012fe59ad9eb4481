package facts

import "testing"

// TestMendMisreadFuer gives a scanned German scope's "für" back its umlaut
// where OCR read it as "fir", "fiir" or "fur"; near misses: the same
// letters in English, inside a longer word, or in a scope of another
// language stay as read.
func TestMendMisreadFuer(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Entwicklung von Software fir Logistikdienstleister; Betrieb des Rechenzentrums.", "Entwicklung von Software für Logistikdienstleister; Betrieb des Rechenzentrums."},
		{"Beratung fiir Banken und Versicherungen.", "Beratung für Banken und Versicherungen."},
		{"Fiir die Kunden der Gruppe: Betrieb und Wartung der Systeme.", "Für die Kunden der Gruppe: Betrieb und Wartung der Systeme."},
		{"Hosting fur Kunden der öffentlichen Verwaltung und der Industrie.", "Hosting für Kunden der öffentlichen Verwaltung und der Industrie."},
		// Near misses.
		{"Trading of fur and fir timber for the building industry.", "Trading of fur and fir timber for the building industry."},
		{"Betrieb der Firmensoftware und Furnierlager.", "Betrieb der Firmensoftware und Furnierlager."},
		{"Gestion des fourrures et du bois de fir pour les clients.", "Gestion des fourrures et du bois de fir pour les clients."},
	}
	for _, c := range cases {
		if got := mendOCR(c.in); got != c.want {
			t.Errorf("mendOCR(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
