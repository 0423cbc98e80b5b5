package app.prism.sales;

import app.prism.web.Invalid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an upload would store: the number of rows, the first few parsed, and every problem found while checking the
 * whole file (up to {@link SalesService#MAX_ERRORS}; {@code moreProblems} says when there were more).
 */
public record SalesPreview(long rows, List<Line> firstLines, List<Invalid.FieldProblem> problems, boolean moreProblems) {

    public record Line(long row, long unitId, String unitName, long productId, String productCode, LocalDate date,
            BigDecimal amount, BigDecimal cost) {}

    public boolean importable() {
        return problems.isEmpty() && rows > 0;
    }
}
