// Package reassess keeps vendors assessed on their tier's cadence: who is due for the next
// assessment and when, and how a reassessment starts from the vendor's last answers and shows
// what changed since.
package reassess

import (
	"assay/app/config"
	"assay/app/questionnaire"
	"assay/app/store"
)

// Deps are what the reassessment service needs.
type Deps struct {
	Store *store.Store
	// Questionnaires give the version a previous assessment was answered with.
	Questionnaires *questionnaire.Registry
	// Cadence is the months from a vendor's last submitted assessment to its next, by tier;
	// nil means config.DefaultCadence.
	Cadence map[string]int
}

// Service answers who is due for reassessment and how answers changed since the last one.
type Service struct {
	store          *store.Store
	questionnaires *questionnaire.Registry
	cadence        map[string]int
}

// New builds the reassessment service.
func New(d Deps) *Service {
	if d.Cadence == nil {
		d.Cadence = config.DefaultCadence()
	}
	return &Service{store: d.Store, questionnaires: d.Questionnaires, cadence: d.Cadence}
}
