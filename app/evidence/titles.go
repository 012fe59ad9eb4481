package evidence

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// factTitles names each fact for people: pages, mails, exports and the PDF report show a fact
// by its title, never by its key, which is for rules and the API.
var factTitles = map[string]string{
	KeyPages:                  "Pages",
	KeyWords:                  "Words",
	KeyPeople:                 "People listed",
	KeyRows:                   "Rows",
	KeyContractorsIncluded:    "Contractors included",
	KeyCertificateNumber:      "Certificate number",
	KeyCertificationBody:      "Certification body",
	KeyAccreditationBody:      "Accreditation body",
	KeyEdition:                "Edition of the standard",
	KeyIssuedOn:               "Issued on",
	KeyExpiresOn:              "Expires on",
	KeyScope:                  "Scope",
	KeySites:                  "Sites",
	KeyCompleted:              "People who completed the training",
	KeyCompletionRate:         "Completion rate",
	KeyNewestCompletion:       "Latest completion",
	KeyOldestCompletion:       "Earliest completion",
	KeyMeetingDate:            "Meeting date",
	KeyTopics:                 "Topics covered",
	KeyActionItemsHaveOwners:  "Every action item has an owner",
	KeyAttendees:              "Attendees",
	KeySignatures:             "Signatures",
	KeyNewestSignature:        "Latest signature",
	KeyOldestSignature:        "Earliest signature",
	KeySignatureDates:         "Signature dates",
	KeySignedLast365DaysShare: "Signed in the last 365 days",
}

// topicTitles names the topics management review minutes may cover.
var topicTitles = map[string]string{
	TopicTrainingMetrics:  "training metrics",
	TopicPolicyViolations: "policy violations",
	TopicIncidents:        "incidents",
	TopicAuditFindings:    "audit findings",
	TopicActionItems:      "action items",
}

// percentFacts hold a share from 0 to 100.
var percentFacts = map[string]bool{KeyCompletionRate: true, KeySignedLast365DaysShare: true}

// FactTitle is the fact's name for people ("Expires on" for expires_on). A confirmation of a
// service's coverage reads "Covers <service>"; a key no reader writes any more reads as its
// words.
func FactTitle(key string) string {
	if t, ok := factTitles[key]; ok {
		return t
	}
	if service, ok := strings.CutPrefix(key, KeyCoverage); ok {
		return "Covers " + service
	}
	return Words(key)
}

// FormatFact renders a fact's value for people: dates as "31 Mar 2027", rates and shares as a
// percentage, yes/no, lists joined with commas, the topics of minutes as the topics covered,
// and a coverage confirmation as covered or not covered.
func FormatFact(key string, v any) string {
	if strings.HasPrefix(key, KeyCoverage) {
		switch v {
		case "covered":
			return "Covered"
		case "uncovered":
			return "Not covered"
		}
	}
	if percentFacts[key] {
		if n, ok := v.(float64); ok {
			return strconv.FormatFloat(math.Round(n*10)/10, 'f', -1, 64) + "%"
		}
	}
	switch x := v.(type) {
	case nil:
		return ""
	case bool:
		if x {
			return "Yes"
		}
		return "No"
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case int:
		return strconv.Itoa(x)
	case string:
		if t, ok := Date(x).Time(); ok && len(x) == len(time.DateOnly) {
			return t.Format("2 Jan 2006")
		}
		return x
	case []string:
		out := make([]string, len(x))
		for i, s := range x {
			out[i] = FormatFact("", s)
		}
		return strings.Join(out, ", ")
	case []any:
		out := make([]string, len(x))
		for i, s := range x {
			out[i] = FormatFact("", s)
		}
		return strings.Join(out, ", ")
	case map[string]bool:
		return topics(x)
	case map[string]any:
		m := map[string]bool{}
		for k, b := range x {
			m[k] = b == true
		}
		return topics(m)
	}
	return fmt.Sprint(v)
}

// topics says which topics minutes cover, and which they do not.
func topics(m map[string]bool) string {
	var yes, no []string
	for k, v := range m {
		t, ok := topicTitles[k]
		if !ok {
			t = strings.ToLower(Words(k))
		}
		if v {
			yes = append(yes, t)
		} else {
			no = append(no, t)
		}
	}
	slices.Sort(yes)
	slices.Sort(no)
	var parts []string
	if len(yes) > 0 {
		parts = append(parts, capitalise(strings.Join(yes, ", ")))
	}
	if len(no) > 0 {
		parts = append(parts, "not "+strings.Join(no, ", "))
	}
	if len(parts) == 0 {
		return "None"
	}
	return strings.Join(parts, "; ")
}

// CorrectableFacts lists the facts an analyst may set on a file uploaded for the evidence
// question questionID, in reading order: those of its kind of evidence, then pages and words.
func CorrectableFacts(questionID string) []string {
	f := Facts{}.For(questionID)
	var own, common []string
	for _, fd := range fields {
		switch {
		case fd.kind == kindCommon:
			common = append(common, fd.key)
		case fd.present(&f):
			own = append(own, fd.key)
		}
	}
	return append(own, common...)
}

// Words turns an id ("signed_last_365_days_share", "no-management-review") into words
// ("Signed last 365 days share"), for an id that has no title of its own.
func Words(id string) string {
	return capitalise(strings.TrimSpace(strings.NewReplacer("_", " ", "-", " ", ".", " ").Replace(id)))
}

// capitalise upper-cases the first letter of s, whole: "élevé" is "Élevé", and a first
// character of several bytes is never cut.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
