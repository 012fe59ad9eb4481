// Package mail sends Assay's outgoing mail (invitations, reminders,
// clarification requests) through SMTP.
package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	netmail "net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// Message is one outgoing mail to one recipient. Text is the plain-text
// body; HTML, when set, is sent as its alternative.
type Message struct {
	To      string
	Subject string
	Text    string
	HTML    string
}

// Sender delivers messages. Services depend on this interface so the
// outbox used without SMTP and the SMTP sender are interchangeable.
type Sender interface {
	Send(ctx context.Context, m Message) error
}

// TLSMode says how the connection to the SMTP server is protected.
type TLSMode string

// The TLS modes an SMTP URL can ask for.
const (
	// TLSOpportunistic upgrades with STARTTLS when the server offers it;
	// credentials are still never sent in clear text.
	TLSOpportunistic TLSMode = "opportunistic"
	// TLSStartTLS requires STARTTLS and fails when the server lacks it.
	TLSStartTLS TLSMode = "starttls"
	// TLSImplicit opens TLS before any SMTP is spoken (smtps://, port 465).
	TLSImplicit TLSMode = "implicit"
	// TLSNone never encrypts; for local test servers only.
	TLSNone TLSMode = "none"
)

// sendTimeout bounds a send whose caller set no deadline, so a silent
// server cannot stall a background job forever.
const sendTimeout = 30 * time.Second

// SMTP is a Sender that opens a connection per message. Assay sends little
// mail, and a fresh connection avoids handling servers that drop idle ones.
type SMTP struct {
	host     string
	port     int
	tlsMode  TLSMode
	username string
	password string
	from     string
}

// NewSMTP configures an SMTP sender from a URL and a From address:
//
//	smtp://user:pass@host:587      STARTTLS when offered (default port 587)
//	smtp://host:587?tls=starttls   STARTTLS required
//	smtps://user:pass@host:465     implicit TLS (default port 465)
//	smtp://host:1025?tls=none      no TLS, for local test servers
//
// User and password are percent-decoded. It does not connect.
func NewSMTP(rawURL, from string) (*SMTP, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		// url.Error repeats the URL, password included, so it is not wrapped.
		return nil, errors.New("mail: parse smtp url: malformed URL")
	}
	s := &SMTP{host: u.Hostname()}
	if s.host == "" {
		return nil, errors.New("mail: parse smtp url: host is required")
	}
	tlsParam := u.Query().Get("tls")
	switch u.Scheme {
	case "smtp":
		s.port = 587
		switch tlsParam {
		case "", string(TLSOpportunistic):
			s.tlsMode = TLSOpportunistic
		case string(TLSStartTLS), string(TLSNone):
			s.tlsMode = TLSMode(tlsParam)
		default:
			return nil, fmt.Errorf("mail: parse smtp url: unknown tls=%q (want opportunistic, starttls or none)", tlsParam)
		}
	case "smtps":
		s.port = 465
		s.tlsMode = TLSImplicit
		if tlsParam != "" {
			return nil, errors.New("mail: parse smtp url: smtps:// always uses TLS; drop the tls parameter")
		}
	default:
		return nil, fmt.Errorf("mail: parse smtp url: unsupported scheme %q (want smtp or smtps)", u.Scheme)
	}
	if p := u.Port(); p != "" {
		port, err := strconv.Atoi(p)
		if err != nil || port < 1 || port > 65535 {
			return nil, fmt.Errorf("mail: parse smtp url: invalid port %q", p)
		}
		s.port = port
	}
	if u.User != nil {
		s.username = u.User.Username()
		s.password, _ = u.User.Password()
	}
	addr, err := netmail.ParseAddress(from)
	if err != nil {
		return nil, fmt.Errorf("mail: parse from address %q: %w", from, err)
	}
	s.from = addr.String()
	return s, nil
}

// Send delivers m, honouring ctx for the whole SMTP exchange.
func (s *SMTP) Send(ctx context.Context, m Message) error {
	msg, err := s.build(m)
	if err != nil {
		return err
	}
	client, err := gomail.NewClient(s.host, s.options()...)
	if err != nil {
		return fmt.Errorf("mail: new smtp client: %w", err)
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, sendTimeout)
		defer cancel()
	}
	if err := client.DialAndSendWithContext(ctx, msg); err != nil {
		return fmt.Errorf("mail: send to %s via %s:%d: %w", m.To, s.host, s.port, err)
	}
	return nil
}

func (s *SMTP) options() []gomail.Option {
	opts := []gomail.Option{
		gomail.WithPort(s.port),
		gomail.WithTimeout(sendTimeout),
		gomail.WithTLSConfig(&tls.Config{ServerName: s.host, MinVersion: tls.VersionTLS12}),
	}
	switch s.tlsMode {
	case TLSImplicit:
		opts = append(opts, gomail.WithSSL())
	case TLSStartTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	case TLSOpportunistic:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSOpportunistic))
	case TLSNone:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if s.username != "" {
		auth := gomail.SMTPAuthAutoDiscover
		if s.tlsMode == TLSNone {
			// Auto-discovery refuses PLAIN and LOGIN without TLS; with
			// tls=none the operator has said the link is trusted.
			auth = gomail.SMTPAuthPlainNoEnc
		}
		opts = append(opts,
			gomail.WithSMTPAuth(auth),
			gomail.WithUsername(s.username),
			gomail.WithPassword(s.password),
		)
	}
	return opts
}

func (s *SMTP) build(m Message) (*gomail.Msg, error) {
	if strings.TrimSpace(m.To) == "" {
		return nil, errors.New("mail: build message: recipient is required")
	}
	if m.Text == "" && m.HTML == "" {
		return nil, errors.New("mail: build message: body is required")
	}
	msg := gomail.NewMsg()
	if err := msg.From(s.from); err != nil {
		return nil, fmt.Errorf("mail: build message: from: %w", err)
	}
	if err := msg.To(m.To); err != nil {
		return nil, fmt.Errorf("mail: build message: to %q: %w", m.To, err)
	}
	msg.Subject(m.Subject)
	// Tells auto-responders (out-of-office replies) not to answer.
	msg.SetGenHeader(gomail.Header("Auto-Submitted"), "auto-generated")
	msg.SetUserAgent("Assay")
	switch {
	case m.Text != "" && m.HTML != "":
		msg.SetBodyString(gomail.TypeTextPlain, m.Text)
		msg.AddAlternativeString(gomail.TypeTextHTML, m.HTML)
	case m.Text != "":
		msg.SetBodyString(gomail.TypeTextPlain, m.Text)
	default:
		msg.SetBodyString(gomail.TypeTextHTML, m.HTML)
	}
	return msg, nil
}
