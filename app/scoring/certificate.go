package scoring

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"assay/app/questionnaire"
)

// The certificate verdict reads these questions; a questionnaire without
// them yields not_certified.
const (
	certifiedQuestion   = "iso27001_certified"
	certificateQuestion = "iso27001_certificate"
)

// Certificate verdicts.
const (
	CertificateValid           = "valid"
	CertificateExpiring        = "expiring"
	CertificateExpired         = "expired"
	CertificateOutdatedEdition = "outdated_edition"
	CertificateUnreadable      = "unreadable"
	CertificateMissing         = "missing"
	CertificateNotCertified    = "not_certified"
)

// expiringWithin is how close to expiry a certificate is called expiring.
const expiringWithin = 90

// edition2013End is the day certificates to ISO/IEC 27001:2013 lapsed, when
// the transition to the 2022 edition ended.
var edition2013End = time.Date(2025, time.October, 31, 0, 0, 0, 0, time.UTC)

// Certificate is the verdict on the vendor's ISO/IEC 27001 certificate. Its
// fields match questionnaire.CertificateState, which is how rules see it.
type Certificate struct {
	Status            string   `json:"status"`
	ExpiresOn         string   `json:"expires_on,omitempty"`
	Scope             string   `json:"scope,omitempty"`
	CoveredServices   []string `json:"covered_services"`
	UncoveredServices []string `json:"uncovered_services"`
}

// certificateVerdict decides the certificate status from the vendor's claim
// and the facts read from the certificate file (expires_on, edition,
// scope). When several problems apply, the one that matters most wins:
// expired, then outdated edition, then expiring.
func certificateVerdict(certified bool, files questionnaire.EvidenceState, services []Service, now time.Time) Certificate {
	c := Certificate{CoveredServices: []string{}, UncoveredServices: []string{}}
	switch {
	case !certified:
		c.Status = CertificateNotCertified
		return c
	case files.Usable+files.Failed == 0:
		c.Status = CertificateMissing
		return c
	}
	if scope, ok := files.Facts["scope"].(string); ok && strings.TrimSpace(scope) != "" {
		c.Scope = strings.TrimSpace(scope)
		c.CoveredServices, c.UncoveredServices = coverage(c.Scope, services)
	}
	expires, ok := questionnaire.ParseDate(files.Facts["expires_on"])
	if !ok {
		c.Status = CertificateUnreadable
		return c
	}
	c.ExpiresOn = expires.Format(time.DateOnly)
	days, _ := questionnaire.DaysSince(expires, now)
	switch {
	case days > 0:
		c.Status = CertificateExpired
	case outdatedEdition(files.Facts["edition"], now):
		c.Status = CertificateOutdatedEdition
	case days >= -expiringWithin:
		c.Status = CertificateExpiring
	default:
		c.Status = CertificateValid
	}
	return c
}

// outdatedEdition reports whether the certificate is to the 2013 edition
// and that edition has lapsed. Extractors may give the edition as text
// ("ISO/IEC 27001:2013") or as a number (2013).
func outdatedEdition(edition any, now time.Time) bool {
	if edition == nil {
		return false
	}
	days, _ := questionnaire.DaysSince(edition2013End, now)
	return strings.Contains(fmt.Sprint(edition), "2013") && days > 0
}

// coverage splits services into those the certificate scope appears to
// cover and those it does not. A service is covered when every word of its
// name, or of one of its keywords, appears in the scope, ignoring case,
// word order, simple plurals and filler words. It does not yet understand
// exclusions or other inflections; a fuller matcher replaces this function.
func coverage(scope string, services []Service) (covered, uncovered []string) {
	covered, uncovered = []string{}, []string{}
	in := map[string]bool{}
	for _, w := range words(scope) {
		in[w] = true
	}
	all := func(ws []string) bool {
		if len(ws) == 0 {
			return false
		}
		for _, w := range ws {
			if !in[w] {
				return false
			}
		}
		return true
	}
	for _, s := range services {
		ok := all(words(s.Name))
		for _, k := range s.Keywords {
			ok = ok || all(words(k))
		}
		if ok {
			covered = append(covered, s.Name)
		} else {
			uncovered = append(uncovered, s.Name)
		}
	}
	return covered, uncovered
}

// fillerWords say nothing about what a service is.
var fillerWords = map[string]bool{"a": true, "an": true, "and": true, "the": true, "of": true, "for": true, "to": true, "in": true, "on": true, "with": true, "by": true}

// words lowercases s, splits it into words and strips simple plurals.
func words(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if fillerWords[w] {
			continue
		}
		switch {
		case len(w) > 4 && strings.HasSuffix(w, "ies"):
			w = strings.TrimSuffix(w, "ies") + "y"
		case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
			w = strings.TrimSuffix(w, "s")
		}
		out = append(out, w)
	}
	return out
}
