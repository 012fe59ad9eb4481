package review

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"assay/app/audit"
	"assay/app/model"
	"assay/app/questionnaire"
	"assay/app/reassess"
)

// HistoryKind is one filter of an assessment's history.
type HistoryKind struct {
	ID, Title string
}

// HistoryKinds are the history's filters, in the order the page offers them.
var HistoryKinds = []HistoryKind{
	{"answers", "Answers and files"}, {"review", "Review"}, {"links", "Links and mail"}, {"findings", "Findings"}, {"other", "Other"},
}

// HistoryEntry is one event of an assessment's history told as a sentence: who did what, to
// which question by its title, from which answer to which.
type HistoryEntry struct {
	At       time.Time
	Who      string
	Kind     string
	Sentence string
	// Action is the audit event's name, shown muted for analysts who need it.
	Action string
	IP     string
}

// History tells an assessment's audit trail as sentences, oldest first, naming questions by
// their titles in def; kind, when one of HistoryKinds, keeps only that kind.
func History(tr audit.Trail, def *questionnaire.Definition, kind string) []HistoryEntry {
	h := historian{def: def, last: map[string]any{}}
	var out []HistoryEntry
	for _, e := range tr.Events {
		entry := h.tell(e)
		if kind == "" || !knownKind(kind) || entry.Kind == kind {
			out = append(out, entry)
		}
	}
	return out
}

func knownKind(kind string) bool {
	for _, k := range HistoryKinds {
		if k.ID == kind {
			return true
		}
	}
	return false
}

// historian remembers each question's last answer, so a change reads "from … to …".
type historian struct {
	def  *questionnaire.Definition
	last map[string]any
}

func (h historian) question(id any) string {
	s, _ := id.(string)
	if q, ok := h.def.Question(s); ok {
		return "“" + q.Text + "”"
	}
	return "a question no longer asked"
}

func (h historian) answer(id string, v any) string {
	q, ok := h.def.Question(id)
	if !ok || v == nil {
		return "no answer"
	}
	if t := reassess.AnswerText(q, v); t != "" {
		return "“" + t + "”"
	}
	return "no answer"
}

func who(e model.AuditEvent) string {
	switch e.ActorType {
	case audit.ActorSystem:
		return "Assay"
	case audit.ActorInvitation:
		return "Vendor contact " + e.ActorLabel
	}
	return e.ActorLabel
}

func (h historian) tell(e model.AuditEvent) HistoryEntry {
	var d map[string]any
	_ = json.Unmarshal([]byte(e.Detail), &d)
	str := func(k string) string { s, _ := d[k].(string); return s }
	qid := str("question_id")
	out := HistoryEntry{At: e.At, Who: who(e), Action: e.Action, IP: e.IP, Kind: "other"}
	say := func(kind, format string, args ...any) HistoryEntry {
		out.Kind, out.Sentence = kind, fmt.Sprintf(format, args...)
		return out
	}
	switch e.Action {
	case "answer.save":
		v := d["value"]
		prev, had := h.last[qid]
		h.last[qid] = v
		if had {
			return say("answers", "changed the answer to %s from %s to %s", h.question(qid), h.answer(qid, prev), h.answer(qid, v))
		}
		return say("answers", "answered %s: %s", h.question(qid), h.answer(qid, v))
	case "answer.note":
		switch {
		case d["not_applicable"] == true:
			return say("answers", "marked %s not applicable: %s", h.question(qid), str("comment"))
		case str("comment") != "":
			return say("answers", "commented on %s: %s", h.question(qid), str("comment"))
		}
		return say("answers", "removed the comment on %s", h.question(qid))
	case "evidence.upload":
		return say("answers", "uploaded %s for %s", str("filename"), h.question(qid))
	case "evidence.remove":
		return say("answers", "removed %s from %s", str("filename"), h.question(qid))
	case "assessment.submit":
		return say("answers", "submitted the answers")
	case "assessment.carry_over":
		n := 0
		if c, ok := d["carried"].([]any); ok {
			n = len(c)
		}
		return say("answers", "filled in %d answers from the previous assessment", n)
	case "review.accept":
		return say("review", "accepted the answer to %s", h.question(qid))
	case "review.clarify":
		return say("review", "asked for clarification on %s: %s", h.question(qid), str("message"))
	case "review.vendor_reply":
		files := ""
		if fs, ok := d["files"].([]any); ok && len(fs) > 0 {
			files = fmt.Sprintf(" (with %d file%s)", len(fs), plural(len(fs)))
		}
		return say("review", "replied on %s%s: %s", h.question(qid), files, str("message"))
	case "assessment.return":
		return say("review", "returned the assessment to the vendor, due %s", str("due_on"))
	case "assessment.score":
		return say("review", "scored the answers: %v / 100, %s risk", d["score"], strings.ToLower(str("rating")))
	case "rating.override":
		return say("review", "set the analyst's rating to %s (computed: %s): %s", str("rating"), str("computed_rating"), str("justification"))
	case "rating.override_clear":
		return say("review", "removed the analyst's rating %s: %s", str("rating"), str("reason"))
	case "evidence.correct":
		return say("review", "corrected a fact read from a file")
	case "assessment.send":
		return say("links", "sent the questionnaire")
	case "invitation.open":
		return say("links", "opened the questionnaire with their link")
	case "invitation.notify":
		return say("links", "mailed %s their link (%s)", str("email"), str("reason"))
	case "invitation.resend":
		return say("links", "sent %s a new link; the one before stopped", str("email"))
	case "invitation.revoke":
		return say("links", "revoked the link of %s", str("email"))
	case "invitation.link_shown":
		return say("links", "was shown the link of %s to hand over", str("email"))
	case "assessment.remind":
		return say("links", "sent a reminder")
	case "assessment.cancel":
		return say("other", "withdrew the questionnaire: %s", str("reason"))
	}
	if verb, ok := findingVerbs[e.Action]; ok {
		title := h.def.FlagTitle(str("flag"))
		if title == "" {
			return say("findings", "%s a finding", verb)
		}
		return say("findings", "%s the finding “%s”", verb, title)
	}
	return say("other", "%s", strings.ReplaceAll(strings.ReplaceAll(e.Action, ".", ": "), "_", " "))
}

// findingVerbs say what happened to a finding, by audit action.
var findingVerbs = map[string]string{
	"finding.create": "opened", "finding.share": "shared with the vendor", "finding.respond": "responded to",
	"finding.update": "updated", "finding.close": "closed", "finding.auto_close": "closed, as the rescore no longer raises it,",
	"finding.accept_risk": "accepted the risk of", "finding.reopen": "reopened",
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
