package store_test

import (
	"context"
	"slices"
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
