// Package notify sends Assay's mail: over SMTP when configured, and always into the outbox
// table, so the zero-setup install still shows every message to its admins, without the
// working links they carried.
package notify

import (
	"context"
	"log/slog"
	"strings"
	"time"

	"assay/app/mail"
	"assay/app/model"
	"assay/app/store"
)

// Mailer records and sends messages.
type Mailer struct {
	Deps
}

// Deps are what a Mailer needs; New takes them all at once.
type Deps struct {
	Store  *store.Store
	Sender mail.Sender // nil keeps mail in the outbox
	Now    func() time.Time
	Log    *slog.Logger
}

// New returns a Mailer that keeps every mail in the outbox and sends it when a Sender is set.
func New(d Deps) *Mailer { return &Mailer{Deps: d} }

// WithheldLink stands in the stored copy of a message for the invitation link it carried: the
// outbox never keeps a working link, so a database reader cannot use one.
const WithheldLink = "[link withheld: an analyst can make a fresh one on the assessment page]"

// SentLink stands in for the link once the message has left over SMTP.
const SentLink = "[link sent by mail; not kept]"

// Send records m and, with an SMTP sender, sends it. secret is a string in the body (such as an
// invitation link) that the stored copy never contains. It reports whether the message went
// out over SMTP.
func (m *Mailer) Send(ctx context.Context, msg mail.Message, secret string) (bool, error) {
	rec, err := m.Record(ctx, m.Store, msg, secret)
	if err != nil {
		return false, err
	}
	return m.Deliver(ctx, rec, msg, secret)
}

// Record puts msg in the outbox through st, which may be a transaction, without sending it:
// the message exists exactly when the change it reports is committed. The stored text has
// secret replaced by WithheldLink. Deliver it afterwards.
func (m *Mailer) Record(ctx context.Context, st *store.Store, msg mail.Message, secret string) (model.Mail, error) {
	rec := model.Mail{To: msg.To, Subject: msg.Subject, Text: withhold(msg.Text, secret, WithheldLink), Status: model.MailOutbox, CreatedAt: m.Now()}
	err := st.CreateMail(ctx, &rec)
	return rec, err
}

func withhold(text, secret, placeholder string) string {
	if secret == "" {
		return text
	}
	return strings.ReplaceAll(text, secret, placeholder)
}

// Deliver sends a recorded message over SMTP when a sender is configured (see Send).
func (m *Mailer) Deliver(ctx context.Context, rec model.Mail, msg mail.Message, secret string) (bool, error) {
	if m.Sender == nil {
		return false, nil
	}
	now := m.Now()
	if err := m.Sender.Send(ctx, msg); err != nil {
		// The error text of an SMTP client can echo the message; keep only its first line.
		reason := strings.SplitN(err.Error(), "\n", 2)[0]
		if secret != "" {
			reason = strings.ReplaceAll(reason, secret, WithheldLink)
		}
		m.Log.Warn("mail not sent; kept in outbox", "mail_id", rec.ID, "error", reason)
		return false, m.Store.MarkMail(ctx, rec.ID, model.MailFailed, reason, "", now)
	}
	return true, m.Store.MarkMail(ctx, rec.ID, model.MailSent, "", withhold(msg.Text, secret, SentLink), m.Now())
}

// Outbox lists the newest limit messages first, for the admin's outbox page.
func (m *Mailer) Outbox(ctx context.Context, limit int) ([]model.Mail, error) {
	return m.Store.Mails(ctx, limit)
}
