package main

import (
	"maps"
	"slices"
)

// batchFile is a blind batch's settings as data/<name>-batch.json holds
// them, beside the batch's words and organisations: which languages its
// minutes and tables are in, its seed, how many of each document, the
// certificates planned for each profile and which printed files are
// scanned how.
type batchFile struct {
	About            string   `json:"about"`
	Today            string   `json:"today,omitempty"` // the fixed day the verdicts hold on, where not main.go's
	MinutesTags      []string `json:"minutesTags"`
	TableLangs       []string `json:"tableLangs"`
	Seed             uint64   `json:"seed"`
	Minutes          int      `json:"minutes"`
	Training         int      `json:"training"`
	Acknowledgements int      `json:"acknowledgements"`
	SeventhExports   bool     `json:"seventhExports,omitempty"`
	EighthExports    bool     `json:"eighthExports,omitempty"`
	NinthExports     bool     `json:"ninthExports,omitempty"`
	// The shape and format of each report and log, in turn, where the
	// ninth batch's exports are on and the batch chooses its own.
	TrainingShapes [][2]string           `json:"trainingShapes,omitempty"`
	AckShapes      [][2]string           `json:"acknowledgementShapes,omitempty"`
	Plans          map[string][]planFile `json:"plans"`
	Scans          map[string]scanFile   `json:"scans"`
}

// planFile is a certPlan in the batch file.
type planFile struct {
	Layout    string            `json:"layout"`
	State     string            `json:"state"`
	Writer    bool              `json:"writer,omitempty"`
	PlaceDate bool              `json:"placeDate,omitempty"`
	Coverage  map[string]string `json:"coverage,omitempty"`
	Dates     string            `json:"dates,omitempty"`
}

// scanFile is how a scan of the batch was made.
type scanFile struct {
	DPI    int    `json:"dpi"`
	Noise  string `json:"noise"`
	Blur   string `json:"blur"`
	Rotate string `json:"rotate"`
	Format string `json:"format"`
}

// loadBlind is the blind batch whose settings are data/<name>-batch.json.
func loadBlind(name string) *blind {
	f := load[batchFile](name + "-batch")
	b := &blind{name: name, about: f.About, today: f.Today, minutesTags: f.MinutesTags, tableLangs: f.TableLangs, seed: f.Seed,
		minutes: f.Minutes, training: f.Training, acknowledgements: f.Acknowledgements, seventhExports: f.SeventhExports, eighthExports: f.EighthExports, ninthExports: f.NinthExports,
		trainingShapes: f.TrainingShapes, ackShapes: f.AckShapes,
		plans: map[string][]certPlan{}, scans: map[string]scan{}}
	for id, plans := range f.Plans {
		for _, p := range plans {
			b.plans[id] = append(b.plans[id], certPlan{layout: p.Layout, state: p.State, writer: p.Writer, placeDate: p.PlaceDate, coverage: p.Coverage, dates: p.Dates})
		}
	}
	for name, s := range f.Scans {
		b.scans[name] = scan{dpi: s.DPI, noise: s.Noise, blur: s.Blur, rotate: s.Rotate, format: s.Format}
	}
	return b
}

// blindBatches are the blind batches by name, in the order they were written.
var blindBatches = func() map[string]*blind {
	m := map[string]*blind{}
	for _, name := range []string{"fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12"} {
		m[name] = loadBlind(name)
	}
	return m
}()

// blindNames are the names of the blind batches, sorted.
func blindNames() []string { return slices.Sorted(maps.Keys(blindBatches)) }
