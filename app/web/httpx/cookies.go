package httpx

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
)

// Cookies are the names and paths of Assay's cookies. Over https every name carries the
// __Host- prefix, which browsers accept only with Secure, Path=/ and no Domain, so neither
// another site nor a subdomain can plant one (a fixed session, a forged form token).
type Cookies struct {
	Secure bool
	// Staff and Vendor sessions are kept apart, so that opening an invitation in a browser where
	// an analyst is signed in does not replace the analyst's session.
	Staff, Vendor string
	// VendorPath is the path the vendor cookie is sent to: the questionnaire's, or / over https.
	VendorPath string
	// Device marks a browser in which its owner signed in (auth's device cookies).
	Device string
	// LoginCSRF is the sign-in form's double-submit token, with its path.
	LoginCSRF, LoginCSRFPath string
	// Flash carries the code of a message shown once after a redirect.
	Flash string
	// SSO ties a sign-in sent to the OpenID provider to the browser that started it.
	SSO string
}

// DeviceCookieAge is how long a browser keeps its device cookie.
const DeviceCookieAge = 180 * 24 * time.Hour

// NewCookies names the cookies for a site served over https (secure) or plain http.
func NewCookies(secure bool) Cookies {
	if secure {
		return Cookies{Secure: true, Staff: "__Host-assay_session", Vendor: "__Host-assay_vendor", VendorPath: "/",
			Device: "__Host-assay_device", LoginCSRF: "__Host-assay_login_csrf", LoginCSRFPath: "/", Flash: "__Host-assay_flash", SSO: "__Host-assay_sso"}
	}
	return Cookies{Staff: "assay_session", Vendor: "assay_vendor", VendorPath: VendorPath,
		Device: "assay_device", LoginCSRF: "assay_login_csrf", LoginCSRFPath: "/login", Flash: "assay_flash", SSO: "assay_sso"}
}

// Set sets an HttpOnly, SameSite=Lax cookie for path that lasts age (0: the browser session),
// or removes it when value is empty.
func (k Cookies) Set(c echo.Context, name, value, path string, age time.Duration) {
	ck := &http.Cookie{Name: name, Value: value, Path: path, HttpOnly: true, Secure: k.Secure, SameSite: http.SameSiteLaxMode,
		MaxAge: int(age.Seconds())}
	if value == "" {
		ck.MaxAge = -1
	}
	c.SetCookie(ck)
}

// Value is the value of the request's cookie name, or "".
func Value(c echo.Context, name string) string {
	if ck, err := c.Cookie(name); err == nil {
		return ck.Value
	}
	return ""
}
