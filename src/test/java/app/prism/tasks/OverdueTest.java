package app.prism.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverdueTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

    @ParameterizedTest(name = "finished={0}, due {1}: overdue={2}")
    @CsvSource(nullValues = "-", value = {
            "false, 2026-11-24, true",   // due yesterday: late
            "false, 2026-11-25, false",  // due today: not late yet
            "false, 2026-11-26, false",
            "false, -,          false",  // no due date: never late
            "true,  2026-01-01, false",  // done long ago: not late
    })
    void anOpenTaskOrRequestIsOverdueOnlyWhenDueBeforeTheDayAskedAbout(boolean finished, LocalDate dueOn,
            boolean overdue) {
        assertThat(Overdue.isOverdue(finished, dueOn, AS_OF)).isEqualTo(overdue);
    }

    @ParameterizedTest(name = "{0} due {1}: overdue={2}")
    @CsvSource({"OPEN, 2026-11-24, true", "IN_PROGRESS, 2026-11-24, true", "DONE, 2026-11-24, false"})
    void aRequestIsOverdueUntilItIsDone(RequestStatus status, LocalDate dueOn, boolean overdue) {
        var request = new RequestView(1, 1, 1, null, null, RequestType.ISSUE, "Broken pump", null, Priority.HIGH,
                status, LocalDate.of(2026, 11, 1), dueOn, status == RequestStatus.DONE ? AS_OF : null, 0, null, null);

        assertThat(request.overdueOn(AS_OF)).isEqualTo(overdue);
    }
}
