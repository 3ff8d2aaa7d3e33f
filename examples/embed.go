// Package examples embeds crosswire's example corpus: fictional events told
// in several versions, with planted conflicts and paraphrase traps. The
// answer key is expected.json beside the articles; README.md describes the
// file format.
package examples

import "embed"

// FS holds the example articles (*.txt), flat at its root.
//
//go:embed *.txt
var FS embed.FS
