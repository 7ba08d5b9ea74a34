/**
 * The guided session on the patient's phone: her plan turned into steps to follow one at a time (rep counter, holds,
 * breath pacer, timed bouts, rests, switching sides), and its result logged as today's practice.
 */
@NullMarked
package app.floorplan.core.session;

import org.jspecify.annotations.NullMarked;
