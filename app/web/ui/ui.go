// Package ui serves Assay's HTML pages: staff pages behind a session cookie, and the vendor's
// questionnaire behind the session its invitation link opens. Forms follow Post/Redirect/Get:
// a change redirects with a flash message, a refused form comes back with its messages (422).
// The pages' downloads and the questionnaire's script calls are the API's (app/web/api).
package ui

import (
	"github.com/labstack/echo/v4"

	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/web/httpx"
)

// UI is the pages' handlers.
type UI struct {
	pages       *pages
	vendor      vendorByID
	sessions    *sessionPages
	dashboard   *dashboardPage
	vendors     *vendorPages
	assessments *assessmentPages
	send        *sendPages
	review      *reviewPages
	findings    *findingPages
	reassess    *reassessPages
	admin       *adminPages
	webhooks    *webhookPages
	respond     *respondPages
}

// New parses the templates and builds the pages' handlers.
func New(d httpx.Deps) (*UI, error) {
	p, err := newPages(httpx.NewCookies(d.Config.SecureCookies()), questionnaire.NewTitles(d.Questionnaires.All()...))
	if err != nil {
		return nil, err
	}
	assessment := &assessmentPages{pages: p, review: d.Review, now: d.Now}
	return &UI{
		pages:       p,
		vendor:      d.Vendors,
		sessions:    &sessionPages{pages: p, auth: d.Auth, sso: d.SSO, passwords: d.Config.LocalPasswords, log: d.Log},
		dashboard:   &dashboardPage{pages: p, dashboard: d.Dashboard},
		vendors:     &vendorPages{pages: p, vendors: d.Vendors, findings: d.Findings, now: d.Now},
		assessments: assessment,
		send:        &sendPages{pages: p, vendors: d.Vendors, invitations: d.Invitations, questionnaires: d.Questionnaires, now: d.Now},
		review:      &reviewPages{pages: p, assessment: assessment, review: d.Review, invitations: d.Invitations},
		findings:    &findingPages{pages: p, findings: d.Findings, now: d.Now},
		reassess: &reassessPages{pages: p, invitations: d.Invitations, reassess: d.Reassess,
			questionnaires: d.Questionnaires, now: d.Now},
		admin:    &adminPages{pages: p, accounts: d.Accounts, outbox: d.Mailer},
		webhooks: &webhookPages{pages: p, webhooks: d.Webhooks},
		respond: &respondPages{pages: p, assessments: d.Assessments, responses: d.Responses, review: d.Review,
			invitations: d.Invitations, auth: d.Auth, findings: d.Findings, maxUpload: d.Config.MaxUploadBytes, log: d.Log},
	}, nil
}

// Routes is the pages' route table, one line per route, grouped by the guards they share.
func (u *UI) Routes(e *echo.Echo, g httpx.Guards) {
	id, ids := httpx.WithID, httpx.WithIDs
	vendor := func(h func(echo.Context, model.Vendor) error) echo.HandlerFunc {
		return httpx.Load("id", u.vendor.Vendor, h)
	}
	finding := func(h func(echo.Context, uint) error) echo.HandlerFunc { return httpx.WithParam("finding", h) }

	// Signing in, and replacing a generated password before anything else.
	e.GET("/login", u.sessions.showLogin, g.Login...)
	e.POST("/login", u.sessions.login, g.Login...)
	e.GET("/login/sso", u.sessions.startSSO, g.Login...)
	e.GET("/login/sso/callback", u.sessions.finishSSO, g.Login...)
	e.GET("/account/password", u.sessions.showPasswordForm, g.SignedIn...)
	e.POST("/account/password", u.sessions.changePassword, g.SignedIn...)

	// Any staff user: procurement read the portfolio and the outcomes.
	e.POST("/logout", u.sessions.logout, g.AnyStaff...)
	e.GET("/account/tokens", u.admin.showOwnTokens, g.AnyStaff...)
	e.POST("/tokens/:id/revoke", id(u.admin.revokeToken), g.AnyStaff...)
	e.GET("/", u.dashboard.home, g.AnyStaff...)
	e.GET("/vendors", u.vendors.listVendors, g.AnyStaff...)
	e.GET("/vendors/:id", id(u.vendors.showVendor), g.AnyStaff...)
	e.GET("/assessments/:id", id(u.assessments.showAssessment), g.AnyStaff...)
	e.GET("/findings", u.findings.listFindings, g.AnyStaff...)
	e.GET("/findings/:finding", finding(u.findings.showFinding), g.AnyStaff...)
	e.GET("/reassessments", u.reassess.listReassessments, g.AnyStaff...)

	// Admins and analysts: every change.
	e.GET("/vendors/new", u.vendors.newVendor, g.Editors...)
	e.POST("/vendors", u.vendors.createVendor, g.Editors...)
	e.GET("/vendors/:id/edit", vendor(u.vendors.editVendor), g.Editors...)
	e.POST("/vendors/:id", id(u.vendors.updateVendor), g.Editors...)
	e.POST("/vendors/:id/decision", id(u.vendors.decideVendor), g.Editors...)
	e.GET("/vendors/:id/send", vendor(u.send.newAssessment), g.Editors...)
	e.POST("/vendors/:id/send", id(u.send.sendAssessment), g.Editors...)
	e.POST("/assessments/:id/invitations/:inv/resend", ids("id", "inv", u.send.resendInvitation), g.Editors...)
	e.POST("/assessments/:id/invitations/:inv/revoke", ids("id", "inv", u.send.revokeInvitation), g.Editors...)
	e.POST("/assessments/:id/invitations/:inv/link", ids("id", "inv", u.send.showLink), g.Editors...)
	e.POST("/assessments/:id/cancel", id(u.review.cancelAssessment), g.Editors...)
	e.POST("/assessments/:id/evidence/:eid/facts", ids("id", "eid", u.review.correctFact), g.Editors...)
	e.POST("/assessments/:id/questions/:qid/review", id(u.review.reviewQuestion), g.Editors...)
	e.POST("/assessments/:id/review/accept", id(u.review.acceptQuestions), g.Editors...)
	e.POST("/assessments/:id/return", id(u.review.returnAssessment), g.Editors...)
	e.POST("/assessments/:id/override", id(u.review.setOverride), g.Editors...)
	e.POST("/assessments/:id/override/clear", id(u.review.clearOverride), g.Editors...)
	e.POST("/findings/:finding", finding(u.findings.updateFinding), g.Editors...)
	e.POST("/findings/:finding/share", finding(u.findings.shareFinding), g.Editors...)
	e.POST("/findings/:finding/accept-risk", finding(u.findings.acceptFindingRisk), g.Editors...)
	e.POST("/findings/:finding/reopen", finding(u.findings.reopenFinding), g.Editors...)
	e.POST("/findings/:finding/close", finding(u.findings.closeFinding), g.Editors...)
	e.GET("/assessments/bulk", u.reassess.newBulkSend, g.Editors...)
	e.POST("/assessments/bulk", u.reassess.sendBulk, g.Editors...)
	e.GET("/assessments/bulk/sent", u.reassess.showBulkSent, g.Editors...)

	// Admins: accounts and the outbox.
	e.GET("/admin/users", u.admin.listUsers, g.Admins...)
	e.POST("/admin/users", u.admin.createUser, g.Admins...)
	e.POST("/admin/users/:id/disable", id(u.admin.disableUser), g.Admins...)
	e.POST("/admin/users/:id/enable", id(u.admin.enableUser), g.Admins...)
	e.POST("/admin/users/:id/role", id(u.admin.setRole), g.Admins...)
	e.POST("/admin/users/:id/reset-password", id(u.admin.resetPassword), g.Admins...)
	e.GET("/admin/users/:id/tokens", id(u.admin.showUserTokens), g.Admins...)
	e.GET("/admin/outbox", u.admin.showOutbox, g.Admins...)
	e.GET("/admin/webhooks", u.webhooks.listWebhooks, g.Admins...)
	e.POST("/admin/webhooks", u.webhooks.registerWebhook, g.Admins...)
	e.GET("/admin/webhooks/:id", id(u.webhooks.showDeliveries), g.Admins...)
	e.POST("/admin/webhooks/:id/delete", id(u.webhooks.deleteWebhook), g.Admins...)
	e.POST("/admin/webhooks/:id/deliveries/:delivery/redeliver", ids("id", "delivery", u.webhooks.redeliver), g.Admins...)

	// Vendor pages: the link swaps its token for a session; /respond then works without it.
	e.GET("/r/:token", u.respond.openInvitation, g.Invitation...)
	e.GET("/respond", u.respond.showResponse, g.Vendor...)
	e.POST("/respond/submit", u.respond.submitResponse, g.Vendor...)
	// Replies and responses to findings stream like uploads and check the CSRF token themselves.
	e.POST("/respond/questions/:qid/reply", u.respond.replyToReview, g.VendorStream...)
	e.GET("/respond/findings", u.respond.showVendorFindings, g.Vendor...)
	e.POST("/respond/findings/:finding/responses", u.respond.respondToFinding, g.VendorStream...)
}

// ErrorPage shows an error as a page; the one error handler calls it for every request that
// is not answered in JSON.
func (u *UI) ErrorPage(c echo.Context, status int, body httpx.Problem) error {
	return u.pages.errorPage(c, status, body)
}
