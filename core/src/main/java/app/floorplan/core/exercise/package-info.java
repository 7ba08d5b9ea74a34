/**
 * The exercise library: built-in and clinic-owned exercises, their program phase and category, instructions, what to
 * watch for, precautions and easier/harder variants, and the search over them.
 */
@NullMarked
package app.floorplan.core.exercise;

import org.jspecify.annotations.NullMarked;
