package app.prism.insight;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One history replayed at several cut-offs, each computed once: the back-test's chart and the learned ranking's
 * training cut-offs lie on the same quarterly grid, so most dates recur. At a date T it reads the cells at T and a
 * year before, and for labels what became of them in (T, T + 365], nothing later.
 */
final class Replay {

    final History history;
    private final Map<LocalDate, CellsAt> cells = new HashMap<>();
    private final Map<LocalDate, List<Features>> features = new HashMap<>();
    private final Map<LocalDate, List<LearnedRanking.Labelled>> labelled = new HashMap<>();

    Replay(History history) {
        this.history = history;
    }

    CellsAt cells(LocalDate day) {
        return cells.computeIfAbsent(day, d -> CellsAt.of(history, d));
    }

    List<Features> features(LocalDate day) {
        return features.computeIfAbsent(day, d -> FeatureRule.of(cells(d), cells(d.minusDays(365))));
    }

    List<LearnedRanking.Labelled> labelled(LocalDate day) {
        return labelled.computeIfAbsent(day, d -> {
            CellsAt at = cells(d);
            return features(d).stream().map(f -> new LearnedRanking.Labelled(f, at.bought(f.candidate()))).toList();
        });
    }
}
