package main

import (
	"encoding/binary"
	"io"
	"net"
	"net/url"
	"sync"
	"sync/atomic"
)

// wire sits between Assay and PostgreSQL and counts, from what Assay sends, the statements
// the server runs (Query and Execute messages: BEGIN and COMMIT, and statements sent in a
// pipeline, count too) and the round trips (each Sync or simple Query waits for the server).
type wire struct {
	ln                net.Listener
	target            string
	statements, waits atomic.Int64
	counting          atomic.Bool
	mu                sync.Mutex
	conns             []net.Conn
}

// listenWire starts a wire to the server of postgresURL and returns it and the URL that
// reaches the server through it.
func listenWire(postgresURL string) (*wire, string, error) {
	u, err := url.Parse(postgresURL)
	if err != nil {
		return nil, "", err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", err
	}
	w := &wire{ln: ln, target: u.Host}
	u.Host = ln.Addr().String()
	go w.serve()
	return w, u.String(), nil
}

func (w *wire) serve() {
	for {
		c, err := w.ln.Accept()
		if err != nil {
			return
		}
		s, err := net.Dial("tcp", w.target)
		if err != nil {
			c.Close()
			continue
		}
		w.mu.Lock()
		w.conns = append(w.conns, c, s)
		w.mu.Unlock()
		go func() { io.Copy(c, s); c.Close() }()
		go func() { w.count(io.TeeReader(c, s)); s.Close() }()
	}
}

// count reads the messages a client sends (after the startup message, which has no type).
func (w *wire) count(r io.Reader) {
	var n [4]byte
	if _, err := io.ReadFull(r, n[:]); err != nil {
		return
	}
	if _, err := io.CopyN(io.Discard, r, int64(binary.BigEndian.Uint32(n[:]))-4); err != nil {
		return
	}
	var head [5]byte
	for {
		if _, err := io.ReadFull(r, head[:]); err != nil {
			return
		}
		if w.counting.Load() {
			switch head[0] {
			case 'Q':
				w.statements.Add(1)
				w.waits.Add(1)
			case 'E':
				w.statements.Add(1)
			case 'S':
				w.waits.Add(1)
			}
		}
		if _, err := io.CopyN(io.Discard, r, int64(binary.BigEndian.Uint32(head[1:]))-4); err != nil {
			return
		}
	}
}

// Close stops the wire and its connections.
func (w *wire) Close() {
	w.ln.Close()
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, c := range w.conns {
		c.Close()
	}
}
