package evidence

// Evidence question ids the code reads by name: files uploaded for the first
// four get facts of their own kind; the review cadence sets how long review
// minutes stay current.
const (
	QuestionCertified        = "iso27001_certified"
	QuestionCertificate      = "iso27001_certificate"
	QuestionTrainingReport   = "training_report"
	QuestionReviewMinutes    = "review_minutes"
	QuestionAcknowledgements = "acknowledgement_log"
	QuestionReviewCadence    = "management_review_cadence"
)

// Keys of the facts every file has, of the source text of each fact, and
// of the doubts about facts the file states without settling them.
const (
	KeyPages  = "pages"
	KeyWords  = "words"
	KeyQuotes = "quotes"
	KeyDoubts = "doubts"
)

// Keys of the facts shared by training reports and acknowledgement logs.
const (
	KeyPeople              = "people"
	KeyRows                = "rows"
	KeyContractorsIncluded = "contractors_included"
)

// Keys of the facts of an ISO/IEC 27001 certificate. KeyCoverage prefixes
// an analyst's confirmation of one service's coverage ("coverage:Payroll").
const (
	KeyCertificateNumber = "certificate_number"
	KeyCertificationBody = "certification_body"
	KeyAccreditationBody = "accreditation_body"
	KeyEdition           = "edition"
	KeyIssuedOn          = "issued_on"
	KeyExpiresOn         = "expires_on"
	KeyScope             = "scope"
	KeySites             = "sites"
	KeyCoverage          = "coverage:"
)

// Keys of the facts of a training completion report.
const (
	KeyCompleted        = "completed"
	KeyCompletionRate   = "completion_rate"
	KeyNewestCompletion = "newest_completion"
	KeyOldestCompletion = "oldest_completion"
)

// Keys of the facts of management review minutes, and the topics they may
// cover; the quote of a topic is under KeyTopics + "." + topic.
const (
	KeyMeetingDate           = "meeting_date"
	KeyTopics                = "topics"
	KeyActionItemsHaveOwners = "action_items_have_owners"
	KeyAttendees             = "attendees"

	TopicTrainingMetrics  = "training_metrics"
	TopicPolicyViolations = "policy_violations"
	TopicIncidents        = "incidents"
	TopicAuditFindings    = "audit_findings"
	TopicActionItems      = "action_items"
)

// Keys of the facts of a policy acknowledgement log.
const (
	KeySignatures             = "signatures"
	KeyNewestSignature        = "newest_signature"
	KeyOldestSignature        = "oldest_signature"
	KeySignatureDates         = "signature_dates"
	KeySignedLast365DaysShare = "signed_last_365_days_share"
)
