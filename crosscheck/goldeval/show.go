package goldeval

import (
	"context"
	"fmt"
	"io"
	"strings"
)

// show writes, for reading, every high and medium report of a mode with
// the words of its spans and their context, then every missed gold item
// with its spans in the same way. It is a reading aid: its output holds
// article text and must not be committed.
func (r *corpusRun) show(w io.Writer, mr *ModeResult) {
	fmt.Fprintf(w, "==== mode %s: %d high/medium reports\n", mr.Mode, len(mr.HighMedium))
	for i, rep := range mr.HighMedium {
		fmt.Fprintf(w, "\n[%s %d] %s/%s %q stories=%s gold=%s verdict=%s\n  key=%s\n", mr.Mode, i, rep.Kind, rep.Severity,
			rep.subject, strings.Join(rep.Stories, ","), rep.Gold, rep.Verdict, rep.Key)
		for vi, v := range rep.Variants {
			for _, sp := range v.Spans {
				a := r.cleanText(sp.Article)
				fmt.Fprintf(w, "  v%d %s %s\n", vi, sp.Article, inContext(a, sp.CleanStart, sp.CleanEnd))
			}
		}
	}
	missed := map[string]bool{}
	for _, id := range mr.Missed {
		missed[id] = true
	}
	fmt.Fprintf(w, "\n==== mode %s: %d missed gold items\n", mr.Mode, len(mr.Missed))
	for _, it := range r.opt.Gold.Items {
		if !missed[it.ID] {
			continue
		}
		fmt.Fprintf(w, "\n[%s] %s/%s %s: %s\n", it.ID, it.Kind, it.Severity, it.Story, it.Subject)
		for _, v := range it.Variants {
			rc := r.rec[v.Article]
			if rc == nil {
				continue
			}
			fmt.Fprintf(w, "  %s %s %s\n", v.Value, v.Article, inContext(rc.Raw, v.Start, v.End))
			for _, f := range r.factsAt(v.Article, v.Start, v.End) {
				fmt.Fprintf(w, "      fact %s\n", f)
			}
		}
	}
}

// factsAt describes the facts the extractor finds in an article that
// overlap a gold span (raw offsets).
func (r *corpusRun) factsAt(source string, start, end int) []string {
	m := r.fwd[source]
	if m == nil {
		return nil
	}
	s, e, how := m.Map(start, end)
	if how == MapNone {
		return nil
	}
	for i := range r.arts {
		a := &r.arts[i]
		if a.Source != source {
			continue
		}
		fs, err := r.p.Extractor.Extract(context.Background(), a)
		if err != nil {
			return []string{"error: " + err.Error()}
		}
		var out []string
		for _, f := range fs {
			if f.Span.Start < e && s < f.Span.End {
				d := fmt.Sprintf("%s %q [%s]", f.Kind, f.Value, f.Span.Text)
				switch {
				case f.Number != nil:
					d += fmt.Sprintf(" counted=%q unit=%q qual=%q", f.Number.Counted, f.Number.Unit, f.Number.Qualifier)
				case f.Entity != nil:
					d += fmt.Sprintf(" role=%q", f.Entity.Role)
				case f.Period != nil:
					d += fmt.Sprintf(" %s..%s %s rel=%v event=%q", f.Period.From.Format("2006-01-02"), f.Period.To.Format("2006-01-02"), f.Period.Granularity, f.Period.Relative, f.Period.Event)
				case f.Claim != nil:
					d += fmt.Sprintf(" actor=%q verb=%q target=%q neg=%v", f.Claim.Actor, f.Claim.Lemma, f.Claim.Target, f.Claim.Negated)
				case f.Quote != nil:
					d += fmt.Sprintf(" speaker=%q reported=%v", f.Quote.Speaker, f.Quote.Reported)
				}
				out = append(out, d)
			}
		}
		return out
	}
	return nil
}

func (r *corpusRun) cleanText(source string) string {
	for i := range r.arts {
		if r.arts[i].Source == source {
			return r.arts[i].Text
		}
	}
	return ""
}

// inContext quotes text[s:e] in brackets with up to 90 bytes either side on
// one line.
func inContext(text string, s, e int) string {
	if s < 0 || e > len(text) || s > e {
		return "(span out of range)"
	}
	a := max(0, s-90)
	for a > 0 && a < len(text) && text[a]&0xC0 == 0x80 {
		a--
	}
	b := min(len(text), e+90)
	for b < len(text) && text[b]&0xC0 == 0x80 {
		b++
	}
	one := func(x string) string { return strings.Join(strings.Fields(x), " ") }
	return one(text[a:s]) + " [[" + one(text[s:e]) + "]] " + one(text[e:b])
}
