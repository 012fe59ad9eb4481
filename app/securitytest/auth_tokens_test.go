package securitytest

import (
	"maps"
	"net/http"
	"strings"
	"sync"
	"testing"

	dto "github.com/prometheus/client_model/go"

	"assay/app/apptest"
	"assay/app/auth"
	"assay/app/model"
	"assay/app/web/httpx"
)

// Item 4: made-up invitation links and API tokens are throttled per address after a handful
// a minute, logged with the address and never the token, and counted; valid tokens from
// other addresses go through untouched.
func TestTokenGuessingIsThrottledPerAddress(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{Env: proxied})
	guessLimit := srv.App.Config.TokenGuessLimit
	if guessLimit != 5 {
		t.Fatalf("the default token guess limit is %d, want a handful (5)", guessLimit)
	}
	_, link := srv.Send(t, srv.Vendor(t, "Acme Payroll"))
	apiToken := srv.APIToken(t, "ana@example.com", model.RoleAnalyst)
	client := srv.Browser(t)
	get := func(path, bearer, from string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, srv.URL+path, nil)
		req.Header.Set("X-Forwarded-For", from)
		if bearer != "" {
			req.Header.Set("Authorization", "Bearer "+bearer)
		}
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res
	}
	count := func(kind, outcome string) float64 {
		var m dto.Metric
		if err := httpx.TokenLookupFailures.WithLabelValues(kind, outcome).Write(&m); err != nil {
			t.Fatal(err)
		}
		return m.GetCounter().GetValue()
	}
	failed := func(kind string) float64 { return count(kind, "failed") }
	throttled := func(kind string) float64 { return count(kind, "throttled") }
	failedBefore, throttledBefore := failed("invitation"), throttled("invitation")

	const guesser = "198.51.100.66"
	var guesses []string
	for i := 0; i < guessLimit; i++ {
		tok, _ := auth.NewToken()
		guesses = append(guesses, tok)
		if res := get("/r/"+tok, "", guesser); res.StatusCode != http.StatusNotFound {
			t.Fatalf("made-up link %d: %d, want 404", i, res.StatusCode)
		}
	}
	tok, _ := auth.NewToken()
	guesses = append(guesses, tok)
	res := get("/r/"+tok, "", guesser)
	if res.StatusCode != http.StatusTooManyRequests || res.Header.Get("Retry-After") == "" {
		t.Fatalf("link after %d failures: %d, Retry-After %q; want 429 with Retry-After", guessLimit, res.StatusCode,
			res.Header.Get("Retry-After"))
	}
	// The throttle refuses before looking up, or a right guess would still be told apart: a
	// valid link from the guessing address waits out the minute too (see SECURITY.md).
	if res := get("/r/"+link, "", guesser); res.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("valid link from the throttled address: %d, want 429", res.StatusCode)
	}
	// From any other address, valid tokens work as before.
	if res := get("/r/"+link, "", "203.0.113.20"); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("valid link from another address: %d, want 303", res.StatusCode)
	}
	if res := get("/api/v1/respond", link, "203.0.113.21"); res.StatusCode != http.StatusOK {
		t.Fatalf("valid invitation token on the API from another address: %d", res.StatusCode)
	}

	// API tokens: the same, counted under their own kind.
	apiFailedBefore := failed("api_token")
	const apiGuesser = "198.51.100.67"
	for i := 0; i < guessLimit; i++ {
		bad, _ := auth.NewToken()
		guesses = append(guesses, bad)
		if res := get("/api/v1/vendors", bad, apiGuesser); res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("made-up API token %d: %d, want 401", i, res.StatusCode)
		}
	}
	bad, _ := auth.NewToken()
	if res := get("/api/v1/vendors", bad, apiGuesser); res.StatusCode != http.StatusTooManyRequests || res.Header.Get("Retry-After") == "" {
		t.Fatalf("API token after %d failures: %d; want 429 with Retry-After", guessLimit, res.StatusCode)
	}
	if res := get("/api/v1/vendors", apiToken, "203.0.113.22"); res.StatusCode != http.StatusOK {
		t.Fatalf("valid API token from another address: %d", res.StatusCode)
	}

	if got := failed("invitation") - failedBefore; got != float64(guessLimit) {
		t.Errorf("failed invitation lookups counted: %v, want %d", got, guessLimit)
	}
	if got := throttled("invitation") - throttledBefore; got != 2 {
		t.Errorf("refused invitation lookups counted: %v, want 2", got)
	}
	if got := failed("api_token") - apiFailedBefore; got != float64(guessLimit) {
		t.Errorf("failed API token lookups counted: %v, want %d", got, guessLimit)
	}
	logs := srv.Logs()
	for _, want := range []string{"level=WARN msg=\"token lookup failed\" kind=invitation ip=" + guesser,
		"level=WARN msg=\"token lookup refused: too many failed lookups from this address\" kind=invitation ip=" + guesser,
		"level=WARN msg=\"token lookup failed\" kind=api_token ip=" + apiGuesser} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q", want)
		}
	}
	for _, g := range append(guesses, link, apiToken) {
		if strings.Contains(logs, g) {
			t.Fatalf("a token reached the log")
		}
	}
}

// Item 4 with requests arriving together: made-up invitation tokens sent on the API from one
// address at the same instant all find the count empty before any of them failed, yet only the
// limit's worth are told their token does not work and the rest are refused; the address then
// stays blocked for valid tokens too, and other addresses are untouched.
func TestTokenGuessLimitHoldsForRequestsArrivingTogether(t *testing.T) {
	srv := apptest.NewServer(t, apptest.Options{Env: proxied})
	guessLimit := srv.App.Config.TokenGuessLimit
	_, link := srv.Send(t, srv.Vendor(t, "Acme Payroll"))
	client := srv.Browser(t)
	get := func(bearer, from string) (*http.Response, error) {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/api/v1/respond", nil)
		req.Header.Set("X-Forwarded-For", from)
		req.Header.Set("Authorization", "Bearer "+bearer)
		res, err := client.Do(req)
		if err == nil {
			res.Body.Close()
		}
		return res, err
	}

	const guesser = "198.51.100.68"
	n := 4 * guessLimit
	statuses := make([]int, n)
	errs := make([]error, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		tok, _ := auth.NewToken()
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			res, err := get(tok, guesser)
			if errs[i] = err; err == nil {
				statuses[i] = res.StatusCode
			}
		}()
	}
	close(start)
	wg.Wait()
	counts := map[int]int{}
	for i := range n {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		counts[statuses[i]]++
	}
	want := map[int]int{http.StatusUnauthorized: guessLimit, http.StatusTooManyRequests: n - guessLimit}
	if !maps.Equal(counts, want) {
		t.Fatalf("%d made-up tokens at once from one address answered %v, want %v", n, counts, want)
	}

	res, err := get(link, guesser)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != http.StatusTooManyRequests || res.Header.Get("Retry-After") == "" {
		t.Fatalf("valid token from the blocked address: %d, Retry-After %q; want 429 with Retry-After",
			res.StatusCode, res.Header.Get("Retry-After"))
	}
	if res, err := get(link, "203.0.113.23"); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("valid token from another address: %v %v, want 200", res, err)
	}
}
