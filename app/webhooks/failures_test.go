package webhooks_test

import (
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
	"assay/app/model"
)

// sendOne sends a questionnaire to a new vendor: one assessment.sent event.
func sendOne(t *testing.T, h *hooked, name string) model.Assessment {
	t.Helper()
	a, _ := h.Send(t, h.Vendor(t, name))
	return a
}

// waitDeliveries polls the endpoint's log until ok holds for it.
func waitDeliveries(t *testing.T, h *hooked, endpoint uint, what string, ok func([]delivery) bool) []delivery {
	t.Helper()
	var log []delivery
	defer func() {
		if t.Failed() {
			t.Logf("delivery log at the end: %+v", log)
		}
	}()
	waitFor(t, 30*time.Second, what, func() bool {
		log = h.deliveries(t, endpoint)
		return ok(log)
	})
	return log
}

// TestDeliveryIsRetriedUntilTheReceiverIsUp: a receiver that is down (nothing listens on its
// port) fails the first attempts, each logged with its error; once it listens, a retry
// delivers the same message, and the waits between attempts grow.
func TestDeliveryIsRetriedUntilTheReceiverIsUp(t *testing.T) {
	for _, dialect := range apptest.Dialects() {
		t.Run(dialect, func(t *testing.T) {
			h := newHooked(t, dialect, nil)
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			addr := ln.Addr().String()
			ln.Close()
			down := &receiver{URL: "http://" + addr + "/hooks/assay"}
			h.register(t, down, []string{model.EventAssessmentSent})
			sendOne(t, h, "Retry Payroll")
			waitDeliveries(t, h, h.endpoint, "two failed attempts", func(l []delivery) bool {
				return len(l) == 1 && len(l[0].Attempts) >= 2 && l[0].Status == model.DeliveryRetrying
			})
			up := newReceiver(t, addr)
			up.setSecret(down.secret)
			log := waitDeliveries(t, h, h.endpoint, "delivered once the receiver is up", func(l []delivery) bool {
				return len(l) == 1 && l[0].Status == model.DeliverySucceeded
			})
			d := log[0]
			for i, a := range d.Attempts[:len(d.Attempts)-1] {
				if a.Outcome != model.DeliveryFailed || a.StatusCode != nil || !strings.Contains(a.Error, "could not send") ||
					!strings.Contains(a.Error, "refused") {
					t.Errorf("attempt %d while down: %+v", i+1, a)
				}
				if i > 0 && a.At.Sub(d.Attempts[i-1].At) < 200*time.Millisecond {
					t.Errorf("attempt %d came %s after the one before, under the first wait", i+1, a.At.Sub(d.Attempts[i-1].At))
				}
			}
			final := d.Attempts[len(d.Attempts)-1]
			if final.Outcome != model.DeliverySucceeded || final.StatusCode == nil || *final.StatusCode != http.StatusNoContent {
				t.Errorf("last attempt %+v", final)
			}
			got, bad, _ := up.messages()
			if len(got) != 1 || got[0].ID != d.MessageID || len(bad) > 0 {
				t.Fatalf("the receiver got %+v (refused %v); the log's message is %s", got, bad, d.MessageID)
			}
		})
	}
}

// TestPrivateAddressesAreRefused: without --webhook-allow-private an endpoint on a loopback,
// private or link-local address is refused at registration with a message on the url field;
// and a registered endpoint whose address is private when a delivery is made (the setting
// turned off since, as a name re-pointed by DNS would be) is refused by the dialer: the
// receiver hears nothing and the delivery fails for good at once.
func TestPrivateAddressesAreRefused(t *testing.T) {
	dir := t.TempDir()
	open := apptest.NewServer(t, apptest.Options{Env: map[string]string{"ASSAY_DATA_DIR": dir, "ASSAY_WEBHOOK_ALLOW_PRIVATE": "true"}})
	admin := open.APIToken(t, "admin@ops.example", model.RoleAdmin)
	r := newReceiver(t, "")
	var created struct{ ID uint }
	if st := call(t, "POST", open.URL+"/api/v1/webhooks", admin, map[string]any{"url": r.URL, "events": []string{model.EventAssessmentSent}}, &created); st != http.StatusCreated {
		t.Fatalf("register with private addresses allowed: %d", st)
	}
	open.Stop()

	srv := apptest.NewServer(t, apptest.Options{Env: map[string]string{"ASSAY_DATA_DIR": dir}})
	h := &hooked{Server: srv, admin: admin, receiver: r}
	for _, u := range []string{"http://127.0.0.1:9/x", "http://localhost:9/x", "https://10.1.2.3/x", "http://169.254.169.254/latest",
		"http://[::1]:9/x", "http://100.64.0.1/x", "http://[::ffff:192.168.0.1]/x"} {
		var refused struct {
			Error struct{ Fields map[string]string }
		}
		if st := call(t, "POST", srv.URL+"/api/v1/webhooks", admin, map[string]any{"url": u, "events": []string{model.EventAssessmentSent}}, &refused); st != http.StatusUnprocessableEntity ||
			!strings.Contains(refused.Error.Fields["url"], "--webhook-allow-private") {
			t.Errorf("register %s: %d %v", u, st, refused.Error.Fields)
		}
	}
	var bad struct {
		Error struct{ Fields map[string]string }
	}
	call(t, "POST", srv.URL+"/api/v1/webhooks", admin, map[string]any{"url": "ftp://files.example/x", "events": []string{"assessment.paid"},
		"secret": "whsec_c2hvcnQ="}, &bad)
	if bad.Error.Fields["url"] == "" || bad.Error.Fields["events"] == "" || !strings.Contains(bad.Error.Fields["secret"], "24 to 64 bytes") {
		t.Errorf("a bad registration: %v", bad.Error.Fields)
	}

	sendOne(t, h, "Private Payroll")
	log := waitDeliveries(t, h, created.ID, "the delivery failed", func(l []delivery) bool {
		return len(l) == 1 && l[0].Status == model.DeliveryFailed
	})
	if a := log[0].Attempts; len(a) != 1 || !strings.Contains(a[0].Error, "refused to connect to 127.0.0.1") {
		t.Fatalf("attempts %+v", a)
	}
	if _, _, n := r.messages(); n != 0 {
		t.Fatalf("the private receiver was reached %d times", n)
	}
}

// TestRedirectsAndSlowReceiversFail: a 302 is a failed attempt and its target is never asked;
// a receiver slower than --webhook-timeout fails the attempt; "send again" sends the same
// message once more, marked manual in the log.
func TestRedirectsAndSlowReceiversFail(t *testing.T) {
	h := newHooked(t, "", map[string]string{"ASSAY_WEBHOOK_TIMEOUT": "500ms", "ASSAY_WEBHOOK_RETRY": "1h"})
	target := newReceiver(t, "")
	target.setSecret(h.secret)
	redirect := newReceiver(t, "")
	redirect.srv.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target.URL, http.StatusFound)
	})
	h.register(t, redirect, []string{model.EventAssessmentSent})
	redirected := h.endpoint
	slow := newReceiver(t, "")
	slow.answer = func(int) int { time.Sleep(2 * time.Second); return http.StatusNoContent }
	h.register(t, slow, []string{model.EventAssessmentSent})
	sendOne(t, h, "Slow Payroll")

	log := waitDeliveries(t, h, redirected, "the redirect attempt", func(l []delivery) bool { return len(l) == 1 && len(l[0].Attempts) == 1 })
	if a := log[0].Attempts[0]; a.Outcome != model.DeliveryFailed || a.StatusCode == nil || *a.StatusCode != http.StatusFound ||
		!strings.Contains(a.Error, "not followed") || log[0].Status != model.DeliveryRetrying {
		t.Errorf("redirected: %s %+v", log[0].Status, a)
	}
	if _, _, n := target.messages(); n != 0 {
		t.Errorf("the redirect's target was asked %d times", n)
	}
	log = waitDeliveries(t, h, h.endpoint, "the slow attempt", func(l []delivery) bool { return len(l) == 1 && len(l[0].Attempts) == 1 })
	if a := log[0].Attempts[0]; a.Outcome != model.DeliveryFailed || !strings.Contains(a.Error, "no answer within 500ms") ||
		a.DurationMS < 400 || a.DurationMS > 1900 {
		t.Errorf("slow: %+v", a)
	}

	slow.mu.Lock()
	slow.answer = nil
	slow.mu.Unlock()
	slow.setSecret(h.secret)
	if st := call(t, "POST", h.URL+"/api/v1/webhooks/"+itoa(h.endpoint)+"/deliveries/"+itoa(log[0].ID)+"/redeliver", h.admin, nil, nil); st != http.StatusAccepted {
		t.Fatalf("send again: %d", st)
	}
	if st := call(t, "POST", h.URL+"/api/v1/webhooks/"+itoa(redirected)+"/deliveries/"+itoa(log[0].ID)+"/redeliver", h.admin, nil, nil); st != http.StatusNotFound {
		t.Errorf("send again through another endpoint's id: %d, want 404", st)
	}
	log = waitDeliveries(t, h, h.endpoint, "delivered when sent again", func(l []delivery) bool { return l[0].Status == model.DeliverySucceeded })
	if a := log[0].Attempts; len(a) != 2 || !a[1].Manual {
		t.Errorf("attempts after send again: %+v", a)
	}
	if got, _, _ := slow.messages(); len(got) != 1 || got[0].ID != log[0].MessageID {
		t.Errorf("sent again as %+v, the delivery's id is %s", got, log[0].MessageID)
	}
	if st := call(t, "DELETE", h.URL+"/api/v1/webhooks/"+itoa(redirected), h.admin, nil, nil); st != http.StatusNoContent {
		t.Fatalf("delete: %d", st)
	}
	if st := call(t, "GET", h.URL+"/api/v1/webhooks/"+itoa(redirected)+"/deliveries", h.admin, nil, nil); st != http.StatusNotFound {
		t.Errorf("the deleted endpoint's log: %d", st)
	}
	actions := strings.Join(auditActions(t, h), " ")
	for _, a := range []string{"webhook.create", "webhook.redeliver", "webhook.delete"} {
		if !strings.Contains(actions, a) {
			t.Errorf("no %s in the audit trail", a)
		}
	}
}
