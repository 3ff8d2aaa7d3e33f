package crosscheck

import (
	"testing"

	"crosswire"
)

// TestDataSizeOfOneSubject checks that a size in bytes is the value of
// the noun it measures, read after it ("a 312 GB archive") or as the
// subject before it ("the archive weighs in at 302.4GB", "the archive is
// 290 gigabytes"), so one subject's sizes in differently worded
// sentences are one slot (fictional reports); sizes of different things
// are not, and one size in two units of bytes is compared after
// conversion.
func TestDataSizeOfOneSubject(t *testing.T) {
	runPairCases(t, []crosswire.DiscrepancyKind{crosswire.DiscNumber}, []pairCase{
		{"one archive, two sizes, other words",
			"The stolen Orvik archive weighs in at 302.4GB, the Velmar analyst Ada Quist said on Friday.",
			"Brelco offered buyers a 312 GB archive of Orvik ferry bookings for a few coins.",
			true},
		{"the subject of is",
			"Ada Quist of Velmar said the stolen Orvik archive is 290 gigabytes in size.",
			"Brelco offered buyers a 312 GB archive of Orvik ferry bookings for a few coins.",
			true},
		{"one size rounded",
			"The stolen Orvik archive weighs in at 302.4GB, the Velmar analyst Ada Quist said on Friday.",
			"Brelco offered buyers a 302 GB archive of Orvik ferry bookings for a few coins.",
			false},
		{"one size in two units",
			"The stolen Orvik archive weighs in at 1.5TB, the Velmar analyst Ada Quist said on Friday.",
			"Brelco offered buyers a 1,500 GB archive of Orvik ferry bookings for a few coins.",
			false},
		{"sizes of two things",
			"The stolen Orvik archive weighs in at 302.4GB, the Velmar analyst Ada Quist said on Friday.",
			"Brelco offered buyers a 2 TB drive of Orvik ferry bookings for a few coins.",
			false},
	})
}
