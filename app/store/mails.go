package store

import (
	"assay/app/model"
	"context"
	"time"
)

// CreateMail records an outgoing message.
func (s *Store) CreateMail(ctx context.Context, m *model.Mail) error {
	return wrap(s.q(ctx).Create(m).Error, "create mail")
}

// MarkMail records how sending a message went; text replaces the stored body when not empty,
// so a link that was sent over SMTP need not stay readable in the database.
func (s *Store) MarkMail(ctx context.Context, id uint, status, errText, text string, at time.Time) error {
	up := map[string]any{"status": status, "error": errText}
	if status == model.MailSent {
		up["sent_at"] = at
	}
	if text != "" {
		up["text"] = text
	}
	return wrap(s.q(ctx).Model(&model.Mail{}).Where("id = ?", id).Updates(up).Error, "mark mail")
}

// Mails lists the newest messages first.
func (s *Store) Mails(ctx context.Context, limit int) ([]model.Mail, error) {
	var ms []model.Mail
	err := s.q(ctx).Order("id DESC").Limit(limit).Find(&ms).Error
	return ms, wrap(err, "mails")
}
