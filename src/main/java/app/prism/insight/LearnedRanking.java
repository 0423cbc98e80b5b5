package app.prism.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The cross-sell ranking learned from the installation's history: the probability that a whitespace cell is bought
 * within twelve months, a logistic regression (Tribuo, AdaGrad SGD) on {@link #FEATURES} of the whitespace cells at
 * several past cut-offs, each labelled with what it became in the year after. A model judged at a date sees only the
 * history up to that date ({@link History#upTo}): its training cut-offs lie a year or more before it, so their labels
 * are known by then. Expected value = probability × whitespace value.
 */
public final class LearnedRanking {

    public static final String BOUGHT = "BOUGHT";
    public static final String NOT_BOUGHT = "NOT_BOUGHT";
    /** The training cut-offs: a year before the date judged, then every quarter before that. */
    public static final int CUT_OFFS = 4;
    public static final int EPOCHS = 15;
    public static final int STEP_DAYS = 91;
    /** A fit needs at least this many cells that were bought, or the history is too short to learn from. */
    public static final int MIN_BOUGHT = 20;
    /** The examples kept per fit: every bought cell, and a sample of the others weighted back up. */
    public static final int MAX_EXAMPLES = 150_000;

    public static final String[] FEATURES = {"peerShare", "coOccurrence", "conversion", "segmentConversion",
        "togetherConversion", "popularity", "unitRevenue", "unitProducts", "openOpportunity", "lostBefore",
        "buysNothing"};

    private LearnedRanking() {}

    /** The features of a cell as the model reads them, each scaled to about 0 … 1. */
    public static double[] vector(Features f) {
        double revenue = Math.max(0, f.unitRevenueCents()) / 100.0;
        var co = f.coOccurrence();
        return new double[] {logit(f.peers().share()), logit((co.both() + 1.0) / (co.of() + 2.0)),
            logit(f.conversion().share()), logit(f.segmentConversion().share()), logit(f.togetherConversion().share()),
            f.accountsTotal() == 0 ? 0 : (double) f.accountsBuying() / f.accountsTotal(), Math.log10(1 + revenue) / 7,
            Math.min(f.unitProducts(), 20) / 20.0,
            f.openInUnit() ? 1 : 0, f.lostBefore() ? 1 : 0, f.unitProducts() == 0 ? 1 : 0};
    }

    /** The log-odds of a rate, scaled down so that the usual rates fall within about -1 … 1. */
    static double logit(double p) {
        double q = Math.min(0.999, Math.max(0.001, p));
        return Math.log(q / (1 - q));
    }

    /** The training cut-offs for a model judged at {@code judgedAt}: those with a full year of history before them. */
    public static List<LocalDate> trainingCutOffs(History history, LocalDate judgedAt) {
        List<LocalDate> out = new ArrayList<>();
        if (history.firstSale() == null) return out;
        for (int k = 0; k < CUT_OFFS; k++) {
            LocalDate t = judgedAt.minusDays(365 + (long) STEP_DAYS * k);
            if (!t.minusDays(364).isBefore(history.firstSale())) out.add(t);
        }
        return out;
    }

    /** A cell at a training cut-off with what it became. */
    public record Labelled(Features features, boolean bought) {}

    /** The labelled cells of the training cut-offs, from the history up to {@code judgedAt} only. */
    public static List<List<Labelled>> trainingSets(History history, LocalDate judgedAt) {
        return trainingSets(new Replay(history.upTo(judgedAt)), judgedAt);
    }

    static List<List<Labelled>> trainingSets(Replay replay, LocalDate judgedAt) {
        List<List<Labelled>> out = new ArrayList<>();
        for (LocalDate t : trainingCutOffs(replay.history, judgedAt)) out.add(replay.labelled(t));
        return out;
    }

    /**
     * The model judged at {@code judgedAt}, fitted on the history before it; empty while the history is too short
     * (no training cut-off with a year of history before it, or fewer than {@link #MIN_BOUGHT} cells bought).
     */
    public static Optional<LearnedModel> fit(History history, LocalDate judgedAt) {
        return fit(new Replay(history.upTo(judgedAt)), judgedAt);
    }

    /**
     * The same on a replay of a longer history: the training cut-offs T lie a year or more before {@code judgedAt}, and
     * a cell at T is described by the cells at T and T - 365 and labelled by (T, T + 365] only, so nothing after
     * {@code judgedAt} is read (the test compares it with a fit on the history cut at that date).
     */
    static Optional<LearnedModel> fit(Replay replay, LocalDate judgedAt) {
        List<List<Labelled>> sets = trainingSets(replay, judgedAt);
        long bought = 0, total = 0;
        for (List<Labelled> set : sets) {
            total += set.size();
            for (Labelled l : set) if (l.bought()) bought++;
        }
        if (bought < MIN_BOUGHT) return Optional.empty();
        // every bought cell, and of the others a deterministic sample weighted back up to what they stand for
        double keep = Math.min(1.0, (MAX_EXAMPLES - bought) / (double) Math.max(1, total - bought));
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("whitespace cells", labels),
                labels);
        Label yes = new Label(BOUGHT), no = new Label(NOT_BOUGHT);
        int set = 0;
        for (List<Labelled> cells : sets) {
            set++;
            for (Labelled l : cells) {
                float weight = 1f;
                if (!l.bought()) {
                    if (keep < 1.0 && unit(l.features().candidate(), set) >= keep) continue;
                    weight = (float) (1 / keep);
                }
                Example<Label> e = new ArrayExample<>(l.bought() ? yes : no, FEATURES, vector(l.features()));
                e.setWeight(weight);
                data.add(e);
            }
        }
        LinearSGDModel model = trainer().train(data);
        return Optional.of(LearnedModel.of(model, judgedAt, trainingCutOffs(replay.history, judgedAt), bought, total));
    }

    /** Logistic regression by AdaGrad, five epochs, a fixed seed (Tribuo's defaults), without a log line per 1,000 steps. */
    static LinearSGDTrainer trainer() {
        return new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(1.0, 0.1), EPOCHS, Integer.MAX_VALUE, 1, 12345L);
    }

    /** A number in [0, 1) fixed by the cell and the cut-off: which cells the sample keeps. */
    private static double unit(CellsAt.Candidate c, int set) {
        long x = c.unitId() * 0x9E3779B97F4A7C15L ^ c.productId() * 0xBF58476D1CE4E5B9L ^ set * 0x94D049BB133111EBL;
        x = (x ^ (x >>> 31)) * 0xD6E8FEB86659FD93L;
        return ((x ^ (x >>> 32)) >>> 11) / (double) (1L << 53);
    }

    /** The learned ranking as a {@link Ranking}: expected value = probability × whitespace value. */
    public static Ranking ranking(LearnedModel model) {
        return Ranking.of("learned", "Learned from this history (probability × value)",
                f -> model.probability(f) * f.candidate().value().doubleValue());
    }

    static Map<String, Double> coefficients(LinearSGDModel model) {
        Map<String, List<com.oracle.labs.mlrg.olcut.util.Pair<String, Double>>> top = model.getTopFeatures(-1);
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, Double> yes = new LinkedHashMap<>(), no = new LinkedHashMap<>();
        top.getOrDefault(BOUGHT, List.of()).forEach(p -> yes.put(p.getA(), p.getB()));
        top.getOrDefault(NOT_BOUGHT, List.of()).forEach(p -> no.put(p.getA(), p.getB()));
        java.util.Set<String> names = new java.util.LinkedHashSet<>(yes.keySet());
        names.addAll(no.keySet());
        // two classes under softmax: P(bought) = 1 / (1 + exp(-(s_bought - s_not))), so only the difference matters
        for (String n : names) out.put(n, yes.getOrDefault(n, 0.0) - no.getOrDefault(n, 0.0));
        return out;
    }
}
