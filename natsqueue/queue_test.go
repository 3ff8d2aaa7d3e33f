package natsqueue

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"crosswire"
	"crosswire/servicetest"
	"crosswire/sqlite"
)

// testJetStream returns a JetStream context and a Config with a stream,
// subject and consumer of its own: on the server named by
// CROSSWIRE_TEST_NATS when set (the stream is deleted afterwards), else on
// a server embedded in the test process (random port, JetStream in a temp
// dir).
func testJetStream(t *testing.T) (jetstream.JetStream, Config) {
	t.Helper()
	url := servicetest.NATS(t)
	nc, js, err := Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	b := make([]byte, 4)
	rand.Read(b)
	suffix := hex.EncodeToString(b)
	cfg := Config{
		Stream:  "CROSSWIRE_TEST_" + suffix,
		Subject: "crosswire.test." + suffix,
		Durable: "crosswire-test-" + suffix,
		AckWait: 2 * time.Second,
		Backoff: 50 * time.Millisecond,
		Log:     slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
	t.Cleanup(func() {
		if err := js.DeleteStream(context.Background(), cfg.Stream); err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
			t.Errorf("delete stream: %v", err)
		}
	})
	return js, cfg
}

// newPublisher returns a Publisher on cfg's stream, failing the test on error.
func newPublisher(t *testing.T, js jetstream.JetStream, cfg Config) *Publisher {
	t.Helper()
	pub, err := NewPublisher(context.Background(), js, cfg)
	if err != nil {
		t.Fatalf("NewPublisher: %v", err)
	}
	return pub
}

// newConsumer returns a Consumer of cfg's durable, failing the test on error.
func newConsumer(t *testing.T, js jetstream.JetStream, cfg Config) *Consumer {
	t.Helper()
	cons, err := NewConsumer(context.Background(), js, cfg)
	if err != nil {
		t.Fatalf("NewConsumer: %v", err)
	}
	return cons
}

// publish queues the jobs numbered ns, failing the test on error.
func publish(t *testing.T, pub *Publisher, ns ...int) {
	t.Helper()
	for _, n := range ns {
		if _, err := pub.Publish(context.Background(), job(n)); err != nil {
			t.Fatalf("Publish job %d: %v", n, err)
		}
	}
}

// job builds a job for a fictional document, with the content hash as ID.
func job(n int) Job {
	pub := time.Date(2031, 5, 2, 8, 0, 0, 0, time.UTC)
	doc := crosswire.Document{
		Source: fmt.Sprintf("feeds/harbor/%d.html", n), Body: fmt.Sprintf("<p>Ferry %d docked late at Port Ellis.</p>", n),
		HTML: true, URL: fmt.Sprintf("https://example.org/%d", n), Title: "Ferry late", Outlet: "Harbor Post",
		Author: "Mira Solberg", Language: "en", Published: &pub,
	}
	h := sha256.Sum256([]byte(doc.Outlet + "\x00" + doc.URL + "\x00" + doc.Title + "\x00" + doc.Body))
	return Job{ID: hex.EncodeToString(h[:]), Document: doc}
}

// storer is a worker's handler: it stores the job's document as an
// article in a SQLite store, and records what it saw.
type storer struct {
	store *sqlite.Store
	// fail, when set, decides whether a delivery fails.
	fail func(job Job, attempt int) error

	mu       sync.Mutex
	attempts map[string][]int
	created  map[string]int
	docs     map[string]crosswire.Document
}

func newStorer(t *testing.T) *storer {
	t.Helper()
	s, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return &storer{store: s, attempts: map[string][]int{}, created: map[string]int{}, docs: map[string]crosswire.Document{}}
}

func (s *storer) handle(ctx context.Context, job Job, attempt int) error {
	s.mu.Lock()
	s.attempts[job.ID] = append(s.attempts[job.ID], attempt)
	s.docs[job.ID] = job.Document
	s.mu.Unlock()
	if s.fail != nil {
		if err := s.fail(job, attempt); err != nil {
			return err
		}
	}
	d := job.Document
	_, created, err := s.store.PutArticle(ctx, crosswire.Article{
		ID: job.ID[:16], Hash: job.ID, Source: d.Source, URL: d.URL, Title: d.Title, Outlet: d.Outlet,
		Author: d.Author, Published: d.Published, Language: d.Language, Text: d.Body,
	})
	if err != nil {
		return err
	}
	if created {
		s.mu.Lock()
		s.created[job.ID]++
		s.mu.Unlock()
	}
	return nil
}

// waitStored waits until the store holds n articles, then a little more
// to let any extra delivery show up.
func (s *storer) waitStored(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		arts, err := s.store.Articles(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if len(arts) >= n {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d articles stored after 20s, want %d", len(arts), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
}

// drain runs workers Runs of s.handle on cons until the store holds n
// articles, then stops them.
func (s *storer) drain(t *testing.T, cons *Consumer, workers, n int) {
	t.Helper()
	stop := runWorkers(t, cons, workers, s.handle)
	s.waitStored(t, n)
	stop()
}

// runWorkers starts n Runs of handle and returns a function that stops
// them and reports their errors.
func runWorkers(t *testing.T, c *Consumer, n int, handle Handler) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := c.Run(ctx, handle); err != nil {
				t.Errorf("Run: %v", err)
			}
		}()
	}
	var once sync.Once
	stop = func() { once.Do(func() { cancel(); wg.Wait() }) }
	t.Cleanup(stop)
	return stop
}

func TestPublishConsume(t *testing.T) {
	ctx := context.Background()
	js, cfg := testJetStream(t)
	pub := newPublisher(t, js, cfg)
	tests := []struct {
		name    string
		job     Job
		wantDup bool
	}{
		{"first", job(1), false},
		{"second", job(2), false},
		{"same document again", job(1), true},
		{"third", job(3), false},
		{"second again", job(2), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dup, err := pub.Publish(ctx, tc.job)
			if err != nil {
				t.Fatalf("Publish: %v", err)
			}
			if dup != tc.wantDup {
				t.Errorf("Publish duplicate = %v, want %v", dup, tc.wantDup)
			}
		})
	}
	if _, err := pub.Publish(ctx, Job{Document: crosswire.Document{Source: "x"}}); err == nil {
		t.Error("Publish accepted a job without an ID")
	}

	st := newStorer(t)
	st.drain(t, newConsumer(t, js, cfg), 1, 3)
	for _, n := range []int{1, 2, 3} {
		j := job(n)
		if got := st.attempts[j.ID]; !reflect.DeepEqual(got, []int{1}) {
			t.Errorf("job %d deliveries = %v, want [1]", n, got)
		}
		if got := st.docs[j.ID]; !reflect.DeepEqual(got, j.Document) {
			t.Errorf("job %d document:\n got %+v\nwant %+v", n, got, j.Document)
		}
	}
	// Acknowledged jobs have left the work queue.
	stream, err := js.Stream(ctx, cfg.Stream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := stream.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 0 {
		t.Errorf("stream holds %d messages after all were handled, want 0", info.State.Msgs)
	}
}

func TestRedelivery(t *testing.T) {
	tests := []struct {
		name         string
		failures     int // deliveries that fail before one succeeds
		wantAttempts []int
	}{
		{"fails once then succeeds", 1, []int{1, 2}},
		{"fails three times then succeeds", 3, []int{1, 2, 3, 4}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			js, cfg := testJetStream(t)
			pub, cons := newPublisher(t, js, cfg), newConsumer(t, js, cfg)
			st := newStorer(t)
			st.fail = func(j Job, attempt int) error {
				if j.ID == job(7).ID && attempt <= tc.failures {
					return errors.New("database unavailable")
				}
				return nil
			}
			publish(t, pub, 7, 8)
			st.drain(t, cons, 2, 2)
			if got := st.attempts[job(7).ID]; !reflect.DeepEqual(got, tc.wantAttempts) {
				t.Errorf("failing job deliveries = %v, want %v", got, tc.wantAttempts)
			}
			if got := st.attempts[job(8).ID]; !reflect.DeepEqual(got, []int{1}) {
				t.Errorf("healthy job deliveries = %v, want [1]", got)
			}
			for _, n := range []int{7, 8} {
				if c := st.created[job(n).ID]; c != 1 {
					t.Errorf("job %d stored %d times, want exactly once", n, c)
				}
			}
			if arts, _ := st.store.Articles(context.Background()); len(arts) != 2 {
				t.Errorf("store holds %d articles, want 2", len(arts))
			}
		})
	}
}

// TestWorkerDies checks that a job whose worker stops mid-job (no ack, no
// nak) goes to another worker after AckWait, and is stored once.
func TestWorkerDies(t *testing.T) {
	ctx := context.Background()
	js, cfg := testJetStream(t)
	cfg.AckWait = time.Second
	cons := newConsumer(t, js, cfg)
	publish(t, newPublisher(t, js, cfg), 9)
	// The first worker is shut down while it holds the job.
	dying, die := context.WithCancel(ctx)
	took := make(chan int, 1)
	errc := make(chan error, 1)
	go func() {
		errc <- cons.Run(dying, func(ctx context.Context, j Job, attempt int) error {
			took <- attempt
			die()
			<-ctx.Done()
			return ctx.Err()
		})
	}()
	if a := <-took; a != 1 {
		t.Errorf("first worker got attempt %d, want 1", a)
	}
	if err := <-errc; err != nil {
		t.Errorf("Run after cancel = %v, want nil", err)
	}
	start := time.Now()
	st := newStorer(t)
	st.drain(t, cons, 1, 1)
	if got := st.attempts[job(9).ID]; !reflect.DeepEqual(got, []int{2}) {
		t.Errorf("second worker deliveries = %v, want [2]", got)
	}
	if st.created[job(9).ID] != 1 {
		t.Errorf("job stored %d times, want once", st.created[job(9).ID])
	}
	t.Logf("redelivered %v after the worker died (AckWait %v)", time.Since(start).Round(10*time.Millisecond), cfg.AckWait)
}

// TestSlowHandlerNotRedelivered checks that jobs whose handling takes
// longer than AckWait are not redelivered: the running one because the
// consumer reports progress, the waiting ones because they are not fetched
// before their turn.
func TestSlowHandlerNotRedelivered(t *testing.T) {
	js, cfg := testJetStream(t)
	cfg.AckWait = 400 * time.Millisecond
	cons := newConsumer(t, js, cfg)
	slow := []int{11, 12, 13}
	publish(t, newPublisher(t, js, cfg), slow...)
	st := newStorer(t)
	st.fail = func(Job, int) error { time.Sleep(2 * cfg.AckWait); return nil }
	stop := runWorkers(t, cons, 1, st.handle)
	st.waitStored(t, len(slow))
	time.Sleep(2 * cfg.AckWait)
	stop()
	for _, n := range slow {
		if got := st.attempts[job(n).ID]; !reflect.DeepEqual(got, []int{1}) {
			t.Errorf("slow job %d deliveries = %v, want [1]", n, got)
		}
	}
}

// TestRunEndsWhenStreamDeleted checks that Run reports a queue that is
// gone instead of polling it forever.
func TestRunEndsWhenStreamDeleted(t *testing.T) {
	ctx := context.Background()
	js, cfg := testJetStream(t)
	cons := newConsumer(t, js, cfg)
	errc := make(chan error, 1)
	go func() { errc <- cons.Run(ctx, func(context.Context, Job, int) error { return nil }) }()
	time.Sleep(200 * time.Millisecond)
	if err := js.DeleteStream(ctx, cfg.Stream); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-errc:
		if err == nil {
			t.Error("Run returned nil after its stream was deleted, want an error")
		}
		t.Logf("Run: %v", err)
	case <-time.After(40 * time.Second):
		t.Fatal("Run still running 40s after its stream was deleted")
	}
}

func TestNotAJob(t *testing.T) {
	ctx := context.Background()
	js, cfg := testJetStream(t)
	pub, cons := newPublisher(t, js, cfg), newConsumer(t, js, cfg)
	for _, data := range []string{"not json", `{"document": {"Source": "no id"}}`} {
		if _, err := js.Publish(ctx, cfg.Subject, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	publish(t, pub, 12)
	st := newStorer(t)
	st.drain(t, cons, 1, 1)
	if len(st.attempts) != 1 {
		t.Errorf("handler saw %d jobs, want only the valid one", len(st.attempts))
	}
	info, err := cons.cons.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.NumAckPending != 0 || info.NumPending != 0 {
		t.Errorf("consumer has %d pending acks, %d pending messages; want none (bad messages terminated)", info.NumAckPending, info.NumPending)
	}
}

func TestManyWorkers(t *testing.T) {
	js, cfg := testJetStream(t)
	pub := newPublisher(t, js, cfg)
	const jobs = 60
	for n := range jobs {
		publish(t, pub, 100+n)
	}
	st := newStorer(t)
	// Every fifth job fails on its first delivery.
	st.fail = func(j Job, attempt int) error {
		if attempt == 1 && j.ID[0]%5 == 0 {
			return errors.New("transient")
		}
		return nil
	}
	// Workers on separate consumers of the one durable, as on separate
	// machines.
	for range 3 {
		runWorkers(t, newConsumer(t, js, cfg), 2, st.handle)
	}
	st.waitStored(t, jobs)
	st.mu.Lock()
	defer st.mu.Unlock()
	for id, n := range st.created {
		if n != 1 {
			t.Errorf("job %s stored %d times", id[:8], n)
		}
	}
	if len(st.created) != jobs {
		t.Errorf("%d jobs stored, want %d", len(st.created), jobs)
	}
}
