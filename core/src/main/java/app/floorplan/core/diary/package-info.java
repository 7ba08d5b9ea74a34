/**
 * The patient's bladder and bowel diary: what she drank, when she passed urine (how much, how urgent, whether it woke
 * her), leaks and their trigger, pads changed, and bowel movements (Bristol stool form, straining); summarised per day
 * for the PT.
 */
@NullMarked
package app.floorplan.core.diary;

import org.jspecify.annotations.NullMarked;
