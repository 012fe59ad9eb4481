package scoring

import (
	"strings"
	"time"

	"assay/app/evidence"
	"assay/app/questionnaire"
	"assay/app/scope"
)

// Certificate verdicts.
const (
	CertificateValid           = "valid"
	CertificateExpiring        = "expiring"
	CertificateExpired         = "expired"
	CertificateOutdatedEdition = "outdated_edition"
	CertificateUnreadable      = "unreadable"
	CertificateUncertain       = "uncertain" // the expiry is written so that it could be two dates
	CertificateMissing         = "missing"
	CertificateNotCertified    = "not_certified"
)

// expiringWithin is how close to expiry a certificate is called expiring.
const expiringWithin = 90

// edition2013End is the day certificates to ISO/IEC 27001:2013 lapsed, when
// the transition to the 2022 edition ended.
var edition2013End = time.Date(2025, time.October, 31, 0, 0, 0, 0, time.UTC)

// Certificate is the verdict on the vendor's ISO/IEC 27001 certificate,
// with the coverage of each service bought from the vendor. Rules see its
// CertificateState; services whose coverage is uncertain are for an analyst
// to confirm and fire no scope-gap flag on their own.
type Certificate struct {
	questionnaire.CertificateState
	UncertainServices []string         `json:"uncertain_services"`
	Coverage          []scope.Coverage `json:"coverage"`
	// Explanation says, for an uncertain expiry, what the certificate
	// says and the dates it could mean.
	Explanation    string   `json:"explanation,omitempty"`
	ExpiryReadings []string `json:"expiry_readings,omitempty"`
}

// ConfirmedCoverageKey prefixes the certificate fact in which an analyst's confirmation of one
// service's coverage is kept.
const ConfirmedCoverageKey = evidence.KeyCoverage

// certificateVerdict decides the certificate status from the vendor's claim
// (evidence.QuestionCertified) and the facts read from the certificate files
// (expires_on, edition, scope), merged newest last. A questionnaire without
// those questions yields not_certified. When several problems apply, the
// one that matters most wins: expired, then outdated edition, then expiring.
// An expiry date the certificate writes ambiguously (a doubtful fact) is
// uncertain, never valid, expiring or expired.
func certificateVerdict(certified bool, files questionnaire.EvidenceState, services []Service, now time.Time) Certificate {
	c := Certificate{CertificateState: questionnaire.CertificateState{CoveredServices: []string{}, UncoveredServices: []string{}},
		UncertainServices: []string{}, Coverage: []scope.Coverage{}}
	switch {
	case !certified:
		c.Status = CertificateNotCertified
		return c
	case files.Usable+files.Failed == 0:
		c.Status = CertificateMissing
		return c
	}
	var facts evidence.Certificate
	if f := evidence.FromValues(files.Facts).Certificate; f != nil {
		facts = *f
	}
	if statement := strings.TrimSpace(facts.Scope.Value); facts.Scope.Known && statement != "" {
		c.Scope = statement
		for _, s := range services {
			cov := scope.Cover(c.Scope, s.Name, s.Keywords)
			// An analyst who read the scope has the last word on a service, recorded as a
			// correction "coverage:<service>" on the certificate's facts.
			if v := facts.Coverage[s.Name]; v == scope.Covered || v == scope.Uncovered {
				cov.Verdict, cov.Reason = v, "confirmed by an analyst"
			}
			c.Coverage = append(c.Coverage, cov)
			switch cov.Verdict {
			case scope.Covered:
				c.CoveredServices = append(c.CoveredServices, s.Name)
			case scope.Uncertain:
				c.UncertainServices = append(c.UncertainServices, s.Name)
			default:
				c.UncoveredServices = append(c.UncoveredServices, s.Name)
			}
		}
	}
	if e := facts.ExpiresOn; e.Doubtful() {
		return uncertainExpiry(c, e, facts.Edition, now)
	}
	expires, ok := facts.ExpiresOn.Value.Time()
	if !facts.ExpiresOn.Known || !ok {
		c.Status = CertificateUnreadable
		return c
	}
	c.ExpiresOn = expires.Format(time.DateOnly)
	c.Status = statusOn(expires, facts.Edition, now)
	return c
}

// statusOn is the status of a certificate to edition that expires on the
// day expires.
func statusOn(expires time.Time, edition evidence.Fact[string], now time.Time) string {
	days, _ := questionnaire.DaysSince(expires, now)
	switch {
	case days > 0:
		return CertificateExpired
	case outdatedEdition(edition, now):
		return CertificateOutdatedEdition
	case days >= -expiringWithin:
		return CertificateExpiring
	}
	return CertificateValid
}

// uncertainExpiry is the verdict on a certificate whose expiry could be
// any of several dates: the status they all give, or uncertain when they
// disagree, as then either reading may be the truth. The explanation
// quotes the certificate and names the readings.
func uncertainExpiry(c Certificate, e evidence.Fact[evidence.Date], edition evidence.Fact[string], now time.Time) Certificate {
	statuses := map[string]bool{}
	for _, r := range e.Readings {
		c.ExpiryReadings = append(c.ExpiryReadings, string(r))
		t, ok := r.Time()
		if !ok {
			statuses[CertificateUncertain] = true
			continue
		}
		statuses[statusOn(t, edition, now)] = true
	}
	c.Status = CertificateUncertain
	c.Explanation = "The certificate's expiry date is uncertain. " + e.Doubt
	if e.Quote != "" {
		c.Explanation += " The certificate says: “" + e.Quote + "”."
	}
	if len(statuses) == 1 && !statuses[CertificateUncertain] {
		for st := range statuses {
			c.Status = st
		}
		c.Explanation += " Whichever date it is, the certificate is " + strings.ReplaceAll(c.Status, "_", " ") + "."
		return c
	}
	c.Explanation += " An analyst needs to confirm which date it is."
	return c
}

// outdatedEdition reports whether the certificate is to the 2013 edition
// and that edition has lapsed. The edition may be the year alone or the
// standard's full name ("ISO/IEC 27001:2013").
func outdatedEdition(edition evidence.Fact[string], now time.Time) bool {
	if !edition.Known {
		return false
	}
	days, _ := questionnaire.DaysSince(edition2013End, now)
	return strings.Contains(edition.Value, "2013") && days > 0
}
