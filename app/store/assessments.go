package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"assay/app/evidence"
	"assay/app/model"
	"assay/app/portfolio"
)

// CreateAssessment inserts a and its invitations in one transaction.
func (s *Store) CreateAssessment(ctx context.Context, a *model.Assessment, invs []*model.Invitation) error {
	return s.q(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(a).Error; err != nil {
			return wrap(err, "create assessment")
		}
		for _, inv := range invs {
			inv.AssessmentID = a.ID
			if err := tx.Create(inv).Error; err != nil {
				return wrap(err, "create invitation")
			}
		}
		return nil
	})
}

// Assessment returns the assessment with id and its vendor.
func (s *Store) Assessment(ctx context.Context, id uint) (model.Assessment, error) {
	// One query joined rather than two: every vendor request reads its assessment twice.
	return one[model.Assessment](s.q(ctx).Joins("Vendor"), "assessment", "assessments.id", id)
}

// Holdings says which rows besides its answers an assessment has, so that a reader of the
// whole assessment skips the queries that would find nothing.
type Holdings struct {
	Files, Notes, Reassessment bool
}

// AssessmentHoldings returns the assessment with id and its vendor, as Assessment does, and in
// the same query which rows it has besides its answers: a vendor's autosave reads the whole
// assessment, and most have no files, notes or previous assessment yet.
func (s *Store) AssessmentHoldings(ctx context.Context, id uint) (model.Assessment, Holdings, error) {
	a, has, _, err := s.assessmentHoldings(ctx, id, holdingsRead{})
	return a, has, err
}

// AssessmentAnswers is AssessmentHoldings with the assessment's answers, as Answers returns
// them: on PostgreSQL in the same query, which saves an autosave a round trip. With
// vendorName, the assessment's vendor is read for its name alone (id and name).
func (s *Store) AssessmentAnswers(ctx context.Context, id uint, vendorName bool) (model.Assessment, Holdings, map[string]model.Answer, error) {
	a, has, answers, err := s.assessmentHoldings(ctx, id, holdingsRead{answers: s.dialect == DialectPostgres, vendorName: vendorName})
	if err == nil && answers == nil {
		answers, err = s.Answers(ctx, id)
	}
	return a, has, answers, err
}

// holdingsRead says what assessmentHoldings reads besides the assessment and its holdings:
// the answers, and the vendor's name alone rather than the whole vendor. An autosave answers
// with no more of the vendor than its name, and on SQLite, whose driver parses a statement
// again each time it runs, the vendor's thirty columns were most of the text of the query
// that is a third of a save.
type holdingsRead struct {
	answers, vendorName bool
}

// assessmentHoldings is AssessmentHoldings, with what read asks for besides.
func (s *Store) assessmentHoldings(ctx context.Context, id uint, read holdingsRead) (model.Assessment, Holdings, map[string]model.Answer, error) {
	var row struct {
		model.Assessment
		HasFiles, HasNotes, HasReassessment bool
		AuditHead                           *string
		AnswersJSON                         *string
		VendorName                          *string
	}
	if id == 0 {
		return row.Assessment, Holdings{}, nil, model.ErrNotFound
	}
	cols := []string{"assessments.*",
		"EXISTS (SELECT 1 FROM evidences WHERE evidences.assessment_id = assessments.id) AS has_files",
		"EXISTS (SELECT 1 FROM answer_notes WHERE answer_notes.assessment_id = assessments.id) AS has_notes",
		"EXISTS (SELECT 1 FROM reassessments WHERE reassessments.assessment_id = assessments.id) AS has_reassessment"}
	// Read under the assessment's lock (a save), the head of its audit chain comes along, so
	// the save's audit event need not read it again.
	chain := model.AssessmentChain(id)
	head := s.holdsChain(chain)
	if head {
		cols = append(cols, assessmentHeadColumn)
	}
	if read.answers {
		cols = append(cols, answersJSONColumn)
	}
	q := s.q(ctx).Model(&model.Assessment{})
	if read.vendorName {
		cols = append(cols, "vendors.name AS vendor_name")
		q = q.Joins("LEFT JOIN vendors ON vendors.id = assessments.vendor_id")
	} else {
		q = q.Joins("Vendor")
	}
	err := q.Select(cols).Where("assessments.id = ?", id).Take(&row).Error
	if err == nil && row.VendorName != nil {
		row.Assessment.Vendor = &model.Vendor{ID: row.Assessment.VendorID, Name: *row.VendorName}
	}
	if err == nil && head {
		var h ChainHead
		if h, err = parseAuditHead(row.AuditHead); err != nil {
			return row.Assessment, Holdings{}, nil, err
		}
		s.heads[chain] = h
	}
	has := Holdings{Files: row.HasFiles, Notes: row.HasNotes, Reassessment: row.HasReassessment}
	if err != nil || !read.answers {
		return row.Assessment, has, nil, wrap(err, "assessment holdings")
	}
	answers, err := answersFromJSON(row.AnswersJSON)
	return row.Assessment, has, answers, err
}

// answersJSONColumn reads an assessment's answers in a query on assessments (PostgreSQL), as
// answers_json: a JSON array of objects with the columns of answers, in id order, or NULL.
const answersJSONColumn = `(SELECT json_agg(json_build_object('id', id, 'question_id', question_id, 'value', value,
    'version', version, 'updated_by', updated_by, 'updated_at', updated_at) ORDER BY id)
    FROM answers WHERE answers.assessment_id = assessments.id) AS answers_json`

// answersFromJSON decodes the answers answersJSONColumn read, keyed by question id.
func answersFromJSON(b *string) (map[string]model.Answer, error) {
	var rows []struct {
		ID         uint      `json:"id"`
		QuestionID string    `json:"question_id"`
		Value      string    `json:"value"`
		Version    int       `json:"version"`
		UpdatedBy  string    `json:"updated_by"`
		UpdatedAt  time.Time `json:"updated_at"`
	}
	if b != nil {
		if err := json.Unmarshal([]byte(*b), &rows); err != nil {
			return nil, fmt.Errorf("store: assessment answers: %w", err)
		}
	}
	answers := make(map[string]model.Answer, len(rows))
	for _, r := range rows {
		// In the local zone, as the driver gives the column read alone.
		answers[r.QuestionID] = model.Answer{ID: r.ID, QuestionID: r.QuestionID, Value: r.Value, Version: r.Version,
			UpdatedBy: r.UpdatedBy, UpdatedAt: r.UpdatedAt.Local()}
	}
	return answers, nil
}

// VendorAssessments lists a vendor's assessments, newest first.
func (s *Store) VendorAssessments(ctx context.Context, vendorID uint) ([]model.Assessment, error) {
	return all[model.Assessment](s.q(ctx), "vendor assessments", "vendor_id", vendorID, "id DESC")
}

// changeAssessment writes cols to the assessment if its status is one of from (whatever its
// status when from is empty). It reports whether the assessment changed, and returns none
// when it did not.
func (s *Store) changeAssessment(ctx context.Context, op string, id uint, from []string, cols map[string]any, none error) (bool, error) {
	if err := s.lockFor(ctx, id, op); err != nil {
		return false, err
	}
	q := s.q(ctx).Model(&model.Assessment{}).Where("id = ?", id)
	if len(from) > 0 {
		q = q.Where("status IN ?", from)
	}
	changed, err := claimed(q.Updates(cols), op)
	if err == nil && !changed {
		err = none
	}
	return changed, err
}

// SetAssessmentStatus moves an assessment to status if it is currently in one of from.
func (s *Store) SetAssessmentStatus(ctx context.Context, id uint, status string, from ...string) error {
	_, err := s.changeAssessment(ctx, "set assessment status", id, from, map[string]any{"status": status, "updated_at": s.now().UTC()}, model.ErrConflict)
	return err
}

// MarkSubmitted freezes an assessment as submitted by who, unless it was already submitted.
func (s *Store) MarkSubmitted(ctx context.Context, id uint, who string, at time.Time) error {
	_, err := s.changeAssessment(ctx, "mark submitted", id, portfolio.OpenStatuses,
		map[string]any{"status": model.StatusSubmitted, "submitted_at": at, "submitted_by": who, "updated_at": at}, model.ErrConflict)
	return err
}

// Invitations lists an assessment's invitations.
func (s *Store) Invitations(ctx context.Context, assessmentID uint) ([]model.Invitation, error) {
	var invs []model.Invitation
	err := s.q(ctx).Where("assessment_id = ?", assessmentID).Order("id").Find(&invs).Error
	return invs, wrap(err, "invitations")
}

// Invitation returns the invitation with id within the assessment.
func (s *Store) Invitation(ctx context.Context, assessmentID, id uint) (model.Invitation, error) {
	return owned[model.Invitation](s.q(ctx), "invitation", "assessment_id", assessmentID, id)
}

// TokenLookup is what a vendor's request starts from: the invitation a token hashes to, whatever
// its state, the status of its assessment, and the counter of failed token lookups from the
// caller's address.
type TokenLookup struct {
	Invitation model.Invitation
	// Found is false when the token matches no invitation; Guesses is read all the same.
	Found            bool
	AssessmentStatus string
	// Guesses is zero when the address never failed.
	Guesses model.Throttle
}

// InvitationByTokenHash looks up the invitation whose token hashes to hash and the throttle
// counter under guessKey. Every vendor request starts here, so one query answers all three
// rather than a read of the counter, of the invitation and of the whole assessment; the
// counter comes back whether or not the token matched, so a blocked address is refused the
// same way for a right guess and a wrong one.
func (s *Store) InvitationByTokenHash(ctx context.Context, hash, guessKey string) (TokenLookup, error) {
	var row struct {
		model.Invitation
		AssessmentStatus *string
		GuessWindowStart *time.Time
		GuessCount       *int
	}
	err := s.prepared().WithContext(ctx).Raw(`SELECT invitations.*, assessments.status AS assessment_status,
    throttles.window_start AS guess_window_start, throttles.count AS guess_count
FROM (SELECT 1 AS one) AS one
LEFT JOIN throttles ON throttles.key = ?
LEFT JOIN invitations ON invitations.token_hash = ?
LEFT JOIN assessments ON assessments.id = invitations.assessment_id`, guessKey, hash).Scan(&row).Error
	if err != nil {
		return TokenLookup{}, wrap(err, "invitation by token")
	}
	l := TokenLookup{Invitation: row.Invitation, Found: row.AssessmentStatus != nil}
	if l.Found {
		l.AssessmentStatus = *row.AssessmentStatus
	}
	if row.GuessCount != nil && row.GuessWindowStart != nil {
		l.Guesses = model.Throttle{Key: guessKey, WindowStart: *row.GuessWindowStart, Count: *row.GuessCount}
	}
	return l, nil
}

// RotateInvitation gives an invitation a new token hash and expiry and lifts a revocation. The
// old link stops working at once, and so do sessions opened with it: a link is usually
// replaced because it went somewhere it should not have.
func (s *Store) RotateInvitation(ctx context.Context, id uint, hash, sealed string, expires time.Time) error {
	return s.q(ctx).Transaction(func(tx *gorm.DB) error {
		err := tx.Model(&model.Invitation{}).Where("id = ?", id).
			Updates(map[string]any{"token_hash": hash, "token_sealed": sealed, "expires_at": expires, "revoked_at": nil}).Error
		if err != nil {
			return wrap(err, "rotate invitation")
		}
		return wrap(tx.Where("invitation_id = ?", id).Delete(&model.Session{}).Error, "end invitation sessions")
	})
}

// ExtendInvitation moves a live invitation's expiry to expires, keeping its token: a follow-up
// lengthens the life of the link the recipient already has.
func (s *Store) ExtendInvitation(ctx context.Context, id uint, expires time.Time) error {
	err := s.q(ctx).Model(&model.Invitation{}).Where("id = ? AND revoked_at IS NULL AND expires_at < ?", id, expires).
		Update("expires_at", expires).Error
	return wrap(err, "extend invitation")
}

// RevokeInvitation stops an invitation's link from working and ends sessions opened with it.
func (s *Store) RevokeInvitation(ctx context.Context, id uint, at time.Time) error {
	return s.q(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Model(&model.Invitation{}).Where("id = ?", id).Update("revoked_at", at).Error; err != nil {
			return wrap(err, "revoke invitation")
		}
		return wrap(tx.Where("invitation_id = ?", id).Delete(&model.Session{}).Error, "end invitation sessions")
	})
}

// TouchInvitation records that a link was used.
func (s *Store) TouchInvitation(ctx context.Context, id uint, at time.Time) error {
	return wrap(s.q(ctx).Model(&model.Invitation{}).Where("id = ?", id).Update("last_used_at", at).Error, "touch invitation")
}

// Answers returns an assessment's answers keyed by question id.
func (s *Store) Answers(ctx context.Context, assessmentID uint) (map[string]model.Answer, error) {
	return byQuestion(s.q(ctx), "answers", assessmentID, func(a model.Answer) string { return a.QuestionID })
}

// SaveAnswer writes one answer. With expectedVersion ≥ 0 the write happens only if the stored
// version still equals it (0: no answer stored yet); otherwise ErrConflict. A negative
// expectedVersion writes whatever is stored (API clients that do not track versions).
func (s *Store) SaveAnswer(ctx context.Context, a *model.Answer, expectedVersion int) error {
	cur, err := s.AnswerVersion(ctx, a.AssessmentID, a.QuestionID)
	if err != nil {
		return err
	}
	if expectedVersion >= 0 && cur != expectedVersion {
		return model.ErrConflict
	}
	return s.SaveAnswerOver(ctx, a, cur)
}

// SaveAnswerOver writes one answer over version from of the stored one, which the caller has
// read (0: none stored yet): one conditional UPDATE, or an INSERT, so an answer changed or
// added since is ErrConflict and never overwritten. On success a carries its id and version.
func (s *Store) SaveAnswerOver(ctx context.Context, a *model.Answer, from int) error {
	if err := s.lockFor(ctx, a.AssessmentID, "save answer"); err != nil {
		return err
	}
	if from == 0 {
		a.Version = 1
		if err := s.q(ctx).Create(a).Error; err != nil {
			if IsDuplicate(err) {
				return model.ErrConflict
			}
			return wrap(err, "create answer")
		}
		return nil
	}
	var saved []model.Answer
	res := s.q(ctx).Model(&saved).Clauses(clause.Returning{Columns: []clause.Column{{Name: "id"}}}).
		Where("assessment_id = ? AND question_id = ? AND version = ?", a.AssessmentID, a.QuestionID, from).
		Updates(map[string]any{"value": a.Value, "version": from + 1, "updated_by": a.UpdatedBy, "updated_at": a.UpdatedAt})
	if err := affected(res, "update answer", model.ErrConflict); err != nil {
		return err
	}
	if len(saved) != 1 {
		return fmt.Errorf("store: update answer: %d rows returned, want 1", len(saved))
	}
	a.ID, a.Version = saved[0].ID, from+1
	return nil
}

// AnswerWrite is one answer to write over the version From of the stored one, which the
// caller read under the assessment's lock (0: none stored yet; then Answer.ID is 0, else the
// stored answer's id), and the audit event that records it on the assessment's chain.
type AnswerWrite struct {
	Answer *model.Answer
	From   int
	Event  *model.AuditEvent
}

// AnswerConflictError is the ErrConflict of an answer changed or added since the version its
// writer read: QuestionID names it, or is empty when it is one of answers written together.
type AnswerConflictError struct {
	QuestionID string
}

func (e *AnswerConflictError) Error() string {
	return fmt.Sprintf("store: answer %q changed since it was read", e.QuestionID)
}

// Is makes the error ErrConflict.
func (e *AnswerConflictError) Is(target error) bool { return target == model.ErrConflict }

// SaveAnswersAudited writes each answer over its version as SaveAnswerOver does, and appends
// its event with the answer's id as ObjectID; an answer changed or added since is an
// AnswerConflictError. On success each answer carries its id and version.
//
// With last, the transaction reads nothing after this write: in the transaction of
// LockedTx on PostgreSQL, when every answer is stored already, the answers and their events
// are then one statement that travels with the COMMIT (commitWith), and the transaction's
// error is the conflict when an answer changed.
func (s *Store) SaveAnswersAudited(ctx context.Context, ws []AnswerWrite, last bool) error {
	if last {
		if queued, err := s.saveAnswersAtCommit(ctx, ws); queued || err != nil {
			return err
		}
	}
	for _, w := range ws {
		if err := s.SaveAnswerOver(ctx, w.Answer, w.From); err != nil {
			if errors.Is(err, model.ErrConflict) {
				return &AnswerConflictError{QuestionID: w.Answer.QuestionID}
			}
			return err
		}
		w.Event.ObjectID = w.Answer.ID
		if err := s.AppendAudit(ctx, w.Event); err != nil {
			return err
		}
	}
	return nil
}

// saveAnswersAtCommit queues ws as one statement to travel with the COMMIT, when it can: it
// reports false, having done nothing, outside LockedTx's transaction on PostgreSQL or when
// an answer is not stored yet (its INSERT would give it the id its event records).
func (s *Store) saveAnswersAtCommit(ctx context.Context, ws []AnswerWrite) (bool, error) {
	if s.pinned() == nil {
		return false, nil
	}
	for _, w := range ws {
		if w.From < 1 || w.Answer.ID == 0 {
			return false, nil
		}
	}
	var (
		assessment                                             = ws[0].Answer.AssessmentID
		ids, versions, seqs, actorIDs, objectIDs               []int64
		values, updatedBy, chains, actorTypes, actorLabels     []string
		actions, objectTypes, details, ips, prevHashes, hashes []string
		updatedAt, at                                          []time.Time
	)
	for _, w := range ws {
		a, e := w.Answer, w.Event
		if a.AssessmentID != assessment {
			return false, fmt.Errorf("store: save answers: answers of assessments %d and %d together", assessment, a.AssessmentID)
		}
		e.ObjectID = a.ID
		head, err := s.sealAudit(ctx, e)
		if err != nil {
			return false, err
		}
		// The next event of the chain links to this one, appended in the same statement.
		s.heads[e.Chain] = head
		ids, values, versions = append(ids, int64(a.ID)), append(values, a.Value), append(versions, int64(w.From))
		updatedBy, updatedAt = append(updatedBy, a.UpdatedBy), append(updatedAt, a.UpdatedAt)
		chains, seqs, actorTypes = append(chains, e.Chain), append(seqs, e.Seq), append(actorTypes, e.ActorType)
		actorIDs, actorLabels, actions = append(actorIDs, int64(e.ActorID)), append(actorLabels, e.ActorLabel), append(actions, e.Action)
		objectTypes, objectIDs, details = append(objectTypes, e.ObjectType), append(objectIDs, int64(e.ObjectID)), append(details, e.Detail)
		ips, at, prevHashes, hashes = append(ips, e.IP), append(at, e.At), append(prevHashes, e.PrevHash), append(hashes, e.Hash)
	}
	conflict := &AnswerConflictError{}
	if len(ws) == 1 {
		conflict.QuestionID = ws[0].Answer.QuestionID
	}
	args := []any{int64(assessment), ids, values, versions, updatedBy, updatedAt, chains, seqs, actorTypes, actorIDs, actorLabels,
		actions, objectTypes, objectIDs, details, ips, at, prevHashes, hashes, int64(len(ws))}
	s.commitWith(saveAnswersAudited, args, conflict)
	for _, w := range ws {
		w.Answer.Version = w.From + 1
	}
	return true, nil
}

// saveAnswersAudited writes answers over the versions read and appends their audit events,
// sealed already, in one statement; when an answer is not at its version any more, it divides
// by zero, which fails the statement and rolls its transaction back (see commitWith).
const saveAnswersAudited = `WITH u AS (
    UPDATE answers AS a SET value = w.value, version = w.version + 1, updated_by = w.updated_by, updated_at = w.updated_at
    FROM unnest($2::bigint[], $3::text[], $4::integer[], $5::text[], $6::timestamptz[]) AS w (id, value, version, updated_by, updated_at)
    WHERE a.id = w.id AND a.assessment_id = $1 AND a.version = w.version
    RETURNING a.id
)
INSERT INTO audit_events (chain, seq, actor_type, actor_id, actor_label, action, object_type, object_id, detail, ip, at, prev_hash, hash)
SELECT * FROM unnest($7::text[], $8::bigint[], $9::text[], $10::bigint[], $11::text[], $12::text[], $13::text[], $14::bigint[],
    $15::text[], $16::text[], $17::timestamptz[], $18::text[], $19::text[])
WHERE 1 / (CASE WHEN (SELECT count(*) FROM u) = $20::bigint THEN 1 ELSE 0 END) = 1`

// AnswerVersion is the stored version of an answer, 0 when none is stored.
func (s *Store) AnswerVersion(ctx context.Context, assessmentID uint, questionID string) (int, error) {
	var vs []int
	err := s.q(ctx).Model(&model.Answer{}).Where("assessment_id = ? AND question_id = ?", assessmentID, questionID).
		Limit(1).Pluck("version", &vs).Error
	if err != nil || len(vs) == 0 {
		return 0, wrap(err, "answer version")
	}
	return vs[0], nil
}

// CreateEvidence records a stored file.
func (s *Store) CreateEvidence(ctx context.Context, e *model.Evidence) error {
	if err := s.lockFor(ctx, e.AssessmentID, "create evidence"); err != nil {
		return err
	}
	return wrap(s.q(ctx).Create(e).Error, "create evidence")
}

// EvidenceCounts counts an assessment's files and those of one of its questions. In a
// transaction it first takes the assessment's lock until the transaction ends, so that two
// uploads counted at once cannot both take the last place; SQLite runs one writer at a time.
func (s *Store) EvidenceCounts(ctx context.Context, assessmentID uint, questionID string) (question, total int64, err error) {
	if err := s.lockFor(ctx, assessmentID, "evidence counts"); err != nil {
		return 0, 0, err
	}
	var rows []struct {
		QuestionID string
		N          int64
	}
	err = s.q(ctx).Model(&model.Evidence{}).Select("question_id, count(*) AS n").Where("assessment_id = ?", assessmentID).
		Group("question_id").Scan(&rows).Error
	for _, r := range rows {
		total += r.N
		if r.QuestionID == questionID {
			question = r.N
		}
	}
	return question, total, wrap(err, "evidence counts")
}

// Evidence returns the file with id within the assessment.
func (s *Store) Evidence(ctx context.Context, assessmentID, id uint) (model.Evidence, error) {
	return owned[model.Evidence](s.q(ctx), "evidence", "assessment_id", assessmentID, id)
}

// EvidenceList lists an assessment's files in upload order.
func (s *Store) EvidenceList(ctx context.Context, assessmentID uint) ([]model.Evidence, error) {
	return all[model.Evidence](s.q(ctx), "evidence list", "assessment_id", assessmentID, "id")
}

// DeleteEvidence removes the record of a file within the assessment.
func (s *Store) DeleteEvidence(ctx context.Context, assessmentID, id uint) error {
	if err := s.lockFor(ctx, assessmentID, "delete evidence"); err != nil {
		return err
	}
	res := s.q(ctx).Where("id = ? AND assessment_id = ?", id, assessmentID).Delete(&model.Evidence{})
	return affected(res, "delete evidence", model.ErrNotFound)
}

// CreateResult stores a score and marks the assessment scored.
func (s *Store) CreateResult(ctx context.Context, r *model.Result) error {
	if err := s.lockFor(ctx, r.AssessmentID, "create result"); err != nil {
		return err
	}
	return s.q(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(r).Error; err != nil {
			return wrap(err, "create result")
		}
		err := tx.Model(&model.Assessment{}).Where("id = ? AND status IN ?", r.AssessmentID, portfolio.CompletedStatuses).
			Updates(map[string]any{"status": model.StatusScored, "scored_at": r.ComputedAt, "updated_at": r.ComputedAt}).Error
		return wrap(err, "mark scored")
	})
}

// LatestResult returns the newest result of an assessment.
func (s *Store) LatestResult(ctx context.Context, assessmentID uint) (model.Result, error) {
	return one[model.Result](s.q(ctx).Order("id DESC"), "latest result", "assessment_id", assessmentID)
}

// SaveQuestionnaireVersion keeps a questionnaire's source under its hash, once; concurrent
// first sends of the same version both succeed.
func (s *Store) SaveQuestionnaireVersion(ctx context.Context, v *model.QuestionnaireVersion) error {
	err := s.q(ctx).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "hash"}}, DoNothing: true}).Create(v).Error
	return wrap(err, "save questionnaire version")
}

// QuestionnaireSource returns the stored source of the questionnaire version with hash.
func (s *Store) QuestionnaireSource(ctx context.Context, hash string) (model.QuestionnaireVersion, error) {
	var v model.QuestionnaireVersion
	err := s.q(ctx).Where("hash = ?", hash).First(&v).Error
	return v, wrap(err, "questionnaire source")
}

// ArchivedSource returns the questionnaire id and the file of the version with this hash: the
// store is the questionnaire registry's archive, read through a transaction when it is one.
func (s *Store) ArchivedSource(ctx context.Context, hash string) (string, []byte, error) {
	v, err := s.QuestionnaireSource(ctx, hash)
	return v.QuestionnaireID, []byte(v.Source), err
}

// SetEvidenceFacts records the outcome of reading a file within the assessment: its facts, or
// why it could not be read.
func (s *Store) SetEvidenceFacts(ctx context.Context, assessmentID, id uint, status string, facts evidence.Facts, reason string, at time.Time) error {
	if err := s.lockFor(ctx, assessmentID, "set evidence facts"); err != nil {
		return err
	}
	b, err := json.Marshal(facts)
	if err != nil {
		return fmt.Errorf("store: encode facts: %w", err)
	}
	res := s.q(ctx).Model(&model.Evidence{}).Where("id = ? AND assessment_id = ?", id, assessmentID).
		Updates(map[string]any{"status": status, "facts": string(b), "extract_error": reason, "extracted_at": at})
	return affected(res, "set evidence facts", model.ErrNotFound)
}

// SetEvidenceCorrections replaces the analysts' corrections of a file within the assessment.
func (s *Store) SetEvidenceCorrections(ctx context.Context, assessmentID, id uint, cs map[string]model.Correction) error {
	if err := s.lockFor(ctx, assessmentID, "set corrections"); err != nil {
		return err
	}
	b, err := json.Marshal(cs)
	if err != nil {
		return fmt.Errorf("store: encode corrections: %w", err)
	}
	res := s.q(ctx).Model(&model.Evidence{}).Where("id = ? AND assessment_id = ?", id, assessmentID).Update("corrections", string(b))
	return affected(res, "set corrections", model.ErrNotFound)
}

// LockAssessment serialises work on one assessment until the surrounding transaction ends
// (PostgreSQL; SQLite's single writer connection serialises already). It is the lock of the
// assessment's audit chain, so the transaction's audit events take no second one.
func (s *Store) LockAssessment(ctx context.Context, id uint) error {
	return s.lockChain(ctx, model.AssessmentChain(id), "lock assessment")
}
