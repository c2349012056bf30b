// Package assets holds the dashboard's CSS, JavaScript, vendored libraries
// (cytoscape.js, htmx) and fonts, embedded into the binary so that Parley
// serves everything itself: no CDN, nothing fetched at run time.
package assets

import "embed"

// FS is the assets tree: css/, js/, vendor/, fonts/.
//
//go:embed css js vendor fonts
var FS embed.FS
