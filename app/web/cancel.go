package web

import (
	"github.com/labstack/echo/v4"

	"assay/app/assessments"
)

func init() {
	flashes["cancelled"] = "The questionnaire was withdrawn: its links no longer work and no reminder will go out."
}

// cancelAssessment withdraws an open questionnaire with a reason kept in the history.
func (s *Server) cancelAssessment(c echo.Context) error {
	id, err := idParam(c, "id")
	if err != nil {
		return err
	}
	var in assessments.CancelInput
	if wantsJSON(c) {
		if err := c.Bind(&in); err != nil {
			return badJSON()
		}
	} else {
		in.Reason = c.FormValue("cancel_reason")
	}
	err = s.Assessments.Cancel(c.Request().Context(), id, in, principal(c).Actor(c.RealIP()))
	return s.reviewDone(c, id, err, reviewForm{CancelReason: in.Reason}, "cancelled", "")
}
