package web

import (
	"fmt"
	"sort"
	"strings"

	"crosswire"
	"crosswire/crosscheck"
	"crosswire/text"
)

// storyView is the data of the story page.
type storyView struct {
	Story         *crosswire.Story
	Versions      []versionView
	Rows          []rowView
	Discrepancies []discView
	Facts         []factView
	Lineage       []*lineageNode
	High          int
	Columns       int
	Unique        int
	Corroborated  int
	Conflicting   int
}

// versionView is one article of the story, in display order.
type versionView struct {
	Label   string // "A", "B", …
	Article crosswire.Article
	Parent  string // label of DerivedFrom, when in the story
	Unique  int    // unique facts marked in this version
	Discs   int    // discrepancy spans in this version
}

type rowView struct {
	Extra bool
	Cells []cellView
}

type cellView struct {
	Label     string
	Sentences []sentenceView
}

type sentenceView struct {
	N        int // 1-based sentence number in its version
	Segments []segment
}

type discView struct {
	N        int
	Colour   int
	Severity crosswire.Severity
	Kind     crosswire.DiscrepancyKind
	Subject  string
	Score    float64
	Variants []variantView
	// Versions counts the versions with a span of this discrepancy.
	Versions int
}

type variantView struct {
	Value   string
	Sources []sourceView
}

type sourceView struct {
	Label, Outlet, Text string
}

type factView struct {
	Kind    crosswire.FactKind
	Value   string
	Status  crosswire.Status
	Support int
	Sources []sourceView
}

type lineageNode struct {
	Version  versionView
	Children []*lineageNode
}

// buildStoryView lays out a story for its page: versions original first
// (then by publication), sentences aligned across versions, every
// discrepancy's spans marked in its colour in every version, unique facts
// marked, the discrepancies ranked, the lineage tree and the fact table.
func buildStoryView(st *crosswire.Story) storyView {
	v := storyView{Story: st}
	arts := append([]crosswire.Article(nil), st.Articles...)
	sort.SliceStable(arts, func(i, j int) bool {
		oi, oj := arts[i].Role == crosswire.RoleOriginal, arts[j].Role == crosswire.RoleOriginal
		if oi != oj {
			return oi
		}
		pi, pj := arts[i].Published, arts[j].Published
		if (pi == nil) != (pj == nil) {
			return pi != nil
		}
		if pi != nil && !pi.Equal(*pj) {
			return pi.Before(*pj)
		}
		return false
	})
	labelOf := map[string]string{}
	pos := map[string]int{}
	for i, a := range arts {
		label := versionLabel(i)
		labelOf[a.ID] = label
		pos[a.ID] = i
		v.Versions = append(v.Versions, versionView{Label: label, Article: a})
	}
	for i := range v.Versions {
		if p := v.Versions[i].Article.DerivedFrom; p != nil {
			v.Versions[i].Parent = labelOf[*p]
		}
	}
	v.Columns = min(len(arts), 8)

	// Discrepancies in the story's order: crosscheck's (by score, see
	// crosswire.SortDiscrepancies), the order of the CLI, JSON and API.
	discs := st.Discrepancies
	marks := make([][]mark, len(arts))
	for n, d := range discs {
		dv := discView{N: n, Colour: n % palette, Severity: d.Severity, Kind: d.Kind, Subject: d.Subject, Score: d.Score}
		if d.Severity == crosswire.SeverityHigh {
			v.High++
		}
		seen := map[string]bool{}
		for _, vr := range d.Variants {
			vv := variantView{Value: vr.Value}
			for _, sp := range vr.Sources {
				i, ok := pos[sp.Article]
				if !ok || !text.ValidSpan(arts[i].Text, sp) {
					continue
				}
				vv.Sources = append(vv.Sources, sourceView{Label: labelOf[sp.Article], Outlet: arts[i].Outlet, Text: sp.Text})
				marks[i] = append(marks[i], mark{Start: sp.Start, End: sp.End, Disc: n,
					Note: fmt.Sprintf("%d. %s (%s, %s): “%s”", n+1, d.Subject, d.Kind, d.Severity, vr.Value)})
				if !seen[sp.Article] {
					seen[sp.Article] = true
					v.Versions[i].Discs++
				}
			}
			dv.Variants = append(dv.Variants, vv)
		}
		dv.Versions = len(seen)
		v.Discrepancies = append(v.Discrepancies, dv)
	}

	// Facts: conflicting, then unique, then corroborated.
	facts := append([]crosswire.StoryFact(nil), st.Facts...)
	statusRank := map[crosswire.Status]int{crosswire.StatusConflicting: 0, crosswire.StatusUnique: 1, crosswire.StatusCorroborated: 2}
	sort.SliceStable(facts, func(i, j int) bool { return statusRank[facts[i].Status] < statusRank[facts[j].Status] })
	for _, f := range facts {
		fv := factView{Kind: f.Kind, Value: f.Value, Status: f.Status, Support: f.Support}
		switch f.Status {
		case crosswire.StatusUnique:
			v.Unique++
		case crosswire.StatusCorroborated:
			v.Corroborated++
		case crosswire.StatusConflicting:
			v.Conflicting++
		}
		for _, sp := range f.Sources {
			i, ok := pos[sp.Article]
			if !ok || !text.ValidSpan(arts[i].Text, sp) {
				continue
			}
			fv.Sources = append(fv.Sources, sourceView{Label: labelOf[sp.Article], Outlet: arts[i].Outlet, Text: sp.Text})
			if f.Status == crosswire.StatusUnique {
				marks[i] = append(marks[i], mark{Start: sp.Start, End: sp.End, Disc: -1,
					Note: fmt.Sprintf("only in this version: %s “%s”", f.Kind, f.Value)})
				v.Versions[i].Unique++
			}
		}
		v.Facts = append(v.Facts, fv)
	}

	// Sentences, aligned on the original (the first version) by the one
	// sentence alignment (crosscheck.AlignSentences), on the articles'
	// own sentences (text.Of).
	if len(arts) > 0 {
		anchored := map[int]bool{}
		rows := crosscheck.AlignSentences(arts)
		for _, r := range rows {
			rv := rowView{Extra: r.Extra}
			for i, cell := range r.Cells {
				cv := cellView{Label: v.Versions[i].Label}
				for _, j := range cell {
					sent := arts[i].Sentences[j]
					sv := sentenceView{N: j + 1, Segments: segments(arts[i].Text, sent.Start, sent.End, marks[i])}
					for k := range sv.Segments {
						sg := &sv.Segments[k]
						for _, d := range strings.Fields(sg.Discs) {
							var n int
							fmt.Sscan(d, &n)
							if !anchored[n] {
								anchored[n] = true
								sg.ID = fmt.Sprintf("d%d", n)
							}
						}
					}
					cv.Sentences = append(cv.Sentences, sv)
				}
				rv.Cells = append(rv.Cells, cv)
			}
			v.Rows = append(v.Rows, rv)
		}
	}
	v.Lineage = lineage(v.Versions)
	return v
}

// lineage arranges the versions as a tree: each under the version it
// derives from, roots for the original and for versions whose source is
// not in the story.
func lineage(versions []versionView) []*lineageNode {
	nodes := map[string]*lineageNode{}
	for _, vv := range versions {
		nodes[vv.Article.ID] = &lineageNode{Version: vv}
	}
	var roots []*lineageNode
	for _, vv := range versions {
		n := nodes[vv.Article.ID]
		if p := vv.Article.DerivedFrom; p != nil && *p != vv.Article.ID {
			if parent, ok := nodes[*p]; ok && !descends(nodes, *p, vv.Article.ID) {
				parent.Children = append(parent.Children, n)
				continue
			}
		}
		roots = append(roots, n)
	}
	return roots
}

// descends reports whether id's chain of DerivedFrom reaches ancestor,
// so a cycle in stored data cannot make the tree recurse forever.
func descends(nodes map[string]*lineageNode, id, ancestor string) bool {
	for steps := 0; steps <= len(nodes); steps++ {
		if id == ancestor {
			return true
		}
		n, ok := nodes[id]
		if !ok || n.Version.Article.DerivedFrom == nil {
			return false
		}
		id = *n.Version.Article.DerivedFrom
	}
	return true
}

// versionLabel names the i-th version: A … Z, then AA, AB, …
func versionLabel(i int) string {
	if i < 26 {
		return string(rune('A' + i))
	}
	return versionLabel(i/26-1) + string(rune('A'+i%26))
}
