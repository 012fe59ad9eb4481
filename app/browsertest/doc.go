// Package browsertest drives Assay's pages in a real Chromium, as the people who use them
// would: an admin and an analyst at their desks, a vendor opening a mailed link, procurement
// reading the verdict. It has tests only; they need ASSAY_TEST_CHROME (scripts/test.sh sets it).
package browsertest
