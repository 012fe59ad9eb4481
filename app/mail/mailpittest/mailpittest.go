// Package mailpittest reads the inbox of a mailpit server from tests, so a
// test can assert on the mail Assay really sent over SMTP.
//
// Packages run their tests in parallel against one mailpit, so find your
// message by a unique recipient with WaitFor rather than clearing the inbox
// with DeleteAll, which would race with other packages.
package mailpittest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// Address is a mailbox as mailpit reports it.
type Address struct {
	Name    string
	Address string
}

// Summary is one message in mailpit's message list.
type Summary struct {
	ID        string
	MessageID string
	From      Address
	To        []Address
	Subject   string
	Snippet   string
	Username  string // the SMTP AUTH user, when the client authenticated
	Created   time.Time
}

// HasRecipient reports whether addr (case-insensitive) is among the To addresses.
func (s Summary) HasRecipient(addr string) bool {
	for _, a := range s.To {
		if strings.EqualFold(a.Address, addr) {
			return true
		}
	}
	return false
}

// Message is one message with its bodies.
type Message struct {
	ID      string
	From    Address
	To      []Address
	Subject string
	Text    string
	HTML    string
}

var client = &http.Client{Timeout: 10 * time.Second}

// Messages lists the newest messages in the inbox (up to 500).
func Messages(t testing.TB, apiURL string) []Summary {
	t.Helper()
	var out struct{ Messages []Summary }
	getJSON(t, apiURL, "/api/v1/messages?limit=500", &out)
	return out.Messages
}

// Get returns the message with the given mailpit ID.
func Get(t testing.TB, apiURL, id string) Message {
	t.Helper()
	var m Message
	getJSON(t, apiURL, "/api/v1/message/"+url.PathEscape(id), &m)
	return m
}

// Body returns the plain-text body of the message, or its HTML when it has
// no text part.
func Body(t testing.TB, apiURL, id string) string {
	t.Helper()
	m := Get(t, apiURL, id)
	if m.Text != "" {
		return m.Text
	}
	return m.HTML
}

// WaitFor polls the inbox until a message satisfies match and returns it,
// failing the test after timeout. Mail sent by background jobs arrives
// some time after the action that queued it.
func WaitFor(t testing.TB, apiURL string, timeout time.Duration, match func(Summary) bool) Summary {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		for _, s := range Messages(t, apiURL) {
			if match(s) {
				return s
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("mailpittest: no matching message in %s after %s", apiURL, timeout)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// DeleteAll empties the inbox. Use it only where no other test shares the
// server at the same time.
func DeleteAll(t testing.TB, apiURL string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodDelete, strings.TrimRight(apiURL, "/")+"/api/v1/messages", bytes.NewReader([]byte("{}")))
	if err != nil {
		t.Fatalf("mailpittest: delete all: %v", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("mailpittest: delete all: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		t.Fatalf("mailpittest: delete all: %s: %s", resp.Status, body)
	}
}

func getJSON(t testing.TB, apiURL, path string, v any) {
	t.Helper()
	u := strings.TrimRight(apiURL, "/") + path
	resp, err := client.Get(u)
	if err != nil {
		t.Fatalf("mailpittest: GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		t.Fatalf("mailpittest: GET %s: %s: %s", u, resp.Status, body)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("mailpittest: GET %s: decode: %v", u, err)
	}
}
