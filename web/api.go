package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"crosswire"
	"crosswire/ingest"
	"crosswire/internal/sqlstore"
	"crosswire/report"
)

// articleInput is one article posted to the API (the JSONL fields of the
// CLI).
type articleInput struct {
	Text      string `json:"text"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Language  string `json:"language"`
	Author    string `json:"author"`
	// index is the item's place in the request (from 1), 0 when unset.
	index int
}

// postedArticle is one line of the POST /api/articles answer.
type postedArticle struct {
	ID      string `json:"id"`
	Source  string `json:"source"`
	Created bool   `json:"created"`
	// Story is the story the last analysis put the article in; null
	// while the article waits for analysis.
	Story *string `json:"story"`
}

// ingestResult is the answer to a write: the stored articles and the
// inputs skipped.
type ingestResult struct {
	Articles []postedArticle  `json:"articles"`
	Skipped  []crosswire.Skip `json:"skipped"`
	// AnalysisPending is true on a ?wait=1 answer given before the
	// analysis placed every article: the articles are stored (their
	// ids are final) and will be placed; an article without a story
	// gets it by GET /api/articles/{id} later.
	AnalysisPending bool `json:"analysis_pending,omitempty"`
	// Error says why analysis could not place them, on a 503.
	Error string `json:"error,omitempty"`
}

// tooLarge words a body size limit as --max-body is given ("larger than
// 10 MiB (10485760 bytes)"), for the API's and the UI's 413.
func tooLarge(limit int64) string {
	return fmt.Sprintf("larger than %s (%d bytes)", ingest.FormatSize(limit), limit)
}

// errBadRequest marks client errors in a posted body.
var errBadRequest = errors.New("bad request")

func (s *Server) postArticles(w http.ResponseWriter, r *http.Request) {
	if !s.sessions.bearerOK(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="crosswire"`)
		writeError(w, http.StatusUnauthorized, "missing or wrong bearer token")
		return
	}
	if err := knownParams(r.URL.Query(), "wait"); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	wait, err := flagParam(r.URL.Query().Get("wait"))
	if err != nil {
		writeError(w, http.StatusBadRequest, "wait: "+err.Error())
		return
	}
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		mt = ""
	}
	var lines bool
	switch mt {
	case "application/json":
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines":
		lines = true
	default:
		writeError(w, http.StatusUnsupportedMediaType, "send application/json (an object or an array) or application/x-ndjson (one object a line)")
		return
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxBody))
	if err != nil {
		if mbe := (*http.MaxBytesError)(nil); errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, "body "+tooLarge(mbe.Limit))
			return
		}
		writeError(w, http.StatusBadRequest, "read body: "+err.Error())
		return
	}
	docs, skipped, err := decodeArticles(data, lines)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if len(docs) == 0 {
		writeAllSkipped(w, skipped)
		return
	}
	if s.queue != nil {
		s.postQueued(w, r, docs, skipped)
		return
	}
	res, err := s.ingest(r.Context(), docs, skipped)
	if err != nil {
		if r.Context().Err() != nil {
			// The client went away; it got no acknowledgement.
			s.log.Debug("client gone while storing articles", "err", err)
			return
		}
		s.log.Error("store posted articles", "err", err)
		writeError(w, http.StatusInternalServerError, "could not store the articles")
		return
	}
	if wait && len(res.Articles) > 0 {
		// Under load a wait can run out while analysis is busy with
		// earlier writes (a run waits for the one before it, see
		// analyzer). The articles are stored all the same: the answer
		// says so (202, analysis_pending, the ids) rather than failing
		// the request, which a client would post again. Only an
		// analysis that failed is a 503, with the ids too.
		ctx, cancel := context.WithTimeout(r.Context(), s.wait)
		err := s.Settle(ctx)
		cancel()
		s.fillStories(res)
		switch {
		case err == nil:
		case r.Context().Err() != nil:
			return // the client went away
		case errors.Is(err, context.DeadlineExceeded):
			res.AnalysisPending = true
			writeJSON(w, http.StatusAccepted, res)
			return
		default:
			res.AnalysisPending = true
			res.Error = "articles stored, but analysis failed: " + err.Error()
			writeJSON(w, http.StatusServiceUnavailable, res)
			return
		}
	}
	if len(res.Articles) == 0 {
		writeAllSkipped(w, res.Skipped)
		return
	}
	code := http.StatusOK
	for _, a := range res.Articles {
		if a.Created {
			code = http.StatusCreated
		}
	}
	writeJSON(w, code, res)
}

// writeAllSkipped answers a write none of whose items could be added:
// 422 with the error and every item's reason.
func writeAllSkipped(w http.ResponseWriter, skipped []crosswire.Skip) {
	writeJSON(w, http.StatusUnprocessableEntity, struct {
		Error    string           `json:"error"`
		Articles []postedArticle  `json:"articles"`
		Skipped  []crosswire.Skip `json:"skipped"`
	}{"no article to add: every item was skipped (reasons under skipped)", []postedArticle{}, skipped})
}

// decodeArticles reads a JSON object, a JSON array of objects, or a
// sequence of objects one a line (JSON Lines; also accepted as
// application/json). Items are read one by one, each as the CLI reads a
// JSONL line (ingest.ReadArticle): an item that is not valid UTF-8
// (encoding/json would silently turn its bad bytes into U+FFFD), not an
// article object, without text or with a published value that is no date
// becomes a skip naming its index ("api#3"; of JSON Lines its line, as
// check names a JSONL line; its url when it has one) and
// why, and the other items are kept. Only a body that cannot be split
// into items (an array that does not parse) is an error.
func decodeArticles(data []byte, lines bool) ([]crosswire.Document, []crosswire.Skip, error) {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\uFEFF")))
	if len(trimmed) == 0 {
		return nil, nil, errors.New("empty body: send an article object, an array of them, or one object a line")
	}
	var raws [][]byte
	var lineNo map[int]int // a JSON Lines item's line in the body, by item
	switch {
	case !lines && trimmed[0] == '[':
		// Split the array with a decoder that does not look inside the
		// items beyond their JSON syntax; bad bytes are checked per item.
		var arr []json.RawMessage
		if err := json.Unmarshal(trimmed, &arr); err != nil {
			return nil, nil, fmt.Errorf("bad JSON array: %s", jsonError(err))
		}
		if len(arr) == 0 {
			return nil, nil, errors.New("empty array: no articles to add")
		}
		for _, r := range arr {
			raws = append(raws, r)
		}
	case !lines && json.Valid(trimmed):
		if items, ok := ingest.ArticleList(trimmed); ok {
			// A news API's answer, read as check reads such a file.
			for _, it := range items {
				raws = append(raws, it)
			}
			break
		}
		raws = [][]byte{trimmed} // one object, perhaps over several lines
	default:
		// JSON Lines: an item is named by its line, blank lines counted,
		// as check names a line of a JSONL file (FILE#LINE), so that
		// "api#4" is the body's fourth line
		lineNo = map[int]int{}
		for n, l := range bytes.Split(bytes.TrimPrefix(data, []byte("\uFEFF")), []byte("\n")) {
			if l = bytes.TrimSpace(l); len(l) > 0 {
				lineNo[len(raws)] = n + 1
				raws = append(raws, l)
			}
		}
	}
	var docs []crosswire.Document
	var skipped []crosswire.Skip
	for i, raw := range raws {
		n := i + 1
		if lineNo != nil {
			n = lineNo[i]
		}
		source := fmt.Sprintf("api#%d", n)
		skip := func(reason string) { skipped = append(skipped, crosswire.Skip{Source: source, Reason: reason}) }
		if !utf8.Valid(raw) {
			skip(ingest.ReasonInvalidUTF8)
			continue
		}
		// JSON of another kind is "not an object"; anything else goes on
		// to the reader, which names its syntax error as check does
		if len(raw) == 0 || raw[0] != '{' && json.Valid(raw) {
			skip("invalid JSON: not an object")
			continue
		}
		// One reader for the API and the CLI's JSON and JSONL inputs:
		// the text under its other names or as paragraphs, an "html"
		// field, Unix seconds, lists of authors.
		doc, badDate, err := ingest.ReadArticle(raw)
		if doc.URL != "" {
			source = doc.URL
		}
		switch {
		case err != nil && err.Error() == ingest.ReasonNoText:
			skip(noTextReason(raw))
		case err != nil:
			skip(err.Error())
		case badDate != "":
			_, err := parseTime(badDate)
			skip("published: " + err.Error())
		default:
			doc.Source = source
			if doc.Published != nil {
				t := doc.Published.UTC()
				doc.Published = &t
			}
			docs = append(docs, doc)
		}
	}
	return docs, skipped, nil
}

// noTextReason words the skip of an item without text. When the item has
// no field the text is read from it names those fields and the item's own
// (at most five), so a misspelt one ("txt") shows; a text field that is
// there but blank is plain "no text".
func noTextReason(raw []byte) string {
	var obj map[string]json.RawMessage
	if json.Unmarshal(raw, &obj) != nil {
		return "no text"
	}
	fields := ingest.TextFieldNames()
	for _, f := range fields {
		if _, ok := obj[f]; ok {
			return "no text"
		}
	}
	reason := fmt.Sprintf("no text: no field %s or %s", strings.Join(fields[:len(fields)-1], ", "), fields[len(fields)-1])
	if len(obj) == 0 {
		return reason
	}
	keys := slices.Sorted(maps.Keys(obj))
	var got []string
	for i, k := range keys {
		if i == 5 {
			got = append(got, fmt.Sprintf("and %d more", len(keys)-5))
			break
		}
		got = append(got, strconv.Quote(k))
	}
	return reason + " (got " + strings.Join(got, ", ") + ")"
}

// jsonError words a decoding error for a client.
func jsonError(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q must be a %s, not %s", te.Field, te.Type, te.Value)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s (at byte %d)", se.Error(), se.Offset)
	}
	return err.Error()
}

// documents turns posted articles into documents; one without text, or
// with a date that cannot be read, becomes a skip.
func documents(inputs []articleInput) ([]crosswire.Document, []crosswire.Skip) {
	var docs []crosswire.Document
	var skipped []crosswire.Skip
	for i, in := range inputs {
		n := in.index
		if n == 0 {
			n = i + 1
		}
		source := in.URL
		if source == "" {
			source = fmt.Sprintf("api#%d", n)
		}
		if strings.TrimSpace(in.Text) == "" {
			skipped = append(skipped, crosswire.Skip{Source: source, Reason: "no text"})
			continue
		}
		d := crosswire.Document{
			Source: source, Body: in.Text, URL: in.URL, Title: in.Title, Outlet: in.Outlet,
			Author: in.Author, Language: in.Language,
		}
		if in.Published != "" {
			t, err := parseTime(in.Published)
			if err != nil {
				skipped = append(skipped, crosswire.Skip{Source: source, Reason: "published: " + err.Error()})
				continue
			}
			d.Published = &t
		}
		docs = append(docs, d)
	}
	return docs, skipped
}

// parseTime reads a published date as the CLI's JSON and JSONL inputs
// read it (ingest.ParseDate: RFC 3339, YYYY-MM-DD, "March 2, 2026" and
// the other forms listed there; a year from 1000 to 9999).
func parseTime(s string) (time.Time, error) {
	if t := ingest.ParseDate(s); t != nil {
		return t.UTC(), nil
	}
	return time.Time{}, fmt.Errorf("%q is not a date (want RFC 3339 or YYYY-MM-DD)", strings.TrimSpace(s))
}

// ingest cleans and stores documents, and asks for re-analysis when
// anything may need placing: an article stored now, or one stored before
// that no analysis placed yet (stored by a request still in flight, or
// by one that failed). It returns once every article is stored.
//
// A store error does not prove that nothing was stored: the SQLite
// driver reports context.Canceled for an INSERT that committed when the
// request's context ends while it runs (a client that hangs up). So a
// failed store asks for analysis too; otherwise such an article would
// stay in no story until the next write.
func (s *Server) ingest(ctx context.Context, docs []crosswire.Document, skipped []crosswire.Skip) (*ingestResult, error) {
	arts, cleanSkips := s.engine.Clean(ctx, docs)
	res := &ingestResult{Articles: []postedArticle{}, Skipped: append(skipped, cleanSkips...)}
	if res.Skipped == nil {
		res.Skipped = []crosswire.Skip{}
	}
	created, unplaced := 0, false
	for _, a := range arts {
		id, isNew, err := s.store.PutArticle(ctx, a)
		if err != nil {
			s.analyzer.request()
			return nil, fmt.Errorf("store %s: %w", a.Source, err)
		}
		if isNew {
			created++
		} else if _, ok := s.storyOf(id); !ok {
			unplaced = true
		}
		res.Articles = append(res.Articles, postedArticle{ID: id, Source: a.Source, Created: isNew})
	}
	s.metrics.addIngest(created, len(arts)-created, len(res.Skipped))
	if created > 0 || unplaced {
		s.analyzer.request()
	}
	s.fillStories(res)
	return res, nil
}

// fillStories sets the story of every article the last analysis placed.
func (s *Server) fillStories(res *ingestResult) {
	for i := range res.Articles {
		if id, ok := s.storyOf(res.Articles[i].ID); ok {
			res.Articles[i].Story = &id
		}
	}
}

// flagParam reads an on/off query parameter: absent, 0, false, no, off →
// false; 1, true, yes, on (the UI's checkbox) → true; anything else is an
// error, not a filter silently left off.
func flagParam(v string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "", "0", "f", "false", "no", "off":
		return false, nil
	case "1", "t", "true", "yes", "on":
		return true, nil
	}
	return false, fmt.Errorf("%q is not 1 or 0", v)
}

// knownParams refuses a query with a parameter the endpoint does not take
// or one given twice: either would be read as something it is not — a
// misspelt filter (conflict=1) or a parameter another endpoint takes
// would answer as if applied, and of a repeated one only the first would
// count. The API's endpoints that take parameters check
// with it; the UI's forms send only their own fields.
func knownParams(q url.Values, known ...string) error {
	names := make([]string, 0, len(q))
	for name := range q {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if !slices.Contains(known, name) {
			return fmt.Errorf("unknown parameter %q (known: %s)", name, strings.Join(known, ", "))
		}
		if len(q[name]) > 1 {
			return fmt.Errorf("parameter %q given %d times: give it once", name, len(q[name]))
		}
	}
	return nil
}

// storyParams are the query parameters of GET /api/stories.
var storyParams = []string{"q", "outlet", "from", "to", "conflicts", "limit", "offset"}

// pageOffset reads the offset parameter of a listing: how many matching
// stories to skip (0 when absent).
func pageOffset(q url.Values) (int, error) {
	o := q.Get("offset")
	if o == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(o)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("offset: %q is not a count", o)
	}
	return n, nil
}

// storyFilter reads the listing filters shared by the API and the UI.
func storyFilter(r *http.Request) (crosswire.StoryFilter, error) {
	q := r.URL.Query()
	f := crosswire.StoryFilter{Query: strings.TrimSpace(q.Get("q")), Outlet: strings.TrimSpace(q.Get("outlet"))}
	if err := CheckQuery(f.Query); err != nil {
		return f, fmt.Errorf("q: %w", err)
	}
	var err error
	if f.Conflicts, err = flagParam(q.Get("conflicts")); err != nil {
		return f, fmt.Errorf("conflicts: %w", err)
	}
	if f.From, err = ParseDay(q.Get("from"), false); err != nil {
		return f, fmt.Errorf("from: %w", err)
	}
	if f.To, err = ParseDay(q.Get("to"), true); err != nil {
		return f, fmt.Errorf("to: %w", err)
	}
	if err := CheckDays(f.From, f.To, q.Get("from"), q.Get("to")); err != nil {
		return f, err
	}
	if l := q.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 0 {
			return f, fmt.Errorf("limit: %q is not a count", l)
		}
		f.Limit = n
	}
	return f, nil
}

// CheckQuery refuses a story search that could match nothing the way the
// reader meant: text that is not UTF-8, or with no word to search for
// (the stores search the runs of letters and digits, sqlstore.QueryTerms,
// and a query with none filters nothing: every story would be listed as
// a match). An empty query is no search and is fine. The API, the UI and
// 'crosswire stories --query' check with it.
func CheckQuery(q string) error {
	switch {
	case q == "":
		return nil
	case !utf8.ValidString(q):
		return fmt.Errorf("%q is not valid UTF-8", q)
	case len(sqlstore.QueryTerms(q)) == 0:
		return fmt.Errorf("%q has no word to search for (letters or digits)", q)
	}
	return nil
}

// ParseDay reads a bound of a story listing: a YYYY-MM-DD day or an RFC
// 3339 time; a bare day used as an upper bound (end) covers the whole
// day, a time bounds at that time. The API, the UI and 'crosswire
// stories --from/--to' read their bounds with it.
func ParseDay(s string, end bool) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
	}
	if end {
		t = t.Add(24*time.Hour - time.Nanosecond)
	}
	return t, nil
}

// CheckDays refuses listing bounds (ParseDay) that no story can fall
// between: from after to. The API, the UI and 'crosswire stories' check
// with it; fromText and toText are the bounds as written.
func CheckDays(from, to time.Time, fromText, toText string) error {
	if !from.IsZero() && !to.IsZero() && from.After(to) {
		return fmt.Errorf("from %s is after to %s: no story can be seen in between", strings.TrimSpace(fromText), strings.TrimSpace(toText))
	}
	return nil
}

func (s *Server) getStories(w http.ResponseWriter, r *http.Request) {
	if err := knownParams(r.URL.Query(), storyParams...); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	f, err := storyFilter(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	offset, err := pageOffset(r.URL.Query())
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	// a page: the store lists the stories up to the page's end and one
	// more, which tells whether a next page exists
	limit := f.Limit
	if limit > 0 {
		f.Limit = offset + limit + 1
	}
	list, err := s.store.Stories(r.Context(), f)
	if err != nil {
		s.internal(w, r, "could not list stories", err)
		return
	}
	list = list[min(offset, len(list)):]
	more := limit > 0 && len(list) > limit
	if more {
		list = list[:limit]
	}
	if len(list) == 0 {
		list = []crosswire.StorySummary{}
	}
	for i := range list {
		if list[i].Outlets == nil {
			list[i].Outlets = []string{}
		}
	}
	body := map[string]any{"stories": list}
	if more {
		// the same query from the next story on: a client follows next
		// until a page has none
		q := r.URL.Query()
		q.Set("offset", strconv.Itoa(offset+limit))
		body["next"] = r.URL.Path + "?" + q.Encode()
	}
	writeJSON(w, http.StatusOK, body)
}

// story reads one story, answering 404 or 500 itself when it cannot.
func (s *Server) story(w http.ResponseWriter, r *http.Request) (crosswire.Story, bool) {
	id := r.PathValue("id")
	st, err := s.store.Story(r.Context(), id)
	if errors.Is(err, crosswire.ErrNotFound) {
		s.moved(w, r, id)
		return st, false
	}
	if err != nil {
		s.internal(w, r, "could not read the story", fmt.Errorf("story %s: %w", id, err))
		return st, false
	}
	report.NormalizeStory(&st)
	return st, true
}

// moved answers for a story ID that is not stored: a story that was
// merged into another or renamed by a new version redirects there (308,
// the same path with the new ID, query kept); one that split answers 300
// with the stories it became ({"stories": [{"id", "title", "url"}]} from
// the API, a list of links in the UI); an ID never stored is 404.
func (s *Server) moved(w http.ResponseWriter, r *http.Request, id string) {
	succ, err := s.store.Successors(r.Context(), id)
	if err != nil {
		s.internal(w, r, "could not read the story", fmt.Errorf("story %s: %w", id, err))
		return
	}
	swap := func(newID string) string {
		u := *r.URL
		u.Path = strings.Replace(r.URL.Path, "/stories/"+id, "/stories/"+url.PathEscape(newID), 1)
		u.RawPath = ""
		return u.RequestURI()
	}
	switch len(succ) {
	case 0:
		s.deny(w, r, http.StatusNotFound, fmt.Sprintf("no story %q", id))
	case 1:
		w.Header().Set("Location", swap(succ[0]))
		if isAPI(r) {
			writeJSON(w, http.StatusPermanentRedirect, map[string]string{"error": fmt.Sprintf("story %q is now story %q", id, succ[0]), "story": succ[0]})
			return
		}
		http.Redirect(w, r, swap(succ[0]), http.StatusPermanentRedirect)
	default:
		type split struct {
			ID    string `json:"id"`
			Title string `json:"title"`
			URL   string `json:"url"`
		}
		list := make([]split, 0, len(succ))
		links := make([]errorLink, 0, len(succ))
		for _, sid := range succ {
			title := ""
			if st, err := s.store.Story(r.Context(), sid); err == nil {
				title = st.Title
			}
			list = append(list, split{ID: sid, Title: title, URL: swap(sid)})
			if title == "" {
				title = sid
			}
			links = append(links, errorLink{URL: swap(sid), Title: title})
		}
		msg := fmt.Sprintf("Story %q split into %d stories.", id, len(succ))
		if isAPI(r) {
			writeJSON(w, http.StatusMultipleChoices, map[string]any{"error": msg, "stories": list})
			return
		}
		s.uiErrorLinks(w, r, http.StatusMultipleChoices, msg, links)
	}
}

func (s *Server) getStory(w http.ResponseWriter, r *http.Request) {
	st, ok := s.story(w, r)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, st)
}

func (s *Server) getStoryReport(w http.ResponseWriter, r *http.Request) {
	if err := knownParams(r.URL.Query(), "format"); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	format := r.URL.Query().Get("format")
	if format == "" {
		format = report.FormatMarkdown
	}
	ctype := map[string]string{
		report.FormatMarkdown: "text/markdown; charset=utf-8",
		"md":                  "text/markdown; charset=utf-8",
		report.FormatText:     "text/plain; charset=utf-8",
		report.FormatJSON:     "application/json",
	}[format]
	if ctype == "" {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("format %q: want markdown, text or json", format))
		return
	}
	st, ok := s.story(w, r)
	if !ok {
		return
	}
	var buf bytes.Buffer
	if err := report.Write(&buf, format, &crosswire.Report{Stories: []crosswire.Story{st}}, report.Options{Now: time.Now()}); err != nil {
		s.log.Error("render report", "id", st.ID, "err", err)
		writeError(w, http.StatusInternalServerError, "could not render the report")
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Write(buf.Bytes())
}

// articleWithStory is an article as the API returns it: the report
// contract's article plus the story it is in.
type articleWithStory struct {
	crosswire.Article
	Story *string `json:"story"`
}

func (s *Server) getArticle(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	a, err := s.store.Article(r.Context(), id)
	if errors.Is(err, crosswire.ErrNotFound) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no article %q", id))
		return
	}
	if err != nil {
		s.internal(w, r, "could not read the article", fmt.Errorf("article %s: %w", id, err))
		return
	}
	if a.Removed == nil {
		a.Removed = []crosswire.Removal{}
	}
	out := articleWithStory{Article: a}
	if sid, ok := s.storyOf(a.ID); ok {
		out.Story = &sid
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) getOpenAPI(w http.ResponseWriter, r *http.Request) {
	data, err := assets.ReadFile("openapi.json")
	if err != nil {
		writeError(w, http.StatusInternalServerError, "openapi.json missing")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(data)
}

func (s *Server) getHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	// The store's own count of unplaced articles, not only this
	// process's requests: after a crash or with workers sharing the
	// store, articles can wait for analysis that no request here asked
	// for.
	g, err := s.store.Generation(ctx)
	if err != nil {
		s.log.Warn("health check: store unavailable", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "error", "error": "store unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "analysis_pending": s.analyzer.pending() || g.Unplaced > 0, "unplaced": g.Unplaced})
}

func (s *Server) getMetrics(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	if err := s.metrics.write(w, s.analyzer.pending()); err != nil {
		s.log.Debug("write metrics", "err", err)
	}
}

// internal answers 500 and logs err, unless the client has gone away (its
// request context ended), which is logged at debug level only.
func (s *Server) internal(w http.ResponseWriter, r *http.Request, msg string, err error) {
	if r.Context().Err() != nil {
		s.log.Debug("client gone", "path", r.URL.Path, "err", err)
		return
	}
	s.log.Error(msg, "path", r.URL.Path, "err", err)
	s.deny(w, r, http.StatusInternalServerError, msg)
}

// writeJSON writes v as the response.
func writeJSON(w http.ResponseWriter, code int, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "could not encode the response")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write(data)
	w.Write([]byte("\n"))
}

// writeError writes {"error": msg} with the status code.
func writeError(w http.ResponseWriter, code int, msg string) {
	data, _ := json.Marshal(map[string]string{"error": msg})
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write(data)
	w.Write([]byte("\n"))
}

func sortStrings(s []string) { sort.Strings(s) }
