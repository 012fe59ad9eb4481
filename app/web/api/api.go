// Package api serves Assay's JSON API under /api/v1: staff with API tokens, vendors with their
// invitation token. The questionnaire page's script calls and the pages' downloads are the same
// handlers, mounted on the cookie-session routes as well, so each action has one implementation.
package api

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"assay/app/audit"
	"assay/app/web/httpx"
)

// API is the JSON API's handlers and the downloads'.
type API struct {
	vendors     *vendorAPI
	assessments *assessmentAPI
	findings    *findingAPI
	portfolio   *portfolioAPI
	respond     *respondAPI
	downloads   *downloads
	users       *userAPI
	webhooks    *webhookAPI
}

// New builds the API's handlers.
func New(d httpx.Deps) *API {
	return &API{
		vendors:     &vendorAPI{vendors: d.Vendors, findings: d.Findings, now: d.Now},
		assessments: &assessmentAPI{assessments: d.Assessments, review: d.Review, invitations: d.Invitations},
		findings:    &findingAPI{findings: d.Findings, now: d.Now},
		portfolio:   &portfolioAPI{figures: d.Dashboard, invitations: d.Invitations, reassess: d.Reassess, now: d.Now},
		respond: &respondAPI{assessments: d.Assessments, responses: d.Responses, review: d.Review, findings: d.Findings,
			maxUpload: d.Config.MaxUploadBytes, now: d.Now},
		downloads: &downloads{vendors: d.Vendors, responses: d.Responses, pipeline: d.Pipeline, findings: d.Findings, replies: d.Review, log: d.Log,
			now: d.Now, audit: d.Audit},
		users:    &userAPI{accounts: d.Accounts},
		webhooks: &webhookAPI{webhooks: d.Webhooks},
	}
}

// Routes is the API's route table, one line per route, grouped by the guards they share, with
// the same handlers on the questionnaire page's script routes and the pages' download links.
func (a *API) Routes(e *echo.Echo, g httpx.Guards) {
	id, ids := httpx.WithID, httpx.WithIDs
	finding := func(h func(echo.Context, uint) error) echo.HandlerFunc { return httpx.WithParam("finding", h) }
	evidence := func(h func(echo.Context, uint) error) echo.HandlerFunc { return httpx.WithParam("eid", h) }

	// No token: the API's own description.
	e.GET("/api/v1/openapi.json", openAPIDocument)

	// Any staff token: procurement read outcomes.
	e.GET("/api/v1/dashboard", a.portfolio.dashboard, g.StaffAPI...)
	e.GET("/api/v1/vendors", a.vendors.listVendors, g.StaffAPI...)
	e.GET("/api/v1/vendors/:id", id(a.vendors.showVendor), g.StaffAPI...)
	e.GET("/api/v1/assessments/:id", id(a.assessments.showAssessment), g.StaffAPI...)
	e.GET("/api/v1/findings", a.findings.listFindings, g.StaffAPI...)
	e.GET("/api/v1/findings/:finding", finding(a.findings.showFinding), g.StaffAPI...)
	e.GET("/api/v1/reassessments", a.portfolio.listReassessments, g.StaffAPI...)
	e.GET("/api/v1/tokens", a.users.listTokens, g.StaffAPI...)
	e.DELETE("/api/v1/tokens/:id", id(a.users.revokeToken), g.StaffAPI...)

	// Admin tokens: accounts.
	e.GET("/api/v1/users", a.users.listUsers, g.AdminAPI...)
	e.POST("/api/v1/users/:id/disable", id(a.users.disableUser), g.AdminAPI...)
	e.POST("/api/v1/users/:id/enable", id(a.users.enableUser), g.AdminAPI...)
	e.PUT("/api/v1/users/:id/role", id(a.users.setRole), g.AdminAPI...)
	e.POST("/api/v1/users/:id/reset-password", id(a.users.resetPassword), g.AdminAPI...)
	e.POST("/api/v1/webhooks", a.webhooks.registerWebhook, g.AdminAPI...)
	e.GET("/api/v1/webhooks", a.webhooks.listWebhooks, g.AdminAPI...)
	e.DELETE("/api/v1/webhooks/:id", id(a.webhooks.deleteWebhook), g.AdminAPI...)
	e.GET("/api/v1/webhooks/:id/deliveries", id(a.webhooks.listDeliveries), g.AdminAPI...)
	e.POST("/api/v1/webhooks/:id/deliveries/:delivery/redeliver", ids("id", "delivery", a.webhooks.redeliver), g.AdminAPI...)

	// Admin and analyst tokens: the vendor's material, and every change.
	e.POST("/api/v1/vendors", a.vendors.createVendor, g.EditorAPI...)
	e.PUT("/api/v1/vendors/:id", id(a.vendors.updateVendor), g.EditorAPI...)
	e.POST("/api/v1/vendors/:id/decision", id(a.vendors.decideVendor), g.EditorAPI...)
	e.POST("/api/v1/vendors/:id/assessments", id(a.assessments.sendAssessment), g.EditorAPI...)
	e.POST("/api/v1/assessments/bulk", a.portfolio.sendBulk, g.EditorAPI...)
	e.POST("/api/v1/assessments/:id/invitations/:inv/resend", ids("id", "inv", a.assessments.resendInvitation), g.EditorAPI...)
	e.POST("/api/v1/assessments/:id/invitations/:inv/revoke", ids("id", "inv", a.assessments.revokeInvitation), g.EditorAPI...)
	e.POST("/api/v1/assessments/:id/invitations/:inv/link", ids("id", "inv", a.assessments.showLink), g.EditorAPI...)
	e.POST("/api/v1/assessments/:id/cancel", id(a.assessments.cancelAssessment), g.EditorAPI...)
	e.POST("/api/v1/assessments/:id/evidence/:eid/facts", ids("id", "eid", a.assessments.correctFact), g.EditorAPI...)
	e.POST("/api/v1/assessments/:id/questions/:qid/review", id(a.assessments.reviewQuestion), g.EditorAPI...)
	e.POST("/api/v1/assessments/:id/review/accept", id(a.assessments.acceptQuestions), g.EditorAPI...)
	e.POST("/api/v1/assessments/:id/return", id(a.assessments.returnAssessment), g.EditorAPI...)
	e.POST("/api/v1/assessments/:id/override", id(a.assessments.setOverride), g.EditorAPI...)
	e.DELETE("/api/v1/assessments/:id/override", id(a.assessments.clearOverride), g.EditorAPI...)
	e.PATCH("/api/v1/findings/:finding", finding(a.findings.updateFinding), g.EditorAPI...)
	e.POST("/api/v1/findings/:finding/share", finding(a.findings.shareFinding), g.EditorAPI...)
	e.POST("/api/v1/findings/:finding/accept-risk", finding(a.findings.acceptFindingRisk), g.EditorAPI...)
	e.POST("/api/v1/findings/:finding/reopen", finding(a.findings.reopenFinding), g.EditorAPI...)
	e.POST("/api/v1/findings/:finding/close", finding(a.findings.closeFinding), g.EditorAPI...)

	// The invitation token: the vendor's own client.
	e.GET("/api/v1/respond", a.respond.responseState, g.VendorAPI...)
	e.POST("/api/v1/respond/submit", a.respond.submitResponse, g.VendorAPI...)
	e.POST("/api/v1/respond/questions/:qid/reply", a.respond.replyToReview, g.VendorUploadAPI...)
	e.GET("/api/v1/respond/findings", a.respond.showVendorFindings, g.VendorAPI...)
	e.POST("/api/v1/respond/findings/:finding/responses", a.respond.respondToFinding, g.VendorUploadAPI...)

	// The questionnaire page's script, with the vendor session.
	e.GET("/respond/state", a.respond.responseState, g.VendorScript...)

	// The review page's inline preview of a file, with the staff session.
	e.GET("/assessments/:id/evidence/:eid/preview", ids("id", "eid", a.downloads.previewEvidence), g.Editors...)

	// The same handlers twice: under /api/v1 for tokens, and at the same path for the pages'
	// and the questionnaire script's sessions.
	twice := func(method, path string, h echo.HandlerFunc, api, session []echo.MiddlewareFunc) {
		e.Add(method, "/api/v1"+path, h, api...)
		e.Add(method, path, h, session...)
	}
	twice(http.MethodPatch, "/respond/answers", a.respond.saveAnswers, g.VendorSaveAPI, g.VendorSaveScript)
	twice(http.MethodPut, "/respond/notes/:qid", a.respond.saveNote, g.VendorAPI, g.VendorScript)
	twice(http.MethodGet, "/respond/answers.pdf", a.respond.downloadAnswers, g.VendorAPI, g.Vendor)
	twice(http.MethodPost, "/respond/evidence", a.respond.uploadEvidence, g.VendorUploadAPI, g.VendorUpload)
	twice(http.MethodDelete, "/respond/evidence/:eid", evidence(a.respond.removeEvidence), g.VendorAPI, g.VendorScript)
	twice(http.MethodGet, "/vendors/export.csv", a.downloads.exportVendorsCSV, g.StaffAPI, g.AnyStaff)
	twice(http.MethodGet, "/vendors/export.xlsx", a.downloads.exportVendorsXLSX, g.StaffAPI, g.AnyStaff)
	twice(http.MethodGet, "/assessments/:id/report.pdf", id(a.downloads.downloadReport), g.StaffAPI, g.AnyStaff)
	twice(http.MethodGet, "/assessments/:id/evidence/:eid", ids("id", "eid", a.downloads.downloadEvidence), g.EditorAPI, g.Editors)
	twice(http.MethodGet, "/assessments/:id/export", id(a.downloads.exportAssessment), g.EditorAPI, g.Editors)
	twice(http.MethodGet, "/assessments/:id/export.csv", id(a.downloads.exportAssessmentCSV), g.EditorAPI, g.Editors)
	twice(http.MethodGet, "/assessments/:id/export.xlsx", id(a.downloads.exportAssessmentXLSX), g.EditorAPI, g.Editors)
	twice(http.MethodGet, "/assessments/:id/oscal", id(a.downloads.exportOSCAL), g.EditorAPI, g.Editors)
	twice(http.MethodGet, "/findings/:finding/files/:file", ids("finding", "file", a.downloads.downloadFindingFile), g.EditorAPI, g.Editors)
	twice(http.MethodGet, "/assessments/:id/reply-files/:file", ids("id", "file", a.downloads.downloadReplyFile), g.EditorAPI, g.Editors)
}

// bind decodes the JSON body into in; a body of another shape is a 400.
func bind(c echo.Context, in any) error {
	if err := c.Bind(in); err != nil {
		return httpx.BadJSON()
	}
	return nil
}

// call decodes the body into an In and calls the service with it, as the caller.
func call[In, Out any](c echo.Context, do func(context.Context, In, audit.Actor) (Out, error)) (Out, error) {
	var in In
	if err := bind(c, &in); err != nil {
		var none Out
		return none, err
	}
	return do(c.Request().Context(), in, httpx.Actor(c))
}

// callOn is call for a change to the object a route names by id.
func callOn[In, Out any](c echo.Context, id uint, do func(context.Context, uint, In, audit.Actor) (Out, error)) (Out, error) {
	return call(c, func(ctx context.Context, in In, actor audit.Actor) (Out, error) { return do(ctx, id, in, actor) })
}

// act is the whole of a handler that changes something: call, then answer status with
// render's view of the result.
func act[In, Out, View any](c echo.Context, do func(context.Context, In, audit.Actor) (Out, error), status int,
	render func(Out) View) error {
	out, err := call(c, do)
	if err != nil {
		return err
	}
	return c.JSON(status, render(out))
}

// actOn is act for a change to the object a route names by id.
func actOn[In, Out, View any](c echo.Context, id uint, do func(context.Context, uint, In, audit.Actor) (Out, error),
	status int, render func(Out) View) error {
	out, err := callOn(c, id, do)
	if err != nil {
		return err
	}
	return c.JSON(status, render(out))
}

// mapped is xs, each turned into its JSON view by view; never nil, so an empty list is [].
func mapped[T, V any](xs []T, view func(T) V) []V {
	out := make([]V, len(xs))
	for i, x := range xs {
		out[i] = view(x)
	}
	return out
}
