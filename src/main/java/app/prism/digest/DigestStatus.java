package app.prism.digest;

/**
 * Where a digest is: PENDING (to be mailed, perhaps after a failed try), SENDING (claimed by one instance, being mailed),
 * SENT, FAILED (gave up after the last try), INBOX (in-app only: no mail configured, nothing to say, or opted out of mail).
 */
public enum DigestStatus {
    PENDING, SENDING, SENT, FAILED, INBOX
}
