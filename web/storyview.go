package web

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"crosswire"
	"crosswire/crosscheck"
	"crosswire/report"
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
	// Shown are the labels of the versions laid side by side, in
	// order; All is true when every version is.
	Shown []string
	All   bool
	// Default is true when the shown versions are the default choice
	// (the original and the versions that depart from it).
	Default bool
	// Kinds are the fact kinds of the story, and Statuses the fact
	// statuses, for the facts filter; FactKind and FactStatus the filter
	// applied ("" for any), FactsTotal the facts before it.
	Kinds                []crosswire.FactKind
	Statuses             []crosswire.Status
	FactKind, FactStatus string
	FactsTotal           int
	Unique               int
	// Corroborated counts the facts independent sources state
	// (independent support ≥ 2), Repeated the other corroborated facts:
	// stated by several versions of one text only.
	Corroborated int
	Repeated     int
	Conflicting  int
	// Related links the other stories of the same affair, by title.
	Related []errorLink
}

// versionView is one article of the story, in display order.
type versionView struct {
	Label   string // "A", "B", …
	Article crosswire.Article
	Parent  string // label of DerivedFrom, when in the story
	Unique  int    // unique facts marked in this version
	Discs   int    // discrepancies with a span in this version
	// Departs counts the discrepancies where this version states another
	// value than the original (or, where the original states none, any
	// value): the versions a reader compares by default.
	Departs int
	// Shown is true when the version is laid side by side.
	Shown bool
}

// Link is where the version's column is: on this page when it is shown,
// else on the page with every version side by side.
func (v versionView) Link() string {
	if v.Shown {
		return "#v-" + v.Label
	}
	return "?v=all#v-" + v.Label
}

// Reuse is the share of the version's sentences taken from its source,
// in whole per cent ("" on the original and on independent reports).
func (v versionView) Reuse() string {
	if v.Article.Reuse == nil {
		return ""
	}
	return fmt.Sprintf("%.0f%%", *v.Article.Reuse*100)
}

type rowView struct {
	Extra bool
	Cells []cellView
}

type cellView struct {
	Label string
	// Lang is the version's language (its lang attribute: screen
	// readers, and Chinese or Japanese glyphs for Han characters).
	Lang      string
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
	// Versions counts the shown versions with a span of this
	// discrepancy (its marks are drawn in those only); Hidden the
	// versions with a span that are not shown.
	Versions, Hidden int
}

type variantView struct {
	Value   string
	Sources []sourceView
}

type sourceView struct {
	Label, Outlet, Text string
	// Shown is true when the source's version is laid side by side.
	Shown bool
}

type factView struct {
	Kind crosswire.FactKind
	// Label is the kind as the reports list it ("said" for reported
	// speech), report.KindLabel.
	Label   string
	Value   string
	Status  crosswire.Status
	Support int
	// Independent is the fact's independent support (lineages), and
	// Shown the status as the page words it: "repeated" for a
	// corroborated fact versions of one text alone state.
	Independent int
	Shown       string
	Sources     []sourceView
}

type lineageNode struct {
	Version  versionView
	Children []*lineageNode
}

// buildStoryView lays out a story for its page: versions original first
// (then by publication), the chosen versions' sentences aligned side by
// side, every discrepancy's spans marked in its colour in every shown
// version, unique facts marked, the discrepancies ranked, the lineage
// tree and the fact table. show lists the labels of the versions to lay
// side by side ("all" for every one); nil or no known label shows the
// default: the original and the versions that depart from it.
func buildStoryView(st *crosswire.Story, show []string) storyView {
	v := storyView{Story: st}
	arts := orderVersions(st.Articles)
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

	// Who holds which discrepancy, and who departs from the original.
	discs := st.Discrepancies
	for _, d := range discs {
		holds := map[int]int{} // version → variant
		for k, vr := range d.Variants {
			for _, sp := range vr.Sources {
				if i, ok := pos[sp.Article]; ok && text.ValidSpan(arts[i].Text, sp) {
					if _, dup := holds[i]; !dup {
						holds[i] = k
					}
				}
			}
		}
		ref, hasRef := holds[0]
		for i, k := range holds {
			v.Versions[i].Discs++
			if i != 0 && (!hasRef || k != ref) {
				v.Versions[i].Departs++
			}
		}
	}
	v.choose(show)
	var shown []int // indexes of the shown versions, in order
	for i := range v.Versions {
		if v.Versions[i].Shown {
			shown = append(shown, i)
			v.Shown = append(v.Shown, v.Versions[i].Label)
		}
	}

	// Discrepancies in the story's order: crosscheck's (by score, see
	// crosswire.SortDiscrepancies), the order of the CLI, JSON and API.
	marks := make([][]mark, len(arts))
	for n, d := range discs {
		dv := discView{N: n, Colour: n % palette, Severity: d.Severity, Kind: d.Kind, Subject: d.Subject, Score: d.Score}
		if d.Severity == crosswire.SeverityHigh {
			v.High++
		}
		seen := map[string]bool{}
		for _, vr := range d.Variants {
			vv := variantView{Value: vr.Shown()}
			for _, sp := range vr.Sources {
				i, ok := pos[sp.Article]
				if !ok || !text.ValidSpan(arts[i].Text, sp) {
					continue
				}
				vv.Sources = append(vv.Sources, sourceView{Label: labelOf[sp.Article], Outlet: arts[i].Outlet, Text: sp.Text, Shown: v.Versions[i].Shown})
				marks[i] = append(marks[i], mark{Start: sp.Start, End: sp.End, Disc: n,
					Note: fmt.Sprintf("%d. %s (%s, %s): “%s”", n+1, d.Subject, d.Kind, d.Severity, vr.Shown())})
				if !seen[sp.Article] {
					seen[sp.Article] = true
					if v.Versions[i].Shown {
						dv.Versions++
					} else {
						dv.Hidden++
					}
				}
			}
			dv.Variants = append(dv.Variants, vv)
		}
		v.Discrepancies = append(v.Discrepancies, dv)
	}

	// Facts: conflicting, then unique, then corroborated; within a
	// status, the best supported first.
	facts := append([]crosswire.StoryFact(nil), st.Facts...)
	lin := crosscheck.Lineages(st.Articles)
	statusRank := map[crosswire.Status]int{crosswire.StatusConflicting: 0, crosswire.StatusUnique: 1, crosswire.StatusCorroborated: 2}
	sort.SliceStable(facts, func(i, j int) bool {
		if ri, rj := statusRank[facts[i].Status], statusRank[facts[j].Status]; ri != rj {
			return ri < rj
		}
		if a, b := crosscheck.IndependentOf(facts[i], lin), crosscheck.IndependentOf(facts[j], lin); a != b {
			return a > b
		}
		return facts[i].Support > facts[j].Support
	})
	kinds := map[crosswire.FactKind]bool{}
	for _, f := range facts {
		if !kinds[f.Kind] {
			kinds[f.Kind] = true
			v.Kinds = append(v.Kinds, f.Kind)
		}
		shown := report.ShownStatus(f, lin)
		fv := factView{Kind: f.Kind, Label: report.KindLabel(f), Value: report.ValueShown(f), Status: f.Status, Support: f.Support,
			Independent: crosscheck.IndependentOf(f, lin), Shown: string(shown)}
		switch shown {
		case crosswire.StatusUnique:
			v.Unique++
		case report.StatusRepeated:
			v.Repeated++
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
			fv.Sources = append(fv.Sources, sourceView{Label: labelOf[sp.Article], Outlet: arts[i].Outlet, Text: sp.Text, Shown: v.Versions[i].Shown})
			if f.Status == crosswire.StatusUnique {
				marks[i] = append(marks[i], mark{Start: sp.Start, End: sp.End, Disc: -1,
					Note: fmt.Sprintf("only in this version: %s “%s”", f.Kind, f.Shown())})
				v.Versions[i].Unique++
			}
		}
		v.Facts = append(v.Facts, fv)
	}
	sort.Slice(v.Kinds, func(i, j int) bool { return v.Kinds[i] < v.Kinds[j] })
	v.Statuses = []crosswire.Status{crosswire.StatusConflicting, crosswire.StatusUnique, crosswire.StatusCorroborated}
	if v.Repeated > 0 {
		// the filter offers the statuses the page shows (report.ShownStatus)
		v.Statuses = append(v.Statuses, report.StatusRepeated)
	}
	v.FactsTotal = len(v.Facts)

	// Sentences of the shown versions, aligned on the first of them (the
	// original unless it is hidden) by the one sentence alignment
	// (crosscheck.AlignSentences), on the articles' own sentences
	// (text.Of).
	if len(shown) > 0 {
		sub := make([]crosswire.Article, len(shown))
		for k, i := range shown {
			sub[k] = arts[i]
		}
		anchored := map[int]bool{}
		rows := crosscheck.AlignSentences(sub)
		for _, r := range rows {
			rv := rowView{Extra: r.Extra}
			for k, cell := range r.Cells {
				i := shown[k]
				cv := cellView{Label: v.Versions[i].Label, Lang: v.Versions[i].Article.Language}
				for _, j := range cell {
					sent := sub[k].Sentences[j]
					sv := sentenceView{N: j + 1, Segments: segments(sub[k].Text, sent.Start, sent.End, marks[i])}
					for x := range sv.Segments {
						sg := &sv.Segments[x]
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

// filterFacts keeps the facts of one kind and one status ("" for any),
// as the facts table's filter asks without script. The status is the one
// the page shows (factView.Shown): "corroborated" keeps the facts
// independent sources state, "repeated" those versions of one text alone
// state, as the page's counts do.
func (v *storyView) filterFacts(kind, status string) {
	v.FactKind, v.FactStatus = kind, status
	if kind == "" && status == "" {
		return
	}
	v.Facts = slices.DeleteFunc(v.Facts, func(f factView) bool {
		return (kind != "" && string(f.Kind) != kind) || (status != "" && f.Shown != status)
	})
}

// orderVersions returns a story's articles in the order the story page
// labels them A, B, C…: the original first, then by publication time,
// undated last.
func orderVersions(articles []crosswire.Article) []crosswire.Article {
	arts := append([]crosswire.Article(nil), articles...)
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
	return arts
}

// choose marks the versions to lay side by side: those named in show
// ("all" for every one), or by default the original and the versions
// that depart from it; every version when that leaves fewer than two.
func (v *storyView) choose(show []string) {
	want := map[string]bool{}
	for _, s := range show {
		for _, l := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
			want[strings.ToUpper(l)] = true
		}
	}
	n := 0
	for i := range v.Versions {
		if want["ALL"] || want[v.Versions[i].Label] {
			v.Versions[i].Shown = true
			n++
		}
	}
	if n > 0 {
		v.All = n == len(v.Versions)
		return
	}
	v.Default = true
	for i := range v.Versions {
		if i == 0 || v.Versions[i].Departs > 0 {
			v.Versions[i].Shown = true
			n++
		}
	}
	if n < 2 {
		for i := range v.Versions {
			v.Versions[i].Shown = true
		}
		n = len(v.Versions)
	}
	v.All = n == len(v.Versions)
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
