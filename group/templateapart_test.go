package group

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"crosswire"
)

// notice is a fictional council notice cast in one template: only the
// town, the object and the figures change.
func notice(id, town, object string, sum, faults int) crosswire.Article {
	return crosswire.Article{
		ID:    id,
		Title: fmt.Sprintf("%s %s repairs", town, object),
		Text: fmt.Sprintf("The %s council in %s said on Monday that the %s would cost %d thousand florins to repair after an inspection found %d faults. "+
			"Officials said the work would start next month and that the cost would be met from the reserve.", town, town, object, sum, faults),
	}
}

// pairApart groups two articles as a batch of two and returns whether the
// template rule holds them apart (templateApart) and whether they end in
// one story.
func pairApart(t *testing.T, a, b crosswire.Article) (apart, joined bool) {
	t.Helper()
	g := New(Options{Workers: 1})
	arts := []crosswire.Article{a, b}
	words := newTopicInput(2)
	fps, err := g.fingerprints(context.Background(), arts, words)
	if err != nil {
		t.Fatal(err)
	}
	words.arts = arts // as Grouper.prepare gives them: the rule reads the articles
	ix, roots, _, err := g.partition(context.Background(), fps, *batchFrequencies(fps), words, false)
	if err != nil {
		t.Fatal(err)
	}
	return ix.templateApart(0, 1), roots[0] == roots[1]
}

// TestTemplateApart checks the template rule on fictional pairs: two
// notices of two towns cast in one template are apart, and the versions
// of one story that share no name anchor or only a surname — a
// translation keeping its names, a rewrite, a copy misspelling its one
// name, a page 2 naming its subject by surname — are not.
func TestTemplateApart(t *testing.T) {
	const lead = "Mayor Ada Quist of Norland said on Tuesday that the old harbour bridge at Brellin would close for six weeks from March 3 after engineers found cracks in two of its piers."
	tests := []struct {
		name       string
		a, b       crosswire.Article
		wantApart  bool
		wantJoined bool
	}{
		{
			name:      "two towns, one template",
			a:         notice("a1", "Varnsted", "ferry", 263, 5),
			b:         notice("a2", "Holmcliff", "ferry", 263, 5),
			wantApart: true,
		},
		{
			name:      "two towns, two objects, two sums",
			a:         notice("a1", "Varnsted", "ferry", 263, 5),
			b:         notice("a2", "Holmcliff", "dam", 781, 7),
			wantApart: true,
		},
		{
			// one council's notice with another sum is a discrepancy to
			// report, not another template report: the names agree
			name:       "one town, another sum",
			a:          notice("a1", "Varnsted", "ferry", 263, 5),
			b:          notice("a2", "Varnsted", "ferry", 236, 5),
			wantJoined: true,
		},
		{
			name:       "a copy misspelling its one name",
			a:          notice("a1", "Varnsted", "ferry", 263, 5),
			b:          notice("a2", "Varnstedt", "ferry", 263, 5),
			wantJoined: true,
		},
		{
			name: "a rewrite that renames nothing",
			a:    crosswire.Article{ID: "b1", Title: "Norland bridge to close", Text: lead + " The council said ferries would carry foot passengers while the piers are repaired."},
			b: crosswire.Article{ID: "b2", Title: "Brellin bridge shut for repairs", Text: "The harbour bridge at Brellin will close for six weeks from March 3, Norland's mayor Ada Quist said on Tuesday, " +
				"after engineers found cracks in two of its piers. The council said ferries would carry foot passengers while the piers are repaired."},
			wantJoined: true,
		},
		{
			name: "a translation keeping its names",
			a:    crosswire.Article{ID: "c1", Title: "Norland bridge to close", Text: lead},
			b: crosswire.Article{ID: "c2", Title: "Cierra el puente de Norland", Language: "es",
				Text: "La alcaldesa Ada Quist de Norland dijo el martes que el viejo puente del puerto de Brellin cerrará seis semanas desde el 3 de marzo después de que los ingenieros hallaran grietas en dos de sus pilares."},
			wantJoined: true,
		},
		{
			name: "a page 2 naming its subject by surname",
			a:    crosswire.Article{ID: "d1", Title: "Norland bridge to close", Text: lead + " Quist said the ferries would run every hour."},
			b: crosswire.Article{ID: "d2", Title: "Norland bridge to close (page 2)",
				Text: "Quist said the ferries would run every hour while the piers are repaired, and that the old harbour bridge would reopen in April."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			apart, joined := pairApart(t, tc.a, tc.b)
			if apart != tc.wantApart {
				t.Errorf("templateApart = %v, want %v", apart, tc.wantApart)
			}
			if tc.wantApart && joined {
				t.Error("two template reports of two towns joined as one story")
			}
			if tc.wantJoined && !joined {
				t.Error("two versions of one story left apart")
			}
		})
	}
}

// TestTemplateNoChain groups many fictional notices cast in one template
// — eight towns, eight objects, the sums and counts varying — and checks
// that no story holds the notices of two towns: each story's reports share
// a name, and the batch does not chain them into one story by their
// template's wording (1,495 of 1,500 in one story before the rule).
func TestTemplateNoChain(t *testing.T) {
	towns := []string{"Varnsted", "Holmcliff", "Brellin", "Osterwick", "Trallam", "Quenby", "Marrowdale", "Skelbury"}
	objects := []string{"ferry", "dam", "bridge", "school", "library", "market", "harbour", "tram"}
	var arts []crosswire.Article
	townOf := map[string]string{}
	for i := range 240 {
		town := towns[(i*5+i/8)%len(towns)]
		a := notice(fmt.Sprintf("n%03d", i), town, objects[(i*3)%len(objects)], 100+(i*37)%900, 1+i%9)
		arts = append(arts, a)
		townOf[a.ID] = town
	}
	stories, err := New(Options{}).Group(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	largest := 0
	for _, s := range stories {
		var seen []string
		for _, v := range s.Articles {
			if town := townOf[v.ID]; !slices.Contains(seen, town) {
				seen = append(seen, town)
			}
		}
		if len(seen) > 1 {
			t.Errorf("story %s holds the notices of %d towns %v", s.ID, len(seen), seen)
		}
		largest = max(largest, len(s.Articles))
	}
	if len(stories) < len(towns) {
		t.Errorf("%d stories of %d notices of %d towns", len(stories), len(arts), len(towns))
	}
	t.Logf("%d notices: %d stories, the largest of %d", len(arts), len(stories), largest)
}
