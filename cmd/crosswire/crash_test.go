package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"crosswire/sqlite"
)

// TestServeKilledMidLoadAnalysesAtRestart is the crash proof of `serve`:
// clients post articles while the server is killed with SIGKILL; a server
// restarted on the same store analyses every article it had
// acknowledged, without any new write, and /healthz reports analysis
// pending until it has.
func TestServeKilledMidLoadAnalysesAtRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs two servers")
	}
	bin := buildCLI(t)
	db := filepath.Join(t.TempDir(), "crash.db")
	addr := freeAddr(t)
	base := "http://" + addr
	start := func() *serveProc {
		cmd, errPath := startProc(t, bin, "serve", "--db", db, "--addr", addr)
		p := &serveProc{kill: func() { cmd.Process.Kill(); cmd.Wait() }, stderr: errPath}
		waitHealthy(t, base, errPath)
		return p
	}
	arts := fictionalWire(19, 400)
	srv := start()

	// Four clients post one article a request until the kill.
	var mu sync.Mutex
	acked := map[string]bool{}
	var wg sync.WaitGroup
	next := make(chan wireArticle)
	client := &http.Client{Timeout: 10 * time.Second}
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range next {
				body, _ := json.Marshal(map[string]string{"text": a.body, "title": a.title, "outlet": a.outlet, "url": a.url,
					"published": a.published.Format(time.RFC3339)})
				resp, err := client.Post(base+"/api/articles", "application/json", bytes.NewReader(body))
				if err != nil {
					continue // the server is gone: not acknowledged
				}
				var res struct {
					Articles []struct{ ID string } `json:"articles"`
				}
				if resp.StatusCode/100 == 2 && json.NewDecoder(resp.Body).Decode(&res) == nil {
					mu.Lock()
					for _, x := range res.Articles {
						acked[x.ID] = true
					}
					mu.Unlock()
				}
				resp.Body.Close()
			}
		}()
	}
	killed := false
	for i, a := range arts {
		if i == len(arts)*2/3 {
			srv.kill()
			killed = true
		}
		next <- a
	}
	close(next)
	wg.Wait()
	if !killed {
		t.Fatal("the server was not killed")
	}
	mu.Lock()
	n := len(acked)
	mu.Unlock()
	if n == 0 {
		t.Fatal("no article acknowledged before the kill")
	}

	// What the kill left: articles stored and never placed.
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	g, err := st.Generation(context.Background())
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("killed with %d articles acknowledged, %d stored articles unplaced", n, g.Unplaced)

	srv = start()
	defer srv.kill()
	var health struct {
		Pending  bool  `json:"analysis_pending"`
		Unplaced int64 `json:"unplaced"`
	}
	deadline := time.Now().Add(3 * time.Minute)
	for first := true; ; first = false {
		getJSON(t, base+"/healthz", &health)
		if first && g.Unplaced > 0 && !health.Pending {
			t.Errorf("restarted server with %d unplaced articles reports no analysis pending", g.Unplaced)
		}
		if !health.Pending && health.Unplaced == 0 {
			break
		}
		if time.Now().After(deadline) {
			b, _ := os.ReadFile(srv.stderr)
			t.Fatalf("restarted server still has analysis pending (%d unplaced) after 3 minutes, no write made:\n%s", health.Unplaced, lastLines(string(b), 20))
		}
		time.Sleep(200 * time.Millisecond)
	}
	missing := 0
	for id := range acked {
		var a struct {
			Story *string `json:"story"`
		}
		getJSON(t, base+"/api/articles/"+id, &a)
		if a.Story == nil {
			missing++
		}
	}
	if missing > 0 {
		t.Errorf("%d of %d acknowledged articles in no story after the restart", missing, n)
	}
}

// serveProc is a `crosswire serve` subprocess.
type serveProc struct {
	kill   func()
	stderr string
}

// freeAddr returns a loopback address with a port free at the time.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// waitHealthy waits until /healthz answers 200.
func waitHealthy(t *testing.T, base, errPath string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	b, _ := os.ReadFile(errPath)
	t.Fatalf("server not healthy in 30s:\n%s", b)
}

// getJSON decodes the JSON answer of a GET.
func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		var b strings.Builder
		fmt.Fprintf(&b, "GET %s: %d", url, resp.StatusCode)
		t.Fatal(b.String())
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
}
