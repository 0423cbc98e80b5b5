package app.prism.penetration;

import java.time.LocalDate;

/** The trailing twelve months of a date D: the days D-364 … D, both included. */
public record Ttm(LocalDate start, LocalDate end) {

    public static Ttm of(LocalDate asOf) {
        return new Ttm(asOf.minusDays(364), asOf);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start) && !date.isAfter(end);
    }

    /** The TTM of D - 365: the year before this one, without overlap. */
    public Ttm previous() {
        return of(end.minusDays(365));
    }
}
