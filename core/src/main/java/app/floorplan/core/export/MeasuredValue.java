package app.floorplan.core.export;

import java.math.BigDecimal;
import java.util.Objects;

/** The value of an exported measure: a score or count, a measured quantity with its unit, or yes/no. */
public sealed interface MeasuredValue {

    /** Words for a person reading the record, e.g. "28 mm", "3", "yes". */
    String text();

    /**
     * A score on a scale or a count, e.g. an NRS pain rating or an Oxford grade.
     *
     * @param max the top of the scale, for the reader; 0 for a plain count
     */
    record Score(int value, int max) implements MeasuredValue {
        @Override
        public String text() {
            return max > 0 ? value + " of " + max : Integer.toString(value);
        }
    }

    /**
     * A measured amount, e.g. an inter-rectus distance in millimetres or finger widths.
     *
     * @param ucum the unit as a UCUM code, e.g. "mm", "s" or the annotation "{finger_widths}"
     * @param unit the unit as a person reads it
     */
    record Amount(BigDecimal value, String ucum, String unit) implements MeasuredValue {
        public Amount {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(ucum, "ucum");
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public String text() {
            return value.toPlainString() + " " + unit;
        }
    }

    /** A finding that was present or not, e.g. elevation in the PERFECT scheme. */
    record YesNo(boolean value) implements MeasuredValue {
        @Override
        public String text() {
            return value ? "yes" : "no";
        }
    }

    /** The patient's own words, e.g. a symptom she described in her log. */
    record Words(String value) implements MeasuredValue {
        public Words {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value;
        }
    }

    /** A choice from a fixed list, e.g. a pelvic floor tone "high"; the coding names the list entry. */
    record Choice(Coding value) implements MeasuredValue {
        public Choice {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value.display();
        }
    }
}
