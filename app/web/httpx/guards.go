package httpx

import (
	"log/slog"

	"assay/app/auth"
	"assay/app/model"

	"github.com/labstack/echo/v4"
)

// FormBodyLimit caps every body but uploads, which stream under their own limit.
const FormBodyLimit = 1 << 20

// Guards are the middleware lists in front of each kind of route, named for who may call it.
// Echo groups with an empty prefix register catch-all routes that would run the last group's
// middleware for unknown paths, so the route tables attach a list to each route instead.
type Guards struct {
	// Login is the sign-in form: no session yet, so a double-submit cookie instead of CSRF.
	Login []echo.MiddlewareFunc
	// SignedIn lets through any signed-in staff user, even one who must change a password.
	SignedIn []echo.MiddlewareFunc
	// AnyStaff, Editors and Admins are the staff pages: session cookie; CSRF on every change.
	AnyStaff, Editors, Admins []echo.MiddlewareFunc

	// Invitation is the link itself, before there is a vendor session.
	Invitation []echo.MiddlewareFunc
	// Vendor is the vendor's pages: the session the link opened, CSRF on every change.
	Vendor []echo.MiddlewareFunc
	// VendorStream is for streamed bodies that check the CSRF token themselves, from the
	// header or the form's first part, before reading anything else.
	VendorStream []echo.MiddlewareFunc
	// VendorScript and VendorUpload are the vendor page's script calls, answered in JSON;
	// uploads stream under their own limit.
	VendorScript, VendorUpload []echo.MiddlewareFunc

	// StaffAPI, EditorAPI, AdminAPI, VendorAPI and VendorUploadAPI are the JSON API: bearer
	// tokens and no cookies, so no CSRF.
	StaffAPI, EditorAPI, AdminAPI, VendorAPI, VendorUploadAPI []echo.MiddlewareFunc
	// VendorSaveAPI and VendorSaveScript are VendorAPI and VendorScript for the autosave,
	// whose handler may check the credentials in its own statement (Deferred).
	VendorSaveAPI, VendorSaveScript []echo.MiddlewareFunc
}

// GuardDeps are what the guards need.
type GuardDeps struct {
	// Sessions resolves session cookies and API tokens; Invitations resolves invitation tokens.
	Sessions    Sessions
	Invitations Invitations
	// Guesses throttles addresses whose token lookups keep failing.
	Guesses TokenGuesses
	Cookies Cookies
	// BaseURL is the site's public URL, the origin a browser's change must come from.
	BaseURL string
	Log     *slog.Logger
}

// NewGuards builds the guards from what resolves sessions, API tokens and invitation tokens.
func NewGuards(d GuardDeps) Guards {
	origin := sameOrigin(d.BaseURL)
	k := d.Cookies
	form := []echo.MiddlewareFunc{limitBody(FormBodyLimit), origin, loadStaff(d.Sessions, k.Staff)}
	vendor := []echo.MiddlewareFunc{vendorHeaders, origin, loadVendor(d.Sessions, k.Vendor), csrf}
	staffAPI := []echo.MiddlewareFunc{jsonErrors, limitBody(FormBodyLimit), guessGate(d.Guesses, d.Log, "api_token"), bearer(apiPrincipal(d.Sessions))}
	vendorAPI := []echo.MiddlewareFunc{jsonErrors, vendorHeaders, invitationBearer(d.Invitations, d.Guesses, d.Log)}
	return Guards{
		Login:    then(form, loginCSRF(k)),
		SignedIn: then(form, signedIn, csrf),
		AnyStaff: then(form, requireStaff(), csrf),
		Editors:  then(form, requireStaff(model.RoleAdmin, model.RoleAnalyst), csrf),
		Admins:   then(form, requireStaff(model.RoleAdmin), csrf),

		Invitation:   []echo.MiddlewareFunc{vendorHeaders, guessGate(d.Guesses, d.Log, "invitation")},
		Vendor:       then(vendor, limitBody(FormBodyLimit)),
		VendorStream: []echo.MiddlewareFunc{vendorHeaders, origin, loadVendor(d.Sessions, k.Vendor)},
		VendorScript: then(append([]echo.MiddlewareFunc{jsonErrors}, vendor...), limitBody(FormBodyLimit)),
		VendorSaveScript: []echo.MiddlewareFunc{jsonErrors, vendorHeaders, origin, deferredVendor(d.Sessions, k.Vendor),
			limitBody(FormBodyLimit)},
		VendorUpload: append([]echo.MiddlewareFunc{jsonErrors}, vendor...),

		StaffAPI:        staffAPI,
		EditorAPI:       then(staffAPI, requireStaff(model.RoleAdmin, model.RoleAnalyst)),
		AdminAPI:        then(staffAPI, requireStaff(model.RoleAdmin)),
		VendorAPI:       then(vendorAPI, limitBody(FormBodyLimit)),
		VendorUploadAPI: vendorAPI,
		VendorSaveAPI: []echo.MiddlewareFunc{jsonErrors, vendorHeaders, deferredInvitation(d.Invitations, d.Guesses, d.Log),
			limitBody(FormBodyLimit)},
	}
}

// then is list followed by more, in a new slice so lists built from one base never share an array.
func then(list []echo.MiddlewareFunc, more ...echo.MiddlewareFunc) []echo.MiddlewareFunc {
	return append(append([]echo.MiddlewareFunc(nil), list...), more...)
}

func apiPrincipal(s Sessions) func(c echo.Context, token string) (auth.Principal, error) {
	return func(c echo.Context, token string) (auth.Principal, error) {
		return s.APIPrincipal(c.Request().Context(), token)
	}
}
