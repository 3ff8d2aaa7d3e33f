package stix_test

import (
	"fmt"

	"crosswire/stix"
)

func ExampleConfidence() {
	// support 1, 2, 3 independent versions
	fmt.Println(stix.Confidence(1, 0, false), stix.Confidence(2, 0, false), stix.Confidence(3, 0, false))
	// denied; a rival culprit with less support; a rival with as much
	fmt.Println(stix.Confidence(3, 0, true), stix.Confidence(3, 1, false), stix.Confidence(2, 2, false))
	// Output:
	// 30 60 85
	// 30 30 15
}

func ExampleID() {
	fmt.Println(stix.ID("intrusion-set", "apt41"))
	// Output: intrusion-set--ac7cc48a-6e8a-59ab-b49d-19171d0352e0
}
