package app.prism.imports.files;

/**
 * A file that cannot be read at all. {@code unsupported} is true when the file is not CSV, XLSX or ZIP (HTTP 415);
 * false for a file of a supported kind that is broken or refused (a ZIP bomb, a corrupt XLSX, an unclosed quote at
 * line N). The message is for users.
 */
public final class UnreadableFile extends RuntimeException {

    private final boolean unsupported;

    public UnreadableFile(String message, boolean unsupported) {
        super(message);
        this.unsupported = unsupported;
    }

    UnreadableFile(String message, boolean unsupported, Throwable cause) {
        super(message, cause);
        this.unsupported = unsupported;
    }

    public boolean unsupported() {
        return unsupported;
    }
}
