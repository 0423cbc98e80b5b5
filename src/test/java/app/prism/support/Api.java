package app.prism.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tiny HTTP client for the Prism API over {@link HttpClient}: JSON in, {@link Response} out, signed in with HTTP
 * Basic, a bearer token, or not at all. Redirects are not followed, so a test sees exactly what the server answered.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** Reads numbers exactly as the server wrote them (money keeps its two decimals: 1200.50, not 1200.5). */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.cfg.JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final String baseUrl;
    private final String authorization;

    private Api(String baseUrl, String authorization) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = authorization;
    }

    public static Api as(String baseUrl, String email, String password) {
        String pair = email + ":" + password;
        return new Api(baseUrl, "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    public static Api bearer(String baseUrl, String token) {
        return new Api(baseUrl, "Bearer " + token);
    }

    public static Api anonymous(String baseUrl) {
        return new Api(baseUrl, null);
    }

    /** One answer of the server. */
    public record Response(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            if (body == null || body.isBlank()) throw new AssertionError("empty body (status " + status + ")");
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        /** The {@code id} of the record in the body. */
        public long id() {
            return json().get("id").asLong();
        }

        public long version() {
            return json().get("version").asLong();
        }

        /** The field names of a validation problem's {@code errors} list, in order. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            JsonNode errors = json().path("errors");
            for (JsonNode e : errors) fields.add(e.path("field").asString());
            return fields;
        }

        /** The message of the first entry of {@code errors} for the field, or null. */
        public String errorMessage(String field) {
            for (JsonNode e : json().path("errors")) {
                if (field.equals(e.path("field").asString())) return e.path("message").asString();
            }
            return null;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response get(String path, Map<String, String> headers) {
        return send("GET", path, null, headers);
    }

    public Response post(String path, String json) {
        return send("POST", path, json, Map.of());
    }

    public Response post(String path, String json, Map<String, String> headers) {
        return send("POST", path, json, headers);
    }

    /** A PUT; like {@link #patch}, it sends the ETag of what it replaces when the body names no version. */
    public Response put(String path, String json) {
        return put(path, json, Map.of());
    }

    public Response put(String path, String json, Map<String, String> headers) {
        return send("PUT", path, json, withCurrentVersion(path, json, headers));
    }

    /**
     * A PATCH as a careful client sends it: when the body names no {@code version} and no If-Match is given, the
     * client reads the record first and sends its ETag as If-Match (a PATCH that names no version is refused with 428);
     * for a record it may not read (403, 404) it sends {@code If-Match: *}.
     * Use {@link #send} to send a PATCH exactly as written.
     */
    public Response patch(String path, String json) {
        return patch(path, json, Map.of());
    }

    public Response patch(String path, String json, Map<String, String> headers) {
        return send("PATCH", path, json, withCurrentVersion(path, json, headers));
    }

    private Map<String, String> withCurrentVersion(String path, String json, Map<String, String> headers) {
        boolean named = headers.keySet().stream().anyMatch("If-Match"::equalsIgnoreCase);
        if (!named && json != null) {
            try {
                JsonNode body = JSON.readTree(json);
                named = body.isObject() && body.has("version");
            } catch (RuntimeException notJson) {
                named = true; // sent as written
            }
        }
        if (named) return headers;
        Response current = get(path);
        // a record this client may not see (or that does not exist) has no version to read: "any version" lets the
        // server answer what it answers such a client, 403 or 404
        String etag = current.status() == 403 || current.status() == 404 ? "*" : current.header("ETag");
        if (etag == null) return headers;
        Map<String, String> out = new LinkedHashMap<>(headers);
        out.put("If-Match", etag);
        return out;
    }

    public Response delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    public Response delete(String path, Map<String, String> headers) {
        return send("DELETE", path, null, headers);
    }

    /** A multipart/form-data POST: text fields and one file part named {@code file}. */
    public Response postMultipart(String path, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----prism" + UUID.randomUUID();
        var out = new java.io.ByteArrayOutputStream();
        try {
            for (var f : fields.entrySet()) {
                if (f.getValue() == null) continue;
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                        + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) request.header("Authorization", authorization);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request; a body goes as application/json unless the headers name another Content-Type. */
    public Response send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path))
                // generous: the portfolio of the shared test database (some 250 accounts, each scored from its
                // matrix) takes about 30 s on PostgreSQL on this 2-core machine, which a request must not cut off
                .timeout(Duration.ofSeconds(90))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        request.header("Accept", "application/json, application/problem+json");
        if (body != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) request.header("Authorization", authorization);
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- builders for test data: every record gets a unique name, so tests never share mutable fixtures ---

    /** A JSON object from alternating keys and values (values may be null, numbers, booleans, lists, maps). */
    public static String json(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) throw new IllegalArgumentException("keys and values must pair up");
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return JSON.writeValueAsString(map);
    }

    /** Any value as JSON (a list for PUT /team, for instance). */
    public static String toJson(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A query-string value, URL-encoded. */
    public static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Creates a user through the admin API (this client must be an administrator) and returns its id. */
    public long createUser(String email, String name, String password, String role) {
        Response r = post("/api/v1/users", json("email", email, "name", name, "password", password, "role", role));
        if (r.status() != 201) throw new AssertionError("could not create user: " + r);
        return r.id();
    }

    /** Creates an account with a unique name starting with the prefix and returns its id. */
    public long createAccount(String prefix) {
        Response r = post("/api/v1/accounts", json("name", unique(prefix)));
        if (r.status() != 201) throw new AssertionError("could not create account: " + r);
        return r.id();
    }

    /** Creates a business unit in the account (parentId may be null) and returns its id. */
    public long createUnit(long accountId, String name, String kind, Long parentId) {
        Response r = post("/api/v1/accounts/" + accountId + "/units", json("name", name, "kind", kind, "parentId", parentId));
        if (r.status() != 201) throw new AssertionError("could not create unit: " + r);
        return r.id();
    }

    /** Creates a contact in the unit and returns its id. */
    public long createContact(long unitId, String name) {
        Response r = post("/api/v1/units/" + unitId + "/contacts", json("name", name));
        if (r.status() != 201) throw new AssertionError("could not create contact: " + r);
        return r.id();
    }

    /** Creates a product with a unique code (this client must be a manager or administrator) and returns its id. */
    public long createProduct(String codePrefix) {
        Response r = post("/api/v1/products", json("code", unique(codePrefix), "name", unique("Product ")));
        if (r.status() != 201) throw new AssertionError("could not create product: " + r);
        return r.id();
    }

    /** A binary download (an XLSX export, say). */
    public record Download(int status, HttpHeaders headers, byte[] bytes) {}

    public Download getBytes(String path) {
        return getBytes(path, Map.of());
    }

    public Download getBytes(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60)).GET();
        headers.forEach(request::header);
        if (authorization != null) request.header("Authorization", authorization);
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
