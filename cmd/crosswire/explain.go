package main

import (
	"crosswire"
	"crosswire/crosscheck"
)

// explain renders the aligned sentences behind a discrepancy.
func explain(s *crosswire.Story, d crosswire.Discrepancy) string {
	return crosscheck.ExplainText(s, d)
}
