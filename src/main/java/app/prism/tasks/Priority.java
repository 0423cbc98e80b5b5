package app.prism.tasks;

/** How urgent a customer's request is. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
