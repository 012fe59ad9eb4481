// Package stats summarises the figures a benchmark repeats.
package stats

import (
	"math"
	"slices"
)

// Median is the middle value of xs, or the mean of the two middle values when their number is
// even; NaN when xs is empty.
func Median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
