package app.prism.insight;

import java.util.List;

/**
 * One way to order an account's whitespace cells, best first: Prism's rule of today, the baselines, the learned one.
 * Ties are broken by unit and then product id, so every ranking is exact and repeatable.
 */
public interface Ranking {

    String key();

    String label();

    double score(Features f);

    /** Today's rule (NextBestActionRule): whitespace value × (peers buying + 1) / (peers + 2), peers = same kind and country. */
    Ranking PRISM_TODAY = of("prism", "Prism today (value × smoothed peer share)",
            f -> f.candidate().value().doubleValue() * (f.profileBuyers() + 1.0) / (f.profilePeers() + 2.0));

    Ranking VALUE_ONLY = of("value", "Value only (the whitespace value)", f -> f.candidate().value().doubleValue());

    Ranking POPULARITY = of("popularity", "Popularity (how many accounts buy it)", f -> f.accountsBuying());

    Ranking CO_OCCURRENCE = of("co-occurrence", "Co-occurrence with what the unit buys", f -> f.coOccurrence().share());

    /** A random order, the same for the same seed. */
    static Ranking random(long seed) {
        return of("random", "Random", f -> {
            long x = seed * 0x9E3779B97F4A7C15L + f.candidate().unitId() * 0xBF58476D1CE4E5B9L
                    + f.candidate().productId() * 0x94D049BB133111EBL;
            x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
            x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
            return (double) ((x ^ (x >>> 31)) >>> 11);
        });
    }

    /** The baselines and today's rule, in the order the page shows them. */
    static List<Ranking> baselines(long seed) {
        return List.of(PRISM_TODAY, VALUE_ONLY, POPULARITY, CO_OCCURRENCE, random(seed));
    }

    static Ranking of(String key, String label, java.util.function.ToDoubleFunction<Features> score) {
        return new Ranking() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public double score(Features f) {
                return score.applyAsDouble(f);
            }
        };
    }
}
