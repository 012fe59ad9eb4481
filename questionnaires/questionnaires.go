// Package questionnaires embeds the questionnaire definitions shipped with
// Assay, so the single binary carries them.
package questionnaires

import "embed"

// FS holds every *.yaml questionnaire definition in this folder; load it
// with questionnaire.Load.
//
//go:embed *.yaml
var FS embed.FS
