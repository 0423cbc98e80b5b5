package app.prism.digest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A capability's part of the weekly digest. Called while signed in as the recipient, so the contributor's services apply
 * the recipient's access rules; empty when there is nothing to say.
 */
public interface DigestContributor {

    Optional<DigestSection> section(LocalDate asOf);
}
