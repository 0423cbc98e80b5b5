package app.prism.insight;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The model versions of the learned ranking (table insight_model, V36). */
@Repository
class InsightRepository {

    private final JdbcClient jdbc;

    InsightRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(OffsetDateTime fittedAt, String fittedBy, LearnedModel model, LocalDate backtestCutOff,
            List<ModelVersion.Figure> figures, String period) {
        StringBuilder text = new StringBuilder();
        for (ModelVersion.Figure f : figures) {
            text.append(f.key()).append('|').append(f.label().replace('|', '/')).append('|').append(f.precision())
                    .append('|').append(f.revenueShare() == null ? "" : f.revenueShare()).append('\n');
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into insight_model (fitted_at, fitted_by, judged_at, training_cut_offs, bought, examples,
                                           coefficients, backtest_cut_off, backtest, period)
                values (:at, :by, :judged, :cutOffs, :bought, :examples, :coefficients, :btCutOff, :bt, :period)""")
                .param("at", fittedAt).param("by", fittedBy).param("judged", model.judgedAt())
                .param("cutOffs", String.join(",", model.trainingCutOffs().stream().map(LocalDate::toString).toList()))
                .param("bought", model.bought()).param("examples", model.examples())
                .param("coefficients", model.coefficientsText()).param("btCutOff", backtestCutOff)
                .param("bt", text.toString()).param("period", period)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean isMonthTaken(String period) {
        return jdbc.sql("select count(*) from insight_model where period = :p").param("p", period).query(Long.class)
                .single() > 0;
    }

    Optional<ModelVersion> latest() {
        return versions(1).stream().findFirst();
    }

    List<ModelVersion> versions(int limit) {
        return jdbc.sql("""
                select id, fitted_at, fitted_by, judged_at, training_cut_offs, bought, examples, coefficients,
                       backtest_cut_off, backtest, period
                  from insight_model order by id desc fetch first :n rows only""")
                .param("n", limit)
                .query((rs, n) -> new ModelVersion(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3), rs.getObject(4, LocalDate.class), dates(rs.getString(5)), rs.getLong(6),
                        rs.getLong(7), LearnedModel.parseCoefficients(rs.getString(8)),
                        rs.getObject(9, LocalDate.class), figures(rs.getString(10)), rs.getString(11)))
                .list();
    }

    private static List<LocalDate> dates(String text) {
        if (text == null || text.isBlank()) return List.of();
        return Arrays.stream(text.split(",")).map(LocalDate::parse).toList();
    }

    private static List<ModelVersion.Figure> figures(String text) {
        List<ModelVersion.Figure> out = new ArrayList<>();
        if (text == null) return out;
        for (String line : text.split("\n")) {
            String[] f = line.split("\\|", -1);
            if (f.length < 4) continue;
            out.add(new ModelVersion.Figure(f[0], f[1], Double.parseDouble(f[2]),
                    f[3].isEmpty() ? null : Double.parseDouble(f[3])));
        }
        return out;
    }
}
