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
	var t Text
	if err := e.page(ctx, dir, name, 1, &t); err != nil {
		return Text{}, err
	}
	return t.done()
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
	var t Text
	for _, p := range pages {
		n := strconv.Itoa(p)
		if _, err := e.run(ctx, dir, e.pdftoppm, "-r", strconv.Itoa(DPI), "-gray", "-png", "-f", n, "-l", n, "-singlefile", "in.pdf", "page"); err != nil {
			return Text{}, pageErr(err, p)
		}
		if err := e.page(ctx, dir, "page.png", p, &t); err != nil {
			return Text{}, pageErr(err, p)
		}
		if err := os.Remove(filepath.Join(dir, "page.png")); err != nil {
			return Text{}, fmt.Errorf("ocr: remove page image: %w", err)
		}
	}
	return t.done()
}

// page reads one image in dir with Tesseract and adds its lines to t.
func (e *Engine) page(ctx context.Context, dir, image string, page int, t *Text) error {
	psm := "3" // fully automatic layout
	if e.osd {
		psm = "1" // the same, after finding which way up the page is
	}
	out, err := e.run(ctx, dir, e.tesseract, image, "stdout", "-l", e.langs, "--psm", psm, "tsv")
	if err != nil {
		return err
	}
	p, err := parseTSV(out)
	if err != nil {
		return err
	}
	t.Languages = e.langs
	t.add(page, p)
	return nil
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
