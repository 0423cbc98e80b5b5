package app.prism.pipeline;

import app.prism.web.Money;
import java.math.BigDecimal;

/** How the pipeline's pages write money and percentages. */
record PipelineText(String currency) {

    public String money(BigDecimal amount) {
        return Money.estimate(amount, currency);
    }

    public static String compact(BigDecimal amount) {
        String s = Money.compact(amount);
        return s.isEmpty() ? "0" : s;
    }
}
