package app.prism.survey;

import app.prism.web.Invalid;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Survey answers from CSV with the header {@code contactId,date,score,comment}; any bad line refuses the whole file. */
final class SurveyCsv {

    private SurveyCsv() {}

    static List<NewSurveyAnswer> read(InputStream in) throws IOException {
        List<NewSurveyAnswer> answers = new ArrayList<>();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
            int line = 0;
            for (CSVRecord r : format.parse(reader)) {
                line++;
                try {
                    answers.add(new NewSurveyAnswer(Long.valueOf(r.get("contactId")), LocalDate.parse(r.get("date")),
                            Integer.valueOf(r.get("score")), r.isMapped("comment") ? r.get("comment") : null));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    problems.add(new Invalid.FieldProblem("line " + line, "contactId, date (YYYY-MM-DD) and score "
                            + "(0–10) are needed: " + e.getMessage()));
                }
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw Invalid.field("body", "not a CSV with the header contactId,date,score,comment: " + e.getMessage());
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        return answers;
    }
}
