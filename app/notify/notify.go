// Package notify sends Assay's mail: over SMTP when configured, and always into the outbox
// table, so the zero-setup install still shows every invitation to its admins.
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

// Send records m and, with an SMTP sender, sends it. secret is a string in the body (such as an
// invitation link) that is blanked from the stored copy once the mail has left, so the
// database does not keep working links. It reports whether the message went out over SMTP.
func (m *Mailer) Send(ctx context.Context, msg mail.Message, secret string) (bool, error) {
	rec, err := m.Record(ctx, m.Store, msg)
	if err != nil {
		return false, err
	}
	return m.Deliver(ctx, rec, msg, secret)
}

// Record puts msg in the outbox through st, which may be a transaction, without sending it:
// the message exists exactly when the change it reports is committed. Deliver it afterwards.
func (m *Mailer) Record(ctx context.Context, st *store.Store, msg mail.Message) (model.Mail, error) {
	rec := model.Mail{To: msg.To, Subject: msg.Subject, Text: msg.Text, Status: model.MailOutbox, CreatedAt: m.Now()}
	err := st.CreateMail(ctx, &rec)
	return rec, err
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
		m.Log.Warn("mail not sent; kept in outbox", "mail_id", rec.ID, "error", reason)
		return false, m.Store.MarkMail(ctx, rec.ID, model.MailFailed, reason, "", now)
	}
	text := msg.Text
	if secret != "" {
		text = strings.ReplaceAll(text, secret, "[link sent by mail; not kept]")
	}
	return true, m.Store.MarkMail(ctx, rec.ID, model.MailSent, "", text, m.Now())
}

// Outbox lists the newest limit messages first, for the admin's outbox page.
func (m *Mailer) Outbox(ctx context.Context, limit int) ([]model.Mail, error) {
	return m.Store.Mails(ctx, limit)
}
