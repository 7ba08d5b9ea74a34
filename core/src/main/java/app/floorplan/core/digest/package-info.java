/** Message digests shared by features that keep only a hash of a secret or a record. */
@NullMarked
package app.floorplan.core.digest;

import org.jspecify.annotations.NullMarked;
