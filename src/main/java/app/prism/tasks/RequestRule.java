package app.prism.tasks;

import app.prism.web.Invalid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of a customer's request: it is closed on the day it becomes DONE (today unless given), reopening clears
 * the closing date, and no date comes before the day the request was opened.
 */
final class RequestRule {

    private RequestRule() {}

    /**
     * The closing date after a change of status: a given date while DONE, else the stored one when it stays DONE,
     * today when it becomes DONE, and none while it is not DONE.
     */
    static LocalDate closedOn(RequestStatus from, RequestStatus to, LocalDate stored, LocalDate given, LocalDate today) {
        if (to != RequestStatus.DONE) return null;
        if (given != null) return given;
        return from == RequestStatus.DONE && stored != null ? stored : today;
    }

    static List<Invalid.FieldProblem> check(RequestStatus status, LocalDate openedOn, LocalDate dueOn,
            LocalDate closedOn, LocalDate today) {
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        if (openedOn != null && openedOn.isAfter(today)) {
            problems.add(new Invalid.FieldProblem("openedOn", "must not be in the future"));
        }
        if (dueOn != null && openedOn != null && dueOn.isBefore(openedOn)) {
            problems.add(new Invalid.FieldProblem("dueOn", "must not be before openedOn"));
        }
        if (closedOn != null && status != RequestStatus.DONE) {
            problems.add(new Invalid.FieldProblem("closedOn", "is set only when the request is DONE"));
        } else if (closedOn != null) {
            if (closedOn.isAfter(today)) problems.add(new Invalid.FieldProblem("closedOn", "must not be in the future"));
            else if (openedOn != null && closedOn.isBefore(openedOn)) {
                problems.add(new Invalid.FieldProblem("closedOn", "must not be before openedOn"));
            }
        }
        return problems;
    }
}
