/** The patient page's overview: where the patient stands and what the PT should do next. */
@NullMarked
package app.floorplan.core.overview;

import org.jspecify.annotations.NullMarked;
