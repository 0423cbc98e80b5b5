package app.prism.web;

/** A change that must say which version it was based on (body {@code version} or If-Match) did not: 428. */
public class PreconditionRequired extends RuntimeException {

    public PreconditionRequired(String message) {
        super(message);
    }

    public static PreconditionRequired versionNeeded() {
        return new PreconditionRequired("Send the version you read, as \"version\" in the body or as If-Match: "
                + "\"<version>\" (the ETag), so that a change made meanwhile by someone else is not overwritten.");
    }
}
