package facts

import (
	"context"
	"strings"
	"testing"

	"crosswire"
)

// TestGenderedPronoun checks that "he" or "she" as a claim's subject or a
// quotation's speaker passes over the last person named when the article
// gives that person the other sex (an honorific, a role or kinship noun,
// the pronoun written right after their name), and that a person of
// unknown sex stays a candidate. want maps a claim's lemma or a piece of
// a quotation to the actor or speaker it must get.
func TestGenderedPronoun(t *testing.T) {
	x := New()
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"honorific and a pronoun after the name",
			"Rita Doyle, the former mayor, arrived at court on Monday. Mrs Doyle faces six counts of fraud. " +
				"Judge Tom Price said he had read the reports. She pleaded guilty to two counts.",
			map[string]string{"plead guilty": "Rita Doyle"}},
		{"kinship noun as an appositive",
			`Judge Ann Keller met director Tom Berg, her husband, at the festival. "It was a long day," she said.`,
			map[string]string{"It was a long day": "Ann Keller"}},
		{"kinship noun before the name",
			"Professor Dana Roe came to the launch with her husband, Eli Vance, a lawyer. " +
				"She said the book had taken ten years.",
			map[string]string{"the book had taken": "Dana Roe"}},
		{"pronoun right after a first mention",
			"Ivo Strand told the inquiry he had warned the council in May. Councillor Mia Lund said she had not seen the letter. " +
				`"The letter was sent twice," he said.`,
			map[string]string{"The letter was sent twice": "Ivo Strand"}},
		{"no signal: the last person named stays the candidate",
			"Ivo Strand told the inquiry he had warned the council. Councillor Kit Lund read the letter aloud. " +
				`"It was sent twice," he said.`,
			map[string]string{"It was sent twice": "Kit Lund"}},
		{"an object pronoun gives the name before it no sex",
			`Professor Ada Lunn led the inquiry. Director Ivo Strand thanked her warmly. "It was fair," he said.`,
			map[string]string{"It was fair": "Ivo Strand"}},
		{"a possessor's pronoun is the possessed noun's",
			`Director Ivo Keller's daughter said she was proud. "I am grateful to everyone," he said.`,
			map[string]string{"I am grateful": "Ivo Keller"}},
		{"someone unnamed of the pronoun's sex introduced after the name",
			`Director Ivo Keller left the court. A spokeswoman for the club said the case was closed. "We will not appeal," she said.`,
			map[string]string{"We will not appeal": ""}},
		{"a predicate after 'as' glosses the name",
			`Director Ivo Keller met Judge Ada Lunn, who is regarded as a pioneering woman in law. "We will not appeal," she said.`,
			map[string]string{"We will not appeal": "Ada Lunn"}},
		{"an appositive glosses the name",
			`Director Ivo Keller met Judge Ada Lunn, a mother of two, on Monday. "We will not appeal," she said.`,
			map[string]string{"We will not appeal": "Ada Lunn"}},
		{"a title opening the sentence before the pronoun names its holder",
			`Coach Emil Varga left the pitch early. The Queen presented the cup. "It was a wonderful afternoon," she said.`,
			map[string]string{"It was a wonderful afternoon": "queen"}},
		{"a title opening a sentence, its holder named before",
			`Queen Ada Lind opened the bridge. The Queen thanked the builders. "It was a fine day," she said.`,
			map[string]string{"It was a fine day": "Ada Lind"}},
		{"a title inside a sentence is not its subject",
			`Lord Ivo Keller said the line after the Duke of Harwick was long. "It is no small question," he added.`,
			map[string]string{"It is no small question": "Ivo Keller"}},
		{"someone unnamed of the pronoun's sex after the title",
			`Coach Emil Varga left early. The Queen opened the bridge. A spokeswoman for the palace said the work was done. "It took ten years," she said.`,
			map[string]string{"It took ten years": ""}},
		{"a role noun between the name and the pronoun",
			`Director Ivo Keller met the judge, who said she was satisfied. Keller left the court. "I am grateful to everyone," he said.`,
			map[string]string{"I am grateful": "Ivo Keller"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// short texts: the language is given, not guessed
			a := &crosswire.Article{ID: "a", Text: tc.text, Language: "en"}
			fs, err := x.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			for key, want := range tc.want {
				found := false
				for _, f := range fs {
					var got string
					switch {
					case f.Kind == crosswire.KindClaim && f.Claim != nil && f.Claim.Lemma == key:
						got = f.Claim.Actor
					case f.Kind == crosswire.KindQuote && f.Quote != nil && strings.Contains(f.Quote.Said, key):
						got = f.Quote.Speaker
					default:
						continue
					}
					found = true
					if got != want {
						t.Errorf("%q: got %q, want %q", key, got, want)
					}
				}
				if !found {
					t.Errorf("no claim or quotation for %q; facts %v", key, values(fs))
				}
			}
		})
	}
}

// TestPersonSex checks the sex each signal gives a person, and that
// signals that disagree leave it unknown.
func TestPersonSex(t *testing.T) {
	tests := []struct {
		name, text, person string
		want               sex
	}{
		{"Mr", "Mr Ivo Strand arrived.", "Ivo Strand", sexMale},
		{"Ms with a full stop", "Ms. Ada Lunn arrived.", "Ada Lunn", sexFemale},
		{"Dame", "Dame Ada Lunn arrived.", "Ada Lunn", sexFemale},
		{"role noun before", "The actress Ada Lunn said the play would close.", "Ada Lunn", sexFemale},
		{"chairwoman in the role", "Ada Lunn, chairwoman of Orvik Labs, arrived.", "Ada Lunn", sexFemale},
		{"appositive with an age", "Ivo Strand, 41, a father of two, arrived.", "Ivo Strand", sexMale},
		{"a list is no appositive", "Ada Lunn, her husband Tom and the children arrived.", "Ada Lunn", sexUnknown},
		{"generic noun before the name", "The woman Director Ivo Strand married arrived.", "Ivo Strand", sexUnknown},
		{"pronoun in the next sentence", "Ada Lunn was charged on Monday. She denies the charge.", "Ada Lunn", sexFemale},
		{"pronoun inside a quotation", `Ada Lunn said: "He lied to us."`, "Ada Lunn", sexUnknown},
		{"pronouns that disagree", "Kit Lunn said she would appeal. Kit Lunn said his lawyer would call.", "Kit Lunn", sexUnknown},
		{"honorific over a pronoun", "Mrs Kit Lunn arrived. Kit Lunn said his lawyer would call.", "Kit Lunn", sexFemale},
	}
	x := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := x.newDoc(&crosswire.Article{ID: "a", Text: tc.text})
			// the passes up to the persons' sexes
			for _, stage := range d.stages()[:4] {
				stage()
			}
			if got := d.sexes[tc.person]; got != tc.want {
				t.Errorf("sex of %q = %d, want %d; sexes %v", tc.person, got, tc.want, d.sexes)
			}
		})
	}
}
