package main

// certLabels are the words a certificate in one language uses. Slices hold
// the wordings different certification bodies choose; a certificate takes
// one of each by its variant.
type certLabels struct {
	Title, Certify, Conforms, ScopeIntro, Number, Initial, Issue, Expiry []string
	PlaceDate                                                            string // "Place and date": issue date written after the town
	SitesHeader                                                          [3]string
	Appendix, AppendixNote, OnBehalf, Signer, Accredited, Standard, Page string
}

// pick is the variant's choice among a label's wordings.
func pick(words []string, variant int) string { return words[variant%len(words)] }
