package main

import "sync"

// A pool analyses the jobs of a runner on several goroutines (--jobs) and
// commits them in input order on one writer goroutine. Memory stays
// bounded: at most 2×workers jobs wait for their turn, and the documents
// in flight hold at most inFlightBytes of text between them (a larger
// document goes alone).
type pool struct {
	r     *runner
	work  chan *job
	order chan *job
	wg    sync.WaitGroup
	wrote chan struct{}

	mu   sync.Mutex
	cond *sync.Cond
	held int
}

// inFlightBytes bounds the text of the documents in flight: with the
// analysis and the output of each, about 40 times that in memory.
const inFlightBytes = 2 << 20

func newPool(r *runner, workers int) *pool {
	p := &pool{r: r, work: make(chan *job, workers), order: make(chan *job, 2*workers), wrote: make(chan struct{})}
	p.cond = sync.NewCond(&p.mu)
	for i := 0; i < workers; i++ {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			w := newWorker()
			for j := range p.work {
				r.analyse(j, w)
				close(j.done)
			}
		}()
	}
	go p.write()
	return p
}

// submit queues j after the jobs already submitted; it waits while too
// many are in flight.
func (p *pool) submit(j *job) {
	j.done = make(chan struct{})
	p.mu.Lock()
	for p.held > 0 && p.held+j.size > inFlightBytes {
		p.cond.Wait()
	}
	p.held += j.size
	p.mu.Unlock()
	p.order <- j
	if j.isDoc {
		p.work <- j
	} else {
		close(j.done)
	}
}

// write commits the jobs in order, flushing the output whenever the next
// one is not ready yet, so that a reader of the pipe sees each document
// as soon as the ones before it are done.
func (p *pool) write() {
	defer close(p.wrote)
	r := p.r
	for {
		var j *job
		select {
		case j = <-p.order:
		default:
			r.locked(r.out.Flush)
			j = <-p.order
		}
		if j == nil {
			return
		}
		select {
		case <-j.done:
		default:
			r.locked(r.out.Flush)
			<-j.done
		}
		r.commit(j, false)
		p.mu.Lock()
		p.held -= j.size
		p.cond.Broadcast()
		p.mu.Unlock()
	}
}

// close waits until every job submitted is committed and the workers end.
func (p *pool) close() {
	close(p.order)
	close(p.work)
	p.wg.Wait()
	<-p.wrote
}
