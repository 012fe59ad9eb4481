package store_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"assay/app/apptest"
	"assay/app/model"
	"assay/app/store"
)

// TestVendorSearchFindsPiecesOfNamesAndAddresses searches a portfolio the way an analyst types
// into the vendor list's box: any piece of a name or web address, in any case, with the
// characters LIKE treats specially taken as themselves, on both databases, through the
// indexes that serve search at scale (and their triggers on SQLite, after a rename).
func TestVendorSearchFindsPiecesOfNamesAndAddresses(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		ids := map[string]uint{}
		for _, v := range []model.Vendor{
			{Name: "Zeta Logistics GmbH", Website: "https://zeta-logistics.example"},
			{Name: "Acme Payroll Ltd", Website: "https://payroll.acme.example"},
			{Name: "50% Solutions", Website: "https://fifty.example"},
			{Name: "under_score Hosting", Website: "https://underscore.example"},
			{Name: `The "Quoted" Company`, Website: ""},
			{Name: `Back\slash Systems`, Website: "https://backslash.example"},
			{Name: "Nordic Data AB", Website: "https://nordic.example"},
		} {
			v.Tier = "medium"
			if err := st.CreateVendor(ctx, &v); err != nil {
				t.Fatal(err)
			}
			ids[v.Name] = v.ID
		}
		search := func(term string) []string {
			t.Helper()
			pg, err := st.Vendors(ctx, model.VendorFilter{Search: term, Today: "2026-06-01", Limit: 50, Sort: "name", Count: true})
			if err != nil {
				t.Fatalf("search %q: %v", term, err)
			}
			var names []string
			for _, r := range pg.Rows {
				names = append(names, r.Vendor.Name)
			}
			slices.Sort(names)
			if pg.Total != int64(len(names)) {
				t.Errorf("search %q: total %d, %d rows", term, pg.Total, len(names))
			}
			return names
		}
		for _, c := range []struct {
			term string
			want []string
		}{
			{"zeta", []string{"Zeta Logistics GmbH"}},
			{"LOGIST", []string{"Zeta Logistics GmbH"}},
			{"payroll.acme", []string{"Acme Payroll Ltd"}},
			{"50%", []string{"50% Solutions"}},
			{"%", []string{"50% Solutions"}},
			{"r_s", []string{"under_score Hosting"}},
			{"_", []string{"under_score Hosting"}},
			{`"quoted"`, []string{`The "Quoted" Company`}},
			{`k\s`, []string{`Back\slash Systems`}},
			{"ab", []string{"Nordic Data AB"}},
			{"a ab", []string{"Nordic Data AB"}},
			{"example", []string{"50% Solutions", "Acme Payroll Ltd", `Back\slash Systems`, "Nordic Data AB", "Zeta Logistics GmbH", "under_score Hosting"}},
			{"zeta payroll", nil},
		} {
			if got := search(c.term); !slices.Equal(got, c.want) {
				t.Errorf("search %q: %q, want %q", c.term, got, c.want)
			}
		}
		v, err := st.Vendor(ctx, ids["Zeta Logistics GmbH"])
		if err != nil {
			t.Fatal(err)
		}
		v.Name, v.Website = "Omega Freight GmbH", "https://omega.example"
		if err := st.UpdateVendor(ctx, &v); err != nil {
			t.Fatal(err)
		}
		if got := search("zeta"); len(got) != 0 {
			t.Errorf("after the rename, search zeta: %q", got)
		}
		if got := search("omega fr"); !slices.Equal(got, []string{"Omega Freight GmbH"}) {
			t.Errorf("after the rename, search omega fr: %q", got)
		}
	})
}

// TestSearchPagesMatchBruteForce pages through searches of a portfolio larger than the count's
// limit, by name both ways and by other sorts, forwards and back, and checks the vendors, their
// order and the total against the same vendors picked out by Go's own case-insensitive
// substring test: a term every seeded vendor holds (one more than the limit, then, after a
// rename, exactly the limit), pieces of numbers and addresses, letters with accents in
// another case, terms shorter than a piece, and terms nothing holds.
func TestSearchPagesMatchBruteForce(t *testing.T) {
	apptest.EachDB(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		seedGenerated(t, st, model.CountLimit+1, 1)
		for _, v := range []model.Vendor{
			{Name: "ÉCOLE Öresund Logistik", Website: "https://ecole-oresund.example"},
			{Name: "École Normale", Website: "https://normale.example"},
			{Name: "Ecole sans accent", Website: ""},
			{Name: "100% Pure_Data", Website: "https://pure.example"},
		} {
			v.Tier = "high"
			if err := st.CreateVendor(ctx, &v); err != nil {
				t.Fatal(err)
			}
		}
		type vendor struct {
			ID            uint
			Name, Website string
		}
		bruteForce := func(term, order string) []uint {
			t.Helper()
			var all []vendor
			if err := st.DB().Table("vendors").Select("id, name, website").Order(order).Scan(&all).Error; err != nil {
				t.Fatal(err)
			}
			var out []uint
			for _, v := range all {
				if strings.Contains(strings.ToLower(v.Name), strings.ToLower(term)) || strings.Contains(strings.ToLower(v.Website), strings.ToLower(term)) {
					out = append(out, v.ID)
				}
			}
			return out
		}
		check := func(when, term, sort string, desc bool, limit int) int {
			t.Helper()
			order := map[string]string{"name": "lower(name), id", "score": "score, id", "updated": "updated_at, id"}[sort]
			if desc {
				order = strings.ReplaceAll(order, ",", " DESC,") + " DESC"
			}
			want := bruteForce(term, order)
			got, first := walkVendorPages(t, st, model.VendorFilter{Search: term, Sort: sort, Desc: desc, Limit: limit, Today: "2026-06-01"})
			total, capped := min(len(want), model.CountLimit), len(want) > model.CountLimit
			if !slices.Equal(got, want) || first.Total != int64(total) || first.TotalCapped != capped {
				t.Errorf("%s: search %q by %s desc %v: %d vendors %v… (total %d, capped %v), want %d %v… (total %d, capped %v)", when, term, sort, desc,
					len(got), got[:min(len(got), 8)], first.Total, first.TotalCapped, len(want), want[:min(len(want), 8)], total, capped)
			}
			return len(want)
		}
		for _, c := range []struct {
			term  string
			least int // matches the case is there for
		}{
			{"vendor 12", 11}, {"VENDOR 7", 111}, {"r 100", 3}, {"seed99", 11}, {"école", 2}, {"ÖRESUND", 1}, {"ecole", 2},
			{"0% p", 1}, {"e_d", 1}, {"zz", 0}, {"e", model.CountLimit}, {"Ö", 1}, {"nothing like it", 0}, {"vendor 1001", 1},
		} {
			for _, desc := range []bool{false, true} {
				if n := check("seeded", c.term, "name", desc, 7); n < c.least {
					t.Errorf("search %q: %d matches, the case needs %d", c.term, n, c.least)
				}
			}
		}
		for _, sort := range []string{"score", "updated"} {
			check("seeded", "vendor 12", sort, true, 4)
			check("seeded", "École", sort, false, 1)
		}
		// Every seeded vendor holds "vendor": one more than the count's limit.
		if n := check("seeded", "vendor", "name", false, 200); n != model.CountLimit+1 {
			t.Fatalf("search vendor: %d matches, want %d", n, model.CountLimit+1)
		}
		check("seeded", "vendor", "name", true, 150)

		// A rename leaves exactly the limit; the renamed vendor is found by its new name only.
		var last vendor
		if err := st.DB().Table("vendors").Select("id, name, website").Where("name = ?", fmt.Sprintf("Seed vendor %d", model.CountLimit+1)).Scan(&last).Error; err != nil || last.ID == 0 {
			t.Fatalf("vendor %d: %+v %v", model.CountLimit+1, last, err)
		}
		v, err := st.Vendor(ctx, last.ID)
		if err != nil {
			t.Fatal(err)
		}
		v.Name, v.Website = "Renamed Supplier Oy", "https://renamed.example"
		if err := st.UpdateVendor(ctx, &v); err != nil {
			t.Fatal(err)
		}
		if n := check("after a rename", "vendor", "name", false, 200); n != model.CountLimit {
			t.Fatalf("search vendor after the rename: %d matches, want %d", n, model.CountLimit)
		}
		for _, term := range []string{"vendor 1001", "seed1001", "supplier", "RENAMED"} {
			check("after a rename", term, "name", false, 3)
		}
		if got := bruteForce("supplier", "id"); !slices.Equal(got, []uint{last.ID}) {
			t.Errorf("the renamed vendor is not the one supplier matches: %v", got)
		}

		// A vendor removed leaves the search, and the pieces' counts stay those of the pieces kept.
		if err := st.DB().Exec("DELETE FROM vendors WHERE name = ?", "Ecole sans accent").Error; err != nil {
			t.Fatal(err)
		}
		if n := check("after a removal", "ecole", "name", false, 3); n != 1 {
			t.Errorf("search ecole after the removal: %d matches, want the address of ÉCOLE Öresund only", n)
		}
		var wrong []string
		err = st.DB().Raw("SELECT c.gram FROM vendor_gram_counts c LEFT JOIN (SELECT gram, count(*) AS n FROM vendor_grams GROUP BY gram) k ON k.gram = c.gram " +
			"WHERE c.n <> coalesce(k.n, 0) UNION SELECT gram FROM vendor_grams WHERE gram NOT IN (SELECT gram FROM vendor_gram_counts)").Scan(&wrong).Error
		if err != nil || len(wrong) > 0 {
			t.Errorf("pieces counted wrong after inserts, a rename and a removal: %q %v", wrong, err)
		}
	})
}
