package httpx

import (
	"context"
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"assay/app/assessments"
	"assay/app/audit"
	"assay/app/auth"
	"assay/app/config"
	"assay/app/dashboard"
	"assay/app/findings"
	"assay/app/invitations"
	"assay/app/notify"
	"assay/app/pipeline"
	"assay/app/questionnaire"
	"assay/app/reassess"
	"assay/app/responses"
	"assay/app/review"
	"assay/app/sso"
	"assay/app/storage"
	"assay/app/vendors"
	"assay/app/webhooks"
)

// Deps are the services the pages and the API call, the same for both.
type Deps struct {
	Config config.Config
	// Database is pinged by /readyz.
	Database Pinger
	Auth     *auth.Service
	// Accounts manages staff accounts and their API tokens.
	Accounts *auth.Accounts
	// SSO signs staff in with the OpenID provider, when one is configured.
	SSO         *sso.Service
	Vendors     *vendors.Service
	Assessments *assessments.Reader
	Invitations *invitations.Service
	Responses   *responses.Service
	Review      *review.Service
	Pipeline    *pipeline.Service
	Reassess    *reassess.Service
	// Questionnaires are the installed questionnaire versions, with the archived ones behind.
	Questionnaires *questionnaire.Registry
	Findings       *findings.Service
	// Dashboard sums up the portfolio for the staff home page.
	Dashboard *dashboard.Service
	// Mailer records every message in the outbox and sends it when SMTP is configured.
	Mailer   *notify.Mailer
	Evidence storage.Storage
	// Webhooks are the endpoints admins register and the log of what was sent to them.
	Webhooks *webhooks.Service
	// Metrics counts the data for /metrics.
	Metrics prometheus.Collector
	// Audit records reads of evidence and exports, and refused requests.
	Audit *audit.Recorder
	Log   *slog.Logger
	// Now is the clock every service reads.
	Now func() time.Time
}

// Pinger checks that a backing service answers.
type Pinger interface {
	Ping(ctx context.Context) error
}
