package questionnaire_test

import "assay/app/questionnaire/questionnairetest"

var (
	load54 = questionnairetest.Load54
	strong = questionnairetest.Strong
	with   = questionnairetest.With
)
