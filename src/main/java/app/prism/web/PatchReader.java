package app.prism.web;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a PATCH body into a typed, validated {@link Patch}. */
@Component
public class PatchReader {

    private final JsonMapper mapper;
    private final Validator validator;

    PatchReader(JsonMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> Patch<T> read(JsonNode body, Class<T> type) {
        return Patch.read(body, type, mapper, validator);
    }
}
