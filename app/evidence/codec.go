package evidence

import (
	"encoding/json"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// field is one fact key and how to reach, read, decode and correct its
// typed value. Every conversion between the flat shape and the structs goes
// through the table of fields, so a key is spelled and typed in one place.
type field struct {
	key  string
	kind kind
	// get returns the value as Values shows it, and whether it is known.
	get func(*Facts) (any, bool)
	// present reports whether f is of the kind that has the fact.
	present func(*Facts) bool
	// quote returns the fact's quote; setQuote reports false when f has no
	// such fact.
	quote    func(*Facts) string
	setQuote func(*Facts, string) bool
	// doubt returns the fact's doubt, readings as Values shows values;
	// setDoubt reports false when f has no such fact, the fact is known, or
	// a reading does not fit the fact's type.
	doubt    func(*Facts) (Doubt, bool)
	setDoubt func(*Facts, string, []any) bool
	// decode sets the fact from a value as JSON decoding or Values gives it;
	// it reports false when the value does not fit the fact's type.
	decode func(*Facts, any) bool
	// correct sets the fact from an analyst's value, typed-in text or one
	// stored earlier; it returns why the value does not fit, or "".
	correct func(*Facts, any) string
	// check reads an analyst's value as correct does, for a file of another
	// kind, and returns it as Values would show it.
	check func(any) (any, string)
	unset func(*Facts)
}

// codec converts one Go type of fact value.
type codec[T any] struct {
	decode func(any) (T, bool)
	parse  func(string) (T, bool)
	encode func(T) any
	// wrong tells an analyst what to enter instead.
	wrong string
}

// fact builds the field of key, whose value at returns from f (nil when f
// is of another kind).
func fact[T any](key string, k kind, c codec[T], at func(*Facts) *Fact[T]) field {
	// read takes typed-in text as the analyst meant it, and anything else
	// as decoding would.
	read := func(v any) (T, string) {
		x, ok := c.decode(v)
		if s, text := v.(string); text {
			x, ok = c.parse(strings.TrimSpace(s))
		}
		if !ok {
			return x, c.wrong
		}
		return x, ""
	}
	return field{
		key:  key,
		kind: k,
		get: func(f *Facts) (any, bool) {
			if p := at(f); p != nil && p.Known && !p.Doubtful() {
				return c.encode(p.Value), true
			}
			return nil, false
		},
		present: func(f *Facts) bool { return at(f) != nil },
		quote: func(f *Facts) string {
			if p := at(f); p != nil {
				return p.Quote
			}
			return ""
		},
		setQuote: func(f *Facts, q string) bool {
			p := at(f)
			if p == nil {
				return false
			}
			p.Quote = q
			return true
		},
		doubt: func(f *Facts) (Doubt, bool) {
			p := at(f)
			if p == nil || !p.Doubtful() {
				return Doubt{}, false
			}
			d := Doubt{Reason: p.Doubt, Readings: make([]any, len(p.Readings))}
			for i, r := range p.Readings {
				d.Readings[i] = c.encode(r)
			}
			return d, true
		},
		setDoubt: func(f *Facts, reason string, readings []any) bool {
			p := at(f)
			if p == nil || p.Known || reason == "" {
				return false
			}
			typed := make([]T, len(readings))
			for i, r := range readings {
				x, ok := c.decode(r)
				if !ok {
					return false
				}
				typed[i] = x
			}
			p.Doubt, p.Readings = reason, typed
			return true
		},
		decode: func(f *Facts, v any) bool {
			p := at(f)
			if p == nil {
				return false
			}
			x, ok := c.decode(v)
			if ok && !p.Doubtful() {
				p.Value, p.Known = x, true
			}
			return ok && !p.Doubtful()
		},
		correct: func(f *Facts, v any) string {
			x, msg := read(v)
			if msg == "" {
				// An analyst's value settles a doubt the reader had.
				*at(f) = Fact[T]{Value: x, Known: true, Quote: at(f).Quote}
			}
			return msg
		},
		check: func(v any) (any, string) {
			x, msg := read(v)
			return c.encode(x), msg
		},
		unset: func(f *Facts) {
			if p := at(f); p != nil {
				*p = Fact[T]{Quote: p.Quote}
			}
		},
	}
}

var (
	countCodec = codec[int]{
		decode: func(v any) (int, bool) {
			switch n := v.(type) {
			case int:
				return n, true
			case float64:
				if n == math.Trunc(n) && math.Abs(n) < 1<<53 {
					return int(n), true
				}
			}
			return 0, false
		},
		parse: func(s string) (int, bool) {
			n, err := strconv.Atoi(s)
			return n, err == nil
		},
		encode: func(n int) any { return float64(n) },
		wrong:  "Enter a whole number.",
	}
	numberCodec = codec[float64]{
		decode: func(v any) (float64, bool) {
			switch n := v.(type) {
			case float64:
				return n, true
			case int:
				return float64(n), true
			}
			return 0, false
		},
		parse: func(s string) (float64, bool) {
			n, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(s, "%")), 64)
			return n, err == nil && !math.IsInf(n, 0) && !math.IsNaN(n)
		},
		encode: func(n float64) any { return n },
		wrong:  "Enter a number.",
	}
	textCodec = codec[string]{
		decode: func(v any) (string, bool) {
			s, ok := v.(string)
			return s, ok
		},
		parse:  func(s string) (string, bool) { return s, s != "" },
		encode: func(s string) any { return s },
		wrong:  "Enter some text.",
	}
	dateCodec = codec[Date]{
		decode: func(v any) (Date, bool) {
			s, ok := v.(string)
			return Date(s), ok
		},
		parse:  parseDate,
		encode: func(d Date) any { return string(d) },
		wrong:  "Enter the date as YYYY-MM-DD.",
	}
	boolCodec = codec[bool]{
		decode: func(v any) (bool, bool) {
			b, ok := v.(bool)
			return b, ok
		},
		parse: func(s string) (bool, bool) {
			switch strings.ToLower(s) {
			case "yes", "true":
				return true, true
			case "no", "false":
				return false, true
			}
			return false, false
		},
		encode: func(b bool) any { return b },
		wrong:  "Enter yes or no.",
	}
	listCodec = codec[[]string]{
		decode: decodeList[string],
		parse: func(s string) ([]string, bool) {
			out := splitList(s)
			return out, len(out) > 0
		},
		encode: func(l []string) any { return append([]string{}, l...) },
		wrong:  "Enter the items separated by semicolons.",
	}
	dateListCodec = codec[[]Date]{
		decode: decodeList[Date],
		parse: func(s string) ([]Date, bool) {
			var out []Date
			for _, item := range splitList(s) {
				d, ok := parseDate(item)
				if !ok {
					return nil, false
				}
				out = append(out, d)
			}
			return out, len(out) > 0
		},
		encode: func(l []Date) any {
			out := make([]string, len(l))
			for i, d := range l {
				out[i] = string(d)
			}
			return out
		},
		wrong: "Enter the dates as YYYY-MM-DD, separated by semicolons.",
	}
)

// editionCodec also takes a year written as a number, as some exports give it.
var editionCodec = func() codec[string] {
	c := textCodec
	c.decode = func(v any) (string, bool) {
		if n, ok := v.(float64); ok && n == math.Trunc(n) && n > 0 && n < 10000 {
			return strconv.Itoa(int(n)), true
		}
		return textCodec.decode(v)
	}
	return c
}()

func parseDate(s string) (Date, bool) {
	_, err := time.Parse(time.DateOnly, s)
	return Date(s), err == nil
}

// decodeList reads a list of strings as JSON decoding ([]any) or Values
// ([]string) gives it; an empty list stays a list, not an absent one.
func decodeList[S ~string](v any) ([]S, bool) {
	switch l := v.(type) {
	case []string:
		out := make([]S, len(l))
		for i, s := range l {
			out[i] = S(s)
		}
		return out, true
	case []any:
		out := make([]S, len(l))
		for i, x := range l {
			s, ok := x.(string)
			if !ok {
				return nil, false
			}
			out[i] = S(s)
		}
		return out, true
	}
	return nil, false
}

// splitList splits a typed-in list on semicolons, as site addresses and
// attendees with roles hold commas.
func splitList(s string) []string {
	var out []string
	for _, item := range strings.Split(s, ";") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

func certificate(f *Facts) *Certificate             { return f.Certificate }
func training(f *Facts) *TrainingReport             { return f.Training }
func minutes(f *Facts) *Minutes                     { return f.Minutes }
func acknowledgements(f *Facts) *AcknowledgementLog { return f.Acknowledgements }

// in reaches a fact of the struct kindOf returns, or nil when f is of
// another kind.
func in[K, T any](kindOf func(*Facts) *K, at func(*K) *Fact[T]) func(*Facts) *Fact[T] {
	return func(f *Facts) *Fact[T] {
		if k := kindOf(f); k != nil {
			return at(k)
		}
		return nil
	}
}

// fields lists every fact key but the topics, which are a map of facts.
var fields = []field{
	fact(KeyPages, kindCommon, countCodec, func(f *Facts) *Fact[int] { return &f.Pages }),
	fact(KeyWords, kindCommon, countCodec, func(f *Facts) *Fact[int] { return &f.Words }),

	fact(KeyPeople, kindRoster, countCodec, in((*Facts).roster, func(r *Roster) *Fact[int] { return &r.People })),
	fact(KeyRows, kindRoster, countCodec, in((*Facts).roster, func(r *Roster) *Fact[int] { return &r.Rows })),
	fact(KeyContractorsIncluded, kindRoster, boolCodec, in((*Facts).roster, func(r *Roster) *Fact[bool] { return &r.ContractorsIncluded })),

	fact(KeyCertificateNumber, kindCertificate, textCodec, in(certificate, func(c *Certificate) *Fact[string] { return &c.Number })),
	fact(KeyCertificationBody, kindCertificate, textCodec, in(certificate, func(c *Certificate) *Fact[string] { return &c.CertificationBody })),
	fact(KeyAccreditationBody, kindCertificate, textCodec, in(certificate, func(c *Certificate) *Fact[string] { return &c.AccreditationBody })),
	fact(KeyEdition, kindCertificate, editionCodec, in(certificate, func(c *Certificate) *Fact[string] { return &c.Edition })),
	fact(KeyIssuedOn, kindCertificate, dateCodec, in(certificate, func(c *Certificate) *Fact[Date] { return &c.IssuedOn })),
	fact(KeyExpiresOn, kindCertificate, dateCodec, in(certificate, func(c *Certificate) *Fact[Date] { return &c.ExpiresOn })),
	fact(KeyScope, kindCertificate, textCodec, in(certificate, func(c *Certificate) *Fact[string] { return &c.Scope })),
	fact(KeySites, kindCertificate, listCodec, in(certificate, func(c *Certificate) *Fact[[]string] { return &c.Sites })),

	fact(KeyCompleted, kindTraining, countCodec, in(training, func(t *TrainingReport) *Fact[int] { return &t.Completed })),
	fact(KeyCompletionRate, kindTraining, numberCodec, in(training, func(t *TrainingReport) *Fact[float64] { return &t.CompletionRate })),
	fact(KeyNewestCompletion, kindTraining, dateCodec, in(training, func(t *TrainingReport) *Fact[Date] { return &t.NewestCompletion })),
	fact(KeyOldestCompletion, kindTraining, dateCodec, in(training, func(t *TrainingReport) *Fact[Date] { return &t.OldestCompletion })),

	fact(KeyMeetingDate, kindMinutes, dateCodec, in(minutes, func(m *Minutes) *Fact[Date] { return &m.MeetingDate })),
	fact(KeyActionItemsHaveOwners, kindMinutes, boolCodec, in(minutes, func(m *Minutes) *Fact[bool] { return &m.ActionItemsHaveOwners })),
	fact(KeyAttendees, kindMinutes, listCodec, in(minutes, func(m *Minutes) *Fact[[]string] { return &m.Attendees })),

	fact(KeySignatures, kindAcknowledgements, countCodec, in(acknowledgements, func(a *AcknowledgementLog) *Fact[int] { return &a.Signatures })),
	fact(KeyNewestSignature, kindAcknowledgements, dateCodec, in(acknowledgements, func(a *AcknowledgementLog) *Fact[Date] { return &a.NewestSignature })),
	fact(KeyOldestSignature, kindAcknowledgements, dateCodec, in(acknowledgements, func(a *AcknowledgementLog) *Fact[Date] { return &a.OldestSignature })),
	fact(KeySignatureDates, kindAcknowledgements, dateListCodec, in(acknowledgements, func(a *AcknowledgementLog) *Fact[[]Date] { return &a.SignatureDates })),
	fact(KeySignedLast365DaysShare, kindAcknowledgements, numberCodec, in(acknowledgements, func(a *AcknowledgementLog) *Fact[float64] { return &a.SignedLast365DaysShare })),
}

var fieldsByKey = func() map[string]field {
	m := make(map[string]field, len(fields))
	for _, fd := range fields {
		m[fd.key] = fd
	}
	return m
}()

// Values returns the facts in their flat shape: one key per known fact,
// numbers as float64, dates as strings, lists as []string, the topics as
// map[string]bool, analysts' coverage confirmations under KeyCoverage +
// service, the quotes under KeyQuotes and, when some fact is doubtful, the
// doubts under KeyDoubts (fact key to {"reason", "readings"}); a doubtful
// fact has no key of its own, so rules see it as unknown. It is what
// red-flag rules see as facts.<question_id>.<key>, and what MarshalJSON
// writes.
func (f Facts) Values() map[string]any {
	m := byFact(func(fd field) (any, bool) { return fd.get(&f) })
	if f.Minutes != nil && f.Minutes.Topics != nil {
		topics := make(map[string]bool, len(f.Minutes.Topics))
		for t, v := range f.Minutes.Topics {
			// A doubtful topic has its doubt and no value, as other facts.
			if !v.Doubtful() {
				topics[t] = v.Value
			}
		}
		m[KeyTopics] = topics
	}
	if f.Certificate != nil {
		for service, verdict := range f.Certificate.Coverage {
			m[KeyCoverage+service] = verdict
		}
	}
	if q := f.Quotes(); len(q) > 0 {
		m[KeyQuotes] = q
	}
	if d := f.doubtValues(); len(d) > 0 {
		m[KeyDoubts] = d
	}
	for k, v := range f.other {
		m[k] = v
	}
	return m
}

// Quotes returns the source text of each fact that has one, by fact key;
// a topic's is under KeyTopics + "." + topic.
func (f Facts) Quotes() map[string]string {
	q := byFact(func(fd field) (string, bool) {
		s := fd.quote(&f)
		return s, s != ""
	})
	if f.Minutes != nil {
		for t, v := range f.Minutes.Topics {
			if v.Quote != "" {
				q[KeyTopics+"."+t] = v.Quote
			}
		}
	}
	for k, s := range f.otherQuotes {
		q[k] = s
	}
	return q
}

// Doubts returns, by fact key, each fact the file states without settling
// it, with the reason and the values it could mean.
func (f Facts) Doubts() map[string]Doubt {
	d := byFact(func(fd field) (Doubt, bool) { return fd.doubt(&f) })
	if f.Minutes != nil {
		for t, v := range f.Minutes.Topics {
			if v.Doubtful() {
				readings := make([]any, len(v.Readings))
				for i, r := range v.Readings {
					readings[i] = r
				}
				d[KeyTopics+"."+t] = Doubt{Reason: v.Doubt, Readings: readings}
			}
		}
	}
	return d
}

// byFact gives, by fact key, what read finds of each fact, leaving out the facts it finds
// nothing of.
func byFact[T any](read func(field) (T, bool)) map[string]T {
	m := map[string]T{}
	for _, fd := range fields {
		if v, ok := read(fd); ok {
			m[fd.key] = v
		}
	}
	return m
}

// doubtValues is Doubts in the flat shape JSON decoding gives back, with
// the doubts of no fact as they were decoded.
func (f Facts) doubtValues() map[string]any {
	m := map[string]any{}
	for k, d := range f.Doubts() {
		m[k] = map[string]any{"reason": d.Reason, "readings": d.Readings}
	}
	for k, v := range f.otherDoubts {
		m[k] = v
	}
	return m
}

// IsZero reports whether f holds no facts at all, as a file not read yet.
func (f Facts) IsZero() bool { return len(f.Values()) == 0 }

// MarshalJSON writes the flat shape of Values.
func (f Facts) MarshalJSON() ([]byte, error) { return json.Marshal(f.Values()) }

// UnmarshalJSON reads the flat shape; see FromValues.
func (f *Facts) UnmarshalJSON(b []byte) error {
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	*f = FromValues(m)
	return nil
}

// FromValues reads facts from their flat shape, as JSON decoding or Values
// gives it. The keys present decide the kind of evidence; a value that does
// not fit its fact, or a key no fact has, is kept as it is and given back
// by Values, so a round trip loses nothing.
func FromValues(m map[string]any) Facts {
	var f Facts
	f.ensure(kindOf(m))
	for k, v := range m {
		var ok bool
		switch {
		case k == KeyQuotes || k == KeyDoubts:
			continue
		case k == KeyTopics:
			ok = f.decodeTopics(v)
		case strings.HasPrefix(k, KeyCoverage):
			ok = f.setCoverage(strings.TrimPrefix(k, KeyCoverage), v)
		default:
			fd, known := fieldsByKey[k]
			ok = known && fd.decode(&f, v)
		}
		if !ok {
			f.keep(k, v)
		}
	}
	if d, ok := m[KeyDoubts]; ok {
		f.decodeDoubts(d)
	}
	if q, ok := m[KeyQuotes]; ok {
		f.decodeQuotes(q)
	}
	return f
}

// kindOf decides the kind of evidence from the keys that only one kind
// has, among the facts and the doubtful facts.
func kindOf(m map[string]any) kind {
	found := kindCommon
	keys := slices.Collect(maps.Keys(m))
	if d, ok := m[KeyDoubts].(map[string]any); ok {
		keys = slices.AppendSeq(keys, maps.Keys(d))
	}
	for _, k := range keys {
		var c kind
		switch fd, ok := fieldsByKey[k]; {
		case ok:
			c = fd.kind
		case k == KeyTopics:
			c = kindMinutes
		case strings.HasPrefix(k, KeyCoverage):
			c = kindCertificate
		}
		// Of two kinds (a hand-made map), the first in the order of the
		// kinds wins, whatever the order of the keys.
		if c > kindRoster && (found == kindCommon || c < found) {
			found = c
		}
	}
	return found
}

func (f *Facts) decodeTopics(v any) bool {
	if f.Minutes == nil {
		return false
	}
	topics := map[string]Fact[bool]{}
	switch m := v.(type) {
	case map[string]bool:
		for t, b := range m {
			topics[t] = Fact[bool]{Value: b, Known: true}
		}
	case map[string]any:
		for t, x := range m {
			b, ok := x.(bool)
			if !ok {
				return false
			}
			topics[t] = Fact[bool]{Value: b, Known: true}
		}
	default:
		return false
	}
	f.Minutes.Topics = topics
	return true
}

// setTopicDoubt gives a topic of the minutes the doubt x, in the shape
// doubtValues writes, unless the minutes state no topics, the topic is
// known or x does not fit it.
func (f *Facts) setTopicDoubt(topic string, x any) bool {
	d, _ := x.(map[string]any)
	reason, _ := d["reason"].(string)
	list, isList := d["readings"].([]any)
	if f.Minutes == nil || f.Minutes.Topics == nil || reason == "" || !isList || f.Minutes.Topics[topic].Known {
		return false
	}
	readings := make([]bool, len(list))
	for i, r := range list {
		b, ok := r.(bool)
		if !ok {
			return false
		}
		readings[i] = b
	}
	f.Minutes.Topics[topic] = Fact[bool]{Doubt: reason, Readings: readings}
	return true
}

func (f *Facts) setCoverage(service string, v any) bool {
	verdict, ok := v.(string)
	if !ok || f.Certificate == nil {
		return false
	}
	if f.Certificate.Coverage == nil {
		f.Certificate.Coverage = map[string]string{}
	}
	f.Certificate.Coverage[service] = verdict
	return true
}

// decodeDoubts hands each doubt to its fact; a doubt of no fact, or one
// that does not fit it, is kept aside as it was.
func (f *Facts) decodeDoubts(v any) {
	doubts, ok := v.(map[string]any)
	if !ok {
		f.keep(KeyDoubts, v)
		return
	}
	for k, x := range doubts {
		if fd, known := fieldsByKey[k]; known {
			d, _ := x.(map[string]any)
			reason, _ := d["reason"].(string)
			readings, isList := d["readings"].([]any)
			if isList && fd.setDoubt(f, reason, readings) {
				continue
			}
		}
		if topic, ok := strings.CutPrefix(k, KeyTopics+"."); ok && f.setTopicDoubt(topic, x) {
			continue
		}
		if f.otherDoubts == nil {
			f.otherDoubts = map[string]any{}
		}
		f.otherDoubts[k] = x
	}
}

// decodeQuotes hands each quote to its fact; quotes of no fact, and empty
// ones, are kept aside so that they are written back as they were.
func (f *Facts) decodeQuotes(v any) {
	quotes := map[string]string{}
	switch q := v.(type) {
	case map[string]string:
		quotes = q
	case map[string]any:
		for k, x := range q {
			s, ok := x.(string)
			if !ok {
				f.keep(KeyQuotes, v)
				return
			}
			quotes[k] = s
		}
	default:
		f.keep(KeyQuotes, v)
		return
	}
	for k, s := range quotes {
		if s != "" && f.setQuote(k, s) {
			continue
		}
		if f.otherQuotes == nil {
			f.otherQuotes = map[string]string{}
		}
		f.otherQuotes[k] = s
	}
}

func (f *Facts) setQuote(key, s string) bool {
	if topic, ok := strings.CutPrefix(key, KeyTopics+"."); ok && f.Minutes != nil {
		t, known := f.Minutes.Topics[topic]
		if known {
			t.Quote = s
			f.Minutes.Topics[topic] = t
		}
		return known
	}
	fd, ok := fieldsByKey[key]
	return ok && fd.setQuote(f, s)
}

// keep stores a value that fits no typed fact.
func (f *Facts) keep(key string, v any) {
	if f.other == nil {
		f.other = map[string]any{}
	}
	f.other[key] = v
}

// CorrectionError says why an analyst's correction does not fit the fact,
// in words the analyst can act on.
type CorrectionError struct {
	Fact    string
	Unknown bool // the file has no such fact
	Message string
}

func (e *CorrectionError) Error() string { return "evidence: correct " + e.Fact + ": " + e.Message }

// Correct sets the fact key to an analyst's value: text as typed in a form
// ("95", "95%", "2027-03-31", "yes", "a; b") or a value Correct returned
// before. It returns the value as Values now shows it, which is what a
// correction stores, or a *CorrectionError when key names no fact or the
// value does not fit the fact's type. A fact of another kind of evidence
// than f's (as For made it) is checked all the same and kept untyped, as
// analysts may enter what a file uploaded under the wrong question says. A
// confirmation of a service's coverage (KeyCoverage + service) takes
// covered or uncovered.
func (f *Facts) Correct(key string, v any) (any, error) {
	bad := func(unknown bool, msg string) error {
		return &CorrectionError{Fact: key, Unknown: unknown, Message: msg}
	}
	if service, ok := strings.CutPrefix(key, KeyCoverage); ok {
		switch {
		case service == "":
			return nil, bad(true, "Name the service after coverage:.")
		case v != "covered" && v != "uncovered":
			return nil, bad(false, "Choose covered or uncovered.")
		case !f.setCoverage(service, v):
			f.keep(key, v)
		}
		return v, nil
	}
	fd, ok := fieldsByKey[key]
	switch {
	case key == KeyTopics || strings.HasPrefix(key, KeyTopics+"."):
		return nil, bad(true, "The topics of minutes cannot be corrected.")
	case !ok:
		return nil, bad(true, "There is no such fact.")
	case !fd.present(f):
		got, msg := fd.check(v)
		if msg != "" {
			return nil, bad(false, msg)
		}
		f.keep(key, got)
		return got, nil
	}
	if msg := fd.correct(f, v); msg != "" {
		return nil, bad(false, msg)
	}
	delete(f.other, key)
	got, _ := fd.get(f)
	return got, nil
}

// Override sets the fact key to a correction stored earlier. A value that
// no longer fits (one recorded before facts were typed, for a fact the
// file's kind does not have) replaces the fact untyped, as it did then:
// typed readers see the fact as unknown and rules see the value.
func (f *Facts) Override(key string, v any) {
	if _, err := f.Correct(key, v); err == nil {
		return
	}
	if fd, ok := fieldsByKey[key]; ok && fd.present(f) {
		fd.unset(f)
	}
	f.keep(key, v)
}
