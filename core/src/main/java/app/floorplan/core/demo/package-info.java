/** The demo clinic loaded on request: a clinic, an admin, a PT and patients with realistic records. */
@NullMarked
package app.floorplan.core.demo;

import org.jspecify.annotations.NullMarked;
