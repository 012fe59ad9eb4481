package ocr

import (
	"context"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // image.DecodeConfig of JPEG uploads
	_ "image/png"  // and of PNG uploads
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"assay/app/reading/internal/unreadable"
)

// DPI is the resolution PDF pages are rasterised at: Tesseract reads body
// text best at about 300 dpi.
const DPI = 300

// MaxPixels bounds an image read by OCR (about a 600 dpi A3 page): a
// larger one is a decompression bomb or a poster, not evidence.
const MaxPixels = 70_000_000

// Image reads the text of a PNG or JPEG image (kind "png" or "jpeg").
func (e *Engine) Image(ctx context.Context, r io.Reader, kind string) (Text, error) {
	if reason := e.Reason(); reason != "" {
		return Text{}, unreadable.Errorf(unreadable.ErrNoTextLayer, "no text layer: the file is an image (%s), and %s", strings.ToUpper(kind), reason)
	}
	dir, err := os.MkdirTemp("", "assay-ocr-*")
	if err != nil {
		return Text{}, fmt.Errorf("ocr: temporary folder: %w", err)
	}
	defer os.RemoveAll(dir)
	name := "image." + map[string]string{"png": "png", "jpeg": "jpg"}[kind]
	if err := writeFile(filepath.Join(dir, name), r); err != nil {
		return Text{}, err
	}
	if err := checkImage(filepath.Join(dir, name), kind); err != nil {
		return Text{}, err
	}
	return e.read(ctx, dir, source{pages: []int{1}, image: func(context.Context, int) (string, error) { return name, nil }})
}

// PDF reads the text of the given pages (numbered from 1) of a PDF.
func (e *Engine) PDF(ctx context.Context, r io.Reader, pages []int) (Text, error) {
	if reason := e.PDFReason(); reason != "" {
		return Text{}, unreadable.Errorf(unreadable.ErrNoTextLayer, "no text layer: the PDF holds only scanned images, and %s", reason)
	}
	dir, err := os.MkdirTemp("", "assay-ocr-*")
	if err != nil {
		return Text{}, fmt.Errorf("ocr: temporary folder: %w", err)
	}
	defer os.RemoveAll(dir)
	if err := writeFile(filepath.Join(dir, "in.pdf"), r); err != nil {
		return Text{}, err
	}
	// Pages are rasterised to PGM, which takes pdftoppm a tenth of the time
	// a PNG does to write (it compresses nothing); a PGM does not say its
	// resolution, so Tesseract is told it.
	return e.read(ctx, dir, source{pages: pages, dpi: DPI, named: true, image: func(ctx context.Context, p int) (string, error) {
		n := strconv.Itoa(p)
		name := "page-" + n
		if _, err := e.run(ctx, dir, e.pdftoppm, "-r", strconv.Itoa(DPI), "-gray", "-f", n, "-l", n, "-singlefile", "in.pdf", name); err != nil {
			return "", err
		}
		return name + ".pgm", nil
	}})
}

// source is what read reads.
type source struct {
	pages []int
	// image makes a page's image in the folder and returns its name.
	image func(ctx context.Context, page int) (string, error)
	// dpi is the images' resolution, 0 when they say it themselves.
	dpi int
	// named says that errors name the page they are about.
	named bool
}

// err names the page in a reason when the pages are named.
func (s source) err(err error, page int) error {
	if !s.named {
		return err
	}
	return pageErr(err, page)
}

// read reads the pages of src in dir and returns their text in page order.
//
// The first page is read with every pack, and what it says tells the
// packs the others are read with (packsFor). Those are read side by side,
// as many at once as the Engine has slots, so that a multi-page scan keeps
// every slot busy rather than one.
func (e *Engine) read(ctx context.Context, dir string, src source) (Text, error) {
	pages := src.pages
	got := make([]pageText, len(pages))
	name, err := src.image(ctx, pages[0])
	if err == nil {
		got[0], err = e.readPage(ctx, dir, name, src.dpi, e.langs)
	}
	if err != nil {
		return Text{}, src.err(err, pages[0])
	}
	packs := e.langs
	if e.detect && len(pages) > 1 {
		packs = e.packsFor(got[0])
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error // the first page to fail ends the others
	)
	for i := 1; i < len(pages); i++ {
		wg.Go(func() {
			name, err := src.image(ctx, pages[i])
			if err == nil {
				got[i], err = e.readPage(ctx, dir, name, src.dpi, packs)
				if rerr := os.Remove(filepath.Join(dir, name)); err == nil && rerr != nil {
					err = fmt.Errorf("ocr: remove page image: %w", rerr)
				}
			}
			if err != nil {
				mu.Lock()
				if first == nil {
					first = src.err(err, pages[i])
					cancel()
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if first != nil {
		return Text{}, first
	}
	joined := oneTable(got)
	if !joined {
		plainTables(got)
	}
	t := Text{Languages: e.langs}
	for i, p := range pages {
		t.add(p, got[i])
	}
	if joined {
		t.Tables = joinTables(t.Tables)
	}
	return t.done()
}

// plainTables takes the plain reading of every page (pageText.plain) when
// tables were rebuilt on more than one and are not one table printed over
// them (oneTable): a table printed over several pages, most likely, such
// as a report, whose columns OCR cut otherwise on some page. The readers take a report's rows
// from under the one header they find, and OCR, which misreads a header
// printed bold on grey on one page and not on the next, or a column's
// boundary on one page and not on the next, would have them count the rows
// of some pages only. A single page, or a document with one table, keeps
// its tables.
func plainTables(pages []pageText) {
	n := 0
	for _, p := range pages {
		if p.plain != nil {
			n++
		}
	}
	if n < 2 {
		return
	}
	for i, p := range pages {
		if p.plain != nil {
			pages[i] = *p.plain
		}
	}
}

// readPage reads one image in dir with the given language packs, and
// again with those of the languages it is written in when it has words
// with a letter none of them writes or was read poorly, to spell those
// words as they do or to read it better (reread).
func (e *Engine) readPage(ctx context.Context, dir, image string, dpi int, packs string) (pageText, error) {
	p, err := e.page(ctx, dir, image, dpi, packs)
	if err != nil {
		return p, err
	}
	again := ""
	if e.detect {
		again = e.rereadPacks(p, packs)
	}
	if again != "" {
		q, err := e.page(ctx, dir, image, dpi, again)
		if err != nil {
			return pageText{}, err
		}
		p, packs = reread(p, q), again
	}
	return e.sparse(ctx, dir, image, dpi, packs, p)
}

// page reads one image in dir with Tesseract and the given language packs;
// dpi is its resolution, 0 when the image says it.
func (e *Engine) page(ctx context.Context, dir, image string, dpi int, packs string) (pageText, error) {
	psm := "3" // fully automatic layout
	if e.osd {
		psm = "1" // the same, after finding which way up the page is
	}
	return e.pageMode(ctx, dir, image, dpi, packs, psm)
}

// pageMode reads one image as page does, in the page segmentation mode
// psm.
func (e *Engine) pageMode(ctx context.Context, dir, image string, dpi int, packs, psm string) (pageText, error) {
	args := []string{image, "stdout", "-l", packs, "--psm", psm}
	if dpi > 0 {
		args = append(args, "--dpi", strconv.Itoa(dpi))
	}
	out, err := e.run(ctx, dir, e.tesseract, append(args, "tsv")...)
	if err != nil {
		return pageText{}, err
	}
	return parseTSV(out)
}

// done is t, or an error when OCR found no words on any page.
func (t Text) done() (Text, error) {
	if t.words == 0 {
		return Text{}, unreadable.Errorf(unreadable.ErrNoTextLayer, "no text found: OCR read no words in the scan")
	}
	return t, nil
}

// pageErr names the page in a reason.
func pageErr(err error, page int) error {
	var ue *unreadable.Error
	if errors.As(err, &ue) {
		return unreadable.Errorf(ue.Err, "page %d: %s", page, ue.Reason)
	}
	return err
}

// writeFile copies r into a new file only this process may read.
func writeFile(path string, r io.Reader) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("ocr: create %s: %w", filepath.Base(path), err)
	}
	_, err = io.Copy(f, r)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("ocr: write %s: %w", filepath.Base(path), err)
	}
	return nil
}

// checkImage reads an image's header: a file that is not the image it
// claims to be, or is too large to read, is refused before Tesseract runs.
func checkImage(path, kind string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("ocr: open image: %w", err)
	}
	defer f.Close()
	c, format, err := image.DecodeConfig(f)
	if err != nil || format != kind {
		return unreadable.Errorf(err, "not a valid %s image", strings.ToUpper(kind))
	}
	if int64(c.Width)*int64(c.Height) > MaxPixels {
		return unreadable.Errorf(nil, "the image is %d×%d pixels, more than OCR reads (%d megapixels)", c.Width, c.Height, MaxPixels/1_000_000)
	}
	return nil
}
