package attribution_test

import (
	"context"
	"fmt"

	"crosswire"
	"crosswire/attribution"
)

func ExampleExtractor_Extract() {
	text := "The Cyber Defence Office said on Monday that a hacking group known as Pale Otter was behind " +
		"the intrusion into the Water Board, and that the group is run by Velmar's Signals Intelligence Bureau. " +
		"Velmar's embassy denied the accusations."
	story := crosswire.Story{ID: "s1", Articles: []crosswire.Article{{ID: "a1", Text: text}}}
	inc, err := attribution.New().Extract(context.Background(), &story)
	if err != nil {
		panic(err)
	}
	for _, a := range inc.Attributions {
		subject := "the incident"
		if a.Subject != nil {
			subject = a.Subject.Name
		}
		fmt.Printf("%s → %s (%s), support %d, contested %v\n", subject, a.Accused.Name, a.Accused.Kind, a.Support, a.Contested())
	}
	for _, d := range inc.Denials {
		fmt.Println("denied by", d.By.Name)
	}
	// Output:
	// the incident → Pale Otter (group), support 1, contested false
	// Pale Otter → Signals Intelligence Bureau (service), support 1, contested true
	// Signals Intelligence Bureau → Velmar (state), support 1, contested false
	// denied by Velmar
}
