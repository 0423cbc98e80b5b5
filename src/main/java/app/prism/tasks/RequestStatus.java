package app.prism.tasks;

/** Where a customer's request stands; DONE closes it, any other status reopens it. */
public enum RequestStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
