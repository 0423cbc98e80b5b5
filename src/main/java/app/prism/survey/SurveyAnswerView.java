package app.prism.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A contact's answer to "how likely are you to recommend us" (0–10). */
public record SurveyAnswerView(long id, long accountId, long contactId, LocalDate date, int score, String comment,
        OffsetDateTime createdAt) {}
