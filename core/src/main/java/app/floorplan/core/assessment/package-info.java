/**
 * Hands-on assessments: dated, signed visits with typed sections (pain at the visit, breathing, deep core, pelvic floor,
 * diastasis, mobility, caesarean scar), the findings derived from them and the comparison of re-assessments.
 */
@NullMarked
package app.floorplan.core.assessment;

import org.jspecify.annotations.NullMarked;
