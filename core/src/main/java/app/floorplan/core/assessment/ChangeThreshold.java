package app.floorplan.core.assessment;

import java.math.BigDecimal;

/** What a change between two visits is weighed against, with its source; or why nothing is. */
public sealed interface ChangeThreshold {

    /**
     * The smallest change two raters can tell apart from measurement error (a minimal detectable change). Where the
     * source's value for this site is known, {@code lowest} and {@code highest} are equal; where only the range over
     * its sites is confirmed, a change between the two may or may not be measurement error.
     *
     * @param source the source as the comparison names it, e.g. "Keshwani 2016" (key KESHWANI-2016 in
     *     {@code docs/clinical-sources.md})
     * @param leastReliableSite the source found this site the least reliable of those it measured
     */
    record SmallestRealChange(BigDecimal lowest, BigDecimal highest, String source, boolean leastReliableSite)
            implements ChangeThreshold {

        public SmallestRealChange {
            if (lowest.signum() <= 0 || highest.compareTo(lowest) < 0) {
                throw new IllegalArgumentException("0 < lowest <= highest expected, got " + lowest + "-" + highest);
            }
        }

        /** True when the source's value for this site is known, not only its range over all sites. */
        public boolean exact() {
            return lowest.compareTo(highest) == 0;
        }
    }

    /**
     * The smallest change that matters to a patient. A smaller change is below it, which says nothing about
     * measurement error.
     *
     * @param source the sources as the comparison names them, e.g. "Farrar 2001, Childs 2005"
     */
    record MinimalImportantChange(BigDecimal amount, String source) implements ChangeThreshold {}

    /** No source gives an error band for this method or site; the reason says which. */
    record NoPublishedErrorBand(String reason) implements ChangeThreshold {}

    /** A grade, score or count whose measurement error FloorPlan has no source for. */
    record Unknown() implements ChangeThreshold {}
}
