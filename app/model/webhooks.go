package model

import "time"

// Webhook event types: what a registered endpoint can subscribe to.
const (
	EventAssessmentSent      = "assessment.sent"
	EventAssessmentSubmitted = "assessment.submitted"
	EventAssessmentScored    = "assessment.scored"
	EventFindingOpened       = "finding.opened"
	EventFindingClosed       = "finding.closed"
	EventDecisionRecorded    = "decision.recorded"
	EventCertificateExpiring = "certificate.expiring"
	EventEvidenceRead        = "evidence.read"
)

// WebhookEvents lists every event type, in the order the pages and the API document them.
var WebhookEvents = []string{EventAssessmentSent, EventAssessmentSubmitted, EventAssessmentScored, EventFindingOpened,
	EventFindingClosed, EventDecisionRecorded, EventCertificateExpiring, EventEvidenceRead}

// Webhook delivery statuses.
const (
	// DeliveryPending is a delivery not tried yet, or sent again and waiting.
	DeliveryPending = "pending"
	// DeliveryRetrying failed at least once and will be tried again.
	DeliveryRetrying = "retrying"
	// DeliverySucceeded was answered with a 2xx status.
	DeliverySucceeded = "succeeded"
	// DeliveryFailed gave up: every retry of its day failed, or it cannot be sent at all.
	DeliveryFailed = "failed"
)

// WebhookEndpoint is a URL an admin registered to receive events, with the secret its
// deliveries are signed with, sealed (see app/webhooks) so the database alone does not give it.
type WebhookEndpoint struct {
	ID        uint `gorm:"primaryKey"`
	URL       string
	Events    []string `gorm:"serializer:json"`
	Secret    string
	CreatedBy string
	CreatedAt time.Time
}

// Wants reports whether the endpoint subscribed to the event type.
func (e WebhookEndpoint) Wants(event string) bool {
	for _, ev := range e.Events {
		if ev == event {
			return true
		}
	}
	return false
}

// WebhookDelivery is one event for one endpoint: the message (its id and body, the same on
// every attempt, so a receiver can drop a repeat) and where its sending stands.
type WebhookDelivery struct {
	ID            uint `gorm:"primaryKey"`
	EndpointID    uint
	MessageID     string
	Event         string
	Payload       string
	Status        string
	Attempts      int
	CreatedAt     time.Time
	LastAttemptAt *time.Time
	NextAttemptAt *time.Time
	DeliveredAt   *time.Time
}

// WebhookAttempt is one try at sending a delivery: when, how long it took, what came back.
type WebhookAttempt struct {
	ID         uint `gorm:"primaryKey"`
	DeliveryID uint
	At         time.Time
	DurationMS int64
	// StatusCode is the receiver's HTTP status; 0 when none came back.
	StatusCode int
	// Outcome is DeliverySucceeded or DeliveryFailed.
	Outcome string
	// Error says why the attempt failed, in words safe to show an admin.
	Error string
	// Manual marks an attempt an admin asked for with "send again".
	Manual bool
}
