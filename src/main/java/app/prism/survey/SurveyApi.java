package app.prism.survey;

import app.prism.web.Invalid;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
class SurveyApi {

    private final SurveyService survey;
    private final JsonMapper json;

    SurveyApi(SurveyService survey, JsonMapper json) {
        this.survey = survey;
        this.json = json;
    }

    @GetMapping("/api/v1/survey-answers")
    Paged<SurveyAnswerView> answers(@RequestParam(required = false) Long accountId,
            @RequestParam(required = false) Long contactId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return survey.answers(accountId, contactId, PageQuery.of(page, size, null));
    }

    /** One answer (an object) or a batch (an array), all or nothing. */
    @PostMapping(value = "/api/v1/survey-answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> record(@RequestBody JsonNode body) {
        if (body.isArray()) {
            List<NewSurveyAnswer> answers = new ArrayList<>();
            for (JsonNode n : body) answers.add(read(n));
            return ResponseEntity.status(HttpStatus.CREATED).body(survey.recordAnswers(answers));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(survey.recordAnswer(read(body)));
    }

    /** CSV with a header line {@code contactId,date,score,comment}; all or nothing, errors by line number. */
    @PostMapping(value = "/api/v1/survey-answers", consumes = "text/csv")
    ResponseEntity<List<SurveyAnswerView>> recordCsv(jakarta.servlet.http.HttpServletRequest request)
            throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(survey.recordAnswers(SurveyCsv.read(request.getInputStream())));
    }

    private NewSurveyAnswer read(JsonNode node) {
        if (!node.isObject()) throw Invalid.field("body", "each answer is a JSON object");
        return json.treeToValue(node, NewSurveyAnswer.class);
    }
}
