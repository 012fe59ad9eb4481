package store

import (
	"cmp"
	"context"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	sqlitedriver "github.com/glebarez/go-sqlite"
	"gorm.io/gorm"
)

// Vendor search finds a piece of a vendor's name or web address anywhere in it, in any case.
// Its candidates come from vendor_grams (migrations/*/00017_vendor_grams.sql): each
// three-character piece of a vendor's folded name and address, with the vendor under its name
// sort key. A term of three characters or more is looked up by its two rarest pieces; a
// shorter one is checked on the vendors themselves.

// gramSize is the length of the pieces vendor_grams keeps, in characters.
const gramSize = 3

func init() {
	// SQLite folds case for ASCII letters only; these fold every letter with a case, as its
	// full-text index did, for the triggers that keep vendor_grams and for the check of a
	// candidate. PostgreSQL's lower() folds them already.
	sqlitedriver.MustRegisterDeterministicScalarFunction("assay_search_fold", 1, func(_ *sqlitedriver.FunctionContext, args []driver.Value) (driver.Value, error) {
		return searchFold(sqlText(args[0])), nil
	})
	sqlitedriver.MustRegisterDeterministicScalarFunction("assay_search_grams", -1, func(_ *sqlitedriver.FunctionContext, args []driver.Value) (driver.Value, error) {
		texts := make([]string, len(args))
		for i, a := range args {
			texts[i] = sqlText(a)
		}
		b, err := json.Marshal(searchGrams(texts...))
		return string(b), err
	})
}

// sqlText is a text argument of a SQLite function; NULL is empty.
func sqlText(v driver.Value) string {
	switch t := v.(type) {
	case string:
		return t
	case []byte:
		return string(t)
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}

// searchFold folds case on SQLite: every character becomes the smallest of the characters
// Unicode folds it with (K, k and the Kelvin sign all become K). Accents stay as they are.
func searchFold(s string) string {
	return strings.Map(func(r rune) rune {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		return least
	}, s)
}

// searchGrams is the distinct pieces of gramSize characters of the folded texts, sorted.
func searchGrams(texts ...string) []string {
	var out []string
	for _, t := range texts {
		rs := []rune(searchFold(t))
		for i := 0; i+gramSize <= len(rs); i++ {
			out = append(out, string(rs[i:i+gramSize]))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// gramCount is how many vendors hold one piece.
type gramCount struct {
	Gram string
	N    int64
}

// vendorSearch is a search term made ready for the vendor list's queries.
type vendorSearch struct {
	term string
	// grams are the term's rarest pieces, rarest first (two at most); none for a term shorter
	// than a piece, which is checked on every vendor the page reads.
	grams []string
	// none says a piece of the term is in no vendor: nothing matches.
	none bool
}

// prepareSearch looks up how many vendors hold each piece of term and keeps the two rarest,
// in one query; an empty or short term needs none.
func (s *Store) prepareSearch(ctx context.Context, term string) (vendorSearch, error) {
	out := vendorSearch{term: term}
	if utf8.RuneCountInString(term) < gramSize {
		return out, nil
	}
	var rows []gramCount
	var err error
	if s.dialect == DialectPostgres {
		// The term's pieces as the trigger cuts names: lower() here is the database's.
		// Each count is looked up by its key, however many pieces the table holds.
		err = s.q(ctx).Raw("SELECT t.gram, coalesce((SELECT c.n FROM vendor_gram_counts c WHERE c.gram = t.gram), 0) AS n "+
			"FROM vendor_search_grams(lower(?)) AS t (gram) ORDER BY 2, 1 LIMIT 2", term).Scan(&rows).Error
	} else {
		grams := searchGrams(term)
		var counts []gramCount
		err = s.q(ctx).Raw("SELECT gram, n FROM vendor_gram_counts WHERE gram IN ?", grams).Scan(&counts).Error
		n := map[string]int64{}
		for _, c := range counts {
			n[c.Gram] = c.N
		}
		for _, g := range grams {
			rows = append(rows, gramCount{g, n[g]})
		}
		// Sorted by count, then by piece (grams are sorted), as PostgreSQL's ORDER BY 2, 1.
		slices.SortStableFunc(rows, func(a, b gramCount) int { return cmp.Compare(a.N, b.N) })
		rows = rows[:min(len(rows), 2)]
	}
	if err != nil {
		return out, wrap(err, "vendor search")
	}
	for _, r := range rows {
		out.grams = append(out.grams, r.Gram)
	}
	out.none = len(rows) > 0 && rows[0].N == 0
	return out, nil
}

// matchSQL keeps the vendors whose name or web address holds the term: PostgreSQL's LIKE on
// lower() (it escapes with a backslash unless told otherwise), SQLite's fold on both sides.
// SQLite's own lower() is tried on the name first: it folds ASCII letters only, so a name it
// finds the term in holds it in the full fold too, and a page of matches by name (the usual
// search) calls no Go function per row.
func (s *Store) matchSQL(q *gorm.DB, term string) *gorm.DB {
	if s.dialect == DialectPostgres {
		p := likePattern(term)
		return q.Where("(lower(vendors.name) LIKE ? OR lower(vendors.website) LIKE ?)", p, p)
	}
	t := searchFold(term)
	return q.Where("(instr(lower(vendors.name), lower(?)) > 0 OR instr(assay_search_fold(vendors.name), ?) > 0 OR "+
		"instr(assay_search_fold(vendors.website), ?) > 0)", term, t, t)
}

// secondGramSQL keeps the rows of vendor_grams (joined as g) whose vendor holds the search's
// second rarest piece too, read from the same table's key.
const secondGramSQL = "EXISTS (SELECT 1 FROM vendor_grams g2 WHERE g2.gram = ? AND g2.name_key = g.name_key AND g2.vendor_id = g.vendor_id)"

// searchVendors keeps the vendors that match the search: the candidates that hold its rarest
// pieces, checked for the whole term. A page sorted by name reads vendor_grams itself (joined
// as g, see Vendors) and needs only the second piece and the check here.
func (s *Store) searchVendors(q *gorm.DB, srch vendorSearch, gramsJoined bool) *gorm.DB {
	switch {
	case srch.term == "":
		return q
	case gramsJoined:
		if len(srch.grams) > 1 {
			q = q.Where(secondGramSQL, srch.grams[1])
		}
	case len(srch.grams) > 0:
		sub := "SELECT g.vendor_id FROM vendor_grams g WHERE g.gram = ?"
		args := []any{srch.grams[0]}
		if len(srch.grams) > 1 {
			sub += " AND " + secondGramSQL
			args = append(args, srch.grams[1])
		}
		q = q.Where("vendors.id IN ("+sub+")", args...)
	}
	return s.matchSQL(q, srch.term)
}
