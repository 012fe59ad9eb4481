// Package templates holds the HTML templates, embedded into the binary.
package templates

import "embed"

// FS holds layout.html and one file per page.
//
//go:embed *.html
var FS embed.FS
