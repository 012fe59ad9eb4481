package securitytest

import (
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"

	"assay/app/apptest"
)

// proxied trusts X-Forwarded-For from the test's own loopback connections, so that one test
// can speak from many client addresses.
var proxied = map[string]string{"ASSAY_TRUSTED_PROXIES": "127.0.0.1/32"}

// signInPage is a browser on the sign-in page, holding the form's token.
type signInPage struct {
	srv  *apptest.Server
	c    *http.Client
	csrf string
}

func openSignIn(t *testing.T, srv *apptest.Server) *signInPage {
	t.Helper()
	c := srv.Browser(t)
	return &signInPage{srv: srv, c: c, csrf: srv.CSRF(t, c, "/login")}
}

// submit posts the sign-in form from the address from ("" for the connection's own).
func (p *signInPage) submit(t *testing.T, email, password, from string) *http.Response {
	t.Helper()
	form := url.Values{"_csrf": {p.csrf}, "email": {email}, "password": {password}}
	req, err := http.NewRequest(http.MethodPost, p.srv.URL+"/login", strings.NewReader(form.Encode()))
	if err != nil {
		t.Error(err)
		return nil
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if from != "" {
		req.Header.Set("X-Forwarded-For", from)
	}
	res, err := p.c.Do(req)
	if err != nil {
		t.Error(err)
		return nil
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res
}

// outcome counts the answers of a burst by status and remembers whether every refusal told
// the client when to come back.
type outcome struct {
	mu                  sync.Mutex
	status              map[int]int
	refusedWithoutRetry int
}

func (o *outcome) add(res *http.Response) {
	if res == nil {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.status == nil {
		o.status = map[int]int{}
	}
	o.status[res.StatusCode]++
	if (res.StatusCode == http.StatusTooManyRequests || res.StatusCode == http.StatusServiceUnavailable) && res.Header.Get("Retry-After") == "" {
		o.refusedWithoutRetry++
	}
}

// burst runs n calls of fn at the same moment and returns their outcome.
func burst(n int, fn func(i int) *http.Response) *outcome {
	var o outcome
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			o.add(fn(i))
		}(i)
	}
	close(start)
	wg.Wait()
	return &o
}

// cookie returns the named cookie a response set, or nil.
func cookie(res *http.Response, name string) *http.Cookie {
	for _, c := range res.Cookies() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

var csrfField = regexp.MustCompile(`name="_csrf" value="([^"]+)"`)
