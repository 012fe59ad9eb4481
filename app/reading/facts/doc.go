package facts

import "assay/app/reading"

// Document is the text and tables read from one uploaded file by package reading.
type Document = reading.Document

// Table is one sheet or table of a Document, row by row.
type Table = reading.Table
