package evidence

// Question marks the known fact key as doubtful for reason, keeping its
// value as the one reading an analyst confirms with a click: a value read
// from a source the reader cannot vouch for (a poor scan) is not to be
// taken as read. It reports false, changing nothing, when f has no such
// known fact.
func (f *Facts) Question(key, reason string) bool {
	fd, ok := fieldsByKey[key]
	if !ok || reason == "" {
		return false
	}
	v, known := fd.get(f)
	if !known {
		return false
	}
	fd.unset(f)
	if !fd.setDoubt(f, reason, []any{v}) {
		fd.decode(f, v)
		return false
	}
	return true
}
