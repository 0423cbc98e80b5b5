package app.prism.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error into RFC 9457 problem+json for the API ({@code /api/**}); for pages it hands the status to the
 * servlet container so that the friendly error page renders.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> notFound(NotFound e, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<Object> conflict(Conflict e, WebRequest request) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> stale(OptimisticLockingFailureException e, WebRequest request) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "The record was changed by someone else since you read it; reload and try again.", List.of(), request);
    }

    @ExceptionHandler(PreconditionRequired.class)
    ResponseEntity<Object> preconditionRequired(PreconditionRequired e, WebRequest request) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "Version required", e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException e, WebRequest request) {
        return problem(HttpStatus.CONFLICT, "Conflict", "A record with the same unique value already exists.",
                List.of(), request);
    }

    @ExceptionHandler(Invalid.class)
    ResponseEntity<Object> invalid(Invalid e, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(), e.errors(), request);
    }

    @ExceptionHandler({Forbidden.class, AccessDeniedException.class})
    ResponseEntity<Object> forbidden(RuntimeException e, WebRequest request) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
        String field = e.getName();
        String message = findCause(e, DateParameters.OutOfRange.class) != null ? DateRange.MESSAGE
                : "invalid value '" + e.getValue() + "'";
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", field + ": " + message,
                List.of(new Invalid.FieldProblem(field, message)), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Invalid.FieldProblem> errors = new ArrayList<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            errors.add(new Invalid.FieldProblem(fe.getField(), fe.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(ge -> errors.add(new Invalid.FieldProblem(ge.getObjectName(), ge.getDefaultMessage())));
        String detail = errors.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", detail, errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Invalid.FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(
                new Invalid.FieldProblem(fieldOf(r, err), err.getDefaultMessage()))));
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "Invalid request parameters", errors, request);
    }

    /** A field of an element of a validated list body is named like "[1].role", as the services name it. */
    private static String fieldOf(org.springframework.validation.method.ParameterValidationResult r,
            org.springframework.context.MessageSourceResolvable err) {
        if (!(err instanceof FieldError fe)) return r.getMethodParameter().getParameterName();
        Object at = r.getContainerIndex() != null ? r.getContainerIndex() : r.getContainerKey();
        return at == null ? fe.getField() : "[" + at + "]." + fe.getField();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return malformed(e, request);
    }

    @ExceptionHandler(JacksonException.class)
    ResponseEntity<Object> jackson(JacksonException e, WebRequest request) {
        return malformed(e, request);
    }

    /**
     * Malformed JSON, an unknown field or enum value, a key given twice, a fraction for a whole number, a value out of
     * range: 400 naming the field where Jackson knows it. A body cut off at its size limit is a 413.
     */
    private ResponseEntity<Object> malformed(Exception e, WebRequest request) {
        if (findCause(e, JsonBodyLimit.TooLarge.class) != null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                    findCause(e, JsonBodyLimit.TooLarge.class).getMessage(), List.of(), request);
        }
        JacksonException jackson = findCause(e, JacksonException.class);
        String field = jackson == null ? null : fieldOf(jackson);
        if (field != null) {
            String message = describe(jackson);
            return problem(HttpStatus.BAD_REQUEST, "Invalid input", field + ": " + message,
                    List.of(new Invalid.FieldProblem(field, message)), request);
        }
        return problem(HttpStatus.BAD_REQUEST, "Malformed request body",
                "The request body is not valid JSON for this endpoint.", List.of(), request);
    }

    private static final String DUPLICATE = "Duplicate Object property \"";

    /** "lines[2].date" from Jackson's path; for a key given twice (found while parsing, without a path) the key. */
    private static String fieldOf(JacksonException e) {
        if (!e.getPath().isEmpty()) {
            return e.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith(DUPLICATE) && original.indexOf('"', DUPLICATE.length()) > 0) {
            return original.substring(DUPLICATE.length(), original.indexOf('"', DUPLICATE.length()));
        }
        return null;
    }

    private static String describe(JacksonException e) {
        String original = e.getOriginalMessage() == null ? "invalid value" : e.getOriginalMessage();
        if (OWN_MESSAGES.contains(original)) return original;
        if (e instanceof UnrecognizedPropertyException) return "unknown field";
        if (original.startsWith(DUPLICATE)) return "given more than once";
        if (e instanceof InputCoercionException) return "out of range";
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target != null && INTEGRAL.contains(target) && original.contains("Floating-point")) {
            return "must be a whole number";
        }
        // Jackson's first sentence says what was wrong (e.g. "Cannot deserialize value of type `...` from String").
        int cut = original.indexOf(": not one of the values accepted");
        if (cut > 0) {
            int start = original.indexOf("String \"");
            String value = start >= 0 ? original.substring(start + 7, original.indexOf('"', start + 8) + 1) : "";
            int open = original.indexOf('[', cut);
            return "unknown value " + value + "; accepted: " + (open >= 0 ? original.substring(open) : "see API docs");
        }
        if (original.contains("java.time")) return "not a valid ISO date (YYYY-MM-DD)";
        if (original.contains("BigDecimal") || original.contains("Long") || original.contains("Integer")
                || (target != null && (INTEGRAL.contains(target) || target == java.math.BigDecimal.class))) {
            return "not a valid number";
        }
        int newline = original.indexOf('\n');
        return newline > 0 ? original.substring(0, newline) : original;
    }

    /** What {@link StrictJson} reports, already worded for the client. */
    private static final java.util.Set<String> OWN_MESSAGES = java.util.Set.of(StrictJson.TOO_LARGE, StrictJson.NUL,
            DateRange.MESSAGE);

    private static final java.util.Set<Class<?>> INTEGRAL = java.util.Set.of(int.class, Integer.class, long.class,
            Long.class, short.class, Short.class, byte.class, Byte.class, java.math.BigInteger.class);

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (!isApi(request)) return toErrorPage(statusCode.value(), ex.getMessage(), request);
        ProblemDetail detail = body instanceof ProblemDetail pd ? pd
                : ProblemDetail.forStatusAndDetail(statusCode, ex.getMessage());
        detail.setInstance(URI.create(((ServletWebRequest) request).getRequest().getRequestURI()));
        HttpHeaders out = new HttpHeaders();
        out.addAll(headers);
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(statusCode).headers(out).body(detail);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String title, String detail,
            List<Invalid.FieldProblem> errors, WebRequest request) {
        if (!isApi(request)) return toErrorPage(status.value(), detail, request);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(title);
        pd.setInstance(URI.create(((ServletWebRequest) request).getRequest().getRequestURI()));
        if (!errors.isEmpty()) {
            pd.setProperty("errors", errors.stream()
                    .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    /** Pages get the container's error page (templates/error/*.html) with the status and a readable message. */
    private static ResponseEntity<Object> toErrorPage(int status, String message, WebRequest request) {
        HttpServletResponse response = ((ServletWebRequest) request).getResponse();
        try {
            if (response != null && !response.isCommitted()) response.sendError(status, message);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    static boolean isApi(WebRequest request) {
        HttpServletRequest http = ((ServletWebRequest) request).getRequest();
        return http.getRequestURI().startsWith(http.getContextPath() + "/api/");
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
            if (t.getCause() == t) break;
        }
        return null;
    }
}
