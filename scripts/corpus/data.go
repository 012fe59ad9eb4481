package main

import (
	"bytes"
	"embed"
	"encoding/json"
)

// The words of each language and the certified organisations are data, kept
// in data/*.json beside this program; the Go code only arranges them.
var (
	minutesWordsOf = load[map[string]minutesWords]("minutes")
	tableWordsOf   = load[map[string]tableWords]("tables")
	labels         = load[map[string]certLabels]("labels")
	profiles       = load[[]profile]("profiles")
	names          = load[struct{ First, Last map[string][]string }]("names")
)

//go:embed data/*.json
var data embed.FS

// load decodes data/<name>.json into a T, refusing a key T has no field for,
// so that a misspelt word in the data stops the program instead of vanishing.
func load[T any](name string) T {
	var v T
	b, err := data.ReadFile("data/" + name + ".json")
	check(err)
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	check(dec.Decode(&v))
	return v
}
