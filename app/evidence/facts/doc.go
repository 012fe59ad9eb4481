package facts

import "assay/app/evidence/extract"

// Document is the text and tables read from one uploaded file by package extract.
type Document = extract.Document

// Table is one sheet or table of a Document, row by row.
type Table = extract.Table
