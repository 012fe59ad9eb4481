package webhooks_test

import (
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"assay/app/model"
)

// TestAdminPagesRegisterAndSendAgain: an admin registers an endpoint on the Webhooks page
// (a refused address comes back with its message and nothing is stored), sees the secret
// once, reads the delivery log and sends a delivery again; an analyst cannot open the page.
func TestAdminPagesRegisterAndSendAgain(t *testing.T) {
	h := newHooked(t, "", nil)
	admin := h.SignIn(t, "pages@ops.example", model.RoleAdmin)
	page := func(c *http.Client, path string) (int, string) {
		t.Helper()
		res, err := c.Get(h.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	submit := func(path string, form url.Values) (int, string, string) {
		t.Helper()
		form.Set("_csrf", h.CSRF(t, admin, "/admin/webhooks"))
		res, err := admin.PostForm(h.URL+path, form)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b), res.Header.Get("Location")
	}
	r := newReceiver(t, "")
	st, body, _ := submit("/admin/webhooks", url.Values{"url": {r.URL}, "events": {model.EventAssessmentSent, "made.up"}})
	if st != http.StatusUnprocessableEntity || !strings.Contains(body, "is not an event") || !strings.Contains(body, `value="`+r.URL+`"`) {
		t.Fatalf("a bad event: %d", st)
	}
	st, body, _ = submit("/admin/webhooks", url.Values{"url": {r.URL}, "events": {model.EventAssessmentSent}})
	secret := regexp.MustCompile(`<code id="webhook-secret">(whsec_[^<]+)</code>`).FindStringSubmatch(body)
	if st != http.StatusOK || secret == nil {
		t.Fatalf("register: %d, secret shown: %v", st, secret != nil)
	}
	// The page escapes the secret as HTML ("+" is "&#43;"); a browser shows it whole.
	secret[1] = html.UnescapeString(secret[1])
	r.setSecret(secret[1])
	if _, list := page(admin, "/admin/webhooks"); strings.Contains(list, secret[1]) || !strings.Contains(list, r.URL) {
		t.Fatal("the list shows the secret again, or not the endpoint")
	}
	endpoints, _ := h.App.Webhooks.Endpoints(t.Context())
	id := endpoints[len(endpoints)-1].ID
	sendOne(t, h, "Paged Payroll")
	log := waitDeliveries(t, h, id, "delivered", func(l []delivery) bool { return len(l) == 1 && l[0].Status == model.DeliverySucceeded })
	if st, view := page(admin, "/admin/webhooks/"+itoa(id)); st != http.StatusOK || !strings.Contains(view, log[0].MessageID) ||
		!strings.Contains(view, "HTTP 204") || !strings.Contains(view, "Send again") {
		t.Fatalf("the log page: %d", st)
	}
	st, _, loc := submit("/admin/webhooks/"+itoa(id)+"/deliveries/"+itoa(log[0].ID)+"/redeliver", url.Values{})
	if st != http.StatusSeeOther || loc != "/admin/webhooks/"+itoa(id) {
		t.Fatalf("send again: %d %s", st, loc)
	}
	waitDeliveries(t, h, id, "sent again", func(l []delivery) bool { return len(l[0].Attempts) == 2 && l[0].Attempts[1].Manual })
	if got, _, _ := r.messages(); len(got) != 2 || got[0].ID != got[1].ID {
		t.Fatalf("the receiver got %+v", got)
	}
	analyst := h.SignIn(t, "ana@analysts.example", model.RoleAnalyst)
	if st, _ := page(analyst, "/admin/webhooks"); st != http.StatusForbidden {
		t.Fatalf("an analyst opens the webhooks page: %d", st)
	}
	if st, _, loc := submit("/admin/webhooks/"+itoa(id)+"/delete", url.Values{}); st != http.StatusSeeOther || loc != "/admin/webhooks" {
		t.Fatalf("delete: %d", st)
	}
}
