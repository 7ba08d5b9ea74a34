package app.floorplan.core.export;

import java.util.Objects;

/**
 * A code from a code system, as FHIR's Coding: LOINC or SNOMED CT where a code exists for what FloorPlan records,
 * otherwise FloorPlan's own code system ({@link #FLOORPLAN}), documented in docs/fhir-export.md.
 */
public record Coding(String system, String code, String display) {

    public static final String LOINC = "http://loinc.org";

    /**
     * FloorPlan's code system for what no standard code covers. A stable identifier: codes are only ever added, never
     * changed or reused.
     */
    public static final String FLOORPLAN = "https://floorplan.app/fhir/CodeSystem/floorplan";

    public Coding {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(display, "display");
    }

    public static Coding loinc(String code, String display) {
        return new Coding(LOINC, code, display);
    }

    public static Coding floorplan(String code, String display) {
        return new Coding(FLOORPLAN, code, display);
    }

    public boolean local() {
        return system.equals(FLOORPLAN);
    }
}
