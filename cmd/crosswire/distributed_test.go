package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go/jetstream"

	"crosswire"
	"crosswire/examples"
	"crosswire/ingest"
	"crosswire/natsqueue"
	"crosswire/pipeline"
	"crosswire/postgres"
	"crosswire/servicetest"
	"crosswire/sqlite"
)

// The proofs of the "more than one machine" layout: PostgreSQL as the
// shared store, NATS JetStream as the queue, several `crosswire worker`s.
// They need CROSSWIRE_TEST_POSTGRES (a database the tests may create
// schemas in; .ci/run provides one) and skip without it. NATS is the
// server CROSSWIRE_TEST_NATS names, else one embedded in the test.

// testPostgres returns a DSN whose search_path is a schema of the test's
// own, dropped afterwards.
func testPostgres(t testing.TB) string {
	t.Helper()
	return servicetest.PostgresSchema(t)
}

// testQueue returns a NATS URL and a queue name of the test's own; the
// stream is deleted afterwards.
func testQueue(t testing.TB) (natsURL, name string) {
	t.Helper()
	natsURL = servicetest.NATS(t)
	name = "test_" + servicetest.RandomHex(4)
	t.Cleanup(func() {
		nc, js, err := natsqueue.Connect(natsURL)
		if err != nil {
			t.Error(err)
			return
		}
		defer nc.Close()
		err = js.DeleteStream(context.Background(), "CROSSWIRE_INGEST_"+strings.ToUpper(name))
		if err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
			t.Errorf("delete stream: %v", err)
		}
	})
	return natsURL, name
}

// corpusDir writes the example corpus and n generated articles into a
// directory and returns it with the number of files.
func corpusDir(t testing.TB, seed int64, n int) (string, int) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	writeWire(t, dir, fictionalWire(seed, n))
	files := n
	err := fs.WalkDir(examples.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := examples.FS.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		return os.WriteFile(filepath.Join(dir, "example-"+path), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir, files
}

// cliRun is a CLI invocation running in the background, in process.
type cliRun struct {
	stop   context.CancelFunc
	done   chan int
	stderr string
}

// startCLI runs the CLI with args until stopCLI (as on SIGINT); stderr goes
// to a file reported when the test fails.
func startCLI(t testing.TB, args ...string) *cliRun {
	t.Helper()
	dir := t.TempDir()
	errPath := filepath.Join(dir, "stderr")
	errF, err := os.Create(errPath)
	if err != nil {
		t.Fatal(err)
	}
	outF, err := os.Create(filepath.Join(dir, "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	c := &cliRun{stop: cancel, done: make(chan int, 1), stderr: errPath}
	go func() {
		defer errF.Close()
		defer outF.Close()
		c.done <- run(ctx, args, nil, outF, errF)
	}()
	// A test that fails early must not leave the command running while
	// the queue and the schema are deleted under it.
	t.Cleanup(func() {
		cancel()
		code := <-c.done
		c.done <- code
	})
	return c
}

// stopCLI cancels the run and returns its exit status and stderr.
func (c *cliRun) stopCLI(t testing.TB) (int, string) {
	t.Helper()
	c.stop()
	var code int
	select {
	case code = <-c.done:
		c.done <- code
	case <-time.After(3 * time.Minute):
		t.Fatal("the command did not stop within 3 minutes of its cancellation")
	}
	b, _ := os.ReadFile(c.stderr)
	return code, string(b)
}

// progress is how far the workers are: articles stored, and articles
// placed in a story.
type progress struct{ stored, placed int }

func readProgress(ctx context.Context, conn *pgx.Conn) (progress, error) {
	var p progress
	err := conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM articles),
		(SELECT count(DISTINCT article_id) FROM story_articles)`).Scan(&p.stored, &p.placed)
	return p, err
}

// waitPlaced polls the database until want articles are stored and placed
// in stories, and returns when they were stored and when placed.
func waitPlaced(t testing.TB, dsn string, want int, timeout time.Duration) (stored, placed time.Time) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	deadline := time.Now().Add(timeout)
	for {
		p, err := readProgress(ctx, conn)
		if err != nil {
			t.Fatal(err)
		}
		if p.stored >= want && stored.IsZero() {
			stored = time.Now()
		}
		if p.stored >= want && p.placed >= want {
			return stored, time.Now()
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %v: %d of %d articles stored, %d placed in stories", timeout, p.stored, want, p.placed)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// storyDigest is what must agree between two stores: per story, its
// articles with their roles, and its discrepancies.
type storyDigest struct {
	Articles      []string // "ID role", sorted
	Discrepancies string   // JSON
}

// digest reads every story of a store, keyed by its sorted article IDs.
func digest(t testing.TB, st crosswire.Store) map[string]storyDigest {
	t.Helper()
	ctx := context.Background()
	list, err := st.Stories(ctx, crosswire.StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]storyDigest, len(list))
	for _, sum := range list {
		s, err := st.Story(ctx, sum.ID)
		if err != nil {
			t.Fatal(err)
		}
		var ids, arts []string
		for _, a := range s.Articles {
			ids = append(ids, a.ID)
			arts = append(arts, a.ID+" "+string(a.Role))
		}
		sort.Strings(ids)
		sort.Strings(arts)
		d, err := json.Marshal(s.Discrepancies)
		if err != nil {
			t.Fatal(err)
		}
		key := strings.Join(ids, ",")
		if _, dup := out[key]; dup {
			t.Errorf("two stories hold the same articles %s", key)
		}
		out[key] = storyDigest{Articles: arts, Discrepancies: string(d)}
	}
	return out
}

// compareDigests reports every story that differs between want and got.
func compareDigests(t testing.TB, wantName string, want map[string]storyDigest, gotName string, got map[string]storyDigest) {
	t.Helper()
	var missing, extra, differ []string
	for k, w := range want {
		g, ok := got[k]
		switch {
		case !ok:
			missing = append(missing, k)
		case !slices.Equal(w.Articles, g.Articles):
			differ = append(differ, fmt.Sprintf("roles of %s: %s has %v, %s has %v", k, wantName, w.Articles, gotName, g.Articles))
		case w.Discrepancies != g.Discrepancies:
			differ = append(differ, fmt.Sprintf("discrepancies of %s:\n  %s: %s\n  %s: %s", k, wantName, w.Discrepancies, gotName, g.Discrepancies))
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			extra = append(extra, k)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	sort.Strings(differ)
	show := func(s []string) []string { return s[:min(len(s), 5)] }
	if len(missing)+len(extra)+len(differ) > 0 {
		t.Errorf("%s has %d stories, %s %d: %d only in %s (first: %v), %d only in %s (first: %v), %d differ (first: %v)",
			wantName, len(want), gotName, len(got), len(missing), wantName, show(missing), len(extra), gotName, show(extra), len(differ), show(differ))
	}
}

// TestWorkersMatchOneProcess is the equivalence proof: the example corpus
// plus 3,000 generated articles, published on NATS and processed by three
// workers on PostgreSQL, give the same stories (the same articles in each,
// with the same roles) and the same discrepancies as `crosswire ingest`
// in one process on SQLite.
func TestWorkersMatchOneProcess(t *testing.T) {
	pg := testPostgres(t)
	natsURL, queue := testQueue(t)
	dir, files := corpusDir(t, 20310301, 3000)
	t0 := time.Now()

	// One process on SQLite.
	lite := filepath.Join(t.TempDir(), "one.db")
	if _, serr, code := runCLI(t, "", "ingest", "-q", "--db", lite, dir); code != 0 {
		t.Fatalf("ingest on SQLite: exit %d\n%s", code, serr)
	}
	tLite := time.Since(t0)

	// Three workers on PostgreSQL.
	t1 := time.Now()
	out, serr, code := runCLI(t, "", "ingest", "--queue", natsURL, "--queue-name", queue, dir)
	if code != 0 {
		t.Fatalf("ingest --queue: exit %d\n%s", code, serr)
	}
	if want := fmt.Sprintf("queued %d reports", files); !strings.Contains(out, want) {
		t.Fatalf("ingest --queue printed %q, want %q", out, want)
	}
	if out, serr, code := runCLI(t, "", "migrate", "--db", pg); code != 0 || !strings.Contains(out, "schema version") {
		t.Fatalf("migrate: exit %d, %q\n%s", code, out, serr)
	}
	var workers []*cliRun
	for range 3 {
		workers = append(workers, startCLI(t, "worker", "--queue", natsURL, "--queue-name", queue, "--db", pg,
			"--settle", "300ms", "--max-delay", "3s"))
	}
	_, placed := waitPlaced(t, pg, files, 150*time.Second)
	// Stopping them (as SIGINT does) makes each analyse what it stored
	// and re-analyse the store once (see pipeline.Scheduler).
	for _, w := range workers {
		w.stop()
	}
	for i, w := range workers {
		code, serr := w.stopCLI(t)
		if code != 0 || !strings.Contains(serr, "worker stopped") {
			t.Errorf("worker %d: exit %d\n%s", i, code, serr)
		}
		if testing.Verbose() {
			t.Logf("worker %d:\n%s", i, lastLines(serr, 3))
		}
	}
	t.Logf("%d articles: one process on SQLite %v; published and placed by 3 workers on PostgreSQL %v, stopped after a full analysis %v",
		files, tLite.Round(time.Millisecond), placed.Sub(t1).Round(time.Millisecond), time.Since(t1).Round(time.Millisecond))

	ctx := context.Background()
	one, err := sqlite.Open(ctx, lite)
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	shared, err := postgres.Open(ctx, pg)
	if err != nil {
		t.Fatal(err)
	}
	defer shared.Close()
	want, got := digest(t, one), digest(t, shared)
	compareDigests(t, "one process on SQLite", want, "3 workers on PostgreSQL", got)
	nd := 0
	for _, d := range want {
		if d.Discrepancies != "[]" {
			nd++
		}
	}
	if len(want) < files/3 || nd < 50 {
		t.Errorf("the corpus is too easy to prove anything: %d stories of %d articles, %d with discrepancies", len(want), files, nd)
	}
	if !t.Failed() {
		t.Logf("%d stories, %d with discrepancies, identical", len(want), nd)
	}
}

// lastLines returns the last n lines of s.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// wantFullAnalysis checks that the stored stories are exactly those a
// full analysis of the stored articles gives: no story split, none
// duplicated, every article in one.
func wantFullAnalysis(t testing.TB, st crosswire.Store) {
	t.Helper()
	ctx := context.Background()
	arts, err := st.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	stories, err := pipeline.New(nil).Analyze(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	mem, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	if err := mem.ReplaceStories(ctx, stories); err != nil {
		t.Fatal(err)
	}
	compareDigests(t, "a full analysis", digest(t, mem), "the workers", digest(t, st))
}

// published returns the job IDs of the reports in dir, read as ingest
// reads them: the content hashes their articles must be stored under.
func published(t testing.TB, dir string) map[string]bool {
	t.Helper()
	docs, skipped := (&ingest.Reader{}).Read(context.Background(), []string{dir})
	if len(skipped) > 0 {
		t.Fatalf("skipped %v", skipped)
	}
	ids := make(map[string]bool, len(docs))
	for _, d := range docs {
		ids[jobFor(d).ID] = true
	}
	return ids
}

// storedHashes returns how many times each content hash is stored.
func storedHashes(t testing.TB, dsn string) map[string]int {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT hash FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			t.Fatal(err)
		}
		n[h]++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	var multi int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM (SELECT article_id FROM story_articles
		GROUP BY article_id HAVING count(*) > 1) m`).Scan(&multi); err != nil {
		t.Fatal(err)
	}
	if multi > 0 {
		t.Errorf("%d articles are in more than one story", multi)
	}
	return n
}

// buildCLI builds the crosswire binary into a temporary directory.
func buildCLI(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "crosswire")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// startProc starts the binary as a subprocess with stderr in a file.
func startProc(t testing.TB, bin string, args ...string) (*exec.Cmd, string) {
	t.Helper()
	errPath := filepath.Join(t.TempDir(), "stderr")
	errF, err := os.Create(errPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { errF.Close() })
	cmd := exec.Command(bin, args...)
	cmd.Stderr = errF
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	return cmd, errPath
}

// queueEmpty waits until the queue's stream holds no job: every job was
// acknowledged (work-queue retention drops a job on its ack).
func queueEmpty(t testing.TB, natsURL, name string, timeout time.Duration) {
	t.Helper()
	ctx := context.Background()
	nc, js, err := natsqueue.Connect(natsURL)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	stream, err := js.Stream(ctx, "CROSSWIRE_INGEST_"+strings.ToUpper(name))
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(timeout)
	for {
		info, err := stream.Info(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if info.State.Msgs == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %v the queue still holds %d jobs", timeout, info.State.Msgs)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestWorkerKilledMidBatch is the fault proof: a worker process handling
// four jobs at a time places a first wave of jobs in stories, and is
// killed with SIGKILL in the second wave once a third of the jobs are
// stored and some of them not yet placed, in the middle of whatever it
// was doing (storing, analysing under the lock); a second worker process
// started afterwards finishes the queue. Every published article must be
// stored exactly once, the queue must end empty, and the stories must be
// exactly those a full analysis of the stored articles gives: none split,
// none duplicated.
func TestWorkerKilledMidBatch(t *testing.T) {
	pg := testPostgres(t)
	natsURL, queue := testQueue(t)
	dir, files := corpusDir(t, 4242, 1500)
	// The jobs go out in two waves: a third first, the rest once the
	// first worker placed some in stories. In one wave the worker stores
	// about 400 articles a second while its first analysis, of the few
	// hundred stored by then, takes seconds: it would store most of the
	// queue before placing anything, and the kill would never land after
	// a placement.
	later := filepath.Join(t.TempDir(), "later")
	if err := os.Mkdir(later, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range entries {
		if i%3 != 0 {
			if err := os.Rename(filepath.Join(dir, e.Name()), filepath.Join(later, e.Name())); err != nil {
				t.Fatal(err)
			}
		}
	}
	want := published(t, dir)
	maps.Copy(want, published(t, later))
	if len(want) != files {
		t.Fatalf("%d distinct reports in %d files", len(want), files)
	}
	bin := buildCLI(t)
	if out, serr, code := runCLI(t, "", "migrate", "--db", pg); code != 0 {
		t.Fatalf("migrate: exit %d, %q\n%s", code, out, serr)
	}
	publish := func(dir string) {
		t.Helper()
		if _, serr, code := runCLI(t, "", "ingest", "-q", "--queue", natsURL, "--queue-name", queue, dir); code != 0 {
			t.Fatalf("ingest --queue: exit %d\n%s", code, serr)
		}
	}
	publish(dir)
	workerArgs := []string{"worker", "--queue", natsURL, "--queue-name", queue, "--db", pg,
		"--concurrency", "4", "--ack-wait", "2s", "--settle", "200ms", "--max-delay", "1s"}

	first, firstLog := startProc(t, bin, workerArgs...)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pg)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var atKill progress
	wait := func(what string, done func(progress) bool) {
		t.Helper()
		for deadline := time.Now().Add(60 * time.Second); ; {
			if atKill, err = readProgress(ctx, conn); err != nil {
				t.Fatal(err)
			}
			if done(atKill) {
				return
			}
			if time.Now().After(deadline) {
				b, _ := os.ReadFile(firstLog)
				t.Fatalf("the first worker has not %s in 60s: %d articles stored, %d placed\n%s", what, atKill.stored, atKill.placed, b)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	wait("placed an article", func(p progress) bool { return p.placed > 0 })
	publish(later)
	// Mid-batch: some of its articles placed in stories, more stored
	// and not yet placed, jobs in hand and more in the queue.
	wait("stored a third of the jobs", func(p progress) bool { return p.stored > p.placed && p.stored >= files/3 })
	if err := first.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err = first.Wait()
	if ws, ok := first.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("the first worker was not killed by SIGKILL: %v", err)
	}
	if atKill.stored >= files {
		t.Fatalf("the first worker stored all %d articles before it was killed: nothing proven", files)
	}
	t.Logf("killed the first worker with %d of %d articles stored, %d placed", atKill.stored, files, atKill.placed)
	if testing.Verbose() {
		b, _ := os.ReadFile(firstLog)
		t.Logf("its log:\n%s", lastLines(string(b), 5))
	}

	second, secondLog := startProc(t, bin, workerArgs...)
	t0 := time.Now()
	waitPlaced(t, pg, files, 100*time.Second)
	queueEmpty(t, natsURL, queue, 30*time.Second)
	t.Logf("the second worker finished in %v", time.Since(t0).Round(time.Millisecond))
	if err := second.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := second.Wait(); err != nil {
		b, _ := os.ReadFile(secondLog)
		t.Fatalf("the second worker did not stop cleanly on SIGTERM: %v\n%s", err, b)
	}
	if b, _ := os.ReadFile(secondLog); !strings.Contains(string(b), "worker stopped") {
		t.Errorf("the second worker's log has no stop line:\n%s", b)
	}

	stored := storedHashes(t, pg)
	for h := range want {
		if stored[h] != 1 {
			t.Errorf("article %s stored %d times, want once", h[:16], stored[h])
		}
	}
	for h := range stored {
		if !want[h] {
			t.Errorf("article %s stored but never published", h[:16])
		}
	}
	st, err := postgres.Open(ctx, pg)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	wantFullAnalysis(t, st)
}

// TestServeQueuedToWorkers: `serve --queue` answers POST /api/articles with
// 202 and job IDs and stores nothing itself; once a worker has processed
// the jobs, GET /api/stories lists their story.
func TestServeQueuedToWorkers(t *testing.T) {
	pg := testPostgres(t)
	natsURL, queue := testQueue(t)
	if _, serr, code := runCLI(t, "", "migrate", "--db", pg); code != 0 {
		t.Fatalf("migrate: exit %d\n%s", code, serr)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	srv := startCLI(t, "serve", "--addr", addr, "--db", pg, "--queue", natsURL, "--queue-name", queue)
	defer srv.stopCLI(t)
	base := "http://" + addr
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("serve did not come up in 20s")
		}
	}

	// The five versions of one example story, as API objects.
	matches, err := filepath.Glob(filepath.Join(examplesDir, "norland-minister-*.txt"))
	if err != nil || len(matches) != 5 {
		t.Fatalf("example versions: %v %v", matches, err)
	}
	docs, _ := (&ingest.Reader{}).Read(context.Background(), matches)
	var posted []map[string]string
	for _, d := range docs {
		posted = append(posted, map[string]string{"text": d.Body, "title": d.Title, "outlet": d.Outlet,
			"url": d.URL, "published": d.Published.Format(time.RFC3339), "language": d.Language})
	}
	body, err := json.Marshal(posted)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(base+"/api/articles", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Jobs []struct {
			ID, Article string
			Duplicate   bool
		}
		Skipped []crosswire.Skip
	}
	err = json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusAccepted || len(res.Jobs) != 5 || len(res.Skipped) != 0 {
		t.Fatalf("POST /api/articles: %d %+v (%v); want 202 with 5 jobs", resp.StatusCode, res, err)
	}

	stories := func() []crosswire.StorySummary {
		resp, err := http.Get(base + "/api/stories")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var list struct{ Stories []crosswire.StorySummary }
		if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
			t.Fatal(err)
		}
		return list.Stories
	}
	if got := stories(); len(got) != 0 {
		t.Fatalf("stories before any worker ran: %+v", got)
	}
	w := startCLI(t, "worker", "--queue", natsURL, "--queue-name", queue, "--db", pg, "--settle", "100ms")
	defer w.stopCLI(t)
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		got := stories()
		if len(got) == 1 && got[0].ArticleCount == 5 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("stories 60s after the worker started: %+v", got)
		}
	}
	resp, err = http.Get(base + "/api/articles/" + res.Jobs[0].Article)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET /api/articles/%s: %d, want 200: the job's article ID must be the stored one", res.Jobs[0].Article, resp.StatusCode)
	}
}

// runTB runs the CLI in process to completion, like runCLI, for
// benchmarks too; it returns stdout, stderr and the exit status.
func runTB(tb testing.TB, args ...string) (string, string, int) {
	tb.Helper()
	c := startCLI(tb, args...)
	code := <-c.done
	c.done <- code
	errOut, _ := os.ReadFile(c.stderr)
	out, _ := os.ReadFile(filepath.Join(filepath.Dir(c.stderr), "stdout"))
	return string(out), string(errOut), code
}
