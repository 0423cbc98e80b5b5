package app.prism.survey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** POST /api/v1/survey-answers (or one CSV line: contactId,date,score,comment). */
public record NewSurveyAnswer(@NotNull Long contactId, @NotNull LocalDate date, @NotNull @Min(0) @Max(10) Integer score,
        @Size(max = 2000) String comment) {}
