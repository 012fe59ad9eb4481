package securitytest

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"assay/app/apptest"
)

// TestMetricsBehindADoor: by default /metrics is served nowhere; with a token it answers only
// to that bearer token; with a metrics address it is served there, not on the main listener.
func TestMetricsBehindADoor(t *testing.T) {
	get := func(url, token string) reply {
		h := map[string]string{}
		if token != "" {
			h["Bearer"] = token
		}
		return do(t, nil, http.MethodGet, url, nil, h)
	}
	isMetrics := func(r reply) bool { return r.Status == http.StatusOK && strings.Contains(r.Body, "go_goroutines") }

	plain := apptest.NewServer(t, apptest.Options{})
	if r := get(plain.URL+"/metrics", ""); r.Status != http.StatusNotFound {
		t.Errorf("/metrics by default: %d, want 404", r.Status)
	}

	const token = "a-long-metrics-token-for-the-test"
	withToken := apptest.NewServer(t, apptest.Options{Env: map[string]string{"ASSAY_METRICS_TOKEN": token}})
	for _, wrong := range []string{"", "wrong-token", token + "x"} {
		if r := get(withToken.URL+"/metrics", wrong); r.Status != http.StatusUnauthorized || strings.Contains(r.Body, "go_goroutines") {
			t.Errorf("/metrics with token %q: %d, want 401 and no metrics", wrong, r.Status)
		}
	}
	if r := get(withToken.URL+"/metrics", token); !isMetrics(r) {
		t.Errorf("/metrics with the token: %d", r.Status)
	}

	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	separate := apptest.NewServer(t, apptest.Options{Env: map[string]string{"ASSAY_METRICS_ADDR": addr}})
	waitTCP(t, addr, 10*time.Second)
	if r := get("http://"+addr+"/metrics", ""); !isMetrics(r) {
		t.Errorf("/metrics on the metrics listener: %d", r.Status)
	}
	if r := get(separate.URL+"/metrics", ""); r.Status != http.StatusNotFound {
		t.Errorf("/metrics on the main listener with a metrics address: %d, want 404", r.Status)
	}
	if r := get("http://"+addr+"/readyz", ""); r.Status != http.StatusNotFound {
		t.Errorf("the metrics listener serves other routes: /readyz %d", r.Status)
	}
}
