/**
 * Program suggestions: rules that turn the latest assessment's findings and the intake into a suggested phase,
 * exercises, advice and precautions, each with the finding or intake fact behind it. A suggestion is never applied by
 * itself: the PT accepts, edits or discards it item by item. The rules are documented in
 * {@code docs/program-suggestion-rules.md}.
 */
@NullMarked
package app.floorplan.core.suggestion;

import org.jspecify.annotations.NullMarked;
