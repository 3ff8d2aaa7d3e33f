package web

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/ingest"
	"crosswire/report"
	"crosswire/text"
)

// page is what every template gets.
type page struct {
	Title    string
	CSRF     string
	Auth     bool // the server has a token
	SignedIn bool
	CanWrite bool
	Nav      string
	Data     any
}

// parsePages parses each page template with the layout.
func parsePages() (map[string]*template.Template, error) {
	funcs := template.FuncMap{
		"day":     func(t time.Time) string { return dayString(&t) },
		"dayp":    dayString,
		"when":    whenString,
		"httpURL": httpURL,
		"join":    strings.Join,
		"inc":     func(i int) int { return i + 1 },
		"short":   shortWhen,
		// accept is what the upload form's file picker offers: every
		// file the reader reads, by name and by type.
		"accept": func() string {
			return strings.Join(ingest.Extensions, ",") + ",text/plain,text/markdown,text/html,application/json,application/warc"
		},
	}
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(assets, "templates/layout.html")
	if err != nil {
		return nil, fmt.Errorf("web: parse layout: %w", err)
	}
	names, err := fs.Glob(assets, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("web: list templates: %w", err)
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		name := path.Base(n)
		if name == "layout.html" {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(assets, n)
		if err != nil {
			return nil, fmt.Errorf("web: parse %s: %w", name, err)
		}
		pages[strings.TrimSuffix(name, ".html")] = t
	}
	return pages, nil
}

// staticVersions hashes the static files so their URLs change with their
// content and can be cached for long.
func staticVersions() (map[string]string, error) {
	out := map[string]string{}
	err := fs.WalkDir(assets, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := assets.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		out[path.Base(p)] = hex.EncodeToString(sum[:6])
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("web: hash static files: %w", err)
	}
	return out, nil
}

func (s *Server) serveStatic(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/static/")
	if _, ok := s.static[name]; !ok {
		s.uiError(w, r, http.StatusNotFound, "No such file.")
		return
	}
	if r.URL.Query().Get("v") == s.static[name] {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "no-cache")
	}
	http.ServeFileFS(w, r, subFS("static"), name)
}

// render writes a page; p.CSRF and the session fields are filled here.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, p page) {
	sess, err := s.sessions.start(w, r)
	if err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	p.CSRF = s.sessions.csrf(sess)
	p.Auth = s.sessions.token != ""
	p.SignedIn = sess.SignedIn
	p.CanWrite = s.sessions.canWrite(sess)
	t := s.pages[name]
	if t == nil {
		http.Error(w, "no template "+name, http.StatusInternalServerError)
		return
	}
	var buf bytes.Buffer
	err = t.ExecuteTemplate(&buf, "layout.html", struct {
		page
		Static map[string]string
	}{p, s.static})
	if err != nil {
		s.log.Error("render page", "page", name, "err", err)
		http.Error(w, "could not render the page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

// uiError renders an error page.
func (s *Server) uiError(w http.ResponseWriter, r *http.Request, code int, msg string) {
	s.uiErrorLinks(w, r, code, msg, nil)
}

// errorLink is a link an error page offers (the stories a split story
// became).
type errorLink struct{ URL, Title string }

// uiErrorLinks is uiError with links under the message.
func (s *Server) uiErrorLinks(w http.ResponseWriter, r *http.Request, code int, msg string, links []errorLink) {
	s.render(w, r, code, "error", page{Title: http.StatusText(code), Data: struct {
		Code    int
		Status  string
		Message string
		Links   []errorLink
	}{code, http.StatusText(code), msg, links}})
}

// storiesView is the data of the stories page.
type storiesView struct {
	Stories   []storyRow
	Filter    crosswire.StoryFilter
	From, To  string
	Outlets   []string
	Filtered  bool
	Pending   bool
	Error     string
	Total     int
	Truncated bool
	// Sort is the order chosen (a key of storySorts); Sorts the choices.
	Sort  string
	Sorts []sortChoice
	// Page is the 1-based page shown, Pages the number of pages, First
	// and Last the 1-based positions of its first and last story.
	Page, Pages, First, Last int
	// Prev and Next are the query strings of the pages around, "" at
	// either end.
	Prev, Next string
}

// storyRow is one line of the stories page: the summary and a snippet.
type storyRow struct {
	crosswire.StorySummary
	// Snippet is the opening sentence of the story's original.
	Snippet string
	// FewOutlets are the first outlets, shown; MoreOutlets counts the
	// rest (all are in the cell's tooltip).
	FewOutlets  []string
	MoreOutlets int
}

// fewOutlets is how many outlets a line of the list names.
const fewOutlets = 2

// sortChoice is one order of the stories page.
type sortChoice struct{ Key, Label string }

// storySorts are the orders of the stories page, the default first.
var storySorts = []sortChoice{
	{"newest", "newest"},
	{"versions", "most versions"},
	{"conflicts", "most high conflicts"},
}

// sortStories orders a listing (the store lists newest first) by key;
// ties keep the newest first.
func sortStories(list []crosswire.StorySummary, key string) {
	switch key {
	case "versions":
		slices.SortStableFunc(list, func(a, b crosswire.StorySummary) int {
			return cmp.Or(cmp.Compare(b.ArticleCount, a.ArticleCount), cmp.Compare(b.HighDiscrepancies, a.HighDiscrepancies))
		})
	case "conflicts":
		slices.SortStableFunc(list, func(a, b crosswire.StorySummary) int {
			return cmp.Or(cmp.Compare(b.HighDiscrepancies, a.HighDiscrepancies), cmp.Compare(b.ArticleCount, a.ArticleCount))
		})
	}
}

// maxListed caps the stories page; the API lists more with ?limit.
const maxListed = 500

// perPage is the number of stories a page of the list shows.
const perPage = 50

func (s *Server) uiStories(w http.ResponseWriter, r *http.Request) {
	v := storiesView{Outlets: s.outlets(), Pending: s.analyzer.pending(), Sorts: storySorts, Sort: storySorts[0].Key, Page: 1}
	q := r.URL.Query()
	v.From, v.To = q.Get("from"), q.Get("to")
	if k := q.Get("sort"); slices.ContainsFunc(storySorts, func(c sortChoice) bool { return c.Key == k }) {
		v.Sort = k
	}
	if p, err := strconv.Atoi(q.Get("page")); err == nil && p > 1 {
		v.Page = p
	}
	f, err := storyFilter(r)
	v.Filter = f
	code := http.StatusOK
	if err != nil {
		v.Error = err.Error()
		code = http.StatusBadRequest
	} else {
		f.Limit = maxListed + 1
		list, err := s.store.Stories(r.Context(), f)
		if err != nil {
			s.internal(w, r, "Could not list the stories.", err)
			return
		}
		if len(list) > maxListed {
			list, v.Truncated = list[:maxListed], true
		}
		sortStories(list, v.Sort)
		v.Total = len(list)
		v.Pages = max(1, (len(list)+perPage-1)/perPage)
		v.Page = min(v.Page, v.Pages)
		lo, hi := (v.Page-1)*perPage, min(v.Page*perPage, len(list))
		v.First, v.Last = lo+1, hi
		for _, sum := range list[lo:hi] {
			row := storyRow{StorySummary: sum, Snippet: s.snippet(r.Context(), sum.ID), FewOutlets: sum.Outlets}
			if len(sum.Outlets) > fewOutlets+1 {
				row.FewOutlets, row.MoreOutlets = sum.Outlets[:fewOutlets], len(sum.Outlets)-fewOutlets
			}
			v.Stories = append(v.Stories, row)
		}
		at := func(p int) string {
			qq := url.Values{}
			for k, vs := range q {
				qq[k] = vs
			}
			qq.Set("page", strconv.Itoa(p))
			return "?" + qq.Encode()
		}
		if v.Page > 1 {
			v.Prev = at(v.Page - 1)
		}
		if v.Page < v.Pages {
			v.Next = at(v.Page + 1)
		}
	}
	v.Filtered = f.Query != "" || f.Outlet != "" || !f.From.IsZero() || !f.To.IsZero() || f.Conflicts
	s.render(w, r, code, "stories", page{Title: "Stories", Nav: "stories", Data: v})
}

// snippetLen caps a snippet, in bytes; the page cuts it to one line.
const snippetLen = 240

// snippet returns the opening sentence of a story's original (its first
// version), cut to snippetLen, or "" when the story cannot be read.
// Snippets are kept by story ID: a story's ID comes from its articles,
// so the opening of its original does not change under one ID.
func (s *Server) snippet(ctx context.Context, id string) string {
	s.snipMu.Lock()
	sn, ok := s.snippets[id]
	s.snipMu.Unlock()
	if ok {
		return sn
	}
	st, err := s.store.Story(ctx, id)
	if err != nil {
		s.log.Debug("snippet", "story", id, "err", err)
		return ""
	}
	if len(st.Articles) == 0 {
		return ""
	}
	a := orderVersions(st.Articles)[0]
	sents := text.Of(&a)
	sn = strings.TrimSpace(a.Text)
	if len(sents) > 0 {
		sn = strings.TrimSpace(sents[0].Text)
	}
	sn = strings.Join(strings.Fields(sn), " ")
	if len(sn) > snippetLen {
		cut := snippetLen
		for cut > 0 && !utf8.RuneStart(sn[cut]) {
			cut--
		}
		sn = strings.TrimSpace(sn[:cut]) + "…"
	}
	s.snipMu.Lock()
	if len(s.snippets) >= maxSnippets {
		clear(s.snippets)
	}
	s.snippets[id] = sn
	s.snipMu.Unlock()
	return sn
}

// maxSnippets bounds the snippets a server keeps.
const maxSnippets = 4096

func (s *Server) uiStory(w http.ResponseWriter, r *http.Request) {
	st, ok := s.story(w, r)
	if !ok {
		return
	}
	title := st.Title
	if title == "" {
		title = "(untitled story)"
	}
	q := r.URL.Query()
	view := buildStoryView(&st, q["v"])
	view.filterFacts(q.Get("kind"), q.Get("status"))
	view.Related = s.relatedLinks(r.Context(), st.Related)
	s.render(w, r, http.StatusOK, "story", page{Title: title, Nav: "stories", Data: view})
}

// relatedLinks names a story's related stories (the same affair, told as
// other stories) by title for its page. A related id is the one the
// stories had at the last analysis of this one: an id since replaced is
// followed to the one story that holds its articles now, and one that
// split or leads nowhere is left out (its link would not lead to the
// story meant). At most 8 are stored per story, so 8 reads at most.
func (s *Server) relatedLinks(ctx context.Context, ids []string) []errorLink {
	var links []errorLink
	seen := map[string]bool{}
	for _, id := range ids {
		st, err := s.store.Story(ctx, id)
		if errors.Is(err, crosswire.ErrNotFound) {
			succ, serr := s.store.Successors(ctx, id)
			if serr != nil || len(succ) != 1 {
				continue
			}
			st, err = s.store.Story(ctx, succ[0])
		}
		if err != nil || seen[st.ID] {
			continue
		}
		seen[st.ID] = true
		title := st.Title
		if title == "" {
			title = "(untitled story)"
		}
		links = append(links, errorLink{URL: "/stories/" + url.PathEscape(st.ID), Title: title})
	}
	return links
}

// addView is the data of the add page and of its result.
type addView struct {
	Result  *ingestResult
	Error   string
	Pending bool
	// Stories are the stories the added articles are in, in order.
	Stories []addedStory
	Input   articleInput
}

type addedStory struct {
	ID, Title      string
	Versions, High int
	Articles       []postedArticle
}

func (s *Server) uiAddForm(w http.ResponseWriter, r *http.Request) {
	sess, _ := s.sessions.read(r)
	if !s.sessions.canWrite(sess) {
		http.Redirect(w, r, "/signin?next=%2Fadd", http.StatusSeeOther)
		return
	}
	s.render(w, r, http.StatusOK, "add", page{Title: "Add reports", Nav: "add", Data: addView{}})
}

// uiAdd takes pasted text and uploaded files, stores them, waits for the
// analysis (bounded) and shows which stories they went to.
func (s *Server) uiAdd(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.maxBody)
	// ParseMultipartForm parses a url-encoded form too (and then reports
	// ErrNotMultipart); uploads beyond 8 MiB spill to temporary files.
	if err := r.ParseMultipartForm(8 << 20); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		if mbe := (*http.MaxBytesError)(nil); errors.As(err, &mbe) {
			s.uiError(w, r, http.StatusRequestEntityTooLarge, "The upload is "+tooLarge(mbe.Limit)+".")
			return
		}
		s.uiError(w, r, http.StatusBadRequest, "Could not read the form: "+err.Error())
		return
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	sess, ok := s.sessions.read(r)
	if !ok || !s.sessions.checkCSRF(sess, r.PostFormValue("csrf")) {
		s.uiError(w, r, http.StatusForbidden, "The form expired or did not come from this site. Reload the page and try again.")
		return
	}
	if !s.sessions.canWrite(sess) {
		s.uiError(w, r, http.StatusUnauthorized, "Sign in to add reports.")
		return
	}
	in := articleInput{
		Text: r.PostFormValue("text"), Title: r.PostFormValue("title"), URL: r.PostFormValue("url"),
		Outlet: r.PostFormValue("outlet"), Published: r.PostFormValue("published"),
		Language: r.PostFormValue("language"), Author: r.PostFormValue("author"),
	}
	var docs []crosswire.Document
	var skipped []crosswire.Skip
	if strings.TrimSpace(in.Text) != "" {
		d, sk := documents([]articleInput{in})
		for i := range d {
			if d[i].Source == "api#1" {
				d[i].Source = "pasted text"
			}
		}
		for i := range sk {
			if sk[i].Source == "api#1" {
				sk[i].Source = "pasted text"
			}
		}
		docs, skipped = append(docs, d...), append(skipped, sk...)
	}
	if r.MultipartForm != nil {
		d, sk, err := s.readUploads(r.Context(), r.MultipartForm.File["files"])
		if err != nil {
			s.log.Error("read uploads", "err", err)
			s.uiError(w, r, http.StatusInternalServerError, "Could not read the uploaded files.")
			return
		}
		docs, skipped = append(docs, d...), append(skipped, sk...)
	}
	if len(docs) == 0 && len(skipped) == 0 {
		s.render(w, r, http.StatusBadRequest, "add", page{Title: "Add reports", Nav: "add", Data: addView{Error: "Paste the text of a report or choose files to upload.", Input: in}})
		return
	}
	res, queued, err := s.ingestOrQueue(r.Context(), docs, skipped)
	if err != nil {
		if r.Context().Err() != nil {
			s.log.Debug("client gone while storing uploads", "err", err)
			return
		}
		s.log.Error("store uploaded articles", "err", err)
		s.uiError(w, r, http.StatusInternalServerError, "Could not store the reports.")
		return
	}
	// Queued reports are analysed by the workers: nothing to wait for here.
	v := addView{Result: res, Pending: queued}
	if !queued {
		ctx, cancel := context.WithTimeout(r.Context(), s.wait)
		err = s.Settle(ctx)
		cancel()
		if err != nil {
			s.log.Warn("analysis not finished for upload", "err", err)
			v.Pending = true
		}
	}
	s.fillStories(res)
	v.Stories = s.addedStories(r.Context(), res)
	s.render(w, r, http.StatusOK, "added", page{Title: "Reports added", Nav: "add", Data: v})
}

// addedStories groups the added articles by story.
func (s *Server) addedStories(ctx context.Context, res *ingestResult) []addedStory {
	var out []addedStory
	at := map[string]int{}
	for _, a := range res.Articles {
		key := ""
		if a.Story != nil {
			key = *a.Story
		}
		i, ok := at[key]
		if !ok {
			i = len(out)
			at[key] = i
			as := addedStory{ID: key}
			if key != "" {
				if st, err := s.store.Story(ctx, key); err == nil {
					as.Title, as.Versions = st.Title, len(st.Articles)
					for _, d := range st.Discrepancies {
						if d.Severity == crosswire.SeverityHigh {
							as.High++
						}
					}
				}
			}
			out = append(out, as)
		}
		out[i].Articles = append(out[i].Articles, a)
	}
	return out
}

// readUploads writes uploaded files to a private temporary directory and
// reads them with the document reader, so uploads get exactly the formats
// of the CLI (text with header, Markdown, HTML, JSON, JSONL).
func (s *Server) readUploads(ctx context.Context, files []*multipart.FileHeader) ([]crosswire.Document, []crosswire.Skip, error) {
	if len(files) == 0 {
		return nil, nil, nil
	}
	dir, err := os.MkdirTemp("", "crosswire-upload-")
	if err != nil {
		return nil, nil, fmt.Errorf("upload dir: %w", err)
	}
	defer os.RemoveAll(dir)
	var docs []crosswire.Document
	var skipped []crosswire.Skip
	for i, fh := range files {
		name := uploadName(fh.Filename)
		if name == "" {
			name = "upload.txt"
		}
		if s.reader == nil {
			d, sk := s.readPlainUpload(fh, name)
			docs, skipped = append(docs, d...), append(skipped, sk...)
			continue
		}
		sub := filepath.Join(dir, fmt.Sprint(i))
		if err := os.Mkdir(sub, 0o700); err != nil {
			return nil, nil, fmt.Errorf("upload dir: %w", err)
		}
		p := filepath.Join(sub, name)
		if err := saveUpload(fh, p); err != nil {
			return nil, nil, err
		}
		d, sk := s.reader.Read(ctx, []string{p})
		for j := range d {
			d[j].Source = renameSource(d[j].Source, p, name)
		}
		for j := range sk {
			sk[j].Source = renameSource(sk[j].Source, p, name)
		}
		docs, skipped = append(docs, d...), append(skipped, sk...)
	}
	if err := ctx.Err(); err != nil {
		// The request ended while reading: what was read is not all
		// that was sent.
		return nil, nil, err
	}
	return docs, skipped, nil
}

// renameSource replaces the temporary path in a source by the name the
// user uploaded ("FILE#LINE" keeps its line).
func renameSource(src, tmp, name string) string {
	if strings.HasPrefix(src, tmp) {
		return name + strings.TrimPrefix(src, tmp)
	}
	return src
}

func saveUpload(fh *multipart.FileHeader, p string) error {
	f, err := fh.Open()
	if err != nil {
		return fmt.Errorf("open upload %s: %w", fh.Filename, err)
	}
	defer f.Close()
	out, err := os.OpenFile(p, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("save upload: %w", err)
	}
	if _, err := io.Copy(out, f); err != nil {
		out.Close()
		return fmt.Errorf("save upload: %w", err)
	}
	return out.Close()
}

// readPlainUpload reads an upload as plain UTF-8 text when no document
// reader is configured.
func (s *Server) readPlainUpload(fh *multipart.FileHeader, name string) ([]crosswire.Document, []crosswire.Skip) {
	f, err := fh.Open()
	if err != nil {
		return nil, []crosswire.Skip{{Source: name, Reason: "could not open the upload"}}
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil || strings.TrimSpace(string(data)) == "" {
		return nil, []crosswire.Skip{{Source: name, Reason: "empty or unreadable"}}
	}
	return []crosswire.Document{{Source: name, Body: string(data)}}, nil
}

// uploadName keeps the base name of an uploaded file, with only safe
// characters, so it can name a temporary file.
func uploadName(n string) string {
	n = path.Base(strings.ReplaceAll(n, `\`, "/"))
	var b strings.Builder
	for _, r := range n {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r), r == '.', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteRune('_')
		}
	}
	out := strings.TrimLeft(b.String(), ".")
	if len(out) > 120 {
		out = out[len(out)-120:]
	}
	return out
}

func (s *Server) uiSignInForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "signin", page{Title: "Sign in", Data: signInView{Next: safeNext(r.URL.Query().Get("next"))}})
}

type signInView struct {
	Next  string
	Error string
}

func (s *Server) uiSignIn(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		s.uiError(w, r, http.StatusBadRequest, "Could not read the form.")
		return
	}
	sess, ok := s.sessions.read(r)
	if !ok || !s.sessions.checkCSRF(sess, r.PostFormValue("csrf")) {
		s.uiError(w, r, http.StatusForbidden, "The form expired or did not come from this site. Reload the page and try again.")
		return
	}
	next := safeNext(r.PostFormValue("next"))
	if s.sessions.token == "" {
		http.Redirect(w, r, next, http.StatusSeeOther)
		return
	}
	if !s.sessions.tokenOK(r.PostFormValue("token")) {
		s.render(w, r, http.StatusUnauthorized, "signin", page{Title: "Sign in", Data: signInView{Next: next, Error: "That is not the server's token."}})
		return
	}
	if _, err := s.sessions.issue(w, r, true); err != nil {
		s.uiError(w, r, http.StatusInternalServerError, "Could not start a session.")
		return
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (s *Server) uiSignOut(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		s.uiError(w, r, http.StatusBadRequest, "Could not read the form.")
		return
	}
	sess, ok := s.sessions.read(r)
	if !ok || !s.sessions.checkCSRF(sess, r.PostFormValue("csrf")) {
		s.uiError(w, r, http.StatusForbidden, "The form expired or did not come from this site. Reload the page and try again.")
		return
	}
	s.sessions.end(w, r, sess)
	http.Redirect(w, r, "/stories", http.StatusSeeOther)
}

// safeNext keeps a redirect target on this site.
func safeNext(next string) string {
	u, err := url.Parse(next)
	if next == "" || err != nil || u.IsAbs() || u.Host != "" || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.Contains(next, `\`) {
		return "/stories"
	}
	return next
}

// httpURL returns u when it is an http(s) URL, for a link; "" otherwise
// (a javascript: or data: URL in a report is shown as text, never linked).
func httpURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

func dayString(t *time.Time) string {
	if t == nil || t.IsZero() {
		return "–"
	}
	return t.UTC().Format("2006-01-02")
}

// shortWhen is the publication time of a column header as the reports
// print it (report.PublishedString: "2026-09-16 08:20" UTC, "2026-09-16"
// for a day without a time of day). It always names the year: a header
// without it read a take of 2000 as this year's, and one relative to
// the current year would change the same page with the calendar.
func shortWhen(t *time.Time) string {
	if t == nil || t.IsZero() {
		return "undated"
	}
	return report.PublishedString(t)
}

// whenString is shortWhen for a tooltip, saying the time zone or that the
// day has no time of day.
func whenString(t *time.Time) string {
	if t == nil || t.IsZero() {
		return "date unknown"
	}
	if crosswire.DayOnly(*t) {
		return report.PublishedString(t) + " (no time of day)"
	}
	return report.PublishedString(t) + " UTC"
}
