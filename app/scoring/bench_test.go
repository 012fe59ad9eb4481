package scoring

import (
	"testing"

	"assay/app/questionnaire"
	"assay/questionnaires"
)

func BenchmarkParse54(b *testing.B) {
	data, _ := questionnaires.FS.ReadFile("iso27001-a5.4.yaml")
	for b.Loop() {
		if _, err := questionnaire.Parse("x.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkScore(b *testing.B) {
	r, _ := questionnaire.LoadFS(questionnaires.FS)
	d, _ := r.Get("iso27001-a5.4")
	in := Input{Definition: d, Answers: strong(), Evidence: files(nil), Services: services, Now: now}
	for b.Loop() {
		if _, err := Score(in); err != nil {
			b.Fatal(err)
		}
	}
}
