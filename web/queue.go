package web

import (
	"context"
	"fmt"
	"net/http"

	"crosswire"
)

// Queue hands posted reports to ingest workers instead of the server
// cleaning and storing them itself, for when several machines share the
// ingest work (`crosswire serve --queue`): POST /api/articles then answers
// 202 Accepted with one job per report, and the stories appear in GET
// /api/stories once a worker has stored and analysed them.
// cmd/crosswire implements it over NATS JetStream (package natsqueue).
type Queue interface {
	// Submit queues one job per document, in order, and returns once the
	// queue holds them durably. On error, the jobs returned were queued.
	Submit(ctx context.Context, docs []crosswire.Document) ([]QueuedJob, error)
}

// QueuedJob is one report handed to the queue.
type QueuedJob struct {
	// ID is the job ID: the content hash of the report.
	ID string `json:"id"`
	// Article is the ID the report's article will have once a worker
	// stored it (GET /api/articles/{id}).
	Article string `json:"article"`
	Source  string `json:"source"`
	// Duplicate is true when the same report was queued shortly before,
	// so no new job was added.
	Duplicate bool `json:"duplicate"`
}

// queuedResult is the answer to a write handed to the queue.
type queuedResult struct {
	Jobs    []QueuedJob      `json:"jobs"`
	Skipped []crosswire.Skip `json:"skipped"`
}

// enqueue hands the documents to the queue.
func (s *Server) enqueue(ctx context.Context, docs []crosswire.Document, skipped []crosswire.Skip) (*queuedResult, error) {
	res := &queuedResult{Jobs: []QueuedJob{}, Skipped: skipped}
	if res.Skipped == nil {
		res.Skipped = []crosswire.Skip{}
	}
	if len(docs) == 0 {
		return res, nil
	}
	jobs, err := s.queue.Submit(ctx, docs)
	res.Jobs = append(res.Jobs, jobs...)
	if err != nil {
		return res, fmt.Errorf("queue %d reports (%d queued): %w", len(docs), len(jobs), err)
	}
	return res, nil
}

// postQueued answers POST /api/articles when the server has a queue: 202
// with the jobs, or 200 when every input was skipped and nothing was
// queued. ?wait is not honoured: the analysis runs in the workers.
func (s *Server) postQueued(w http.ResponseWriter, r *http.Request, docs []crosswire.Document, skipped []crosswire.Skip) {
	res, err := s.enqueue(r.Context(), docs, skipped)
	if err != nil {
		if r.Context().Err() != nil {
			s.log.Debug("client gone while queueing articles", "err", err)
			return
		}
		s.log.Error("queue posted articles", "err", err)
		writeError(w, http.StatusServiceUnavailable, "could not queue the articles; try again")
		return
	}
	code := http.StatusOK
	if len(res.Jobs) > 0 {
		code = http.StatusAccepted
	}
	writeJSON(w, code, res)
}

// ingestOrQueue stores the documents, or hands them to the queue when the
// server has one; queued reports come back as not-yet-grouped articles.
// queued tells which happened.
func (s *Server) ingestOrQueue(ctx context.Context, docs []crosswire.Document, skipped []crosswire.Skip) (res *ingestResult, queued bool, err error) {
	if s.queue == nil {
		res, err = s.ingest(ctx, docs, skipped)
		return res, false, err
	}
	q, err := s.enqueue(ctx, docs, skipped)
	if err != nil {
		return nil, true, err
	}
	res = &ingestResult{Articles: []postedArticle{}, Skipped: q.Skipped}
	for _, j := range q.Jobs {
		res.Articles = append(res.Articles, postedArticle{ID: j.Article, Source: j.Source, Created: !j.Duplicate})
	}
	return res, true, nil
}
