/**
 * The patient's home practice as she logs it: one {@link PracticeDay} per patient and calendar day, with how each
 * exercise went, her pain and effort, and any symptoms she noticed while exercising.
 */
@NullMarked
package app.floorplan.core.practice;

import org.jspecify.annotations.NullMarked;
