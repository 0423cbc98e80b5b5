package app.prism.web;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The shapes every API controller answers with: 201 + Location for a creation, an ETag with the version. */
public final class ApiResponses {

    private ApiResponses() {}

    public static <T> ResponseEntity<T> created(String path, Object id, T body, long version) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(id).toUri();
        return ResponseEntity.created(location).eTag("\"" + version + "\"").body(body);
    }

    public static <T> ResponseEntity<T> versioned(T body, long version) {
        return ResponseEntity.ok().eTag("\"" + version + "\"").body(body);
    }
}
