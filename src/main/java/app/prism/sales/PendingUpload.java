package app.prism.sales;

import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV uploaded on the account page, kept in a temporary file between its preview and its import and referenced from
 * the session by a random token. The file goes away when the import is done, when the upload is replaced, or when the
 * session ends, whichever comes first.
 */
record PendingUpload(long accountId, Path file, String filename, long rows) implements HttpSessionBindingListener {

    static final String PREFIX = "sales-upload-";

    static String attribute(String token) {
        return PREFIX + token;
    }

    @Override
    public void valueUnbound(HttpSessionBindingEvent event) {
        delete(file);
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the uploaded file " + file, e);
        }
    }
}
