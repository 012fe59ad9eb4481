package scoring

import (
	"maps"
	"slices"
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
	CertificateUncertain       = "uncertain" // the expiry could be two dates, or the edition, unread, could be the lapsed one
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
// An expiry date the certificate writes ambiguously (a doubtful fact), or an
// edition not read once the 2013 edition has lapsed, makes it uncertain
// unless every date and edition it could be gives the same status.
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
	if e := facts.ExpiresOn; !e.Doubtful() {
		expires, ok := e.Value.Time()
		if !e.Known || !ok {
			c.Status = CertificateUnreadable
			return c
		}
		c.ExpiresOn = expires.Format(time.DateOnly)
	}
	return judge(c, facts, now)
}

// judge gives the certificate the status that every reading of it gives:
// each date its expiry could be, to each edition it could be to. When the
// readings disagree, either may be the truth and the certificate is
// uncertain; the explanation says why and quotes what the certificate says.
func judge(c Certificate, facts evidence.Certificate, now time.Time) Certificate {
	editions := editionReadings(facts)
	statuses, editionMatters := map[string]bool{}, false
	for _, d := range expiryReadings(facts.ExpiresOn) {
		t, ok := d.Time()
		if !ok {
			statuses[CertificateUncertain] = true
			continue
		}
		byEdition := map[string]bool{}
		for _, edition := range editions {
			byEdition[statusOn(t, edition, now)] = true
		}
		editionMatters = editionMatters || len(byEdition) > 1
		maps.Copy(statuses, byEdition)
	}
	e := facts.ExpiresOn
	if !e.Doubtful() && !editionMatters {
		for st := range statuses {
			c.Status = st
		}
		return c
	}
	var why []string
	if e.Doubtful() {
		for _, r := range e.Readings {
			c.ExpiryReadings = append(c.ExpiryReadings, string(r))
		}
		why = append(why, "The certificate's expiry date is uncertain. "+e.Doubt+saying(e.Quote))
	}
	if editionMatters {
		why = append(why, editionUnread(facts))
	}
	c.Status = CertificateUncertain
	c.Explanation = strings.Join(why, " ")
	if len(statuses) == 1 && !statuses[CertificateUncertain] {
		for st := range statuses {
			c.Status = st
		}
		c.Explanation += " Whichever date it is, the certificate is " + strings.ReplaceAll(c.Status, "_", " ") + "."
		return c
	}
	c.Explanation += " An analyst needs to confirm " + confirm(e.Doubtful(), editionMatters) + "."
	return c
}

// expiryReadings are the dates the certificate's expiry could be: the one
// it states, or each reading of a date it writes ambiguously.
func expiryReadings(e evidence.Fact[evidence.Date]) []evidence.Date {
	if e.Doubtful() {
		return e.Readings
	}
	return []evidence.Date{e.Value}
}

// editionReadings are the editions of ISO/IEC 27001 the certificate could
// be to: the one read from it, or, when none was read, the 2013 and the
// 2022 editions, which give the same status until the 2013 edition lapsed.
// A certificate issued after the lapse can only be to the 2022 edition, as
// no other could be issued then.
func editionReadings(facts evidence.Certificate) []evidence.Fact[string] {
	if edition := facts.Edition; edition.Known && strings.TrimSpace(edition.Value) != "" {
		return []evidence.Fact[string]{edition}
	}
	edition2022 := evidence.FactOf("2022", "")
	if issuedAfterLapse(facts.IssuedOn) {
		return []evidence.Fact[string]{edition2022}
	}
	return []evidence.Fact[string]{evidence.FactOf("2013", ""), edition2022}
}

// issuedAfterLapse reports whether the certificate was issued, by its
// settled issue date, on a day after certificates to the 2013 edition
// lapsed.
func issuedAfterLapse(issued evidence.Fact[evidence.Date]) bool {
	t, ok := issued.Value.Time()
	return issued.Known && ok && t.After(edition2013End)
}

// editionUnread explains why a certificate whose edition was not read is
// uncertain, with the dates it states.
func editionUnread(facts evidence.Certificate) string {
	s := "The certificate's edition of ISO/IEC 27001 could not be read, and certificates to the 2013 edition lapsed on " +
		edition2013End.Format("2 January 2006") + ": to the 2013 edition the certificate is outdated, to the 2022 edition it is current."
	if t, ok := facts.IssuedOn.Value.Time(); facts.IssuedOn.Known && ok {
		s += " It was issued on " + t.Format("2 January 2006") + ", while certificates to the 2013 edition were still valid, so its date does not settle the edition."
	}
	var quotes []string
	for _, q := range []string{facts.IssuedOn.Quote, facts.ExpiresOn.Quote} {
		if q != "" && !slices.Contains(quotes, q) {
			quotes = append(quotes, q)
		}
	}
	if facts.ExpiresOn.Doubtful() || len(quotes) == 0 {
		return s
	}
	return s + saying(strings.Join(quotes, "” and “"))
}

// saying quotes what the certificate says, as a sentence of its own, or
// nothing when there is no quote.
func saying(quote string) string {
	if quote == "" {
		return ""
	}
	return " The certificate says: “" + quote + "”."
}

// confirm names what an analyst has to confirm of an uncertain certificate.
func confirm(date, edition bool) string {
	switch {
	case date && edition:
		return "which date it is and which edition the certificate is to"
	case edition:
		return "which edition the certificate is to"
	}
	return "which date it is"
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
