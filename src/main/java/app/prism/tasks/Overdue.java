package app.prism.tasks;

import java.time.LocalDate;

/** When a task or a request is overdue: still open and due before the day asked about (due today is not late yet). */
final class Overdue {

    private Overdue() {}

    static boolean isOverdue(boolean finished, LocalDate dueOn, LocalDate asOf) {
        return !finished && dueOn != null && dueOn.isBefore(asOf);
    }
}
